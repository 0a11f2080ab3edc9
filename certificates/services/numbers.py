"""Certificate numbers: ``AHA/<year>/<6 digits>``, unique, in order of issue per year.

One counter row per year is incremented with a single ``UPDATE … SET last_value =
last_value + 1`` inside the issuing transaction: PostgreSQL locks the row until
commit, SQLite the whole database, so two issues never read the same value. A
transaction that rolls back returns its number with it; one that fails after the
update (a lost race for the same learner and course) is rolled back too, so gaps
are rare, and harmless: numbers are unique, not necessarily contiguous.
"""

from django.conf import settings
from django.db import IntegrityError, transaction
from django.db.models import F

from certificates.models import NumberCounter


def format_number(*, year: int, value: int) -> str:
    return f"{settings.CERTIFICATE_NUMBER_PREFIX}/{year}/{value:06d}"


def next_number(*, year: int) -> str:
    """The next number of ``year``. Call inside the transaction that uses it."""
    counter = NumberCounter.objects.filter(year=year)
    if not counter.update(last_value=F("last_value") + 1):
        try:
            with transaction.atomic():
                NumberCounter.objects.create(year=year, last_value=1)
        except IntegrityError:
            # Another transaction created this year's row first: take the next value.
            counter.update(last_value=F("last_value") + 1)
    value = counter.values_list("last_value", flat=True).get()
    return format_number(year=year, value=value)
