"""What the agency area's navigation asks the gate (no queries beyond the cached role rows)."""

from django import template

from learning import access

register = template.Library()


@register.simple_tag(takes_context=True)
def may_appoint_unit_admins(context, agency):
    request = context.get("request")
    return bool(request) and access.may_appoint_unit_admins(request.user, agency)
