"""Benchmark: check and apply a large roster file against the configured database.

Generates a CSV (or, with --format xlsx, an XLSX) of valid NIPs (PNS and PPPK shapes
alike) spread over ~20 units, then times, for each run:

* validate — ``validate_import`` (read, check every row, record errors);
* apply (new) — ``apply_import`` on an empty roster (every row inserted);
* apply (update) — the same file applied again (every row an upsert of a known NIP).

It creates its own agency, "Bench Agency <timestamp>", with units and some pending
accounts for the NIPs (so linking does real work), and deletes all of it at the end.
Uploaded files go to a temporary folder, never to the project's private media.

Run from the project root:

    .venv/bin/python bench/bench_roster_import.py                    # SQLite (db.sqlite3)
    .venv/bin/python bench/bench_roster_import.py --rows 20000 --runs 5
    .venv/bin/python bench/bench_roster_import.py --format xlsx --runs 1
    DATABASE_URL=postgres://postgres@127.0.0.1:5432/akademi_bench \\
        .venv/bin/python bench/bench_roster_import.py

The database must be migrated first (``manage.py migrate``, with the same
DATABASE_URL). DJANGO_SETTINGS_MODULE defaults to ``config.settings.dev``.
"""

import argparse
import datetime
import os
import statistics
import sys
import tempfile
import time
from pathlib import Path

PROJECT_ROOT = Path(__file__).resolve().parent.parent
UNIT_COUNT = 20


def parse_args(argv=None):
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--rows", type=int, default=100_000, help="data rows in the file")
    parser.add_argument("--runs", type=int, default=3, help="runs; the median is reported")
    parser.add_argument(
        "--users", type=int, default=1_000, help="pending accounts whose NIP is in the file"
    )
    parser.add_argument("--format", choices=["csv", "xlsx"], default="csv")
    return parser.parse_args(argv)


def setup_django(media_dir):
    sys.path.insert(0, str(PROJECT_ROOT))
    os.environ.setdefault("DJANGO_SETTINGS_MODULE", "config.settings.dev")
    os.environ["PRIVATE_MEDIA_ROOT"] = str(media_dir)
    import django

    django.setup()


def bench_nips(count):
    """Distinct valid NIPs, alternating PNS and PPPK, with birth dates no real data uses."""
    from learning.nip import build_nip

    first_birthday = datetime.date(1961, 1, 1)
    for index in range(count):
        birth_date = first_birthday + datetime.timedelta(days=index // 999)
        serial = index % 999 + 1
        if index % 2:
            yield build_nip(
                birth_date=birth_date,
                appointment_year=2022,
                contract_count=1,
                gender="P",
                serial=serial,
            )
        else:
            yield build_nip(
                birth_date=birth_date,
                appointment_year=birth_date.year + 25,
                appointment_month=index % 12 + 1,
                gender="L",
                serial=serial,
            )


HEADER = ["nip", "nama", "unit_kerja", "email", "jabatan", "aktif"]


def bench_rows(nips, units):
    for index, nip in enumerate(nips):
        unit = units[index % len(units)]
        # Half the rows name their unit by code, half by name.
        unit_ref = unit.code if index % 2 else unit.name.upper()
        yield [
            nip,
            f"Pegawai Bench {index}",
            unit_ref,
            f"pegawai{index}@bench.go.id",
            "Pranata Humas",
            "ya" if index % 10 else "tidak",
        ]


def write_file(path, nips, units):
    if path.suffix == ".xlsx":
        import openpyxl

        workbook = openpyxl.Workbook()  # not write_only: that mode states no dimension
        sheet = workbook.active
        sheet.append(HEADER)
        for row in bench_rows(nips, units):
            sheet.append(row)
        workbook.save(path)
        return
    import csv

    with path.open("w", encoding="utf-8", newline="") as handle:
        writer = csv.writer(handle)
        writer.writerow(HEADER)
        writer.writerows(bench_rows(nips, units))


def create_fixture(nips, user_count):
    from learning.models import Agency, StaffStatus, Unit, User

    stamp = datetime.datetime.now().strftime("%Y%m%d-%H%M%S-%f")
    agency = Agency.objects.create(name=f"Bench Agency {stamp}", kind=Agency.Kind.AGENCY)
    root = Unit.objects.create(agency=agency, name="Sekretariat Bench", code="BENCH-00")
    units = [root] + [
        Unit.objects.create(
            agency=agency, parent=root, name=f"Bagian Bench {n:02d}", code=f"BENCH-{n:02d}"
        )
        for n in range(1, UNIT_COUNT)
    ]
    User.objects.bulk_create(
        [
            User(
                email=f"bench-{stamp}-{n}@bench.go.id",
                full_name=f"Akun Bench {n}",
                nip=nip,
                agency=agency,
                staff_status=StaffStatus.PENDING,
                password="!",
            )
            for n, nip in enumerate(nips[:user_count])
        ]
    )
    return agency, units


def delete_entries(agency):
    """Delete the agency's roster in one statement.

    A plain ``delete()`` would run Wagtail's reference-index signal handler once per row
    (minutes for 100,000 rows); nothing references these throwaway rows.
    """
    from django.db import connection

    from learning.models import RosterEntry

    RosterEntry.objects.filter(agency=agency)._raw_delete(connection.alias)


def cleanup(agency):
    from django.db import connection

    from learning.models import RosterImport, User

    for roster_import in RosterImport.objects.filter(agency=agency):
        roster_import.file.delete(save=False)
    delete_entries(agency)
    # The agency is PROTECTed by its members.
    User.objects.filter(agency=agency)._raw_delete(connection.alias)
    agency.delete()


def timed(function, *args):
    started = time.perf_counter()
    result = function(*args)
    return time.perf_counter() - started, result


def one_run(agency, roster_path):
    from django.core.files import File

    from learning.models import RosterImport, User
    from learning.services import rosters

    delete_entries(agency)
    User.objects.filter(agency=agency).update(staff_status="pending")
    timings = {}
    for label in ("new", "update"):
        with roster_path.open("rb") as handle:
            roster_import = rosters.create_import(
                agency=agency,
                uploaded_by=None,
                uploaded_file=File(handle, name=f"bench{roster_path.suffix}"),
            )
        seconds, roster_import = timed(rosters.validate_import, roster_import)
        assert roster_import.status == RosterImport.Status.VALIDATED, roster_import.file_error
        timings.setdefault("validate", seconds)
        seconds, roster_import = timed(rosters.apply_import, roster_import)
        assert roster_import.status == RosterImport.Status.APPLIED, roster_import.file_error
        timings[f"apply ({label})"] = seconds
        timings.setdefault("_counts", []).append(
            (
                roster_import.valid_rows,
                roster_import.error_rows,
                roster_import.created_count,
                roster_import.updated_count,
                roster_import.linked_count,
            )
        )
    return timings


def main(argv=None):
    args = parse_args(argv)
    with tempfile.TemporaryDirectory(prefix="roster-bench-") as temp:
        temp_dir = Path(temp)
        setup_django(temp_dir / "private")
        from django.conf import settings
        from django.db import connection

        settings.ROSTER_MAX_ROWS = max(settings.ROSTER_MAX_ROWS, args.rows)
        nips = list(bench_nips(args.rows))
        agency, units = create_fixture(nips, min(args.users, args.rows))
        roster_path = temp_dir / f"roster.{args.format}"
        write_file(roster_path, nips, units)
        print(f"database: {connection.vendor} ({connection.settings_dict['NAME']})")
        print(
            f"file: {args.format}, {args.rows:,} rows, "
            f"{roster_path.stat().st_size / 1e6:.1f} MB, "
            f"{len(units)} units, {min(args.users, args.rows):,} pending accounts"
        )
        try:
            runs = []
            for number in range(1, args.runs + 1):
                timings = one_run(agency, roster_path)
                counts = timings.pop("_counts")
                runs.append(timings)
                print(
                    f"run {number}: "
                    + ", ".join(f"{k} {v:.2f}s" for k, v in timings.items())
                    + f"  [valid, errors, created, updated, linked: {counts}]"
                )
        finally:
            cleanup(agency)
    print(f"median of {args.runs} run(s):")
    for key in runs[0]:
        print(f"  {key:<15} {statistics.median(run[key] for run in runs):7.2f}s")
    total = statistics.median(run["validate"] + run["apply (new)"] for run in runs)
    print(f"  {'validate+apply':<15} {total:7.2f}s  (new roster)")


if __name__ == "__main__":
    main()
