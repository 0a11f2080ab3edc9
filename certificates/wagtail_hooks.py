"""Where the certificates app plugs into Wagtail and into learning's and courses' pages."""

from wagtail import hooks
from wagtail.permissions import register_permission_policy
from wagtail.snippets.models import register_snippet

from certificates import panels
from certificates.models import Certificate, RerenderJob
from certificates.viewsets import (
    CertificatePolicy,
    CertificatesViewSetGroup,
    RerenderJobPolicy,
)

# Policies first: Wagtail refuses a policy registered after a viewset made a fallback.
register_permission_policy(Certificate, CertificatePolicy(Certificate), exact_class=True)
register_permission_policy(RerenderJob, RerenderJobPolicy(RerenderJob), exact_class=True)

register_snippet(CertificatesViewSetGroup)


@hooks.register("course_slot")
def render_certificate_slot(name, context, *args):
    """The learner's certificate in the course header (slot "course_cta")."""
    if name == "course_cta":
        return panels.course_cta(context, *args)
    return ""


@hooks.register("learner_panels")
def render_learner_panels(name, context):
    if name == "my_learning":
        return panels.my_learning(context)
    if name == "course_completed":  # learning's completion page; ``course`` is in the context
        return panels.course_cta(context, context["course"])
    if name == "agency_actions":
        return panels.agency_actions(context)
    return ""


@hooks.register("role_permissions")
def certificate_permissions():
    """National admins run certificates: revoke, re-issue, design, re-render."""
    return {
        "national_admin": [
            ("certificates", "view_certificate"),
            ("certificates", "change_certificate"),
            ("certificates", "change_certificatesettings"),
            *[
                ("certificates", f"{action}_coursecertificatesettings")
                for action in ("add", "change", "delete", "view")
            ],
            ("certificates", "add_rerenderjob"),
            ("certificates", "view_rerenderjob"),
        ]
    }


@hooks.register("personal_data")
def certificates_of_learner(user_id):
    """The learner's certificates, for "Unduh data saya" (learning's JSON download)."""
    from certificates.selectors import personal_certificates

    return {"certificates": personal_certificates(user_id=user_id)}
