"""What the certificates app does when something happens elsewhere. Small receivers only.

* ``course_completed`` (learning, through ``learning.api``): enqueue the issue task.
  Learning sends the signal after its transaction committed; the task is enqueued
  on commit of whatever transaction is open now, so a worker never looks for a
  completion it cannot see yet. Nothing here may raise into the learner's request:
  an enqueue that fails is logged and the sweep issues the certificate later.
* A certificate saved or deleted: its holder's cached learner pages go
  (``api.learner_state_changed``); services that write with ``update`` say so themselves.
* A national admin saved the certificate settings, a course's certificate settings
  or the platform settings (name, logo): re-render the PDFs whose design changed.
"""

import logging

from django.db import transaction
from django.db.models.signals import post_delete, post_save
from django.utils.translation import gettext as _

from learning import api

logger = logging.getLogger(__name__)


def on_course_completed(sender, *, user, course, **kwargs):
    from certificates.dispatch import enqueue_on_commit

    try:
        enqueue_on_commit("issue_certificate_task", user.pk, course.pk)
    except Exception:
        logger.exception(
            "Certificate for course %s, user %s not enqueued; the sweep will issue it",
            course.pk,
            user.pk,
        )


def _rerender_after_commit(course_id=None, reason=""):
    def start():
        from certificates.services.rerender import request_rerender

        try:
            request_rerender(course_id=course_id, reason=reason)
        except Exception:
            logger.exception("Re-render after a design change could not start")

    transaction.on_commit(start)


def _changed(sender) -> str:
    return _("%(settings)s diubah") % {"settings": sender._meta.verbose_name}


def on_site_design_saved(sender, instance, **kwargs):
    _rerender_after_commit(reason=_changed(sender))


def on_course_design_changed(sender, instance, **kwargs):
    _rerender_after_commit(course_id=instance.course_id, reason=_changed(sender))


def on_certificate_changed(sender, instance, **kwargs):
    api.learner_state_changed(user_ids=[instance.learner_id])


def connect():
    from certificates.models import Certificate, CertificateSettings, CourseCertificateSettings
    from home.models import PlatformSettings

    for signal in (post_save, post_delete):
        signal.connect(
            on_certificate_changed,
            sender=Certificate,
            dispatch_uid=f"certificates.learner_state.{id(signal)}",
        )
    api.course_completed.connect(on_course_completed, dispatch_uid="certificates.issue")
    for model in (CertificateSettings, PlatformSettings):
        post_save.connect(
            on_site_design_saved,
            sender=model,
            dispatch_uid=f"certificates.design.{model._meta.label}",
        )
    post_save.connect(
        on_course_design_changed,
        sender=CourseCertificateSettings,
        dispatch_uid="certificates.course_design.saved",
    )
    post_delete.connect(
        on_course_design_changed,
        sender=CourseCertificateSettings,
        dispatch_uid="certificates.course_design.deleted",
    )
