"""A small agency whose figures were counted by hand (see the table in build_world).

Units (paths drawn as a tree)::

    Sekretariat (S)
      Humas (H)
        Media (M)
      Keuangan (K)
    Dinas (D)

Active roster (account ✓ / none ✗) and state in course C1, assigned to S's subtree
with a date deadline that has passed, and in C2 (every ASN's mandatory course, no
assignment):

    S  s1 ✓ completed C1          s2 ✗
    H  h1 ✓ C1 in progress        h2 ✓ C1 enrolled, not started     h3 ✗
       h1 ✓ C2 enrolled, not started
    M  m1 ✓ completed C1          m2 ✓ not enrolled                  m3 ✗ exempt from C1
    K  k1 ✓ completed C1, exempt from C1
    D  d1 ✓ completed C1 and C2   d2 ✗
    —  n1 ✗ (no unit)
    H  x1 ✓ completed C1, but *inactive* on the roster (never counted)

Another agency's completing learner is never counted either.
"""

import datetime
from types import SimpleNamespace

from django.utils import timezone

from compliance.models import Assignment, Exemption
from learning.models import Enrolment, RosterEntry
from tests.factories import AgencyFactory, LearnerFactory, UnitFactory, build_course


def _entry(agency, unit, name, *, account=True, active=True, created=None):
    user = None
    if account:
        user = LearnerFactory(agency=agency, unit=unit, full_name=name)
        nip = user.nip
    else:
        from tests.factories import pns_nip

        nip = pns_nip()
    entry = RosterEntry.objects.create(
        agency=agency, unit=unit, nip=nip, full_name=name, user=user, active=active
    )
    if created is not None:
        RosterEntry.objects.filter(pk=entry.pk).update(created_at=created)
        entry.refresh_from_db()
    return entry


def build_world(*, deadline=None, c1_kind="date", due_days=None, created=None):
    """The agency above. ``deadline``: C1's due date (default: 10 days ago)."""
    now = timezone.now()
    agency = AgencyFactory(name="Kementerian Contoh")
    other = AgencyFactory(name="Kementerian Lain")
    s = UnitFactory(agency=agency, name="Sekretariat", code="S")
    h = UnitFactory(agency=agency, parent=s, name="Humas", code="H")
    m = UnitFactory(agency=agency, parent=h, name="Media", code="M")
    k = UnitFactory(agency=agency, parent=s, name="Keuangan", code="K")
    d = UnitFactory(agency=agency, name="Dinas", code="D")
    c1 = build_course()
    c2 = build_course()
    c2.course.mandatory_for_all = True
    c2.course.save_revision().publish()
    people = {}
    for unit, name, account in [
        (s, "s1", True),
        (s, "s2", False),
        (h, "h1", True),
        (h, "h2", True),
        (h, "h3", False),
        (m, "m1", True),
        (m, "m2", True),
        (m, "m3", False),
        (k, "k1", True),
        (d, "d1", True),
        (d, "d2", False),
        (None, "n1", False),
    ]:
        people[name] = _entry(agency, unit, name, account=account, created=created)
    people["x1"] = _entry(agency, h, "x1", active=False, created=created)
    outsider = _entry(other, UnitFactory(agency=other, name="Luar", code="L"), "o1")

    def enrol(name, course, *, completed=False, started=False):
        entry = people.get(name) or outsider
        return Enrolment.objects.create(
            user=entry.user,
            course=course,
            completed_at=now if completed else None,
            last_page=c1.lesson if started else None,
        )

    for name in ("s1", "m1", "k1", "d1", "x1"):
        enrol(name, c1.course, completed=True)
    enrol("h1", c1.course, started=True)
    enrol("h2", c1.course)
    enrol("d1", c2.course, completed=True)
    enrol("h1", c2.course)
    Enrolment.objects.create(user=outsider.user, course=c1.course, completed_at=now)
    today = timezone.localdate()
    assignment = Assignment.objects.create(
        agency_id=agency.pk,
        course=c1.course,
        deadline_kind=c1_kind,
        due_date=(deadline or today - datetime.timedelta(days=10)) if c1_kind == "date" else None,
        due_days=due_days,
        starts_on=today - datetime.timedelta(days=60),
    )
    assignment.units.set([s])
    for name in ("m3", "k1"):
        Exemption.objects.create(
            assignment=assignment, roster_entry=people[name], reason=Exemption.Reason.LEAVE
        )
    return SimpleNamespace(
        agency=agency,
        other=other,
        units=SimpleNamespace(s=s, h=h, m=m, k=k, d=d),
        c1=c1,
        c2=c2,
        people=people,
        outsider=outsider,
        assignment=assignment,
    )
