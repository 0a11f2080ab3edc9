from django.apps import AppConfig
from django.utils.translation import pgettext_lazy


class CoursesConfig(AppConfig):
    name = "courses"
    verbose_name = pgettext_lazy("app name", "Kursus")
    default_auto_field = "django.db.models.BigAutoField"
