"""JP (learning hours) earned this calendar year and the platform's yearly target."""

from __future__ import annotations

from typing import TYPE_CHECKING

from django.db.models import IntegerField, OuterRef, Subquery, Sum, Value
from django.db.models.functions import Coalesce
from django.utils import timezone
from wagtail.models import Site

from home.models import PlatformSettings
from learning.models import Enrolment, PastCompletion

if TYPE_CHECKING:
    from datetime import datetime

    from django.db.models.expressions import CombinedExpression
    from django.http import HttpRequest

    from learning.models import User

DEFAULT_YEARLY_JP_TARGET = 20


def jakarta_year_bounds(now: datetime | None = None) -> tuple[datetime, datetime]:
    """[1 January, next 1 January) of this year in the site's time zone, Asia/Jakarta.

    JP targets are per calendar year in Indonesia, so a course finished at 03:00 WIB
    on 1 January counts for the new year although it is still 31 December in UTC.
    """
    now = timezone.localtime(now) if now else timezone.localtime()
    start = now.replace(month=1, day=1, hour=0, minute=0, second=0, microsecond=0)
    return start, start.replace(year=start.year + 1)


def jp_earned(user: User, now: datetime | None = None) -> int:
    """Sum of the JP of the courses ``user`` completed this calendar year, in SQL.

    A completion a renewal closed (``PastCompletion``) still counts for its year.
    """
    start, end = jakarta_year_bounds(now)
    in_year = {"user": user, "completed_at__gte": start, "completed_at__lt": end}
    current = Enrolment.objects.filter(**in_year).aggregate(jp=Sum("course__jp"))["jp"]
    past = PastCompletion.objects.filter(**in_year).aggregate(jp=Sum("course__jp"))["jp"]
    return (current or 0) + (past or 0)


def jp_this_year_expression(
    user_field: str = "user_id", now: datetime | None = None
) -> CombinedExpression:
    """An expression for the JP a row's user earned this year (0 without an account).

    Two correlated subqueries (current and renewed completions), for annotating
    roster rows: ``queryset.annotate(jp=jp_this_year_expression())``.
    """
    start, end = jakarta_year_bounds(now)

    def year_sum(model):
        rows = (
            model.objects.filter(
                user_id=OuterRef(user_field), completed_at__gte=start, completed_at__lt=end
            )
            .order_by()
            .values("user_id")
            .annotate(jp=Sum("course__jp"))
            .values("jp")
        )
        return Coalesce(Subquery(rows, output_field=IntegerField()), Value(0))

    return year_sum(Enrolment) + year_sum(PastCompletion)


def yearly_jp_target(request: HttpRequest | None = None) -> int:
    """The platform's yearly JP target; the request caches the setting for base.html too."""
    try:
        if request is not None:
            return PlatformSettings.for_request(request).yearly_jp_target
        site = Site.objects.filter(is_default_site=True).first()
        return PlatformSettings.for_site(site).yearly_jp_target
    except PlatformSettings.DoesNotExist:
        return DEFAULT_YEARLY_JP_TARGET
