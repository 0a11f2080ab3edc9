"""The shipped curriculum: both courses load as valid, published pages that render."""

import pytest
from django.core.management import call_command

from courses.models import CoursePage, LessonPage, ModulePage, QuizPage
from learning.curriculum import humas_non_humas, literasi_digital
from learning.curriculum.loader import IMAGES_DIR
from learning.models import Enrolment
from tests.factories import LearnerFactory

pytestmark = pytest.mark.django_db

COURSES = [humas_non_humas.COURSE, literasi_digital.COURSE]


def _questions(course):
    for module in course["modules"]:
        yield from module["quiz"]["questions"]


@pytest.mark.parametrize(
    ("course", "min_modules"), [(humas_non_humas.COURSE, 6), (literasi_digital.COURSE, 3)]
)
def test_course_has_enough_modules_lessons_and_questions(course, min_modules):
    assert len(course["modules"]) >= min_modules
    for module in course["modules"]:
        assert 2 <= len(module["lessons"]) <= 4, module["title"]
        assert len(module["quiz"]["questions"]) >= 8, module["title"]
        assignments = [block for lesson in module["lessons"] for block in lesson["body"]
                       if block["type"] == "practice_assignment"]
        assert len(assignments) == 1, module["title"]


@pytest.mark.parametrize("course", COURSES, ids=lambda c: c["slug"])
def test_every_question_has_a_correct_choice_and_feedback_for_each(course):
    ids = [question["id"] for question in _questions(course)]
    assert len(ids) == len(set(ids)), "question ids must be unique in a course"
    for question in _questions(course):
        value = question["value"]
        assert value["prompt"].strip()
        if question["type"] == "true_false":
            assert value["answer"] in ("true", "false")
            assert value["feedback_true"].strip() and value["feedback_false"].strip()
            continue
        choices = [item["value"] for item in value["choices"]]
        correct = [choice for choice in choices if choice["is_correct"]]
        assert correct, question["id"]
        if question["type"] == "single_choice":
            assert len(correct) == 1, question["id"]
        assert all(choice["feedback"].strip() for choice in choices), question["id"]


@pytest.mark.parametrize("course", COURSES, ids=lambda c: c["slug"])
def test_no_lesson_body_is_empty_and_images_exist(course):
    for module in course["modules"]:
        for lesson in module["lessons"]:
            assert lesson["body"], lesson["title"]
            for block in lesson["body"]:
                image = block["value"].get("image") if isinstance(block["value"], dict) else None
                if isinstance(image, str):
                    assert (IMAGES_DIR / image).is_file(), image
                    assert block["value"].get("alt_text") or block["value"].get("image_alt")
    assert (IMAGES_DIR / course["cover_image"]).is_file()


@pytest.fixture
def loaded(db):
    call_command("load_demo", verbosity=0)


def test_load_demo_publishes_both_courses_with_a_first_revision(loaded):
    for spec in COURSES:
        course = CoursePage.objects.get(slug=spec["slug"])
        assert course.live and course.latest_revision_id
        modules = ModulePage.objects.child_of(course)
        assert modules.count() == len(spec["modules"])
        for module in modules:
            assert LessonPage.objects.child_of(module).live().count() >= 2
            quiz = QuizPage.objects.child_of(module).get()
            quiz.full_clean()  # pass mark, draw size and questions all valid
            assert len(quiz.questions) >= 8


def test_load_demo_twice_changes_nothing(loaded):
    counts = (CoursePage.objects.count(), LessonPage.objects.count(), QuizPage.objects.count())
    call_command("load_demo", verbosity=0)
    assert counts == (CoursePage.objects.count(), LessonPage.objects.count(),
                      QuizPage.objects.count())


def test_every_curriculum_page_renders_for_an_enrolled_learner(loaded, client):
    learner = LearnerFactory()
    client.force_login(learner)
    for spec in COURSES:
        course = CoursePage.objects.get(slug=spec["slug"])
        assert client.get(course.url).status_code == 200
        Enrolment.objects.create(user=learner, course=course)
        for page in course.get_descendants().live().specific():
            response = client.get(page.url)
            assert response.status_code == 200, page.url
            if isinstance(page, LessonPage):
                assert page.title in response.content.decode()
