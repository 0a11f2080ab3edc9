"""Trainers draft course content, reviewers approve it through the workflow, then it is live."""

import pytest
from django.contrib.auth.models import Group
from django.urls import reverse
from wagtail.models import (
    GroupPagePermission,
    Page,
    Workflow,
    WorkflowPage,
    WorkflowState,
    WorkflowTask,
)
from wagtail.test.utils.form_data import inline_formset, nested_form_data, rich_text, streamfield

from courses.models import LessonPage
from learning import roles
from learning.services.content_roles import TASK_NAME, WORKFLOW_NAME, setup_content_roles
from tests.factories import build_course_tree, make_in_group

pytestmark = pytest.mark.django_db


@pytest.fixture
def tree(groups):
    tree = build_course_tree()
    setup_content_roles()
    return tree


@pytest.fixture
def trainer(groups):
    return make_in_group(roles.TRAINER)


@pytest.fixture
def reviewer(groups):
    return make_in_group(roles.REVIEWER)


def lesson_form(title, slug, action=None):
    data = nested_form_data(
        {
            "title": title,
            "slug": slug,
            "estimated_minutes": 7,
            "body": streamfield(
                [
                    ("paragraph", rich_text("<p>Unggahan resmi harus jelas dan santun.</p>")),
                    (
                        "callout",
                        {
                            "kind": "tip",
                            "title": "Tips",
                            "text": rich_text("<p>Cek data sebelum mengunggah.</p>"),
                        },
                    ),
                    (
                        "do_dont",
                        {
                            "title": "",
                            "do_items": streamfield([("item", "Ucapkan terima kasih")]),
                            "dont_items": streamfield([("item", "Membalas dengan emosi")]),
                        },
                    ),
                ]
            ),
            "comments": inline_formset([]),
            "seo_title": "",
            "search_description": "",
        }
    )
    if action:
        data[action] = "1"
    return data


def add_lesson(
    client, module, title="Menjawab kritik warganet", slug="menjawab-kritik", action=None
):
    url = f"/admin/pages/add/courses/lessonpage/{module.pk}/"
    return client.post(url, lesson_form(title, slug, action))


# --- Setup ------------------------------------------------------------------


def test_setup_content_roles_is_idempotent(tree):
    counts = (
        GroupPagePermission.objects.count(),
        Workflow.objects.count(),
        WorkflowTask.objects.count(),
        WorkflowPage.objects.count(),
    )
    setup_content_roles()
    assert counts == (
        GroupPagePermission.objects.count(),
        Workflow.objects.count(),
        WorkflowTask.objects.count(),
        WorkflowPage.objects.count(),
    )


def test_trainer_may_add_and_change_but_reviewer_also_publishes(tree):
    def codenames(group_name):
        return set(
            GroupPagePermission.objects.filter(
                group__name=group_name, page=tree.catalogue
            ).values_list("permission__codename", flat=True)
        )

    assert codenames(roles.TRAINER) == {"add_page", "change_page"}
    assert codenames(roles.REVIEWER) == {"add_page", "change_page", "publish_page"}


def test_catalogue_uses_the_review_workflow_with_one_reviewer_task(tree):
    workflow = WorkflowPage.objects.get(page=tree.catalogue).workflow
    assert workflow.name == WORKFLOW_NAME and workflow.active
    tasks = [task.specific for task in workflow.tasks]
    assert [task.name for task in tasks] == [TASK_NAME]
    assert list(tasks[0].groups.all()) == [Group.objects.get(name=roles.REVIEWER)]
    assert tree.lesson.get_workflow() == workflow


def test_management_command_runs_twice(tree, capsys):
    from django.core.management import call_command

    call_command("setup_content_roles")
    call_command("setup_content_roles")
    assert "Tinjauan materi kursus" in capsys.readouterr().out


# --- Trainer ----------------------------------------------------------------


def test_trainer_creates_a_lesson_draft_under_a_module(client, tree, trainer):
    client.force_login(trainer)
    response = add_lesson(client, tree.module)
    assert response.status_code == 302, response.content[:3000]
    lesson = LessonPage.objects.get(slug="menjawab-kritik")
    assert lesson.get_parent().pk == tree.module.pk
    assert not lesson.live
    assert [block.block_type for block in lesson.get_latest_revision_as_object().body] == [
        "paragraph",
        "callout",
        "do_dont",
    ]


def test_trainer_cannot_publish(client, tree, trainer):
    client.force_login(trainer)
    response = add_lesson(client, tree.module, action="action-publish")
    assert response.status_code == 302
    lesson = LessonPage.objects.get(slug="menjawab-kritik")
    assert not lesson.live
    assert not Page.objects.live().filter(pk=lesson.pk).exists()


def test_trainer_cannot_edit_pages_outside_the_catalogue(client, tree, trainer):
    client.force_login(trainer)
    response = client.get(f"/admin/pages/{tree.home.pk}/edit/")
    assert response.status_code in (302, 403)


def test_submitting_for_moderation_starts_the_review_workflow(client, tree, trainer):
    client.force_login(trainer)
    add_lesson(client, tree.module, action="action-submit")
    lesson = LessonPage.objects.get(slug="menjawab-kritik")
    state = WorkflowState.objects.get(base_content_type__isnull=False, object_id=str(lesson.pk))
    assert state.status == WorkflowState.STATUS_IN_PROGRESS
    assert state.workflow.name == WORKFLOW_NAME
    assert state.current_task_state.task.name == TASK_NAME
    assert not LessonPage.objects.get(pk=lesson.pk).live


def _submitted_lesson(client, tree, trainer):
    client.force_login(trainer)
    add_lesson(client, tree.module, action="action-submit")
    client.logout()
    lesson = LessonPage.objects.get(slug="menjawab-kritik")
    return lesson, lesson.current_workflow_task_state


def test_trainer_cannot_approve_their_own_submission(client, tree, trainer):
    lesson, task_state = _submitted_lesson(client, tree, trainer)
    client.force_login(trainer)
    url = reverse("wagtailadmin_pages:workflow_action", args=[lesson.pk, "approve", task_state.pk])
    response = client.post(url, {"comment": ""})
    assert response.status_code in (302, 403)
    assert not LessonPage.objects.get(pk=lesson.pk).live


# --- Reviewer ---------------------------------------------------------------


def test_reviewer_approves_and_the_lesson_goes_live(client, tree, trainer, reviewer):
    lesson, task_state = _submitted_lesson(client, tree, trainer)
    client.force_login(reviewer)
    dashboard = client.get("/admin/")
    assert "Menjawab kritik warganet" in dashboard.content.decode()

    url = reverse("wagtailadmin_pages:workflow_action", args=[lesson.pk, "approve", task_state.pk])
    response = client.post(url, {"comment": "Sudah sesuai."})
    assert response.status_code in (200, 302)

    lesson = LessonPage.objects.get(pk=lesson.pk)
    assert lesson.live
    assert WorkflowState.objects.get(object_id=str(lesson.pk)).status == "approved"
    assert lesson in LessonPage.objects.live().child_of(tree.module)


def test_reviewer_can_reject_and_the_lesson_stays_a_draft(client, tree, trainer, reviewer):
    lesson, task_state = _submitted_lesson(client, tree, trainer)
    client.force_login(reviewer)
    url = reverse("wagtailadmin_pages:workflow_action", args=[lesson.pk, "reject", task_state.pk])
    client.post(url, {"comment": "Tambahkan contoh."})
    assert not LessonPage.objects.get(pk=lesson.pk).live
    assert WorkflowState.objects.get(object_id=str(lesson.pk)).status == "needs_changes"


def test_catalogue_created_in_the_admin_gets_roles_and_workflow_at_once(client, groups):
    from courses.models import CourseIndexPage
    from home.models import HomePage
    from tests.factories import UserFactory

    root = Page.get_first_root_node()
    home = root.add_child(instance=HomePage(title="Beranda", slug="beranda-hook"))
    client.force_login(UserFactory(is_superuser=True, is_staff=True))
    response = client.post(
        reverse("wagtailadmin_pages:add", args=["courses", "courseindexpage", home.pk]),
        {"title": "Katalog", "slug": "katalog-hook", "intro": rich_text("")},
    )
    assert response.status_code == 302, response.content[:1500]
    catalogue = CourseIndexPage.objects.get(slug="katalog-hook")
    trainers = Group.objects.get(name=roles.TRAINER)
    assert GroupPagePermission.objects.filter(group=trainers, page=catalogue).exists()
    assert WorkflowPage.objects.filter(page=catalogue).exists()
