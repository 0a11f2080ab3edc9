"""The platform's own courses, as data, loaded by ``load_demo`` as real Wagtail pages.

Each course is a package with a ``COURSE`` dict (see ``loader.load_course``);
``build.py`` has the small helpers the course files use to write StreamField data
with stable block ids, so a course loads the same way every time.
"""
