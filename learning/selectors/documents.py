"""Who may download a Wagtail document: whoever may open a page that uses it.

Wagtail's reference index records which pages use a document (a document block,
a link in rich text). A document is as open as the most open of those pages, by
the same rule as the pages themselves (``material_refusal``): one in a lesson or
quiz body goes to the learners enrolled in that course and to staff with admin
access; a page's view restrictions count too. A document no page uses, or one
that any open page uses, stays public.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from django.contrib.contenttypes.models import ContentType
from wagtail.models import Page, ReferenceIndex

from .material import material_refusal

if TYPE_CHECKING:
    from django.http import HttpRequest
    from wagtail.documents.models import AbstractDocument

    from .material import Refusal


def pages_using(document: AbstractDocument) -> list[Page]:
    """The pages whose content refers to ``document``, specific, in tree order."""
    page_ids = (
        ReferenceIndex.get_references_to(document)
        .filter(base_content_type=ContentType.objects.get_for_model(Page))
        .values_list("object_id", flat=True)
    )
    ids = {int(object_id) for object_id in page_ids if object_id.isdigit()}
    if not ids:
        return []
    return list(Page.objects.filter(pk__in=ids).order_by("path").specific())


def document_refusal(request: HttpRequest, document: AbstractDocument) -> Refusal | None:
    """Why ``request`` may not download ``document``; None when it may.

    The refusal returned is the one for the first page in tree order, so a
    learner is sent to that lesson's course (or its password form) to get in.
    """
    first = None
    for page in pages_using(document):
        refusal = material_refusal(request, page)
        if refusal is None:
            return None
        first = first or refusal
    return first
