"""A course on the site → the package files ``parser`` reads back.

Each page is exported as its latest revision (drafts included: what editors see
in the admin), under the slug of its page in the tree (what an import matches
on). Files are written in a fixed order and style, so exporting the same
content twice gives identical bytes and a course can be versioned in git.
"""

import json

from courses.blocks import LessonStreamBlock, QuestionStreamBlock
from courses.models import LessonPage, QuizPage

from . import fences, lessons, richtext, yamlio
from .assets import ExportAssets
from .files import PackageFiles
from .parser import (
    LETTERS,
    OBJECTIVE_FEATURES,
    QUESTION_TYPES,
    QUIZ_INTRO_FEATURES,
    REVIEW_KEYS,
    SOURCES_FEATURES,
)

_TYPE_NAMES = {block_type: name for name, block_type in QUESTION_TYPES.items()}


def export_course_package(*, course) -> PackageFiles:
    """The package for ``course`` (a CoursePage) as PackageFiles."""
    catalogue = course.get_parent().specific
    assets = ExportAssets(catalogue)
    files = PackageFiles()
    draft = course.get_latest_revision_as_object()
    files["course.yaml"] = yamlio.dump(_course_data(course, draft, assets)).encode()
    sources = richtext.html_to_markdown(draft.sources, SOURCES_FEATURES, assets.page_path)
    if sources:
        files["sources.md"] = (sources + "\n").encode()
    for number, module in enumerate(course.get_children().specific(), 1):
        folder = f"{number:02d}-{module.slug}"
        module_draft = module.get_latest_revision_as_object()
        files[f"{folder}/module.yaml"] = yamlio.dump(
            _drop_empty(
                {
                    "title": module_draft.title,
                    "slug": module.slug,
                    "summary": module_draft.summary,
                    "objectives": module_draft.objective_list(),
                }
            )
        ).encode()
        children = list(module.get_children().specific())
        quizzes = [child for child in children if isinstance(child, QuizPage)]
        for index, child in enumerate(children, 1):
            child_draft = child.get_latest_revision_as_object()
            if isinstance(child, LessonPage):
                name = f"{index:02d}-{child.slug}.md"
                files[f"{folder}/{name}"] = _lesson_text(child, child_draft, assets).encode()
            elif isinstance(child, QuizPage):
                last_and_only = quizzes == [child] and index == len(children)
                name = "quiz.yaml" if last_and_only else f"{index:02d}-{child.slug}.yaml"
                files[f"{folder}/{name}"] = yamlio.dump(
                    _quiz_data(child, child_draft, assets)
                ).encode()
    files.update(assets.files)
    return files


def _drop_empty(data):
    return {key: value for key, value in data.items() if value not in ("", None, [], {})}


def _objectives(html):
    """A list of objective texts when the field is a plain bulleted list, else Markdown."""
    if not html:
        return []
    state = json.loads(
        richtext.converter(OBJECTIVE_FEATURES).from_database_format(richtext.strip_keys(html))
    )
    blocks = [block for block in state["blocks"] if block["text"].strip()]
    plain = all(
        block["type"] == "unordered-list-item"
        and block.get("depth", 0) == 0
        and not block["inlineStyleRanges"]
        and not block["entityRanges"]
        for block in blocks
    )
    if plain:
        return [block["text"] for block in blocks]
    return richtext.html_to_markdown(html, OBJECTIVE_FEATURES)


def _course_data(course, draft, assets):
    category = draft.category
    data = {
        "title": draft.title,
        "slug": course.slug,
        "summary": draft.summary,
        "objectives": _objectives(draft.objectives),
        "jp": draft.jp,
        "duration_minutes": draft.duration_minutes,
        "level": draft.level,
        "mandatory_for_all": draft.mandatory_for_all,
        "completion_rule": draft.completion_rule,
        "category": {
            "slug": category.slug,
            "name": category.name,
            "description": category.description,
        }
        if category
        else None,
        "cover_image": assets.image_path(draft.cover_image) if draft.cover_image else None,
        "prerequisites": sorted(prerequisite.slug for prerequisite in draft.prerequisites.all()),
    }
    return _drop_empty(data)


def _lesson_text(lesson, draft, assets):
    front = _drop_empty(
        {
            "title": draft.title,
            "slug": lesson.slug,
            "minutes": draft.estimated_minutes,
            "objectives": draft.objective_list(),
        }
    )
    raw = LessonStreamBlock().get_prep_value(draft.body)
    sections = [fences.block_to_section(block, assets) for block in raw]
    return lessons.render(front, sections)


def _quiz_data(quiz, draft, assets):
    questions = [
        _question_data(block) for block in QuestionStreamBlock().get_prep_value(draft.questions)
    ]
    return _drop_empty(
        {
            "title": draft.title,
            "slug": quiz.slug,
            "intro": richtext.html_to_markdown(draft.intro, QUIZ_INTRO_FEATURES, assets.page_path),
            "pass_mark": draft.pass_mark,
            "attempt_limit": draft.attempt_limit,
            "time_limit_minutes": draft.time_limit_minutes,
            "draw_count": draft.draw_count,
            "shuffle_choices": None if draft.shuffle_choices else False,
            **{
                # Written only where the trainer changed the default policy.
                name: None
                if getattr(draft, name) == QuizPage._meta.get_field(name).default
                else getattr(draft, name)
                for name in REVIEW_KEYS
            },
            "questions": questions,
        }
    )


def _question_data(block):
    value, question_id = block["value"], block.get("id")
    data = {
        "id": question_id,
        "type": _TYPE_NAMES[block["type"]],
        "prompt": value.get("prompt", ""),
    }
    if block["type"] == "true_false":
        data.update(
            answer=value.get("answer") == "true",
            feedback_true=value.get("feedback_true", ""),
            feedback_false=value.get("feedback_false", ""),
        )
    else:
        choices = []
        for number, item in enumerate(value.get("choices", [])):
            choice = item["value"] if isinstance(item, dict) and "value" in item else item
            entry = {"text": choice.get("text", "")}
            if choice.get("is_correct"):
                entry["correct"] = True
            entry["feedback"] = choice.get("feedback", "")
            letter = LETTERS[number] if number < len(LETTERS) else str(number)
            if item.get("id") and item.get("id") != f"{question_id}-{letter}":
                entry["id"] = item["id"]
            choices.append(entry)
        data["choices"] = choices
    if value.get("explanation"):
        data["explanation"] = value["explanation"]
    return data
