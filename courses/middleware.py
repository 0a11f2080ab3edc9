"""A word after a review decision.

Wagtail's workflow actions (approve, request changes) redirect to the dashboard or
the edit page without saying what happened, so a reviewer cannot tell whether the
click took. This middleware adds a confirmation once the task state shows the
decision was recorded. It sits inside Django's MessageMiddleware, which stores the
message on the way out.
"""

from django.contrib import messages
from django.utils.translation import gettext as _
from wagtail.models import TaskState


class WorkflowActionConfirmationMiddleware:
    def __init__(self, get_response):
        self.get_response = get_response

    def __call__(self, request):
        response = self.get_response(request)
        match = getattr(request, "resolver_match", None)
        if (
            request.method == "POST"
            and match is not None
            and match.view_name.endswith(":workflow_action")
            and _succeeded(response)
        ):
            _confirm(request, match.kwargs.get("task_state_id"))
        return response


def _succeeded(response) -> bool:
    """A redirect, or the admin's modal being told the action succeeded."""
    if response.status_code == 302:
        return True
    return response.status_code == 200 and b'"step": "success"' in response.content


def _confirm(request, task_state_id) -> None:
    task_state = (
        TaskState.objects.filter(pk=task_state_id).select_related("revision").first()
        if task_state_id
        else None
    )
    if task_state is None:
        return
    obj = task_state.revision.content_object if task_state.revision_id else None
    title = obj.get_admin_display_title() if hasattr(obj, "get_admin_display_title") else str(obj)
    if task_state.status == TaskState.STATUS_APPROVED:
        if getattr(obj, "live", False) and not getattr(obj, "has_unpublished_changes", False):
            text = _("“%(title)s” disetujui dan sudah tayang.")
        else:
            text = _("“%(title)s” disetujui.")
        messages.success(request, text % {"title": title})
    elif task_state.status == TaskState.STATUS_REJECTED:
        messages.success(
            request,
            _("Perubahan diminta untuk “%(title)s”. Pengaju diberi tahu lewat email.")
            % {"title": title},
        )
