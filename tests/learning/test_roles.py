"""Role groups: the app config that keeps them in step runs, and a missing permission fails."""

import pytest
from django.apps import apps
from django.contrib.auth.models import Group

from learning import roles
from learning.apps import LearningConfig

pytestmark = pytest.mark.django_db


def test_learning_app_uses_the_config_that_sets_up_roles():
    assert type(apps.get_app_config("learning")) is LearningConfig
    # The Wagtail users replacement listed next to it still replaces wagtail.users.
    assert apps.get_app_config("wagtailusers").user_viewset == "learning.viewsets.UserViewSet"


def test_every_role_group_gets_every_permission_it_names(groups):
    """Learning's own permissions and those other apps add through ``role_permissions``."""
    for name, perms in roles.group_permissions().items():
        granted = {
            (p.content_type.app_label, p.codename)
            for p in Group.objects.get(name=name).permissions.all()
        }
        assert granted == set(perms), name


def test_a_missing_role_permission_is_an_error_and_changes_nothing(groups, monkeypatch):
    before = set(Group.objects.get(name=roles.TRAINER).permissions.all())
    broken = {**roles.GROUP_PERMISSIONS, roles.TRAINER: [("learning", "fly_to_the_moon")]}
    monkeypatch.setattr(roles, "GROUP_PERMISSIONS", broken)

    with pytest.raises(roles.MissingPermissionError, match="learning.fly_to_the_moon"):
        roles.ensure_groups()

    assert set(Group.objects.get(name=roles.TRAINER).permissions.all()) == before
