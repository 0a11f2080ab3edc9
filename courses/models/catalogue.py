"""Catalogue listing for CourseIndexPage: search, filters, pagination."""

from django.core.paginator import Paginator


def listing(index_page, request):
    from .pages import CoursePage
    from .snippets import CompetencyCategory

    courses = (
        CoursePage.objects.live().public().child_of(index_page)
        .select_related("category", "cover_image").order_by("-mandatory_for_all", "title")
    )
    query = request.GET.get("q", "").strip()[:100]
    category = request.GET.get("kategori", "")
    mandatory = request.GET.get("wajib", "")
    jp = request.GET.get("jp", "")
    if category:
        # A search query can only filter on indexed fields, so filter by id.
        category_id = (
            CompetencyCategory.objects.filter(slug=category).values_list("pk", flat=True).first()
        )
        courses = courses.filter(category_id=category_id) if category_id else courses.none()
    if mandatory == "1":
        courses = courses.filter(mandatory_for_all=True)
    if jp == "1-3":
        courses = courses.filter(jp__lte=3)
    elif jp == "4-8":
        courses = courses.filter(jp__gte=4, jp__lte=8)
    elif jp == "9+":
        courses = courses.filter(jp__gte=9)
    if query:
        courses = courses.search(query)
    page_obj = Paginator(courses, 12).get_page(request.GET.get("halaman"))
    return {
        "courses": page_obj,
        "page_obj": page_obj,
        "search_query": query,
        "categories": CompetencyCategory.objects.all(),
        "filters": {"kategori": category, "wajib": mandatory, "jp": jp},
    }
