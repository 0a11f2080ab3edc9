"""Demo progress: accounts for part of each demo roster, and realistic course progress.

So the agency dashboards are not empty after ``make run``: about two thirds of the
staff have signed up, most of them are enrolled in the shipped courses, and their
completions are spread over the last twenty weeks, more of them recently. Every
draw comes from a generator seeded with the person's NIP, so every machine gets the
same people in the same state. Only rostered staff without an account are touched:
a second run finds them all linked and changes nothing. The accounts share the demo
password but have no verified email: they exist to be counted, not to log in.
"""

import datetime
import random

from django.utils import timezone

from courses.models import CoursePage, LessonPage
from learning.models import Enrolment, RosterEntry, StaffStatus, User

# (course slug, share of accounts enrolled, share of those who completed, share started)
COURSE_PLAN = [
    ("humas-untuk-non-humas", 0.85, 0.55, 0.3),
    ("literasi-digital-dasar-asn", 0.5, 0.45, 0.3),
    ("pengantar-humas-digital", 0.2, 0.5, 0.3),
]
SIGNUP_SHARE = 0.68
WEEKS = 20


def _rng(seed, nip):
    return random.Random(f"{seed}-{nip}")


def _demo_email(entry, domain):
    return entry.email or f"{entry.nip}@{domain}"


def ensure_demo_progress(*, agencies, domains, password_hash, seed, now=None):
    """Accounts and progress for the demo rosters; returns the number of new accounts."""
    now = now or timezone.now()
    entries = list(
        RosterEntry.objects.filter(
            agency__in=list(agencies.values()), active=True, user__isnull=True
        )
        .select_related("agency")
        .order_by("agency_id", "nip")
    )
    chosen = [entry for entry in entries if _rng(seed, entry.nip).random() < SIGNUP_SHARE]
    taken = set(User.objects.filter(nip__in=[e.nip for e in chosen]).values_list("nip", flat=True))
    chosen = [entry for entry in chosen if entry.nip not in taken]
    if not chosen:
        return 0
    users = User.objects.bulk_create(
        [
            User(
                email=_demo_email(entry, domains[entry.agency_id]),
                full_name=entry.full_name,
                nip=entry.nip,
                agency_id=entry.agency_id,
                unit_id=entry.unit_id,
                position=entry.position,
                staff_status=StaffStatus.ROSTERED,
                password=password_hash,
                date_joined=now - datetime.timedelta(days=_rng(seed, entry.nip).randint(7, 200)),
            )
            for entry in chosen
        ],
        batch_size=500,
    )
    by_nip = {
        user.nip: user for user in User.objects.filter(nip__in=[entry.nip for entry in chosen])
    }
    for entry in chosen:
        entry.user = by_nip[entry.nip]
    RosterEntry.objects.bulk_update(chosen, ["user"], batch_size=500)
    enrolments = list(_enrolments(chosen, by_nip, seed=seed, now=now))
    enrolled_at = [enrolment.enrolled_at for enrolment in enrolments]
    Enrolment.objects.bulk_create(enrolments, batch_size=500)  # new accounts: no conflicts
    # ``enrolled_at`` is stamped on insert; put the drawn dates back.
    for enrolment, moment in zip(enrolments, enrolled_at, strict=True):
        enrolment.enrolled_at = moment
    Enrolment.objects.bulk_update(enrolments, ["enrolled_at"], batch_size=500)
    return len(users)


def _first_lessons():
    """course id → the first live lesson (where "Lanjutkan" points for someone started)."""
    courses = {
        course.slug: course
        for course in CoursePage.objects.live().filter(
            slug__in=[slug for slug, *_rest in COURSE_PLAN]
        )
    }
    first = {}
    for course in courses.values():
        lesson = LessonPage.objects.live().descendant_of(course).order_by("path").first()
        first[course.pk] = lesson
    return courses, first


def _enrolments(entries, users, *, seed, now):
    courses, first = _first_lessons()
    for entry in entries:
        rng = _rng(f"{seed}-progress", entry.nip)
        for slug, enrol_share, done_share, started_share in COURSE_PLAN:
            course = courses.get(slug)
            if course is None or rng.random() >= enrol_share:
                continue
            draw = rng.random()
            # Completions lean toward recent weeks: the square root of a uniform draw.
            weeks_ago = WEEKS * (1 - rng.random() ** 0.5)
            completed_at = now - datetime.timedelta(weeks=weeks_ago, hours=rng.randint(0, 72))
            enrolled_at = completed_at - datetime.timedelta(days=rng.randint(1, 30))
            if draw < done_share:
                yield Enrolment(
                    user=users[entry.nip],
                    course=course,
                    enrolled_at=enrolled_at,
                    completed_at=completed_at,
                    last_page=first[course.pk],
                )
            elif draw < done_share + started_share:
                yield Enrolment(
                    user=users[entry.nip],
                    course=course,
                    enrolled_at=enrolled_at,
                    last_page=first[course.pk],
                )
            else:
                yield Enrolment(user=users[entry.nip], course=course, enrolled_at=enrolled_at)
