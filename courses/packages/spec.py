"""What a parsed package describes: the pages to create or compare, with their sources."""

from dataclasses import dataclass, field


@dataclass
class PageSpec:
    """One page: its model, slug, field values ready to assign, and where it came from.

    ``fields`` holds model values (StreamValues for bodies and questions, model
    instances for foreign keys); ``key_lines`` maps a model field to its line in
    ``file`` for error messages; ``children`` are the pages under it, in order.
    """

    kind: str  # course | module | lesson | quiz
    file: str
    slug: str
    title: str
    fields: dict = field(default_factory=dict)
    key_lines: dict = field(default_factory=dict)
    line: int = 1
    children: list = field(default_factory=list)
    prerequisites: list = field(default_factory=list)  # course only: slugs

    def walk(self):
        """This page and every page under it, parents first."""
        yield self
        for child in self.children:
            yield from child.walk()
