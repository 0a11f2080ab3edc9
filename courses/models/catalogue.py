"""Catalogue listing for CourseIndexPage: search, filters, pagination.

Filters are applied to the queryset before ``.search()``: Wagtail's search
backends can only filter on fields declared as ``index.FilterField`` on
CoursePage (``jp``, ``mandatory_for_all``, ``category``, ``level``) plus the
Page ones (``live``, ``path``, ``depth``), so every filter here uses one of them.
"""

from django import forms
from django.core.paginator import Paginator
from django.db.models import Q
from wagtail.models import Page

from .snippets import CompetencyCategory

PER_PAGE = 12
MAX_QUERY_LENGTH = 100

# GET value → queryset filter on the indexed ``jp`` field.
JP_RANGES = {
    "1-3": {"jp__lte": 3},
    "4-8": {"jp__gte": 4, "jp__lte": 8},
    "9+": {"jp__gte": 9},
}


class CatalogueFilterForm(forms.Form):
    """The catalogue's GET parameters. Each is checked on its own, and a bad one (a NUL
    byte, too long, not a choice) is dropped while the others still apply; no raw GET
    value reaches the database."""

    q = forms.CharField(required=False, max_length=MAX_QUERY_LENGTH)
    kategori = forms.SlugField(required=False, max_length=100)
    jp = forms.ChoiceField(required=False, choices=[(key, key) for key in JP_RANGES])
    wajib = forms.ChoiceField(required=False, choices=[("1", "1")])

    def filters(self):
        """Every filter, "" when absent or refused."""
        self.is_valid()
        return {name: self.cleaned_data.get(name) or "" for name in self.fields}


def read_filters(request):
    """The catalogue's GET parameters through ``CatalogueFilterForm``: a NUL byte, an
    over-long or unknown value is dropped (the page still renders), never queried."""
    form = CatalogueFilterForm(request.GET)
    return form.filters(), sorted(form.errors)


def filtered_courses(courses, filters, index_page=None):
    """``courses`` (a catalogue's live courses) matching ``filters``; searched if ``q``."""
    if filters["kategori"]:
        category_id = (
            CompetencyCategory.objects.filter(slug=filters["kategori"])
            .values_list("pk", flat=True)
            .first()
        )
        if category_id is None:
            return courses.none()
        courses = courses.filter(category=category_id)
    if filters["wajib"]:
        courses = courses.filter(mandatory_for_all=True)
    if filters["jp"]:
        courses = courses.filter(**JP_RANGES[filters["jp"]])
    if filters["q"]:
        return search_courses(courses, filters["q"], index_page)
    return courses


# How many hits each search reads; a catalogue has far fewer courses than this.
MAX_SEARCH_HITS = 500


def search_courses(courses, query, index_page=None):
    """``courses`` matching ``query`` by their own text or by their material's.

    Courses whose title, summary or objectives match come first (relevance order,
    the search backend keeps the filters already applied); then courses where only a
    module, lesson or quiz matches (its title or text, e.g. "PPID"). Wagtail's
    search backend answers both (the database backend: SQLite FTS or PostgreSQL
    full text); a material hit maps to its course by the course's tree path.
    Returns a list, in that order.
    """
    direct = [course.pk for course in courses.search(query)[:MAX_SEARCH_HITS]]
    if index_page is None:
        return list(courses.filter(pk__in=direct)) if direct else []
    course_depth = index_page.depth + 1
    material = (
        Page.objects.live()
        .descendant_of(index_page)
        .filter(depth__gt=course_depth)
        .search(query)[:MAX_SEARCH_HITS]
    )
    steplen = Page.steplen
    course_paths = {page.path[: steplen * course_depth] for page in material}
    found = {
        course.pk: course for course in courses.filter(Q(pk__in=direct) | Q(path__in=course_paths))
    }
    direct_ids = set(direct)
    by_material = sorted(
        (course for pk, course in found.items() if pk not in direct_ids),
        key=lambda course: (not course.mandatory_for_all, course.title),
    )
    return [found[pk] for pk in direct if pk in found] + by_material


def listing(index_page, request):
    """The catalogue page's context: its live courses filtered, searched and paged."""
    filters, refused = read_filters(request)
    courses = filtered_courses(index_page.live_courses(), filters, index_page)
    page_obj = Paginator(courses, PER_PAGE).get_page(request.GET.get("halaman"))
    return {
        "courses": page_obj,
        "page_obj": page_obj,
        "search_query": filters["q"],
        "categories": CompetencyCategory.objects.filter(
            courses__live=True, courses__path__startswith=index_page.path
        ).distinct(),
        "filters": filters,
        "filters_active": any(filters.values()),
        "filters_refused": bool(refused),
    }
