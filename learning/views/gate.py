"""The answer to a request the material gate refused (``material.material_refusal``).

Shared by the learning views, the page hook and the document hook, so a refusal
looks the same wherever it happens.
"""

from django.contrib import messages
from django.contrib.auth.views import redirect_to_login
from django.shortcuts import redirect, render
from django.utils.translation import gettext as _

from learning.selectors import material


def refuse(request, refusal):
    """Log in first; give the page's password on its own page; enrol from the course page;
    a group restriction is a 403 that says why. Nothing is written."""
    page_url = refusal.page.get_url(request) or "/"
    if refusal.kind == material.LOGIN:
        messages.info(request, login_reason(refusal.page))
        # A POST endpoint cannot be "next": after logging in, the visitor lands on the page.
        return redirect_to_login(request.get_full_path() if request.method == "GET" else page_url)
    if refusal.kind == material.GROUPS:
        return render(request, "learning/material_refused.html", {"refusal": refusal}, status=403)
    messages.info(request, refusal.message)
    if refusal.kind == material.ENROLMENT and refusal.course is not None:
        return redirect(refusal.course.get_url(request) or "/")
    return redirect(page_url)  # PASSWORD: Wagtail asks for it on the page itself


def login_reason(page):
    """What the log-in page tells a visitor sent there from course material: why an account.

    Names the page only: its course would cost the anonymous request another query.
    """
    return _(
        "“%(page)s” adalah materi kursus. Materi kursus hanya terbuka bagi peserta, agar "
        "kemajuan belajar, nilai kuis, JP, dan sertifikat Anda tercatat. Masuk bila sudah "
        "punya akun, atau daftar gratis dengan NIP Anda, lalu daftar ke kursusnya."
    ) % {"page": page.title}
