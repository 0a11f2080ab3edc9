"""Load a course written with ``learning.curriculum.build`` as published Wagtail pages.

Idempotent: a course whose slug already exists under the catalogue is left as
editors made it. Every page is saved as a revision and published, so trainers
can edit it in the admin like any other page.
"""

from pathlib import Path

from django.core.files import File
from django.db import transaction
from wagtail.images import get_image_model

from courses.models import CompetencyCategory, CoursePage, LessonPage, ModulePage, QuizPage

IMAGES_DIR = Path(__file__).resolve().parent / "images"


def _publish(parent, page):
    parent.add_child(instance=page)
    page.save_revision().publish()
    return page


def image_for(name, title=None):
    """The Wagtail image for a file in ``images/``, created once (matched by title)."""
    Image = get_image_model()
    title = title or f"Ilustrasi kursus: {name}"
    existing = Image.objects.filter(title=title).first()
    if existing:
        return existing
    with open(IMAGES_DIR / name, "rb") as handle:
        image = Image(title=title)
        image.file.save(name, File(handle), save=False)
        image.save()
    return image


def _resolve_images(body):
    """Swap image file names in block values for Wagtail image ids."""
    resolved = []
    for block in body:
        value = block["value"]
        if block["type"] in ("image", "social_post") and isinstance(value.get("image"), str):
            value = {**value, "image": image_for(value["image"]).pk}
        resolved.append({**block, "value": value})
    return resolved


@transaction.atomic
def load_course(catalogue, spec):
    """Create the course in ``spec`` under ``catalogue`` unless it exists. Returns the course."""
    existing = CoursePage.objects.child_of(catalogue).filter(slug=spec["slug"]).first()
    if existing:
        return existing.specific
    category = None
    if spec.get("category"):
        name, slug, description = spec["category"]
        category, _created = CompetencyCategory.objects.get_or_create(
            slug=slug, defaults={"name": name, "description": description})
    cover = image_for(spec["cover_image"]) if spec.get("cover_image") else None
    course = _publish(catalogue, CoursePage(
        title=spec["title"], slug=spec["slug"], summary=spec["summary"],
        objectives=spec["objectives"], jp=spec["jp"], duration_minutes=spec["duration_minutes"],
        level=spec.get("level", CoursePage.Level.BASIC), category=category,
        mandatory_for_all=spec.get("mandatory_for_all", False), cover_image=cover,
    ))
    for module_spec in spec["modules"]:
        module = _publish(course, ModulePage(
            title=module_spec["title"], slug=module_spec["slug"], summary=module_spec["summary"]))
        for lesson_spec in module_spec["lessons"]:
            _publish(module, LessonPage(
                title=lesson_spec["title"], slug=lesson_spec["slug"],
                estimated_minutes=lesson_spec["minutes"],
                body=_resolve_images(lesson_spec["body"])))
        quiz_spec = module_spec["quiz"]
        _publish(module, QuizPage(
            title=quiz_spec["title"], slug=quiz_spec["slug"], intro=quiz_spec["intro"],
            pass_mark=quiz_spec["pass_mark"], attempt_limit=quiz_spec["attempt_limit"],
            draw_count=quiz_spec["draw_count"],
            time_limit_minutes=quiz_spec["time_limit_minutes"],
            questions=quiz_spec["questions"]))
    return course
