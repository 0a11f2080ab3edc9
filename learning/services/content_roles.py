"""Who may write and who may publish course content, and the review workflow between them.

Trainers (Pelatih) draft lessons and quizzes anywhere under the catalogue but
cannot publish; reviewers (Peninjau) can. Every change a trainer submits goes
through the workflow "Tinjauan materi kursus": one approval task for the
reviewer group, after which Wagtail publishes the revision.

Page permissions and workflows are tied to page rows, so this runs after the
catalogue exists (``load_demo``, or ``manage.py setup_content_roles``) and again
whenever a catalogue page is added. It lives in learning because the groups do.
"""

from dataclasses import dataclass

from django.contrib.auth.models import Group, Permission
from django.db import transaction
from wagtail.models import (
    GroupApprovalTask,
    GroupPagePermission,
    Workflow,
    WorkflowPage,
    WorkflowTask,
)

from courses.models import CourseIndexPage
from learning import roles

WORKFLOW_NAME = "Tinjauan materi kursus"
TASK_NAME = "Persetujuan peninjau"

PAGE_PERMISSIONS = {
    roles.TRAINER: ["add_page", "change_page"],
    roles.REVIEWER: ["add_page", "change_page", "publish_page"],
}


@dataclass(frozen=True)
class ContentRolesResult:
    catalogues: int
    permissions_created: int
    workflow: Workflow


def _page_permission(codename):
    return Permission.objects.get(content_type__app_label="wagtailcore", codename=codename)


@transaction.atomic
def setup_content_roles() -> ContentRolesResult:
    """Page permissions on every catalogue and the review workflow on it. Idempotent.

    Only adds what is missing, so a second run writes nothing: page permissions
    and task groups an administrator added by hand are left alone.
    """
    roles.ensure_groups()
    catalogues = list(CourseIndexPage.objects.all())
    created = 0
    for group_name, codenames in PAGE_PERMISSIONS.items():
        group = Group.objects.get(name=group_name)
        for codename in codenames:
            permission = _page_permission(codename)
            for catalogue in catalogues:
                _obj, was_created = GroupPagePermission.objects.get_or_create(
                    group=group, page=catalogue, permission=permission
                )
                created += was_created

    workflow = ensure_review_workflow()
    for catalogue in catalogues:
        assigned, was_created = WorkflowPage.objects.get_or_create(
            page=catalogue, defaults={"workflow": workflow}
        )
        if not was_created and assigned.workflow_id != workflow.pk:
            assigned.workflow = workflow
            assigned.save(update_fields=["workflow"])
    return ContentRolesResult(len(catalogues), created, workflow)


def ensure_review_workflow() -> Workflow:
    """The active workflow with its single reviewer-approval task."""
    workflow, _created = Workflow.objects.get_or_create(
        name=WORKFLOW_NAME, defaults={"active": True}
    )
    if not workflow.active:
        workflow.active = True
        workflow.save(update_fields=["active"])
    task = GroupApprovalTask.objects.filter(name=TASK_NAME).first()
    if task is None:
        task = GroupApprovalTask.objects.create(name=TASK_NAME, active=True)
    elif not task.active:
        task.active = True
        task.save(update_fields=["active"])
    task.groups.add(Group.objects.get(name=roles.REVIEWER))
    if not WorkflowTask.objects.filter(workflow=workflow, task=task).exists():
        WorkflowTask.objects.create(
            workflow=workflow, task=task, sort_order=workflow.workflow_tasks.count()
        )
    return workflow
