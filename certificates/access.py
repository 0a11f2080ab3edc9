"""Who may reach which certificate: the one place the certificates app decides it.

Built on learning's gate (through ``learning.api``): the owner, the admins of the
owner's agency and national admins may download a certificate's PDF; an agency's
certificate list and SIASN export are for that agency's admins and national admins.
"Owner's agency" is the agency named on the certificate (where the learner worked
when it was issued) or the one the learner is in now. Ids of things a user may not
see answer 404, so they reveal nothing.
"""

from __future__ import annotations

from django.core.exceptions import PermissionDenied
from django.http import Http404

from certificates.models import Certificate
from learning import api


def may_download(user, certificate: Certificate) -> bool:
    if not user.is_authenticated:
        return False
    if user.pk == certificate.learner_id or api.is_national_admin(user):
        return True
    if not api.is_admin(user):
        return False
    if certificate.agency_id and _reaches_learner(
        user, agency_id=certificate.agency_id, learner_id=certificate.learner_id
    ):
        return True
    profile = api.learner_profile(user_id=certificate.learner_id)
    return bool(
        profile
        and profile.agency_id
        and profile.agency_id != certificate.agency_id
        and _reaches_learner(user, agency_id=profile.agency_id, learner_id=certificate.learner_id)
    )


def _reaches_learner(user, *, agency_id: int, learner_id: int) -> bool:
    """An admin of the agency; a unit admin only for a learner on the roster of their subtree."""
    scope = api.admin_scope(user, agency_id=agency_id)
    if scope is None:
        return False
    if scope.unit_path is None:
        return True
    membership = api.learner_membership(user_id=learner_id)
    return bool(
        membership
        and membership.agency_id == agency_id
        and membership.unit_path.startswith(scope.unit_path)
    )


def unit_paths_for(user, agency_id: int) -> list[str] | None:
    """None for an agency or national admin (the whole agency); a unit admin's subtree."""
    scope = api.admin_scope(user, agency_id=agency_id)
    return [scope.unit_path] if scope and scope.unit_path else None


def downloadable_or_404(user, certificate_id: int) -> Certificate:
    certificate = Certificate.objects.filter(pk=certificate_id).first()
    if certificate is None or not may_download(user, certificate):
        raise Http404
    return certificate


def agency_or_denied(user, agency_id: int) -> api.AgencyRef:
    """The agency, for its admins and national admins; 403 for others, 404 for other agencies."""
    if not api.is_admin(user):
        raise PermissionDenied
    agency = api.agency_ref(agency_id=agency_id)
    if agency is None or not api.is_agency_admin_of(user, agency_id=agency_id):
        raise Http404
    return agency


def may_manage(user) -> bool:
    """Revoke, re-issue, change the design: national admins (in the Wagtail admin)."""
    return api.is_national_admin(user)
