"""The Wagtail admin speaks Indonesian to trainers, reviewers and national admins.

Wagtail's own Indonesian catalogue covers a fraction of the admin; the project's
``locale/id`` catalogue (first in LOCALE_PATHS) fills in the rest. A crawl logs in as
each role, opens the pages that role works in and looks for English left behind.
"""

import re

import pytest
from django.core import mail
from django.test import override_settings
from django.urls import reverse
from wagtail.models import WorkflowState

from courses.models import LessonPage
from learning import roles
from tests.factories import make_in_group
from tests.learning import test_content_roles
from tests.learning.test_content_roles import add_lesson

pytestmark = pytest.mark.django_db

# The course tree with trainer and reviewer roles and the review workflow.
tree = test_content_roles.tree

# Words and phrases seen in English (or mistranslated) in the admin before the
# override; each is checked as a whole word in the visible text of every page.
ENGLISH = [
    "Reports",
    "Request changes",
    "Approve with comment",
    "Approve",
    "halaman-halaman",
    "Potongan",
    "Dashboard",
    "Pages",
    "Snippets",
    "Search",
    "Settings",
    "Users",
    "Workflows",
    "Workflow tasks",
    "Help",
    "Edit",
    "Edited",
    "Preview",
    "Publish",
    "Save draft",
    "Submit to",
    "Delete",
    "Move",
    "Copy",
    "History",
    "Title",
    "Live",
    "Draft",
    "Sort",
    "Actions",
    "Add child page",
    "Your pages",
    "Awaiting your review",
    "In moderation",
    "Locked pages",
    "Aging pages",
    "Site history",
    "Page types usage",
    "Log out",
    "Account",
    "Comments",
    "Content",
    "Promote",
    "Images",
    "Documents",
    "Collections",
    "Groups",
    "Name",
    "Type",
    "Updated",
    "Created",
    "Back",
    "Next",
    "Previous",
    "Cancel",
    "Save",
    "Add",
    "Owner",
    "Task",
    "Workflow",
    "No results",
    "There are no",
    "Showing",
    "Toggle",
    "Select all",
    "Sidebar",
    "Skip to main content",
    "Main menu",
    "page",
    "pages",
    "of",
    "by",
    "ago",
    "Just now",
    "just now",
]

# Whole script/style/svg/template elements, then any tag (quoted attributes may hold ">").
_TAGS = re.compile(
    r"<(script|style|svg|template)\b.*?</\1>|<(?:[^>\"']|\"[^\"]*\"|'[^']*')*>", re.S | re.I
)


def visible_text(html: str) -> str:
    """The page's text as a reader sees it, plus the labels screen readers announce."""
    labels = re.findall(r'(?:aria-label|title|placeholder|alt)="([^"]*)"', html, flags=re.I)
    # The sidebar is drawn by JavaScript from JSON props: its menu labels count too.
    labels += re.findall(r'"label": "([^"]*)"', html)
    return re.sub(r"\s+", " ", _TAGS.sub(" ", html)) + " " + " ".join(labels)


def english_left(html: str) -> list[str]:
    text = visible_text(html)
    return [word for word in ENGLISH if re.search(rf"(?<![\w-]){re.escape(word)}(?![\w-])", text)]


@pytest.fixture
def people(groups):
    return {
        "trainer": make_in_group(roles.TRAINER, full_name="Tari Pelatih"),
        "reviewer": make_in_group(roles.REVIEWER, full_name="Rudi Peninjau"),
        "national_admin": make_in_group(roles.NATIONAL_ADMIN, full_name="Nadia Admin"),
    }


@pytest.fixture
def submitted(client, tree, people):
    client.force_login(people["trainer"])
    add_lesson(client, tree.module, action="action-submit")
    client.logout()
    return LessonPage.objects.get(slug="menjawab-kritik")


def admin_pages(tree, lesson):
    return [
        "/admin/",
        "/admin/pages/",
        f"/admin/pages/{tree.catalogue.pk}/",
        f"/admin/pages/{tree.module.pk}/",
        f"/admin/pages/{lesson.pk}/edit/",
        f"/admin/pages/{lesson.pk}/history/",
        f"/admin/pages/add/courses/lessonpage/{tree.module.pk}/",
        "/admin/pages/search/?q=kritik",
        "/admin/snippets/",
        "/admin/reports/locked/",
        "/admin/reports/workflow/",
        "/admin/reports/workflow_tasks/",
        "/admin/reports/site-history/",
        "/admin/reports/aging-pages/",
        "/admin/workflows/list/",
        "/admin/workflows/tasks/index/",
        "/admin/users/",
        "/admin/account/",
    ]


@pytest.mark.parametrize("role", ["trainer", "reviewer", "national_admin"])
def test_admin_pages_have_no_english_left(client, tree, people, submitted, role):
    client.force_login(people[role])
    seen = {}
    for url in admin_pages(tree, submitted):
        response = client.get(url, HTTP_ACCEPT_LANGUAGE="id")
        if response.status_code != 200:
            assert response.status_code in (302, 403, 404), (url, response.status_code)
            continue
        seen[url] = english_left(response.content.decode())
    assert "/admin/" in seen and len(seen) >= 5, seen.keys()
    assert {url: words for url, words in seen.items() if words} == {}


def test_reviewer_sees_the_review_actions_in_indonesian(client, tree, people, submitted):
    client.force_login(people["reviewer"])
    html = client.get(f"/admin/pages/{submitted.pk}/edit/").content.decode()
    assert "Setujui" in html
    assert "Minta perubahan" in html


@pytest.mark.parametrize(
    ("action", "comment", "confirmation", "status"),
    [
        ("approve", "", "“Menjawab kritik warganet” disetujui dan sudah tayang.", "approved"),
        (
            "reject",
            "Tambahkan contoh.",
            "Perubahan diminta untuk “Menjawab kritik warganet”",
            "needs_changes",
        ),
    ],
)
def test_a_review_decision_is_confirmed(
    client, tree, people, submitted, action, comment, confirmation, status
):
    client.force_login(people["reviewer"])
    task_state = submitted.current_workflow_task_state
    url = reverse("wagtailadmin_pages:workflow_action", args=[submitted.pk, action, task_state.pk])
    response = client.post(url, {"comment": comment}, follow=True)
    assert confirmation in response.content.decode()
    assert WorkflowState.objects.get(object_id=str(submitted.pk)).status == status


@override_settings(WAGTAILADMIN_NOTIFICATION_INCLUDE_SUPERUSERS=False)
def test_workflow_emails_are_in_consistent_indonesian(client, tree, people, submitted):
    client.force_login(people["reviewer"])
    task_state = submitted.current_workflow_task_state
    mail.outbox.clear()
    url = reverse(
        "wagtailadmin_pages:workflow_action", args=[submitted.pk, "reject", task_state.pk]
    )
    client.post(url, {"comment": "Tambahkan contoh."})
    assert mail.outbox, "the trainer is told changes were requested"
    for message in mail.outbox:
        text = message.subject + "\n" + message.body
        assert " anda " not in f" {text} ", text
        assert "disini" not in text, text
        assert not re.search(r"\b(has been|You|requested|Edit the page|Page|Workflow)\b", text), (
            text
        )
    body = mail.outbox[0].body
    assert "Menjawab kritik warganet" in body
    assert "perubahan" in body.lower()


def test_admin_javascript_catalogue_is_indonesian_too(client, people):
    """The sidebar, editor and comments are drawn by JavaScript from this catalogue."""
    client.force_login(people["trainer"])
    script = client.get("/admin/jsi18n/").content.decode()
    assert "Buka/tutup bilah samping" in script
    assert "Tulis komentar Anda" in script
    assert '"Toggle sidebar": "Toggle sidebar"' not in script
