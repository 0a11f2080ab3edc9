from wagtail.snippets.models import register_snippet

from learning.viewsets import OrganisationViewSetGroup

register_snippet(OrganisationViewSetGroup)
