"""Enrolment, lesson completion, course completion, outline and the lesson gate."""

import itertools

import pytest
from django.db import connection
from django.test.utils import CaptureQueriesContext
from django.urls import reverse

from courses.models import CoursePage, LessonPage, ModulePage, QuizPage
from learning import roles
from learning.models import Enrolment, LessonCompletion, QuizAttempt
from learning.selectors import material, outlines
from learning.services import progress
from learning.signals import course_completed
from tests.factories import LearnerFactory, build_course, make_in_group

pytestmark = pytest.mark.django_db

_slugs = itertools.count(1)


def add_lesson(module, title=None, body=None):
    n = next(_slugs)
    lesson = module.add_child(
        instance=LessonPage(
            title=title or f"Pelajaran tambahan {n}",
            slug=f"pelajaran-tambahan-{n}",
            body=body or [{"type": "paragraph", "value": f"<p>Isi pelajaran {n}</p>"}],
        )
    )
    return lesson


def add_module(course, title=None):
    n = next(_slugs)
    return course.add_child(
        instance=ModulePage(title=title or f"Modul {n}", slug=f"modul-tambahan-{n}")
    )


def add_quiz(module):
    n = next(_slugs)
    return module.add_child(
        instance=QuizPage(
            title=f"Kuis tambahan {n}",
            slug=f"kuis-tambahan-{n}",
            questions=[
                {
                    "type": "true_false",
                    "value": {
                        "prompt": "Benar?",
                        "answer": "true",
                        "feedback_true": "Ya",
                        "feedback_false": "Tidak",
                        "explanation": "",
                    },
                }
            ],
        )
    )


def pass_quiz(user, quiz, course):
    return QuizAttempt.objects.create(
        user=user,
        quiz=quiz,
        course=course,
        number=1,
        pass_mark=70,
        status="submitted",
        passed=True,
        score=100,
    )


@pytest.fixture
def tree():
    return build_course()


@pytest.fixture
def learner():
    return LearnerFactory()


# --- Enrolment ------------------------------------------------------------------


def test_enrol_is_idempotent(tree, learner):
    first = progress.enrol(learner, tree.course)
    second = progress.enrol(learner, tree.course)
    assert first.pk == second.pk
    assert Enrolment.objects.filter(user=learner, course=tree.course).count() == 1


def test_enrol_refuses_missing_prerequisite_and_names_the_course(tree, learner):
    basic = build_course().course
    basic.title = "Dasar Komunikasi Publik"
    basic.save()
    tree.course.prerequisites.add(basic)
    tree.course.save()

    with pytest.raises(progress.ProgressError, match="Dasar Komunikasi Publik"):
        progress.enrol(learner, tree.course)
    assert not Enrolment.objects.filter(user=learner, course=tree.course).exists()


def test_enrol_allowed_once_prerequisite_is_completed(tree, learner):
    basic = build_course().course
    tree.course.prerequisites.add(basic)
    tree.course.save()
    Enrolment.objects.create(user=learner, course=basic, completed_at="2026-01-05T10:00:00Z")

    assert progress.enrol(learner, tree.course).course_id == tree.course.pk


def test_enrol_refuses_unpublished_course(tree, learner):
    tree.course.unpublish()
    tree.course.refresh_from_db()
    with pytest.raises(progress.ProgressError):
        progress.enrol(learner, tree.course)


def test_enrol_view_enrols_and_returns_to_course(client, tree, learner):
    client.force_login(learner)
    response = client.post(reverse("learning:enrol", args=[tree.course.pk]))
    assert response.status_code == 302
    assert response.url == tree.course.url
    assert Enrolment.objects.filter(user=learner, course=tree.course).exists()


def test_enrol_view_shows_the_refusal_as_a_message(client, tree, learner):
    tree.course.prerequisites.add(build_course().course)
    tree.course.save()
    client.force_login(learner)
    response = client.post(reverse("learning:enrol", args=[tree.course.pk]), follow=True)
    assert response.status_code == 200
    assert "Selesaikan dulu kursus prasyarat" in response.content.decode()


def test_enrol_view_needs_login_and_post(client, tree, learner):
    url = reverse("learning:enrol", args=[tree.course.pk])
    assert client.post(url).url.startswith(reverse("account_login"))
    client.force_login(learner)
    assert client.get(url).status_code == 405


# --- Lessons --------------------------------------------------------------------


def test_complete_lesson_is_idempotent_and_sets_resume_point(tree, learner):
    enrolment = progress.enrol(learner, tree.course)
    first = progress.complete_lesson(learner, tree.lesson)
    second = progress.complete_lesson(learner, tree.lesson)

    assert first.pk == second.pk
    assert LessonCompletion.objects.filter(user=learner).count() == 1
    enrolment.refresh_from_db()
    assert enrolment.last_page_id == tree.lesson.pk


def test_complete_lesson_requires_enrolment(tree, learner):
    with pytest.raises(progress.ProgressError, match="Daftar"):
        progress.complete_lesson(learner, tree.lesson)
    assert not LessonCompletion.objects.exists()


def test_lesson_complete_view_goes_to_next_item_when_asked(client, tree, learner):
    progress.enrol(learner, tree.course)
    client.force_login(learner)
    url = reverse("learning:lesson_complete", args=[tree.lesson.pk])

    assert client.post(url, {"next": "1"}).url == tree.quiz.url
    assert client.post(url).url == tree.lesson.url
    assert LessonCompletion.objects.filter(user=learner, lesson=tree.lesson).count() == 1


def test_lesson_complete_view_refuses_a_stranger_with_a_message(client, tree, learner):
    client.force_login(learner)
    response = client.post(reverse("learning:lesson_complete", args=[tree.lesson.pk]))
    assert response.status_code == 302
    assert response.url == tree.course.url
    assert not LessonCompletion.objects.exists()


# --- Course completion ----------------------------------------------------------


def test_course_completion_fires_signal_exactly_once(
    tree, learner, django_capture_on_commit_callbacks
):
    received = []

    def receiver(sender, user, course, enrolment, **kwargs):
        received.append((user.pk, course.pk, enrolment.pk))

    course_completed.connect(receiver)
    try:
        with django_capture_on_commit_callbacks(execute=True):
            enrolment = progress.enrol(learner, tree.course)
            progress.complete_lesson(learner, tree.lesson)
            pass_quiz(learner, tree.quiz, tree.course)
            assert progress.check_course_completion(learner, tree.course) is True
            assert progress.check_course_completion(learner, tree.course) is True
            progress.complete_lesson(learner, tree.lesson)
    finally:
        course_completed.disconnect(receiver)

    assert received == [(learner.pk, tree.course.pk, enrolment.pk)]
    enrolment.refresh_from_db()
    assert enrolment.completed_at is not None


def test_racing_completion_checks_write_and_signal_once(
    tree, learner, django_capture_on_commit_callbacks
):
    """Two requests that both read the enrolment before either completed it."""
    progress.enrol(learner, tree.course)
    LessonCompletion.objects.create(user=learner, lesson=tree.lesson, course=tree.course)
    pass_quiz(learner, tree.quiz, tree.course)
    first_reader = Enrolment.objects.get(user=learner)
    second_reader = Enrolment.objects.get(user=learner)
    received = []

    def receiver(sender, enrolment, **kwargs):
        received.append(enrolment.pk)

    course_completed.connect(receiver)
    try:
        with django_capture_on_commit_callbacks(execute=True):
            assert progress.check_course_completion(learner, tree.course, enrolment=first_reader)
            written = Enrolment.objects.get(user=learner).completed_at
            assert progress.check_course_completion(learner, tree.course, enrolment=second_reader)
    finally:
        course_completed.disconnect(receiver)
    assert received == [first_reader.pk]
    assert Enrolment.objects.get(user=learner).completed_at == written


def test_racing_enrolment_returns_the_row_the_other_request_made(tree, learner, monkeypatch):
    """The other request inserted between our check and our insert."""
    existing = Enrolment.objects.create(user=learner, course=tree.course)
    monkeypatch.setattr(material, "get_enrolment", lambda user, course: None)
    assert progress.enrol(learner, tree.course).pk == existing.pk
    assert Enrolment.objects.filter(user=learner).count() == 1


def test_lessons_and_quizzes_rule_needs_every_lesson_and_a_passed_quiz(tree, learner):
    progress.enrol(learner, tree.course)
    pass_quiz(learner, tree.quiz, tree.course)
    assert progress.check_course_completion(learner, tree.course) is False

    progress.complete_lesson(learner, tree.lesson)
    assert Enrolment.objects.get(user=learner).completed_at is not None


def test_failed_attempt_does_not_count_as_passed(tree, learner):
    progress.enrol(learner, tree.course)
    QuizAttempt.objects.create(
        user=learner,
        quiz=tree.quiz,
        course=tree.course,
        number=1,
        pass_mark=70,
        status="submitted",
        passed=False,
        score=40,
    )
    progress.complete_lesson(learner, tree.lesson)
    assert Enrolment.objects.get(user=learner).completed_at is None


def test_quizzes_rule_ignores_lessons(tree, learner):
    tree.course.completion_rule = CoursePage.CompletionRule.QUIZZES
    tree.course.save()
    add_lesson(tree.module)
    progress.enrol(learner, tree.course)
    pass_quiz(learner, tree.quiz, tree.course)

    assert progress.check_course_completion(learner, tree.course) is True


def test_unpublished_lesson_is_not_required(tree, learner):
    draft = add_lesson(tree.module)
    draft.unpublish()
    progress.enrol(learner, tree.course)
    pass_quiz(learner, tree.quiz, tree.course)
    progress.complete_lesson(learner, tree.lesson)
    assert Enrolment.objects.get(user=learner).completed_at is not None


def test_not_enrolled_learner_never_completes(tree, learner):
    pass_quiz(learner, tree.quiz, tree.course)
    assert progress.check_course_completion(learner, tree.course) is False


# --- Outline, percentages, resume ------------------------------------------------


def test_outline_orders_modules_and_items_and_counts_percentages(tree, learner):
    second_lesson = add_lesson(tree.module)
    module2 = add_module(tree.course, "Modul 2")
    lesson3 = add_lesson(module2)
    progress.enrol(learner, tree.course)
    progress.complete_lesson(learner, tree.lesson)
    pass_quiz(learner, tree.quiz, tree.course)

    state = outlines.course_outline(learner, tree.course)

    assert [m.title for m in state["modules"]] == ["Modul 1", "Modul 2"]
    assert [i.id for i in state["modules"][0].items] == [
        tree.lesson.pk,
        tree.quiz.pk,
        second_lesson.pk,
    ]
    assert [i.done for i in state["items"]] == [True, True, False, False]
    assert state["modules"][0].percent == 66
    assert state["modules"][1].percent == 0
    assert state["percent"] == 50
    assert state["enrolled"] and not state["completed"]
    assert state["items"][1].passed is True
    assert state["items"][3].url == lesson3.url


def test_resume_goes_to_last_page_then_first_not_done(tree, learner):
    second = add_lesson(tree.module)
    enrolment = progress.enrol(learner, tree.course)
    assert outlines.course_outline(learner, tree.course)["resume_url"] == tree.lesson.url

    progress.complete_lesson(learner, tree.lesson)
    assert outlines.course_outline(learner, tree.course)["resume_url"] == tree.lesson.url

    Enrolment.objects.filter(pk=enrolment.pk).update(last_page=None)
    assert outlines.course_outline(learner, tree.course)["resume_url"] == tree.quiz.url

    progress.record_visit(learner, second)
    assert outlines.course_outline(learner, tree.course)["resume_url"] == second.url


def test_anonymous_outline_has_no_marks_and_asks_to_log_in(tree):
    from django.contrib.auth.models import AnonymousUser

    state = outlines.course_outline(AnonymousUser(), tree.course)
    assert state["login_required"] is True
    assert state["can_enrol"] is False
    assert state["enrolled"] is False
    assert [i.done for i in state["items"]] == [False, False]


def test_outline_lists_missing_prerequisites(tree, learner):
    basic = build_course().course
    tree.course.prerequisites.add(basic)
    tree.course.save()
    state = outlines.course_outline(learner, tree.course)
    assert state["can_enrol"] is False
    assert state["missing_prerequisites"] == [basic]


def test_lesson_context_links_prev_and_next_across_modules(tree, learner):
    module2 = add_module(tree.course)
    lesson2 = add_lesson(module2)
    progress.enrol(learner, tree.course)

    state = outlines.lesson_context(learner, lesson2)
    assert state["prev_url"] == tree.quiz.url
    assert state["next_url"] is None
    assert state["module"].id == module2.pk
    first = outlines.lesson_context(learner, tree.lesson)
    assert first["prev_url"] is None and first["next_url"] == tree.quiz.url


def test_catalogue_progress_reports_enrolled_courses_only(tree, learner):
    other = build_course()
    third = build_course()
    progress.enrol(learner, tree.course)
    progress.complete_lesson(learner, tree.lesson)
    progress.enrol(learner, other.course)
    Enrolment.objects.filter(course=other.course).update(completed_at="2026-02-01T00:00:00Z")

    result = outlines.catalogue_percentages(learner, [tree.course, other.course, third.course])
    assert result == {tree.course.pk: 50, other.course.pk: 100}


# --- The gate on lessons and quizzes ---------------------------------------------


def test_anonymous_visitor_is_sent_to_login_from_a_lesson(client, tree):
    response = client.get(tree.lesson.url)
    assert response.status_code == 302
    assert response.url.startswith(reverse("account_login"))
    assert response.url.endswith(f"?next={tree.lesson.url}")


@pytest.mark.parametrize("page_name", ["lesson", "quiz"])
def test_learner_not_enrolled_is_sent_to_the_course_page(client, tree, learner, page_name):
    client.force_login(learner)
    response = client.get(getattr(tree, page_name).url)
    assert response.status_code == 302
    assert response.url == tree.course.url


def test_course_page_shows_outline_but_not_lesson_body_to_non_enrolled(client, tree, learner):
    client.force_login(learner)
    response = client.get(tree.lesson.url, follow=True)
    html = response.content.decode()
    assert response.status_code == 200
    assert "Daftar ke kursus ini untuk membuka materinya." in html
    assert tree.lesson.title in html and tree.quiz.title in html  # the outline
    assert "<p>Isi</p>" not in html  # the lesson body


def test_enrolled_learner_reads_the_lesson_and_it_becomes_the_resume_point(client, tree, learner):
    enrolment = progress.enrol(learner, tree.course)
    client.force_login(learner)
    response = client.get(tree.lesson.url)
    assert response.status_code == 200
    assert "<p>Isi</p>" in response.content.decode()
    enrolment.refresh_from_db()
    assert enrolment.last_page_id == tree.lesson.pk


def test_trainer_with_admin_access_may_open_a_lesson(client, tree, groups):
    client.force_login(make_in_group(roles.TRAINER))
    assert client.get(tree.lesson.url).status_code == 200


# --- Query budgets ----------------------------------------------------------------


def _course_with_lessons(count):
    tree = build_course()
    for _ in range(count - 1):
        add_lesson(tree.module)
    module2 = add_module(tree.course)
    add_quiz(module2)
    return tree


def _count_queries(func):
    with CaptureQueriesContext(connection) as context:
        func()
    return len(context.captured_queries)


def _learner_halfway(tree):
    learner = LearnerFactory()
    progress.enrol(learner, tree.course)
    progress.complete_lesson(learner, tree.lesson)
    return learner


def test_outline_and_lesson_context_queries_do_not_grow_with_the_course():
    small, large = _course_with_lessons(2), _course_with_lessons(20)
    counts = {}
    for name, tree in (("small", small), ("large", large)):
        learner = _learner_halfway(tree)
        lesson = LessonPage.objects.get(pk=tree.lesson.pk)
        course = CoursePage.objects.get(pk=tree.course.pk)
        counts[name] = (
            _count_queries(lambda: outlines.course_outline(learner, course)),
            _count_queries(lambda: outlines.lesson_context(learner, lesson)),
        )
    assert counts["small"] == counts["large"]
    assert counts["large"][0] <= 4 and counts["large"][1] <= 5


def test_course_page_queries_do_not_grow_with_the_course(client, django_assert_max_num_queries):
    small, large = _course_with_lessons(2), _course_with_lessons(20)
    counts = []
    for tree in (small, large):
        client.force_login(_learner_halfway(tree))
        client.get(tree.course.url)  # warm caches (site root paths, content types)
        counts.append(_count_queries(lambda: client.get(tree.course.url)))
    assert counts[0] == counts[1]
    with django_assert_max_num_queries(25):
        assert client.get(large.course.url).status_code == 200


def test_lesson_page_queries_do_not_grow_with_the_course(client, django_assert_max_num_queries):
    small, large = _course_with_lessons(2), _course_with_lessons(20)
    counts = []
    for tree in (small, large):
        client.force_login(_learner_halfway(tree))
        client.get(tree.lesson.url)
        counts.append(_count_queries(lambda: client.get(tree.lesson.url)))
    assert counts[0] == counts[1]
    with django_assert_max_num_queries(30):
        assert client.get(large.lesson.url).status_code == 200


def test_catalogue_progress_is_two_queries_for_a_page_of_courses(learner):
    trees = [_course_with_lessons(3) for _ in range(4)]
    for tree in trees:
        progress.enrol(learner, tree.course)
    courses = [tree.course for tree in trees]
    outlines.catalogue_percentages(learner, courses)  # warm content-type cache
    assert _count_queries(lambda: outlines.catalogue_percentages(learner, courses)) == 2


def test_catalogue_progress_slot_is_empty_for_anonymous(tree):
    from django.contrib.auth.models import AnonymousUser
    from django.template import Context, Template
    from django.test import RequestFactory

    request = RequestFactory().get("/")
    request.user = AnonymousUser()
    html = Template('{% load course_tags %}{% course_slot "catalogue_card" course %}').render(
        Context({"request": request, "course": tree.course, "courses": [tree.course]})
    )
    assert html == ""


def test_rendering_a_lesson_writes_nothing_the_gate_records_the_visit(rf, tree, learner):
    """Where the learner left off is written by the before_serve_page gate, never by a
    template: rendering the lesson's learner parts runs reads only."""
    from django.template import Context, Template

    from learning.wagtail_hooks import gate_course_material

    enrolment = progress.enrol(learner, tree.course)
    lesson = LessonPage.objects.get(pk=tree.lesson.pk)
    request = rf.get(lesson.url)
    request.user = learner
    request.session = {}
    with CaptureQueriesContext(connection) as render_queries:
        Template(
            '{% load course_tags %}{% course_slot "lesson_badge" page %}'
            '{% course_slot "lesson_footer" page %}'
        ).render(Context({"request": request, "page": lesson}))
    assert not [
        q
        for q in render_queries.captured_queries
        if q["sql"].lstrip().upper().startswith(("INSERT", "UPDATE", "DELETE"))
    ]
    enrolment.refresh_from_db()
    assert enrolment.last_page_id is None

    request = rf.get(lesson.url)
    request.user = learner
    request.session = {}
    assert gate_course_material(lesson, request, [], {}) is None
    enrolment.refresh_from_db()
    assert enrolment.last_page_id == lesson.pk
