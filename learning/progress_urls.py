"""Enrolment, progress, practice assignment and "Belajar Saya" URLs (included into learning.urls)."""

urlpatterns = []
