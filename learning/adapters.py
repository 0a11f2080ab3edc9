from allauth.account.adapter import DefaultAccountAdapter
from django.db import transaction

from learning.services.accounts import register_learner


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
                    user, nip=data["nip"], agency=data["agency"], unit=data.get("unit"),
                    position=data.get("position", ""),
                )
            else:
                user.save()
        return user
