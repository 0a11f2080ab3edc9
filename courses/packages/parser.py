"""A package's files → a tree of PageSpecs, every block validated by ``blocks.py``.

Lesson bodies and quiz questions are built as StreamField raw data and passed
through the StreamBlock's own ``to_python`` and ``clean``; an error from Wagtail's
validation is reported with the file and line of the section, key or choice it
came from. Every problem in the package is collected before anything is refused.
"""

import re

from django.core.exceptions import ValidationError
from django.utils.html import escape
from django.utils.text import capfirst
from django.utils.translation import gettext as _

from courses.blocks import QuestionStreamBlock
from courses.models import CompetencyCategory, CoursePage, QuizPage, ReviewTiming

from . import fences, lessons, richtext, yamlio
from .errors import PackageInvalid, Problems
from .spec import PageSpec

SLUG = re.compile(r"^[a-z0-9]+(?:-[a-z0-9]+)*$")
BLOCK_ID = re.compile(r"^[A-Za-z0-9_-]{1,64}$")
ASSET_FOLDERS = ("images", "documents")
COURSE_FILE, SOURCES_FILE, MODULE_FILE = "course.yaml", "sources.md", "module.yaml"
SOURCES_FEATURES = ("ol", "ul", "bold", "italic", "link")
OBJECTIVE_FEATURES = ("ul", "ol", "bold", "italic")
QUIZ_INTRO_FEATURES = ("bold", "italic", "link", "ul")
QUESTION_TYPES = {
    "single": "single_choice",
    "multiple": "multiple_choice",
    "true_false": "true_false",
}
LETTERS = "abcdefghijklmnopqrstuvwxyz"


class Keys:
    """Typed reads of one YAML mapping, each problem with the key's line."""

    def __init__(self, data, file, allowed, problems):
        self.data, self.file, self.problems = data, file, problems
        for key in data:
            if key not in allowed:
                problems.add(
                    file,
                    data.line_of(key),
                    _('Kunci "%(key)s" tidak dikenal. Yang tersedia: %(known)s.')
                    % {"key": key, "known": ", ".join(allowed)},
                )

    def line(self, key):
        return self.data.line_of(key)

    def _problem(self, key, message):
        self.problems.add(self.file, self.line(key), message)

    def text(self, key, required=True, default=""):
        value = self.data.get(key)
        if value is None:
            if required:
                self._problem(key, _('"%(key)s" wajib diisi.') % {"key": key})
            return default
        if isinstance(value, dict | list | bool):
            self._problem(key, _('"%(key)s" harus berupa teks.') % {"key": key})
            return default
        return str(value).strip()

    def slug(self, key="slug"):
        value = self.text(key)
        if value and not SLUG.match(value):
            self._problem(
                key,
                _(
                    'Slug "%(slug)s" hanya boleh berisi huruf kecil, angka, dan '
                    "tanda hubung (mis. modul-1-dasar)."
                )
                % {"slug": value},
            )
        return value

    def integer(self, key, default=None, minimum=None, maximum=None, required=False):
        value = self.data.get(key, default)
        if value is None:
            if required:
                self._problem(key, _('"%(key)s" wajib diisi.') % {"key": key})
            return default
        if isinstance(value, bool) or not isinstance(value, int):
            self._problem(key, _('"%(key)s" harus bilangan bulat.') % {"key": key})
            return default
        if (minimum is not None and value < minimum) or (maximum is not None and value > maximum):
            self._problem(
                key,
                _('"%(key)s" harus antara %(min)s dan %(max)s.')
                % {"key": key, "min": minimum, "max": maximum},
            )
            return default
        return value

    def boolean(self, key, default=False):
        value = self.data.get(key, default)
        if not isinstance(value, bool):
            self._problem(key, _('"%(key)s" harus true atau false.') % {"key": key})
            return default
        return value

    def text_list(self, key, required=False):
        value = self.data.get(key)
        if value is None:
            if required:
                self._problem(key, _('"%(key)s" wajib diisi (daftar "- …").') % {"key": key})
            return []
        if not isinstance(value, list) or not all(
            isinstance(item, str) and item.strip() for item in value
        ):
            self._problem(key, _('"%(key)s" harus daftar teks ("- …").') % {"key": key})
            return []
        return [item.strip() for item in value]

    def choice(self, key, choices, default):
        value = self.text(key, required=False, default=default) or default
        if value not in choices:
            self._problem(
                key,
                _('"%(key)s" harus salah satu dari: %(choices)s.')
                % {"key": key, "choices": ", ".join(choices)},
            )
            return default
        return value

    def markdown(self, key, features, context, required=False):
        text = self.text(key, required=required)
        try:
            return richtext.markdown_to_html(text, features, resolve_page=context.page)
        except richtext.MarkdownError as error:
            line = self.line(key) + (error.line or 1) - (0 if self._is_block(key) else 1)
            self.problems.add(self.file, line, str(error))
            return ""

    def _is_block(self, key):
        """A ``key: |`` block scalar starts on the next line."""
        value = self.data.get(key)
        return isinstance(value, str) and "\n" in value


def _load_mapping(files, path, problems):
    try:
        data = yamlio.load(files.text(path), path)
    except PackageInvalid as error:
        problems.items.extend(error.problems)
        return None
    if not isinstance(data, dict):
        problems.add(path, 1, _("Berkas harus berisi pasangan kunci: nilai."))
        return None
    return data


def _objectives_html(items):
    """Course objectives: a list becomes a bulleted list, as the editor stores it."""
    if not items:
        return ""
    return richtext.normalise(
        "<ul>" + "".join(f"<li>{escape(item)}</li>" for item in items) + "</ul>", OBJECTIVE_FEATURES
    )


# --- Course ---------------------------------------------------------------------------

COURSE_KEYS = [
    "title",
    "slug",
    "summary",
    "objectives",
    "jp",
    "duration_minutes",
    "level",
    "mandatory_for_all",
    "completion_rule",
    "category",
    "cover_image",
    "prerequisites",
]


def parse_package(files, context):
    """The course PageSpec tree; PackageInvalid listing every problem found."""
    problems = Problems()
    if COURSE_FILE not in files:
        problems.add(COURSE_FILE, None, _("Paket tidak memiliki course.yaml."))
        problems.raise_if_any()
    course = _parse_course(files, context, problems)
    for folder in files.folders():
        if folder in ASSET_FOLDERS:
            continue
        module = _parse_module(files, folder, context, problems)
        if module is not None and course is not None:
            course.children.append(module)
    for path in files.under(""):
        if path not in (COURSE_FILE, SOURCES_FILE):
            problems.add(
                path,
                None,
                _(
                    "Berkas tidak dikenal di akar paket. Yang boleh: "
                    "course.yaml, sources.md, folder modul, images/, "
                    "documents/."
                ),
            )
    if course is not None:
        if not course.children:
            problems.add(
                COURSE_FILE, None, _("Kursus belum memiliki modul (folder dengan module.yaml).")
            )
        _check_unique(course.children, problems, _("modul"))
    problems.raise_if_any()
    return course


def _parse_course(files, context, problems):
    data = _load_mapping(files, COURSE_FILE, problems)
    if data is None:
        return None
    keys = Keys(data, COURSE_FILE, COURSE_KEYS, problems)
    fields = {
        "summary": keys.text("summary"),
        "objectives": _course_objectives(keys, context),
        "jp": keys.integer("jp", minimum=1, maximum=200, required=True),
        "duration_minutes": keys.integer(
            "duration_minutes", minimum=1, maximum=20000, required=True
        ),
        "level": keys.choice("level", CoursePage.Level.values, CoursePage.Level.BASIC),
        "mandatory_for_all": keys.boolean("mandatory_for_all"),
        "completion_rule": keys.choice(
            "completion_rule",
            CoursePage.CompletionRule.values,
            CoursePage.CompletionRule.LESSONS_AND_QUIZZES,
        ),
        "category": _category(keys, problems),
        "cover_image": None,
        "sources": "",
    }
    cover = keys.text("cover_image", required=False)
    if cover:
        try:
            fields["cover_image"] = context.image_object(
                cover, COURSE_FILE, keys.line("cover_image")
            )
        except PackageInvalid as error:
            problems.items.extend(error.problems)
    if SOURCES_FILE in files:
        try:
            fields["sources"] = richtext.markdown_to_html(
                files.text(SOURCES_FILE), SOURCES_FEATURES, context.page
            )
        except richtext.MarkdownError as error:
            problems.add(SOURCES_FILE, error.line, str(error))
        except PackageInvalid as error:
            problems.items.extend(error.problems)
    course = PageSpec(
        "course",
        COURSE_FILE,
        keys.slug(),
        keys.text("title"),
        fields,
        key_lines={name: keys.line(name) for name in COURSE_KEYS},
        line=1,
    )
    course.prerequisites = keys.text_list("prerequisites")
    return course


def _course_objectives(keys, context):
    """A list (the usual form) or Markdown text (when the objectives carry formatting)."""
    if isinstance(keys.data.get("objectives"), str):
        return keys.markdown("objectives", OBJECTIVE_FEATURES, context, required=True)
    return _objectives_html(keys.text_list("objectives", required=True))


def _category(keys, problems):
    value = keys.data.get("category")
    if value is None:
        return None
    if not isinstance(value, dict):
        problems.add(
            keys.file,
            keys.line("category"),
            _('"category" harus berisi slug, name, dan description.'),
        )
        return None
    inner = Keys(value, keys.file, ["slug", "name", "description"], problems)
    slug, name = inner.slug(), inner.text("name")
    description = inner.text("description", required=False)
    if not (slug and name):
        return None
    category = CompetencyCategory.objects.filter(slug=slug).first()
    return category or CompetencyCategory(slug=slug, name=name, description=description)


# --- Modules, lessons, quizzes -----------------------------------------------------------

MODULE_KEYS = ["title", "slug", "summary", "objectives"]


def _parse_module(files, folder, context, problems):
    path = f"{folder}/{MODULE_FILE}"
    if path not in files:
        problems.add(folder, None, _("Folder modul harus berisi module.yaml."))
        return None
    data = _load_mapping(files, path, problems)
    if data is None:
        return None
    keys = Keys(data, path, MODULE_KEYS, problems)
    module = PageSpec(
        "module",
        path,
        keys.slug(),
        keys.text("title"),
        {
            "summary": keys.text("summary", required=False),
            "objectives": "\n".join(keys.text_list("objectives")),
        },
        key_lines={name: keys.line(name) for name in MODULE_KEYS},
    )
    for child in files.under(folder):
        if child == path:
            continue
        try:
            if child.endswith(".md"):
                module.children.append(parse_lesson(files, child, context))
            elif child.endswith(".yaml"):
                module.children.append(parse_quiz(files, child, context))
            else:
                problems.add(
                    child,
                    None,
                    _(
                        "Di folder modul hanya boleh pelajaran (.md), "
                        "kuis (.yaml), dan module.yaml."
                    ),
                )
        except PackageInvalid as error:
            problems.items.extend(error.problems)
    if not module.children:
        problems.add(path, None, _("Modul belum memiliki pelajaran atau kuis."))
    _check_unique(module.children, problems, _("halaman"))
    return module


def _check_unique(specs, problems, what):
    seen = {}
    for spec in specs:
        if spec.slug and spec.slug in seen:
            problems.add(
                spec.file,
                spec.key_lines.get("slug", spec.line),
                _('Slug "%(slug)s" sudah dipakai %(what)s lain (%(other)s).')
                % {"slug": spec.slug, "what": what, "other": seen[spec.slug]},
            )
        seen.setdefault(spec.slug, spec.file)


LESSON_KEYS = ["title", "slug", "minutes", "objectives"]


def parse_lesson(files, path, context):
    """A LessonPage spec from one Markdown file."""
    problems = Problems()
    lesson_file = lessons.parse(files.text(path), path)
    keys = Keys(lesson_file.front, path, LESSON_KEYS, problems)
    slug = keys.slug()
    raw_blocks, practice_count = [], 0
    for section in lesson_file.sections:
        try:
            block = fences.section_to_block(section, path, context)
        except PackageInvalid as error:
            problems.items.extend(error.problems)
            continue
        if block.type == "practice_assignment":
            practice_count += 1
            block.id = block.id or f"{slug}-tugas-{practice_count}"
        raw_blocks.append(block)
    if not raw_blocks and not problems:
        problems.add(path, None, _("Pelajaran belum berisi materi."))
    _check_unique_ids(raw_blocks, path, problems, _("blok"))
    fields = {
        "estimated_minutes": keys.integer("minutes", minimum=1, maximum=600, required=True),
        "objectives": "\n".join(keys.text_list("objectives")),
    }
    problems.raise_if_any()
    fields["body"] = _validated_stream(fences.stream_block(), raw_blocks, path)
    return PageSpec(
        "lesson",
        path,
        slug,
        keys.text("title"),
        fields,
        key_lines={
            "estimated_minutes": keys.line("minutes"),
            **{name: keys.line(name) for name in LESSON_KEYS},
        },
    )


def _check_unique_ids(blocks, path, problems, what):
    seen = set()
    for block in blocks:
        if block.id and block.id in seen:
            problems.add(
                path,
                block.line,
                _('Id "%(id)s" dipakai dua kali untuk %(what)s.') % {"id": block.id, "what": what},
            )
        seen.add(block.id)


QUIZ_KEYS = [
    "title",
    "slug",
    "intro",
    "pass_mark",
    "attempt_limit",
    "time_limit_minutes",
    "draw_count",
    "shuffle_choices",
    "review_correctness",
    "review_choices",
    "review_answers",
    "questions",
]
# The quiz's review policy: what a result page reveals, and when (QuizPage, ReviewTiming).
REVIEW_KEYS = ["review_correctness", "review_choices", "review_answers"]
QUESTION_KEYS = [
    "id",
    "type",
    "prompt",
    "choices",
    "explanation",
    "answer",
    "feedback_true",
    "feedback_false",
]
CHOICE_KEYS = ["id", "text", "correct", "feedback"]


def parse_quiz(files, path, context):
    """A QuizPage spec from one YAML file."""
    problems = Problems()
    data = _load_mapping(files, path, problems)
    problems.raise_if_any()
    keys = Keys(data, path, QUIZ_KEYS, problems)
    slug = keys.slug()
    fields = {
        "intro": keys.markdown("intro", QUIZ_INTRO_FEATURES, context),
        "pass_mark": keys.integer("pass_mark", 70, 1, 100),
        "attempt_limit": keys.integer("attempt_limit", 0, 0, 100),
        "time_limit_minutes": keys.integer("time_limit_minutes", None, 1, 600),
        "draw_count": keys.integer("draw_count", None, 1, 500),
        "shuffle_choices": keys.boolean("shuffle_choices", True),
        **{
            name: keys.choice(name, ReviewTiming.values, QuizPage._meta.get_field(name).default)
            for name in REVIEW_KEYS
        },
    }
    questions = data.get("questions")
    raw = []
    if not isinstance(questions, list) or not questions:
        problems.add(path, keys.line("questions"), _('"questions" wajib berisi minimal satu soal.'))
    else:
        for index, question in enumerate(questions):
            block = _question(question, index, slug, path, questions.line_of(index), problems)
            if block is not None:
                raw.append(block)
        _check_unique_ids(raw, path, problems, _("soal"))
        if fields["draw_count"] and fields["draw_count"] > len(questions):
            problems.add(
                path,
                keys.line("draw_count"),
                _("draw_count (%(draw)s) melebihi jumlah soal (%(pool)s).")
                % {"draw": fields["draw_count"], "pool": len(questions)},
            )
    problems.raise_if_any()
    fields["questions"] = _validated_stream(QuestionStreamBlock(), raw, path)
    return PageSpec(
        "quiz",
        path,
        slug,
        keys.text("title"),
        fields,
        key_lines={name: keys.line(name) for name in QUIZ_KEYS},
    )


def _question(data, index, quiz_slug, path, line, problems):
    if not isinstance(data, dict):
        problems.add(
            path, line, _("Soal ke-%(n)s harus berupa pasangan kunci: nilai.") % {"n": index + 1}
        )
        return None
    keys = Keys(data, path, QUESTION_KEYS, problems)
    question_id = keys.text("id", required=False) or f"{quiz_slug}-q{index + 1}"
    _check_id(question_id, keys, "id", problems)
    kind = keys.choice("type", list(QUESTION_TYPES), "single")
    value = {"prompt": keys.text("prompt"), "explanation": keys.text("explanation", required=False)}
    block = fences.RawBlock(
        QUESTION_TYPES[kind],
        value,
        line,
        question_id,
        key_lines={"prompt": keys.line("prompt"), "explanation": keys.line("explanation")},
    )
    if kind == "true_false":
        answer = data.get("answer")
        if not isinstance(answer, bool):
            problems.add(
                path,
                keys.line("answer"),
                _('Soal benar/salah perlu "answer: true" atau "answer: false".'),
            )
        value.update(
            answer="true" if answer else "false",
            feedback_true=keys.text("feedback_true"),
            feedback_false=keys.text("feedback_false"),
        )
        block.key_lines.update(
            answer=keys.line("answer"),
            feedback_true=keys.line("feedback_true"),
            feedback_false=keys.line("feedback_false"),
        )
        for stray in ("choices",):
            if stray in data:
                problems.add(path, keys.line(stray), _('Soal benar/salah tidak memakai "choices".'))
        return block
    for stray in ("answer", "feedback_true", "feedback_false"):
        if stray in data:
            problems.add(
                path,
                keys.line(stray),
                _('"%(key)s" hanya untuk soal benar/salah (type: true_false).') % {"key": stray},
            )
    choices = data.get("choices")
    if not isinstance(choices, list) or len(choices) < 2:
        problems.add(
            path, keys.line("choices"), _('Soal pilihan perlu minimal dua pilihan di "choices".')
        )
        choices = []
    items, block.choice_lines = [], []
    for number, choice in enumerate(choices):
        choice_line = choices.line_of(number)
        if not isinstance(choice, dict):
            problems.add(path, choice_line, _("Pilihan harus berisi text, correct, feedback."))
            continue
        choice_keys = Keys(choice, path, CHOICE_KEYS, problems)
        letter = LETTERS[number] if number < len(LETTERS) else str(number)
        _check_id(choice_keys.text("id", required=False), choice_keys, "id", problems)
        items.append(
            {
                "type": "item",
                "id": choice_keys.text("id", required=False) or f"{question_id}-{letter}",
                "value": {
                    "text": choice_keys.text("text"),
                    "is_correct": choice_keys.boolean("correct"),
                    "feedback": choice_keys.text("feedback"),
                },
            }
        )
        block.choice_lines.append(
            {
                "text": choice_keys.line("text"),
                "is_correct": choice_keys.line("correct"),
                "feedback": choice_keys.line("feedback"),
                None: choice_line,
            }
        )
    value["choices"] = items
    block.key_lines["choices"] = keys.line("choices")
    return block


def _check_id(value, keys, key, problems):
    """Ids are stored in attempts and read by SQL: letters, digits, - and _ only."""
    if value and not BLOCK_ID.match(value):
        problems.add(
            keys.file,
            keys.line(key),
            _('Id "%(id)s" hanya boleh berisi huruf, angka, - dan _ (paling panjang 64).')
            % {"id": value},
        )


# --- Validation through the blocks ---------------------------------------------------------


def _validated_stream(stream_block, raw_blocks, path):
    """``to_python`` then ``clean``: Wagtail's own rules, errors mapped back to lines."""
    raw = [
        {"type": block.type, "value": block.value, **({"id": block.id} if block.id else {})}
        for block in raw_blocks
    ]
    try:
        return stream_block.clean(stream_block.to_python(raw))
    except ValidationError as error:
        problems = Problems()
        for where, message in _flatten(error):
            problems.add(path, _line_for(raw_blocks, where), _describe(raw_blocks, where, message))
        if not problems:
            problems.add(path, None, "; ".join(error.messages))
        raise PackageInvalid(problems.items)


def _flatten(error, where=()):
    """(path, message) for every message in a nested block validation error."""
    block_errors = getattr(error, "block_errors", None)
    non_block = getattr(error, "non_block_errors", None)
    if block_errors is None and non_block is None:
        for message in error.messages:
            yield where, message
        return
    for message in non_block.as_data() if non_block else []:
        for text in message.messages:
            yield where, text
    for key, child in (block_errors or {}).items():
        yield from _flatten(child, (*where, key))


def _line_for(raw_blocks, where):
    if not where or not isinstance(where[0], int) or where[0] >= len(raw_blocks):
        return None
    block = raw_blocks[where[0]]
    if len(where) >= 3 and where[1] == "choices" and hasattr(block, "choice_lines"):
        lines = block.choice_lines[where[2]] if where[2] < len(block.choice_lines) else {}
        key = where[3] if len(where) > 3 else None
        return lines.get(key) or lines.get(None) or block.line
    if len(where) >= 2:
        return block.key_lines.get(where[1], block.line)
    return block.line


def _describe(raw_blocks, where, message):
    if len(where) >= 2 and isinstance(where[1], str):
        return _("%(field)s: %(message)s") % {
            "field": capfirst(_field_name(raw_blocks, where)),
            "message": message,
        }
    return message


def _field_name(raw_blocks, where):
    block = raw_blocks[where[0]]
    for fence in fences.BLOCK_TO_FENCE.get(block.type, []):
        for spec in fence.fields:
            if spec.block_key == where[1]:
                return spec.key
    return where[-1] if isinstance(where[-1], str) else where[1]
