"""Benchmark: an agency dashboard of 100,000 roster staff and 20 courses on PostgreSQL.

Budget (PRODUCT.md): the dashboard within 2× of the raw SQL aggregate that computes
the same numbers, with a constant number of queries (tests assert the count).

Generates, in SQL (``generate_series``), one agency with a three-level tree of 210
units, 100,000 roster entries (2 % inactive), accounts for 70 % of them, and
progress in 20 courses (5 assigned — agency-wide, to units, N days after joining and
yearly — with 1,000 exemptions; the assigned ones enrolled by 90 % and completed by
half, the rest by 20 %), plus the completion records of the weekly chart. Then
reports, as medians:

* the agency dashboard's server time (Django's test client, no network), its query
  count, and one raw SQL statement computing the same per-course, per-unit numbers —
  and their ratio (goal: at most 2×);
* a unit page and a staff list page;
* the export of the 100,000-row staff list as CSV and as XLSX.

The generated agency is deleted at the end (``--keep`` leaves it).

    .venv/bin/python bench/bench_compliance.py [--staff 100000] [--runs 5]
    .venv/bin/python bench/bench_compliance.py --database-url postgres://…/akademi_x

Without --database-url it uses DATABASE_URL when that is PostgreSQL, else
``akademi_bench_compliance`` on 127.0.0.1 (created and migrated when missing).
"""

import argparse
import datetime
import sys
import tempfile
import time
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))

import compliance_data as data

RAW_AGGREGATE = """
WITH r AS (
    SELECT id, unit_id, user_id, created_at FROM learning_rosterentry
    WHERE agency_id = %(agency)s AND active
),
x AS (
    SELECT a.course_id, x.roster_entry_id FROM compliance_exemption x
    JOIN compliance_assignment a ON a.id = x.assignment_id
    WHERE a.agency_id = %(agency)s AND a.active
),
staff AS (SELECT unit_id, count(*) AS staff, count(user_id) AS with_account
          FROM r GROUP BY unit_id),
exempt AS (
    SELECT x.course_id, r.unit_id, count(*) AS exempt, count(r.user_id) AS with_account
    FROM x JOIN r ON r.id = x.roster_entry_id GROUP BY 1, 2
),
progress AS (
    SELECT e.course_id, r.unit_id, count(*) AS enrolled,
           count(*) FILTER (WHERE e.completed_at IS NOT NULL) AS completed,
           count(*) FILTER (WHERE e.completed_at IS NULL AND (e.last_page_id IS NOT NULL
               OR EXISTS (SELECT 1 FROM learning_quizattempt q WHERE q.user_id = e.user_id
                          AND q.course_id = e.course_id AND NOT q.archived))) AS in_progress
    FROM learning_enrolment e JOIN r ON r.user_id = e.user_id
    WHERE e.course_id = ANY(%(courses)s)
      AND NOT EXISTS (SELECT 1 FROM x WHERE x.roster_entry_id = r.id
                      AND x.course_id = e.course_id)
    GROUP BY 1, 2
)
SELECT 'staff', NULL, unit_id, staff, with_account, 0 FROM staff
UNION ALL SELECT 'exempt', course_id, unit_id, exempt, with_account, 0 FROM exempt
UNION ALL SELECT 'progress', course_id, unit_id, enrolled, completed, in_progress FROM progress
"""


def parse_args(argv=None):
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--staff", type=int, default=100_000)
    parser.add_argument("--courses", type=int, default=20)
    parser.add_argument("--runs", type=int, default=5, help="runs; the median is reported")
    parser.add_argument("--database-url")
    parser.add_argument("--keep", action="store_true", help="keep the generated agency")
    return parser.parse_args(argv)


def build(args):
    from django.utils import timezone

    from compliance.models import Assignment
    from learning.models import Agency

    stamp = datetime.datetime.now().strftime("%Y%m%d-%H%M%S")
    agency = Agency.objects.create(name=f"Bench Instansi {stamp}", kind=Agency.Kind.MINISTRY)
    with data.step("units, courses"):
        units = data.make_units(agency, top=10, per_level=4)
        courses = data.ensure_courses(args.courses, mandatory=1)
    plan = [(course.pk, 90 if index < 5 else 20, 50) for index, course in enumerate(courses)]
    data.generate(sizes=[(agency, args.staff, [u.pk for u in units])], courses=plan)
    today = timezone.localdate()
    with data.step("assignments, exemptions"):
        a1 = Assignment.objects.create(
            agency_id=agency.pk,
            course=courses[1],
            due_date=today + datetime.timedelta(days=20),
            starts_on=today - datetime.timedelta(days=30),
        )
        Assignment.objects.create(
            agency_id=agency.pk,
            course=courses[2],
            due_date=today - datetime.timedelta(days=3),
            starts_on=today - datetime.timedelta(days=60),
        )
        a3 = Assignment.objects.create(
            agency_id=agency.pk,
            course=courses[3],
            due_date=today + datetime.timedelta(days=40),
            starts_on=today,
        )
        a3.units.set([units[0], units[21]])
        Assignment.objects.create(
            agency_id=agency.pk,
            course=courses[4],
            deadline_kind="days",
            due_days=60,
            recurring=True,
            starts_on=today.replace(month=1, day=1),
        )
        data.exempt(a1, count=1_000)
    return agency, courses, units, data.make_admin(agency)


def main(argv=None):
    args = parse_args(argv)
    url = data.database_url(args.database_url)
    data.ensure_database(url)
    with tempfile.TemporaryDirectory(prefix="compliance-bench-") as temp:
        data.setup_django(url, Path(temp))
        from django.db import connection
        from django.test import Client
        from django.urls import reverse

        from compliance.models import Export
        from compliance.services import exports

        print(f"database: {connection.vendor} ({connection.settings_dict['NAME']})")
        started = time.perf_counter()
        print(f"generating {args.staff:,} roster staff …")
        agency, courses, units, admin = build(args)
        print(f"generated in {time.perf_counter() - started:.0f} s")
        try:
            client = Client()
            client.force_login(admin)
            pages = {
                "dashboard": reverse("compliance:agency_overview", args=[agency.pk]),
                "unit page": reverse("compliance:unit_overview", args=[agency.pk, units[0].pk]),
                "staff list": reverse("compliance:staff_list", args=[agency.pk])
                + f"?kursus={courses[1].pk}&status=overdue",
            }
            results = {}
            for label, page_url in pages.items():
                assert client.get(page_url).status_code == 200, label
                queries = data.count_queries(lambda u=page_url: client.get(u))
                seconds = data.median_seconds(lambda u=page_url: client.get(u), args.runs)
                results[label] = (seconds, queries)

            def raw():
                with connection.cursor() as cursor:
                    cursor.execute(
                        RAW_AGGREGATE, {"agency": agency.pk, "courses": [c.pk for c in courses]}
                    )
                    return cursor.fetchall()

            raw_seconds = data.median_seconds(raw, args.runs)
            print(
                f"\nagency of {args.staff:,} staff, {len(units)} units, {len(courses)} "
                f"courses; median of {args.runs}"
            )
            print(f"{'':24}{'median':>10}{'queries':>9}")
            for label, (seconds, count) in results.items():
                print(f"{label:24}{seconds * 1000:>8.0f} ms{count:>9}")
            print(f"{'raw SQL aggregate':24}{raw_seconds * 1000:>8.0f} ms{1:>9}")
            ratio = results["dashboard"][0] / raw_seconds
            print(f"dashboard / raw aggregate: {ratio:.2f}× (goal ≤ 2×)")
            for file_format in ("csv", "xlsx"):
                began = time.perf_counter()
                # Without a broker the task runs in-process as soon as it is enqueued.
                export = exports.request_export(
                    user=admin,
                    agency_id=agency.pk,
                    unit_id=None,
                    scope_label="bench",
                    kind=Export.Kind.STAFF,
                    file_format=file_format,
                    filters={"course_id": courses[1].pk},
                )
                export.refresh_from_db()
                print(
                    f"export of {export.row_count:,} staff rows as {file_format.upper()}: "
                    f"{time.perf_counter() - began:.1f} s ({export.status})"
                )
                export.file.delete(save=False)
        finally:
            if not args.keep:
                with data.step("cleaning up"):
                    data.raw_delete_agencies([agency.pk])
                    admin.delete()
    return 0


if __name__ == "__main__":
    sys.exit(main())
