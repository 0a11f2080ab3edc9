"""``manage.py load_compliance_demo``: assignments, exemptions and figures for the demo.

Called by learning's ``load_demo`` (by name) after it has made the demo agencies,
rosters and progress. Idempotent: an assignment is made once per agency and
course, an exemption once per person; a second run changes nothing and prints
the same. Dates are relative to the first run.
"""

import datetime

from django.core.management.base import BaseCommand
from django.db import transaction
from django.utils import timezone
from django.utils.translation import gettext as _

from compliance.models import Assignment, CompletionRecord, Exemption
from compliance.services import figures, records
from courses.models import CoursePage
from learning import api

HUMAS = "humas-untuk-non-humas"
LITERASI = "literasi-digital-dasar-asn"

# (agency name, course slug, unit codes, deadline: days from today or ("days", N), yearly)
PLAN = [
    ("Kementerian Komunikasi dan Digital", HUMAS, [], 21, False),
    ("Kementerian Komunikasi dan Digital", LITERASI, ["SETJEN"], ("days", 60), True),
    ("Pemerintah Provinsi Jawa Barat", HUMAS, [], -5, False),
    ("Pemerintah Kota Bandung", LITERASI, [], 45, False),
]
EXEMPT = [  # (agency name, course slug, how many, reason, note)
    ("Kementerian Komunikasi dan Digital", HUMAS, 4, Exemption.Reason.LEAVE, "Cuti melahirkan"),
    (
        "Kementerian Komunikasi dan Digital",
        HUMAS,
        2,
        Exemption.Reason.SECONDMENT,
        "Diperbantukan ke Sekretariat Kabinet",
    ),
]


class Command(BaseCommand):
    help = "Muat data demo kepatuhan: penugasan kursus wajib, pengecualian, dan angka instansi."

    def handle(self, *args, **options):
        agencies = {agency.name: agency for agency in api.agencies()}
        courses = {course.slug: course for course in CoursePage.objects.live()}
        # One transaction: the national figures are recounted once per agency, at commit.
        with transaction.atomic():
            for name, slug, codes, deadline, yearly in PLAN:
                if name in agencies and slug in courses:
                    self.ensure_assignment(agencies[name], courses[slug], codes, deadline, yearly)
            for name, slug, count, reason, note in EXEMPT:
                if name in agencies and slug in courses:
                    self.ensure_exemptions(agencies[name], courses[slug], count, reason, note)
            records.backfill_missing(limit=100_000)
            for agency in agencies.values():  # exemptions were written in bulk
                api.agency_learners_changed(agency_id=agency.id)
        figures.refresh_all()
        self.stdout.write(
            _("Penugasan kursus wajib: %(count)s")
            % {"count": Assignment.objects.filter(active=True).count()}
        )
        self.stdout.write(
            _("Penyelesaian tercatat: %(count)s") % {"count": CompletionRecord.objects.count()}
        )

    def ensure_assignment(self, agency, course, codes, deadline, yearly):
        if Assignment.objects.filter(agency_id=agency.id, course=course, active=True).exists():
            return
        today = timezone.localdate()
        fields = {"starts_on": today.replace(month=1, day=1) if yearly else today}
        if isinstance(deadline, tuple):
            fields.update(
                deadline_kind=Assignment.DeadlineKind.DAYS_AFTER_JOINING, due_days=deadline[1]
            )
        else:
            fields.update(
                deadline_kind=Assignment.DeadlineKind.DATE,
                due_date=today + datetime.timedelta(days=deadline),
            )
            if yearly or deadline < 0:
                fields["starts_on"] = min(fields["starts_on"], fields["due_date"])
        assignment = Assignment.objects.create(
            agency_id=agency.id, course=course, recurring=yearly, **fields
        )
        units = [unit.id for unit in api.units(agency_id=agency.id) if unit.code in codes]
        assignment.units.set(units)
        paths = [unit.path for unit in api.units(agency_id=agency.id) if unit.id in units]
        api.enrol_learners(
            user_ids=api.roster_user_ids(agency_id=agency.id, unit_paths=paths or None),
            course_id=course.pk,
        )

    def ensure_exemptions(self, agency, course, count, reason, note):
        assignment = Assignment.objects.get(agency_id=agency.id, course=course, active=True)
        taken = Exemption.objects.filter(assignment=assignment).values("roster_entry_id")
        if Exemption.objects.filter(assignment=assignment, reason=reason).exists():
            return
        staff = (
            api.roster_staff(agency_id=agency.id)
            .exclude(pk__in=taken)
            .filter(user__isnull=True)
            .order_by("nip")[:count]
        )
        Exemption.objects.bulk_create(
            [
                Exemption(assignment=assignment, roster_entry_id=entry.pk, reason=reason, note=note)
                for entry in staff
            ]
        )
