"""Shared by the compliance benchmarks: a PostgreSQL database, courses, and large rosters
with progress generated in SQL (``generate_series``), which takes seconds where the ORM
would take minutes.

Not a benchmark itself (the runner only runs ``bench_*.py``).
"""

import os
import sys
import time
from contextlib import contextmanager
from pathlib import Path

PROJECT_ROOT = Path(__file__).resolve().parent.parent
DEFAULT_DATABASE = "postgres://postgres@127.0.0.1:5432/akademi_bench_compliance"


def database_url(cli_value: str | None) -> str:
    """The --database-url, else a PostgreSQL DATABASE_URL, else the default bench database."""
    if cli_value:
        return cli_value
    env = os.environ.get("DATABASE_URL", "")
    return env if env.startswith("postgres") else DEFAULT_DATABASE


def ensure_database(url: str) -> None:
    """Create the database named in ``url`` when it does not exist yet."""
    import psycopg

    base, name = url.rsplit("/", 1)
    with psycopg.connect(f"{base}/postgres", autocommit=True) as connection:
        exists = connection.execute(
            "SELECT 1 FROM pg_database WHERE datname = %s", [name]
        ).fetchone()
        if not exists:
            connection.execute(f'CREATE DATABASE "{name}"')


def drop_database(url: str) -> None:
    import psycopg

    base, name = url.rsplit("/", 1)
    with psycopg.connect(f"{base}/postgres", autocommit=True) as connection:
        connection.execute(f'DROP DATABASE IF EXISTS "{name}" WITH (FORCE)')


def setup_django(url: str, media_dir: Path) -> None:
    sys.path.insert(0, str(PROJECT_ROOT))
    os.environ["DJANGO_SETTINGS_MODULE"] = "config.settings.dev"
    os.environ["DATABASE_URL"] = url
    os.environ["PRIVATE_MEDIA_ROOT"] = str(media_dir)
    os.environ["MEDIA_ROOT"] = str(media_dir / "media")
    os.environ["DJANGO_DEBUG"] = "false"
    os.environ["DJANGO_ALLOWED_HOSTS"] = "testserver,127.0.0.1"
    os.environ.pop("CELERY_BROKER_URL", None)  # tasks run in-process
    import django

    django.setup()
    from django.core.management import call_command
    from django.db import connection

    # As in production (CONN_MAX_AGE): one connection across requests.
    connection.settings_dict["CONN_MAX_AGE"] = 60
    call_command("migrate", verbosity=0)


@contextmanager
def step(label: str):
    started = time.perf_counter()
    print(f"  {label} …", end="", flush=True)
    yield
    print(f" {time.perf_counter() - started:.1f} s", flush=True)


def sql(statement: str, params=None) -> int:
    from django.db import connection

    with connection.cursor() as cursor:
        cursor.execute(statement, params or [])
        return cursor.rowcount


def ensure_courses(count: int, *, mandatory: int = 0) -> list:
    """``count`` published bench courses under the catalogue (made once, reused)."""
    from wagtail.models import Page, Site

    from courses.models import CourseIndexPage, CoursePage
    from home.models import HomePage

    index = CourseIndexPage.objects.first()
    if index is None:
        home = HomePage.objects.first()
        if home is None:
            home = Page.get_first_root_node().add_child(
                instance=HomePage(title="Beranda", slug="beranda-bench")
            )
            Site.objects.update_or_create(
                is_default_site=True, defaults={"hostname": "localhost", "root_page": home}
            )
        index = home.add_child(instance=CourseIndexPage(title="Katalog", slug="katalog"))
        index.save_revision().publish()
    courses = list(CoursePage.objects.filter(slug__startswith="bench-kursus-").order_by("slug"))
    for number in range(len(courses), count):
        course = index.add_child(
            instance=CoursePage(
                title=f"Kursus Bench {number + 1:02d}",
                slug=f"bench-kursus-{number + 1:02d}",
                jp=2 + number % 4,
                duration_minutes=90,
                summary="Kursus untuk pengukuran.",
                objectives="<ul><li>Mengukur</li></ul>",
            )
        )
        course.save_revision().publish()
        courses.append(course)
    courses = courses[:count]
    CoursePage.objects.filter(pk__in=[c.pk for c in courses]).update(mandatory_for_all=False)
    CoursePage.objects.filter(pk__in=[c.pk for c in courses[:mandatory]]).update(
        mandatory_for_all=True
    )
    return courses


def make_units(agency, *, top: int, per_level: int):
    """A three-level unit tree: ``top`` roots, each with ``per_level`` children with
    ``per_level`` children each."""
    from learning.models import Unit

    units = []
    for a in range(top):
        root = Unit.objects.create(agency=agency, name=f"Deputi {a + 1}", code=f"D{a + 1}")
        units.append(root)
        for b in range(per_level):
            child = Unit.objects.create(
                agency=agency, parent=root, name=f"Biro {a + 1}.{b + 1}", code=f"D{a + 1}.{b + 1}"
            )
            units.append(child)
            for c in range(per_level):
                units.append(
                    Unit.objects.create(
                        agency=agency,
                        parent=child,
                        name=f"Bagian {a + 1}.{b + 1}.{c + 1}",
                        code=f"D{a + 1}.{b + 1}.{c + 1}",
                    )
                )
    return units


ROSTER_SQL = """
INSERT INTO learning_rosterentry
    (agency_id, nip, full_name, email, unit_id, position, active, user_id, created_at,
     updated_at)
SELECT s.agency_id,
       s.prefix || lpad(i::text, 12, '0'),
       'Pegawai ' || s.agency_id || '-' || i,
       '',
       s.unit_ids[1 + (i * 7 %% array_length(s.unit_ids, 1))],
       '',
       (i %% 50) <> 0,
       NULL,
       now() - ((i * 13) %% 700) * interval '1 day',
       now()
FROM bench_sizes s CROSS JOIN LATERAL generate_series(1, s.size) AS i
"""

USERS_SQL = """
INSERT INTO learning_user
    (password, is_superuser, is_staff, is_active, date_joined, email, full_name, nip,
     agency_id, unit_id, position, staff_status)
SELECT '!', false, false, true, now(), 'b' || r.nip || '@bench.go.id', r.full_name, r.nip,
       r.agency_id, r.unit_id, '', 'rostered'
FROM learning_rosterentry r JOIN bench_sizes s ON s.agency_id = r.agency_id
WHERE r.active AND (r.id * 7919) %% 100 < %(signup)s
"""

LINK_SQL = """
UPDATE learning_rosterentry r SET user_id = u.id
FROM learning_user u, bench_sizes s
WHERE u.nip = r.nip AND r.agency_id = s.agency_id AND u.agency_id = r.agency_id
"""

# Each user: enrolled in a course with probability share[c]; of those, completed with
# probability done[c]; of the rest, started (a last page) half the time. Completion
# dates spread over 180 days.
ENROL_SQL = """
INSERT INTO learning_enrolment (user_id, course_id, enrolled_at, completed_at, last_page_id)
SELECT u.id, c.course_id,
       now() - (200 + (u.id + c.n) %% 100) * interval '1 day',
       CASE WHEN (u.id * 31 + c.n * 17) %% 100 < c.done
            THEN now() - ((u.id * 3 + c.n) %% 180) * interval '1 day' END,
       CASE WHEN (u.id * 31 + c.n * 17) %% 100 < c.done OR (u.id + c.n) %% 2 = 0
            THEN c.course_id END
FROM learning_user u
JOIN bench_sizes s ON s.agency_id = u.agency_id
JOIN bench_courses c ON (u.id * 13 + c.n * 7) %% 100 < c.share
"""

RECORDS_SQL = """
INSERT INTO compliance_completionrecord (user_id, course_id, agency_id, unit_id, completed_at,
                                         recorded_at)
SELECT e.user_id, e.course_id, r.agency_id, r.unit_id, e.completed_at, now()
FROM learning_enrolment e
JOIN learning_rosterentry r ON r.user_id = e.user_id AND r.active
JOIN bench_sizes s ON s.agency_id = r.agency_id
WHERE e.completed_at IS NOT NULL
"""


def generate(*, sizes, courses, signup=70):
    """Rosters, accounts, enrolments and completion records for the agencies in ``sizes``.

    ``sizes``: [(agency, staff count, [unit ids])]; ``courses``: [(course id, enrolled
    %, completed %)]. NIPs are unique per run (a six-digit prefix per agency).
    """
    sql("DROP TABLE IF EXISTS bench_sizes; DROP TABLE IF EXISTS bench_courses")
    sql(
        "CREATE TEMP TABLE bench_sizes (agency_id bigint, size int, prefix text, unit_ids bigint[])"
    )
    sql("CREATE TEMP TABLE bench_courses (n int, course_id bigint, share int, done int)")
    from django.db import connection

    with connection.cursor() as cursor:
        cursor.executemany(
            "INSERT INTO bench_sizes VALUES (%s, %s, %s, %s)",
            [
                (agency.pk, size, f"9{agency.pk % 100000:05d}", units)
                for agency, size, units in sizes
            ],
        )
        cursor.executemany(
            "INSERT INTO bench_courses VALUES (%s, %s, %s, %s)",
            [(n, course_id, share, done) for n, (course_id, share, done) in enumerate(courses)],
        )
    with step("roster"):
        sql(ROSTER_SQL)
    with step("accounts"):
        sql(USERS_SQL, {"signup": signup})
        sql(LINK_SQL)
    with step("enrolments"):
        sql(ENROL_SQL)
    with step("completion records"):
        sql(RECORDS_SQL)
    with step("analyze"):
        sql("ANALYZE")


def exempt(assignment, *, count):
    """Exempt ``count`` active roster entries of the assignment's agency from it."""
    sql(
        """
        INSERT INTO compliance_exemption (assignment_id, roster_entry_id, reason, note,
                                          created_at)
        SELECT %s, r.id, 'cuti', '', now() FROM learning_rosterentry r
        WHERE r.agency_id = %s AND r.active ORDER BY (r.id * 7) %% 1000, r.id LIMIT %s
        ON CONFLICT DO NOTHING
    """,
        [assignment.pk, assignment.agency_id, count],
    )


def median_seconds(function, runs: int) -> float:
    import statistics

    function()  # warm caches (content types, site root paths)
    times = []
    for _ in range(runs):
        started = time.perf_counter()
        function()
        times.append(time.perf_counter() - started)
    return statistics.median(times)


def raw_delete_agencies(agency_ids) -> None:
    """Remove generated agencies with set-based deletes (the ORM would cascade row by row)."""
    ids = list(agency_ids)
    if not ids:
        return
    for statement in [
        "DELETE FROM compliance_exemption WHERE assignment_id IN "
        "(SELECT id FROM compliance_assignment WHERE agency_id = ANY(%s))",
        "DELETE FROM compliance_reminderlog WHERE assignment_id IN "
        "(SELECT id FROM compliance_assignment WHERE agency_id = ANY(%s))",
        "DELETE FROM compliance_assignment_units WHERE assignment_id IN "
        "(SELECT id FROM compliance_assignment WHERE agency_id = ANY(%s))",
        "DELETE FROM compliance_assignment WHERE agency_id = ANY(%s)",
        "DELETE FROM compliance_completionrecord WHERE agency_id = ANY(%s)",
        "DELETE FROM compliance_agencyfigures WHERE agency_id = ANY(%s)",
        "DELETE FROM compliance_export WHERE agency_id = ANY(%s)",
        "DELETE FROM learning_enrolment WHERE user_id IN "
        "(SELECT id FROM learning_user WHERE agency_id = ANY(%s))",
        "UPDATE learning_rosterentry SET user_id = NULL WHERE agency_id = ANY(%s)",
        "DELETE FROM learning_rosterentry WHERE agency_id = ANY(%s)",
        "DELETE FROM learning_user_groups WHERE user_id IN "
        "(SELECT id FROM learning_user WHERE agency_id = ANY(%s))",
        "DELETE FROM learning_agencyadmin WHERE agency_id = ANY(%s)",
        "DELETE FROM learning_user WHERE agency_id = ANY(%s)",
        "DELETE FROM learning_unit WHERE agency_id = ANY(%s)",
        "DELETE FROM learning_agency WHERE id = ANY(%s)",
    ]:
        sql(statement, [ids])


def make_admin(agency=None):
    """An agency admin of ``agency``, or a national admin without one."""
    import uuid

    from learning import roles
    from learning.models import AgencyAdmin, User

    roles.ensure_groups()
    user = User.objects.create_user(
        email=f"bench-admin-{uuid.uuid4().hex[:10]}@bench.go.id", full_name="Admin Bench"
    )
    from django.contrib.auth.models import Group

    if agency is not None:
        AgencyAdmin.objects.create(user=user, agency=agency)
        user.groups.add(Group.objects.get(name=roles.AGENCY_ADMIN))
    else:
        user.groups.add(Group.objects.get(name=roles.NATIONAL_ADMIN))
    return user


def sql_one(statement: str, params=None):
    from django.db import connection

    with connection.cursor() as cursor:
        cursor.execute(statement, params or [])
        return cursor.fetchone()


def count_queries(function) -> int:
    """How many SQL statements ``function()`` runs (an execute wrapper: no DEBUG needed)."""
    from django.db import connection

    count = 0

    def counter(execute, sql, params, many, context):
        nonlocal count
        count += 1
        return execute(sql, params, many, context)

    with connection.execute_wrapper(counter):
        function()
    return count
