"""A learner's request to delete their account (UU 27/2022 on personal data protection).

Deletion anonymises rather than removes the row. Gone: the name, email address,
NIP, position, password (no login is possible again), the verified addresses,
MFA devices and recovery codes, every session (the password hash they are bound to
changes and the account is inactive), admin appointments and roles, and the free
text of practice answers. Kept, as the rules on civil-service records
require: the agency, unit and staff status on the account; enrolments, lesson
completions and quiz results (the agency's record of completed training, counted
on its dashboards through its own roster entry, which is the agency's record and
stays as the agency wrote it); issued certificates with the name and NIP printed on
them. docs/ARCHITECTURE.md ("Personal data") explains the choice.
"""

from allauth.account.models import EmailAddress
from allauth.mfa.models import Authenticator
from django.contrib.sessions.models import Session
from django.db import transaction
from django.utils import timezone
from django.utils.translation import gettext as _

from learning.models import AgencyAdmin, PracticeSubmission, UnitAdmin, User
from learning.services.learner_state import touch_user

ERASED_NAME = "Akun dihapus"
ERASED_EMAIL_DOMAIN = "akun-dihapus.invalid"


class PrivacyError(Exception):
    """The account cannot be deleted this way; the message says why."""


def erased_email(user_id: int) -> str:
    return f"dihapus-{user_id}@{ERASED_EMAIL_DOMAIN}"


def is_erased(user: User) -> bool:
    return user.email == erased_email(user.pk)


@transaction.atomic
def erase_account(*, user_id: int) -> None:
    """Anonymise the account as described above. Idempotent."""
    user = User.objects.select_for_update().get(pk=user_id)
    if user.is_superuser:
        raise PrivacyError(_("Akun superuser tidak dapat dihapus sendiri. Hubungi admin platform."))
    user.full_name = ERASED_NAME
    user.email = erased_email(user.pk)
    user.nip = None
    user.position = ""
    user.is_active = False
    user.is_staff = False
    user.last_login = None
    user.set_unusable_password()
    user.save()
    user.groups.clear()
    user.user_permissions.clear()
    EmailAddress.objects.filter(user=user).delete()
    Authenticator.objects.filter(user=user).delete()
    AgencyAdmin.objects.filter(user=user).delete()
    UnitAdmin.objects.filter(user=user).delete()
    PracticeSubmission.objects.filter(user=user).update(
        response="", link_url="", updated_at=timezone.now()
    )
    touch_user(user)
    _end_sessions(user)


def _end_sessions(user):
    """Delete the account's stored sessions (those a cache alone holds die with the hash)."""
    user_id = str(user.pk)
    stale = [
        session.pk
        for session in Session.objects.filter(expire_date__gt=timezone.now()).iterator()
        if session.get_decoded().get("_auth_user_id") == user_id
    ]
    Session.objects.filter(pk__in=stale).delete()
