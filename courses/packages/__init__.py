"""Course content packages: a course as a folder of readable files.

A package is a folder (or a zip of one) with ``course.yaml``, ``sources.md``, one
folder per module (``module.yaml``, lessons as Markdown, ``quiz.yaml``) and the
images and documents the lessons use. ``docs/CONTENT.md`` describes the format.

Modules, smallest first:

* ``errors``     — a problem found in a package: file, line and reason.
* ``files``      — reading a folder or an uploaded zip, with size and count limits.
* ``yamlio``     — YAML with a safe loader that remembers line numbers; the dumper.
* ``richtext``   — Markdown ↔ Wagtail rich text, through Wagtail's own converter.
* ``lessons``    — a lesson file: front matter, text and fenced sections.
* ``fences``     — each fenced section ↔ the StreamField block it stands for.
* ``parser``     — the package → page specs, every block through ``to_python``/``clean``.
* ``assets``     — images and documents: found by content hash, or created once.
* ``importer``   — the write: a new course, or revisions submitted to review.
* ``exporter``   — a course from the site → the files ``parser`` reads.
* ``jp``         — minutes and JP computed from the content.
"""
