"""Emails in Indonesian, HTML and plain text, both rendered from templates.

Links are absolute, on the site's own address (``WAGTAILADMIN_BASE_URL``, the
address the deployment configures), never Django's placeholder site.
"""

from django.conf import settings
from django.core.mail import EmailMultiAlternatives, get_connection
from django.template.loader import render_to_string
from django.utils import translation


def site_url(path: str = "") -> str:
    return settings.WAGTAILADMIN_BASE_URL.rstrip("/") + path


def build(template: str, *, to: str, context: dict) -> EmailMultiAlternatives:
    """``compliance/email/<template>_subject.txt``, ``.txt`` and ``.html``, in Indonesian."""
    with translation.override("id"):
        context = {"site_url": site_url(), "platform_name": settings.WAGTAIL_SITE_NAME, **context}
        subject = render_to_string(f"compliance/email/{template}_subject.txt", context)
        subject = settings.ACCOUNT_EMAIL_SUBJECT_PREFIX + " ".join(subject.split())
        text = render_to_string(f"compliance/email/{template}.txt", context)
        html = render_to_string(f"compliance/email/{template}.html", context)
    message = EmailMultiAlternatives(subject, text, settings.DEFAULT_FROM_EMAIL, [to])
    message.attach_alternative(html, "text/html")
    return message


def connection():
    return get_connection()
