from allauth.account.adapter import DefaultAccountAdapter
from django.contrib import messages
from django.db import transaction
from django.utils.translation import gettext as _

from learning.models import StaffStatus
from learning.services.accounts import register_learner


def pending_staff_notice():
    """Said to every pending account alike, so it tells a stranger nothing about a NIP."""
    return _(
        "Akun Anda menunggu konfirmasi admin instansi. NIP Anda belum dapat "
        "dihubungkan langsung dengan roster instansi: NIP itu belum tercatat di "
        "roster, atau roster mencatat alamat email lain untuk NIP itu. Setelah "
        "memverifikasi email, Anda tetap dapat masuk dan belajar; hubungi admin "
        "instansi Anda bila data Anda perlu diperiksa."
    )


class AccountAdapter(DefaultAccountAdapter):
    """Connects allauth's sign-up to the learning service that links the roster."""

    def save_user(self, request, user, form, commit=True):
        data = form.cleaned_data
        user = super().save_user(request, user, form, commit=False)
        user.full_name = data.get("full_name", user.full_name)
        if not commit:
            return user
        with transaction.atomic():
            if data.get("nip"):
                register_learner(
                    user,
                    nip=data["nip"],
                    agency=data["agency"],
                    unit=data.get("unit"),
                    position=data.get("position", ""),
                )
            else:
                user.save()
        if user.staff_status == StaffStatus.PENDING:
            messages.info(request, pending_staff_notice())
        return user

    def confirm_email(self, request, email_address):
        confirmed = super().confirm_email(request, email_address)
        if confirmed and email_address.user.staff_status == StaffStatus.PENDING:
            messages.info(request, pending_staff_notice())
        return confirmed
