"""Enrolment, progress, practice assignment and "Belajar Saya" URLs (in learning.urls)."""

from django.urls import path

from .views import progress

urlpatterns = [
    path("kursus/<int:course_id>/daftar/", progress.enrol, name="enrol"),
    path("kursus/<int:course_id>/selesai/", progress.course_completed, name="course_completed"),
    path("pelajaran/<int:lesson_id>/selesai/", progress.lesson_complete, name="lesson_complete"),
    path(
        "pelajaran/<int:lesson_id>/tugas/<str:block_id>/",
        progress.practice_submit,
        name="practice_submit",
    ),
    path("belajar-saya/", progress.my_learning, name="my_learning"),
]
