"""Mixins for the project's page models (no imports of the rest of home: models use them)."""


class KnownViewRestrictionsMixin:
    """Page mixin: view restrictions already known for this request (none) are not
    read again, neither by Wagtail's ``check_view_restrictions`` nor by the gate."""

    def get_view_restrictions(self):
        known = getattr(self, "known_view_restrictions", None)
        if known is not None:
            return known
        return super().get_view_restrictions()
