"""A hostile practice-assignment answer runs no script in the trainer's browser.

The answer is crafted so that cutting its cleaned HTML at the length limit would end
inside ``<a href="…``; the link field then closes that attribute and adds an event
handler. The stored answer must be exactly bleach's (well-formed) output instead.
"""

import pytest
from wagtail.users.models import UserProfile

from courses.models import LessonPage
from learning import roles
from learning.forms.practice import RESPONSE_MAX_LENGTH, clean_learner_html
from learning.models import PracticeSubmission
from learning.services import progress
from learning.services.practice import submit_practice
from tests.browser.helpers import STEP_TIMEOUT_MS, log_in
from tests.factories import LearnerFactory, build_course, make_in_group

pytestmark = [pytest.mark.browser, pytest.mark.django_db(transaction=True)]

HOSTILE_LINK = "https://x.go.id/autofocus/onfocus=window.__xss=1//"


def hostile_answer():
    """Plain text whose cleaned form, cut at the limit, ends in ``<a href="http://www.e``."""
    padding = "a" * (RESPONSE_MAX_LENGTH - len('<p><a href="http://www.e') - 1)
    answer = padding + " www.example.com/x"
    assert len(answer) <= RESPONSE_MAX_LENGTH
    assert clean_learner_html(answer)[:RESPONSE_MAX_LENGTH].endswith('<a href="http://www.e')
    return answer


def test_hostile_answer_runs_no_script_on_the_admin_review_page(browser, live_server):
    tree = build_course()
    lesson = tree.lesson
    lesson.body = [
        {
            "type": "practice_assignment",
            "id": "tugas-1",
            "value": {
                "title": "Tulis pengumuman layanan",
                "allow_link": True,
                "prompt": "<p>Tulis pengumuman.</p>",
            },
        }
    ]
    lesson.save_revision().publish()
    learner = LearnerFactory(full_name="Peserta Jahil")
    progress.enrol(learner, tree.course)
    submission = submit_practice(
        learner, LessonPage.objects.get(pk=lesson.pk), "tugas-1", hostile_answer(), HOSTILE_LINK
    )
    trainer = make_in_group(roles.TRAINER, full_name="Pelatih Uji")
    profile = UserProfile.get_for_user(trainer)
    profile.preferred_language = "id"
    profile.save()

    desk = browser.new_context(viewport={"width": 1280, "height": 900})
    admin = desk.new_page()
    admin.set_default_timeout(STEP_TIMEOUT_MS)
    dialogs = []
    admin.on("dialog", lambda dialog: (dialogs.append(dialog.message), dialog.dismiss()))
    log_in(admin, live_server.url, trainer.email)
    admin.goto(
        live_server.url + f"/admin/snippets/learning/practicesubmission/edit/{submission.pk}/"
    )
    assert admin.get_by_text("Peserta Jahil").first.is_visible()
    links = admin.locator("a[href^='http://www.example.com'], a[href^='https://x.go.id']")
    for index in range(links.count()):
        links.nth(index).hover()
        links.nth(index).focus()
    admin.wait_for_timeout(300)

    assert admin.evaluate("typeof window.__xss") == "undefined"
    assert dialogs == []
    stored = PracticeSubmission.objects.get()
    assert stored.response == clean_learner_html(hostile_answer())
    assert stored.status == PracticeSubmission.Status.SUBMITTED
    desk.close()
