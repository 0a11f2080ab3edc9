"""Importing a package: the one writer of course content from files.

* A course that does not exist yet is created. With ``publish=True`` (the
  initial load of a site: ``load_demo``, ``import_course --publish``) every page is
  published; otherwise every page is a draft submitted to the review workflow.
* For a course that exists, each page whose content differs from the package gets
  a new revision, and that revision is submitted to the review workflow: a
  reviewer approves it, the import never publishes over them. Pages that are new
  in the package are created as drafts and submitted too. Unchanged pages get no
  revision, so importing what was just exported changes nothing.
* Everything runs in one transaction: a package with any error is refused with
  every problem (file, line, reason) and leaves no page, revision or file behind.
"""

from dataclasses import dataclass, field

from django.core.exceptions import ValidationError
from django.db import transaction
from django.utils.translation import gettext as _
from wagtail.models import WorkflowState

from courses.models import CourseIndexPage, CoursePage, LessonPage, ModulePage, QuizPage

from . import jp
from .assets import ImportContext
from .compare import changed_fields
from .errors import PackageInvalid, Problem
from .parser import parse_package

MODELS = {"course": CoursePage, "module": ModulePage, "lesson": LessonPage, "quiz": QuizPage}


@dataclass
class ImportResult:
    course: CoursePage
    created_course: bool
    published: bool
    created: list = field(default_factory=list)  # titles of new pages
    changed: list = field(default_factory=list)  # titles of pages with a new revision
    submitted: int = 0  # pages submitted to the review workflow
    unchanged: int = 0
    warnings: list = field(default_factory=list)


def import_course_package(
    *, files, user=None, publish: bool = False, catalogue: CourseIndexPage | None = None
) -> ImportResult:
    """Import ``files`` (a PackageFiles). PackageInvalid when the package has a problem."""
    context = ImportContext(files, catalogue)
    try:
        with transaction.atomic():
            return _import(files, context, user, publish, catalogue)
    except BaseException:
        context.discard_created_files()
        raise


def _import(files, context, user, publish, catalogue):
    catalogue = catalogue or CourseIndexPage.objects.order_by("path").first()
    if catalogue is None:
        raise PackageInvalid(
            [
                Problem(
                    "course.yaml",
                    None,
                    _("Situs belum memiliki katalog kursus; buat halaman katalog terlebih dahulu."),
                )
            ]
        )
    context.catalogue = catalogue
    spec = parse_package(files, context)
    prerequisites = _prerequisites(catalogue, spec)
    if spec.fields["category"] is not None and spec.fields["category"].pk is None:
        spec.fields["category"].save()
    existing = CoursePage.objects.child_of(catalogue).filter(slug=spec.slug).first()
    if existing is None:
        result = _create_course(catalogue, spec, prerequisites, user, publish)
    else:
        result = _update_course(existing.specific, spec, prerequisites, user)
        if publish:
            result.warnings.append(
                _(
                    "Kursus sudah ada: --publish hanya untuk pemuatan awal, "
                    "jadi perubahan diajukan untuk ditinjau."
                )
            )
    result.warnings += jp.check(spec)
    return result


def _prerequisites(catalogue, spec):
    found = {
        course.slug: course
        for course in CoursePage.objects.child_of(catalogue).filter(slug__in=spec.prerequisites)
    }
    missing = [slug for slug in spec.prerequisites if slug not in found]
    if missing:
        raise PackageInvalid(
            [
                Problem(
                    "course.yaml",
                    spec.key_lines.get("prerequisites"),
                    _("Kursus prasyarat belum ada di katalog: %(slugs)s. Impor kursus itu dahulu.")
                    % {"slugs": ", ".join(missing)},
                )
            ]
        )
    if spec.slug in found:
        raise PackageInvalid(
            [
                Problem(
                    "course.yaml",
                    spec.key_lines.get("prerequisites"),
                    _("Kursus tidak bisa menjadi prasyarat bagi dirinya sendiri."),
                )
            ]
        )
    return [found[slug] for slug in spec.prerequisites]


class _Saving:
    """Turn a model ValidationError while saving ``spec`` into a problem with its line."""

    def __init__(self, spec):
        self.spec = spec

    def __enter__(self):
        return self

    def __exit__(self, kind, error, traceback):
        if kind is None or not issubclass(kind, ValidationError):
            return False
        problems = []
        if hasattr(error, "message_dict"):
            for name, messages in error.message_dict.items():
                line = self.spec.key_lines.get(name, self.spec.line)
                problems += [
                    Problem(self.spec.file, line, f"{name}: {message}") for message in messages
                ]
        else:
            problems = [
                Problem(self.spec.file, self.spec.line, message) for message in error.messages
            ]
        raise PackageInvalid(problems) from None


def _new_page(spec):
    return MODELS[spec.kind](title=spec.title, slug=spec.slug, **spec.fields)


def _submit(page, user):
    """Send the page's latest revision to its review workflow; False when it has none."""
    workflow = page.get_workflow()
    if workflow is None:
        return False
    state = page.current_workflow_state
    if state is not None and state.status == WorkflowState.STATUS_NEEDS_CHANGES:
        state.resume(user)
        return True
    if state is not None:
        state.cancel(user=user)  # the reviewer now reviews the newest revision
    workflow.start(page, user)
    return True


def _add(parent, spec, user, publish, result, prerequisites=()):
    page = _new_page(spec)
    if not publish:
        page.live = False
    with _Saving(spec):
        parent.add_child(instance=page)
        if prerequisites:
            page.prerequisites.set(prerequisites)
        revision = page.save_revision(user=user, log_action=True)
    if publish:
        revision.publish(user=user)
    else:
        result.submitted += _submit(page, user)
    result.created.append(page.title)
    for child in spec.children:
        _add(page, child, user, publish, result)
    return page


def _create_course(catalogue, spec, prerequisites, user, publish):
    result = ImportResult(course=None, created_course=True, published=publish)
    result.course = _add(catalogue, spec, user, publish, result, prerequisites)
    if not publish and not result.submitted:
        result.warnings.append(
            _(
                "Katalog belum memiliki alur kerja tinjauan: halaman disimpan "
                "sebagai draf tanpa diajukan."
            )
        )
    return result


def _update(page, spec, user, result, prerequisites=None):
    draft = page.get_latest_revision_as_object()
    changes = changed_fields(spec.kind, draft, {"title": spec.title, **spec.fields})
    if prerequisites is not None and {c.pk for c in draft.prerequisites.all()} != {
        c.pk for c in prerequisites
    }:
        changes.append("prerequisites")
    if not changes:
        result.unchanged += 1
        return
    draft.title = spec.title
    for name, value in spec.fields.items():
        setattr(draft, name, value)
    with _Saving(spec):
        if prerequisites is not None:
            draft.prerequisites.set(prerequisites)
        if not draft.live:
            draft.save()
        draft.save_revision(user=user, log_action=True)
    result.changed.append(draft.title)
    submitted = _submit(draft, user)
    result.submitted += submitted
    if not submitted:
        result.warnings.append(
            _('"%(title)s": tidak ada alur kerja tinjauan; revisi disimpan sebagai draf.')
            % {"title": draft.title}
        )


def _sync_children(parent, spec, user, result):
    existing = {page.slug: page for page in parent.get_children().specific()}
    for child_spec in spec.children:
        page = existing.pop(child_spec.slug, None)
        model = MODELS[child_spec.kind]
        if page is None:
            _add(parent, child_spec, user, False, result)
            continue
        if not isinstance(page, model):
            raise PackageInvalid(
                [
                    Problem(
                        child_spec.file,
                        child_spec.key_lines.get("slug"),
                        _('Slug "%(slug)s" di situs dipakai halaman jenis lain (%(kind)s).')
                        % {"slug": child_spec.slug, "kind": page.specific_class._meta.verbose_name},
                    )
                ]
            )
        _update(page, child_spec, user, result)
        _sync_children(page, child_spec, user, result)
    for page in existing.values():
        result.warnings.append(
            _('"%(title)s" ada di situs tetapi tidak ada di paket; halaman itu dibiarkan.')
            % {"title": page.title}
        )


def _update_course(course, spec, prerequisites, user):
    result = ImportResult(course=course, created_course=False, published=False)
    _update(course, spec, user, result, prerequisites)
    _sync_children(course, spec, user, result)
    return result
