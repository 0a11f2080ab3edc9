"""Quiz taking URLs (included into learning.urls, same namespace)."""

from django.urls import path

from .views import quizzes

urlpatterns = [
    path("kuis/<int:quiz_id>/mulai/", quizzes.quiz_start, name="quiz_start"),
    path("kuis/percobaan/<int:attempt_id>/", quizzes.quiz_take, name="quiz_take"),
    path("kuis/percobaan/<int:attempt_id>/simpan/", quizzes.quiz_autosave, name="quiz_autosave"),
    path("kuis/percobaan/<int:attempt_id>/hasil/", quizzes.quiz_result, name="quiz_result"),
]
