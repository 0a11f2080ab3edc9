"""Practice assignments: a learner submits, a trainer accepts or returns with a comment.

One row per (learner, lesson, block). A returned answer is revised in place and
goes back to "waiting for review"; an accepted answer is final, so the verdict a
trainer gave is the one the learner keeps.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from django.db import IntegrityError, transaction
from django.utils import timezone
from django.utils.html import strip_tags
from django.utils.translation import gettext as _

from learning.forms.practice import (
    LINK_MAX_LENGTH,
    RESPONSE_MAX_LENGTH,
    clean_learner_html,
    is_http_url,
)
from learning.models import PracticeSubmission
from learning.selectors.course_tree import course_of
from learning.selectors.material import get_enrolment

if TYPE_CHECKING:
    from wagtail.blocks import StructValue

    from courses.models import LessonPage
    from learning.models import User

Status = PracticeSubmission.Status
DECISIONS = {"accept": Status.ACCEPTED, "return": Status.RETURNED}


class PracticeError(Exception):
    """A submission or review the rules refuse; the message is shown as is."""


def practice_block(lesson: LessonPage, block_id: str) -> StructValue | None:
    """The value of practice-assignment block ``block_id`` in the lesson body, or None."""
    return dict(lesson.practice_assignments()).get(block_id)


def _check_submission(user, lesson, block_id, link_url):
    if not lesson.live:
        raise PracticeError(_("Pelajaran ini belum diterbitkan."))
    if get_enrolment(user, course_of(lesson)) is None:
        raise PracticeError(_("Daftar ke kursus ini untuk mengirim jawaban tugas."))
    block = practice_block(lesson, block_id)
    if block is None:
        raise PracticeError(_("Tugas praktik ini tidak ditemukan di pelajaran."))
    if link_url and not block["allow_link"]:
        raise PracticeError(_("Tugas ini tidak menerima tautan."))
    if link_url and (not is_http_url(link_url) or len(link_url) > LINK_MAX_LENGTH):
        raise PracticeError(_("Tautan harus diawali http:// atau https://."))
    return block


def submit_practice(
    user: User, lesson: LessonPage, block_id: str, response_html: str, link_url: str = ""
) -> PracticeSubmission:
    """Save the learner's answer to one practice-assignment block of ``lesson``.

    ``response_html`` is what the learner typed. The length limit applies to it,
    before cleaning; the stored answer is exactly bleach's output, never cut
    afterwards: a cut could end inside a tag, and the admin renders the answer as
    HTML. Cleaning happens here, so no caller can store markup outside the allow-list.
    """
    link_url = (link_url or "").strip()
    block = _check_submission(user, lesson, block_id, link_url)
    response_html = response_html or ""
    if len(response_html) > RESPONSE_MAX_LENGTH:
        raise PracticeError(
            _("Jawaban terlalu panjang: paling banyak %(max)s karakter (sekarang %(length)s).")
            % {"max": RESPONSE_MAX_LENGTH, "length": len(response_html)}
        )
    response = clean_learner_html(response_html)
    if not strip_tags(response).strip():
        raise PracticeError(_("Tulis jawaban Anda terlebih dahulu."))
    fields = {
        "prompt_title": block["title"][:150],
        "response": response,
        "link_url": link_url,
        "status": Status.SUBMITTED,
    }
    try:
        with transaction.atomic():
            return _save_submission(user, lesson, block_id, fields)
    except IntegrityError:
        # A second tab inserted the row between our read and our insert: update it.
        with transaction.atomic():
            return _save_submission(user, lesson, block_id, fields)


def _save_submission(user, lesson, block_id, fields):
    submission = (
        PracticeSubmission.objects.select_for_update()
        .filter(user=user, lesson=lesson, block_id=block_id)
        .first()
    )
    if submission is None:
        return PracticeSubmission.objects.create(
            user=user, lesson=lesson, block_id=block_id, **fields
        )
    if submission.status == Status.ACCEPTED:
        raise PracticeError(_("Jawaban ini sudah diterima pelatih dan tidak bisa diubah lagi."))
    for name, value in fields.items():
        setattr(submission, name, value)
    submission.save(update_fields=[*fields, "updated_at"])
    return submission


def review_submission(
    submission: PracticeSubmission, reviewer: User, decision: str, comment: str = ""
) -> PracticeSubmission:
    """Accept a submission, or return it with a comment the learner can act on."""
    status = DECISIONS.get(decision)
    if status is None:
        raise PracticeError(_("Pilih keputusan: terima atau kembalikan."))
    comment = (comment or "").strip()
    if status == Status.RETURNED and not comment:
        raise PracticeError(_("Tulis komentar agar peserta tahu apa yang perlu diperbaiki."))
    submission.status = status
    submission.reviewer_comment = comment
    submission.reviewed_by = reviewer
    submission.reviewed_at = timezone.now()
    submission.save(
        update_fields=["status", "reviewer_comment", "reviewed_by", "reviewed_at", "updated_at"]
    )
    return submission
