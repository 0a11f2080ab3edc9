"""The one writer of progress: enrol, complete a lesson, remember a visit, complete a course.

``check_course_completion`` is also called by the quiz grader after a passing
attempt. What these writers read (the course tree, enrolments, prerequisites) comes
from ``learning.selectors``; ``get_enrolment`` is called through its module
(``material.get_enrolment``), so a test that patches it reaches these calls too.
"""

from __future__ import annotations

from functools import partial
from typing import TYPE_CHECKING

from django.db import IntegrityError, transaction
from django.utils import timezone
from django.utils.translation import gettext as _

from courses.models import CoursePage
from learning.models import Enrolment, LessonCompletion, PastCompletion, QuizAttempt, User
from learning.selectors import material
from learning.selectors.course_tree import course_of, load_trees
from learning.selectors.material import missing_prerequisites_message, prerequisite_status
from learning.services.learner_state import touch, touch_user
from learning.signals import course_completed

if TYPE_CHECKING:
    from collections.abc import Iterable
    from datetime import datetime
    from typing import Any

    from django.contrib.auth.models import AnonymousUser
    from django.db.models import QuerySet
    from wagtail.models import Page

    from courses.models import LessonPage


class ProgressError(Exception):
    """A learner step the rules refuse; the message is shown to the learner as is."""


def enrol(user: User, course: CoursePage) -> Enrolment:
    """Enrol ``user`` in ``course``; an existing enrolment is returned unchanged.

    Prerequisites are checked only for a new enrolment, so a learner already in a
    course keeps it if a trainer adds a prerequisite later.
    """
    if not course.live:
        raise ProgressError(_("Kursus ini belum dibuka untuk pendaftaran."))
    existing = material.get_enrolment(user, course)
    if existing is not None:
        return existing
    missing = [item for item in prerequisite_status(user, course) if not item.done]
    if missing:
        raise ProgressError(missing_prerequisites_message(missing))
    try:
        with transaction.atomic():
            return Enrolment.objects.create(user=user, course=course)
    except IntegrityError:
        # Two requests enrolled at once: the other one won, which is the same result.
        return Enrolment.objects.get(user=user, course=course)


BATCH_SIZE = 2_000


def _batches(ids):
    ids = list(ids)
    for start in range(0, len(ids), BATCH_SIZE):
        yield ids[start : start + BATCH_SIZE]


def enrol_many(*, user_ids: Iterable[int] | QuerySet[Any], course: CoursePage) -> int:
    """Enrol every user in ``user_ids`` (ids or a ``values("pk")``-style queryset) who is
    not enrolled yet; returns how many enrolments were made.

    For an agency's order (a mandatory course): prerequisites are not checked, the
    agency's order stands; the learner still sees the missing prerequisites listed
    first on the course page. Idempotent (existing enrolments are left alone, a
    concurrent enrolment is absorbed by the unique constraint); does nothing for a
    course that is not live.
    """
    if not course.live:
        return 0
    pending = (
        User.objects.filter(pk__in=user_ids)
        .exclude(enrolments__course=course)
        .order_by("pk")
        .values_list("pk", flat=True)
    )
    made = 0
    for batch in _batches(pending):
        with transaction.atomic():
            made += len(
                Enrolment.objects.bulk_create(
                    [Enrolment(user_id=user_id, course=course) for user_id in batch],
                    ignore_conflicts=True,
                )
            )
            touch(batch)
    return made


def renew_completions(
    *, course: CoursePage, user_ids: Iterable[int], completed_before: datetime
) -> int:
    """Reopen the course for a new cycle: completions before ``completed_before`` close.

    For each of ``user_ids`` whose enrolment was completed before the cycle began:
    the completion is kept as a ``PastCompletion`` (its JP still count for its
    year), the enrolment is reopened (no completion, no "Lanjutkan"), the lesson
    marks of the course are cleared and its quiz attempts archived (kept, but no
    longer a pass nor counted against the attempt limit). Idempotent: a reopened
    enrolment has no completion left to close. Returns the number reopened.
    """
    now = timezone.now()
    renewed = 0
    due = (
        Enrolment.objects.filter(
            course=course, user_id__in=user_ids, completed_at__lt=completed_before
        )
        .order_by("pk")
        .values_list("pk", "user_id", "enrolled_at", "completed_at")
    )
    for batch in _batches(due):
        with transaction.atomic():
            users = [user_id for _pk, user_id, _enrolled, _completed in batch]
            PastCompletion.objects.bulk_create(
                [
                    PastCompletion(
                        user_id=user_id, course=course, enrolled_at=enrolled, completed_at=completed
                    )
                    for _pk, user_id, enrolled, completed in batch
                ],
                ignore_conflicts=True,
            )
            LessonCompletion.objects.filter(course=course, user_id__in=users).delete()
            QuizAttempt.objects.filter(course=course, user_id__in=users, archived=False).update(
                archived=True
            )
            renewed += Enrolment.objects.filter(
                pk__in=[pk for pk, *_rest in batch],
                completed_at__lt=completed_before,
            ).update(completed_at=None, last_page=None, renewed_at=now)
            touch(users)
    return renewed


def _require_enrolment(user, course):
    enrolment = material.get_enrolment(user, course)
    if enrolment is None:
        raise ProgressError(_("Daftar ke kursus ini untuk membuka materinya."))
    return enrolment


def complete_lesson(user: User, lesson: LessonPage) -> LessonCompletion:
    """Record that ``user`` finished ``lesson``; idempotent.

    The completion, "Lanjutkan" and the course completion check share one
    transaction, so a course is never complete without the lesson that completed
    it. The returned completion carries ``course_just_completed`` for the view's
    message.
    """
    if not lesson.live:
        raise ProgressError(_("Pelajaran ini belum diterbitkan."))
    course = course_of(lesson)
    if course is None:
        raise ProgressError(_("Pelajaran ini tidak berada di dalam kursus."))
    with transaction.atomic():
        enrolment = _require_enrolment(user, course)
        was_complete = enrolment.is_complete
        # get_or_create inserts in a savepoint and re-reads on IntegrityError, so a
        # double click yields one row and no error.
        completion, _created = LessonCompletion.objects.get_or_create(
            user=user, lesson=lesson, defaults={"course": course}
        )
        if enrolment.last_page_id != lesson.pk:
            Enrolment.objects.filter(pk=enrolment.pk).update(last_page=lesson)
            enrolment.last_page_id = lesson.pk
            touch_user(user)
        completed = check_course_completion(user, course, enrolment=enrolment)
    completion.course_just_completed = completed and not was_complete
    return completion


def record_visit(
    user: User | AnonymousUser, page: Page, enrolment: Enrolment | None = None
) -> None:
    """Remember ``page`` as where the learner left off, for "Lanjutkan".

    Two UPDATEs, the enrolment and the learner's state token (none when
    ``enrolment`` is given and already points here); a visitor who is not enrolled
    changes nothing.
    """
    if not user.is_authenticated or page.pk is None:
        return
    if enrolment is not None:
        if enrolment.last_page_id != page.pk:
            with transaction.atomic():
                Enrolment.objects.filter(pk=enrolment.pk).update(last_page=page)
                touch_user(user)
            enrolment.last_page_id = page.pk
        return
    with transaction.atomic():
        moved = (
            Enrolment.objects.filter(user=user, course__in=CoursePage.objects.ancestor_of(page))
            .exclude(last_page=page)
            .update(last_page=page)
        )
        if moved:
            touch_user(user)


def check_course_completion(
    user: User, course: CoursePage, enrolment: Enrolment | None = None
) -> bool:
    """Mark the enrolment complete once the course's rule is met; True if complete.

    Called after every lesson completion and passing quiz attempt. ``completed_at``
    is written by a conditional UPDATE, so of two racing requests exactly one
    changes the row and only that one sends ``course_completed`` — after commit,
    so a certificate is never issued for a rolled-back completion. At most three
    queries.
    """
    if enrolment is None:
        enrolment = material.get_enrolment(user, course)
    if enrolment is None:
        return False
    if enrolment.is_complete:
        return True
    tree = load_trees([course], user)[course.pk]
    if not tree.rule_met():
        return False
    now = timezone.now()
    with transaction.atomic():
        won = Enrolment.objects.filter(pk=enrolment.pk, completed_at__isnull=True).update(
            completed_at=now
        )
        if won:
            touch_user(user)
            enrolment.completed_at = now
            transaction.on_commit(
                partial(
                    course_completed.send_robust,
                    sender=Enrolment,
                    user=user,
                    course=course,
                    enrolment=enrolment,
                )
            )
    return True
