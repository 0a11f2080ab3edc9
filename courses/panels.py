"""An editor panel that shows the quiz-quality warnings of the quiz being edited.

It reads the saved version (the page the editor opened), so after "Simpan draf"
the panel shows the warnings of what was just saved; it never blocks saving.
"""

from wagtail.admin.panels import Panel

from courses.quiz_quality import quiz_warnings


class QuizQualityPanel(Panel):
    class BoundPanel(Panel.BoundPanel):
        template_name = "courses/admin/quiz_quality_panel.html"

        def get_context_data(self, parent_context=None):
            context = super().get_context_data(parent_context)
            has_questions = self.instance is not None and len(self.instance.questions) > 0
            context["has_questions"] = has_questions
            context["warnings"] = quiz_warnings(self.instance) if has_questions else []
            return context
