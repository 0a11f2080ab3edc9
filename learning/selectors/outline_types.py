"""The shapes of a course tree: items, modules and the course around them.

``percent`` lives here too: the module percentage needs it, and every reader
rounds the same way.
"""

import math
from dataclasses import dataclass, field

from wagtail.models import Page

from courses.models import CoursePage


@dataclass
class OutlineItem:
    """A lesson or quiz in a course outline; ``done`` means completed or passed.

    ``page`` is a plain (not specific) Page with the few fields the outline
    needs, so templates may use ``{% pageurl item.page %}`` without a query.
    """

    page: Page
    kind: str  # "lesson" or "quiz"
    module_id: int
    url: str | None
    estimated_minutes: int | None = None
    done: bool = False

    @property
    def id(self):
        return self.page.pk

    @property
    def title(self):
        return self.page.title

    @property
    def is_lesson(self):
        return self.kind == "lesson"

    @property
    def is_quiz(self):
        return self.kind == "quiz"

    @property
    def passed(self):
        """True for a passed quiz; False for a quiz not passed yet or a lesson."""
        return self.is_quiz and self.done


@dataclass
class OutlineModule:
    module: Page
    url: str | None
    items: list[OutlineItem] = field(default_factory=list)

    @property
    def id(self):
        return self.module.pk

    @property
    def title(self):
        return self.module.title

    @property
    def path(self):
        return self.module.path

    @property
    def total(self):
        return len(self.items)

    @property
    def done_count(self):
        return sum(1 for item in self.items if item.done)

    @property
    def percent(self):
        return percent(self.done_count, self.total)

    @property
    def is_done(self):
        return self.total > 0 and self.done_count == self.total


@dataclass
class CourseTree:
    course: CoursePage
    url: str | None
    modules: list[OutlineModule] = field(default_factory=list)

    @property
    def items(self):
        return [item for module in self.modules for item in module.items]

    def required_items(self):
        """The items the course's completion rule asks for."""
        items = self.items
        if self.course.completion_rule == CoursePage.CompletionRule.QUIZZES:
            return [item for item in items if item.is_quiz]
        return items

    def rule_met(self):
        """True when every required item is done; a course with none is never complete."""
        required = self.required_items()
        return bool(required) and all(item.done for item in required)

    def find(self, page_id):
        return next((item for item in self.items if item.id == page_id), None)


def percent(done: int, total: int) -> int:
    """Rounded down, so 100 % appears only when everything is done."""
    return math.floor(done * 100 / total) if total else 0
