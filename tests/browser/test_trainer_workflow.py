"""A trainer writes a lesson in the Wagtail admin, a reviewer approves it, a learner reads it."""

import re

import pytest
from django.utils import translation
from wagtail.models import WorkflowState
from wagtail.users.models import UserProfile

from courses.blocks import LessonStreamBlock
from courses.models import LessonPage
from learning import roles
from learning.services import progress
from learning.services.content_roles import WORKFLOW_NAME, setup_content_roles
from tests.browser.helpers import STEP_TIMEOUT_MS, log_in
from tests.factories import LearnerFactory, build_course_tree, make_in_group

# tests/conftest.py restores Wagtail's root page, site and groups before each
# transactional test, so this runs in any order.
pytestmark = [pytest.mark.browser, pytest.mark.django_db(transaction=True)]

DESKTOP = {"width": 1280, "height": 900}
LESSON_TITLE = "Menjawab kritik warganet"


@pytest.fixture
def setup(transactional_db):
    roles.ensure_groups()
    tree = build_course_tree()
    setup_content_roles()
    trainer = make_in_group(roles.TRAINER, email="pelatih@uji.go.id", full_name="Budi Pelatih")
    reviewer = make_in_group(roles.REVIEWER, email="peninjau@uji.go.id", full_name="Sri Peninjau")
    for user in (trainer, reviewer):
        profile = UserProfile.get_for_user(user)
        profile.preferred_language = "en"  # script the admin in English
        profile.save()
    learner = LearnerFactory(email="peserta@uji.go.id")
    progress.enrol(learner, tree.course)
    return tree, trainer, reviewer, learner


def block_label(name):
    """A lesson block's label as the English admin shows it (translated or not)."""
    with translation.override("en"):
        return str(LessonStreamBlock().child_blocks[name].label)


def insert_block(page, name):
    """Open the last "Insert a block" chooser of the body and pick the block ``name``."""
    page.get_by_role("button", name="Insert a block").last.click()
    page.get_by_role("option", name=block_label(name), exact=True).click()


def type_rich_text(page, index, text):
    editor = page.locator(".Draftail-Editor [contenteditable='true']").nth(index)
    editor.click()
    editor.type(text)


def test_trainer_writes_reviewer_approves_learner_reads(browser, live_server, setup, page):
    tree, trainer, reviewer, learner = setup

    # --- The trainer drafts a lesson with three block types and submits it.
    context = browser.new_context(viewport=DESKTOP, locale="id-ID")
    admin = context.new_page()
    admin.set_default_timeout(STEP_TIMEOUT_MS)
    log_in(admin, live_server.url, trainer.email)
    admin.goto(f"{live_server.url}/admin/pages/add/courses/lessonpage/{tree.module.pk}/")
    admin.locator("#id_title").fill(LESSON_TITLE)

    insert_block(admin, "paragraph")
    type_rich_text(admin, 0, "Kritik warganet adalah masukan gratis untuk layanan kita.")

    insert_block(admin, "callout")
    admin.locator("[name='body-1-value-title']").fill("Tips")
    type_rich_text(admin, 1, "Balas dalam 1x24 jam dengan bahasa yang santun.")

    insert_block(admin, "do_dont")
    admin.locator("[name='body-2-value-do_items-0-value']").fill("Ucapkan terima kasih")
    admin.locator("[name='body-2-value-dont_items-0-value']").fill("Membalas dengan emosi")

    admin.get_by_role("button", name="More actions").click()
    admin.get_by_role("button", name=re.compile(f"Submit to {WORKFLOW_NAME}")).click()
    admin.wait_for_url(re.compile(r"/admin/pages/\d+/(edit/)?$"))

    lesson = LessonPage.objects.get(title=LESSON_TITLE)
    assert not lesson.live
    state = WorkflowState.objects.get(object_id=str(lesson.pk))
    assert state.status == WorkflowState.STATUS_IN_PROGRESS
    assert [b.block_type for b in lesson.get_latest_revision_as_object().body] == [
        "paragraph",
        "callout",
        "do_dont",
    ]
    context.close()

    # --- The reviewer finds it awaiting review and approves it.
    context = browser.new_context(viewport=DESKTOP, locale="id-ID")
    admin = context.new_page()
    admin.set_default_timeout(STEP_TIMEOUT_MS)
    log_in(admin, live_server.url, reviewer.email)
    admin.goto(live_server.url + "/admin/")
    admin.get_by_role("link", name=LESSON_TITLE).first.click()
    admin.wait_for_url(re.compile(rf"/admin/pages/{lesson.pk}/edit/"))
    admin.get_by_role("button", name="More actions").click()
    admin.get_by_role("button", name=re.compile(r"^Approve( and Publish)?$")).click()
    # Wagtail approves (publishing the last revision) and goes back to the module's listing.
    admin.wait_for_url(re.compile(rf"/admin/pages/{tree.module.pk}/$"))
    context.close()

    lesson.refresh_from_db()
    assert lesson.live
    state.refresh_from_db()
    assert state.status == WorkflowState.STATUS_APPROVED

    # --- The enrolled learner sees the new lesson in the syllabus and reads it (phone).
    log_in(page, live_server.url, learner.email)
    page.goto(live_server.url + tree.course.url)
    page.get_by_role("link", name=LESSON_TITLE).click()
    page.wait_for_url(re.compile(re.escape(lesson.url) + "$"))
    assert page.get_by_role("heading", level=1, name=LESSON_TITLE).is_visible()
    assert page.get_by_text("Kritik warganet adalah masukan gratis").is_visible()
    assert page.get_by_role("note", name="Tips").is_visible()
    assert page.get_by_text("Hindari").is_visible()
    assert page.get_by_role(
        "button", name=re.compile("^(Tandai selesai|Selesai & lanjut)")
    ).is_visible()
