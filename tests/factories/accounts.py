"""Small factories for tests: valid NIPs of both shapes, agencies, units, users."""

import datetime
import itertools

import factory
from allauth.account.models import EmailAddress
from django.contrib.auth.models import Group

from learning import roles
from learning.models import Agency, AgencyAdmin, RosterEntry, StaffStatus, Unit, User
from learning.nip import build_nip

_serials = itertools.count(1)
PASSWORD = "sandi-uji-rahasia-123"


def pns_nip(serial=None, gender="L"):
    serial = serial if serial is not None else next(_serials) % 999 + 1
    return build_nip(
        birth_date=datetime.date(1985, 3, 12),
        appointment_year=2010,
        appointment_month=1,
        gender=gender,
        serial=serial,
    )


def pppk_nip(serial=None, gender="P"):
    serial = serial if serial is not None else next(_serials) % 999 + 1
    return build_nip(
        birth_date=datetime.date(1990, 7, 1),
        appointment_year=2023,
        contract_count=1,
        gender=gender,
        serial=serial,
    )


class AgencyFactory(factory.django.DjangoModelFactory):
    class Meta:
        model = Agency
        django_get_or_create = ("name",)

    name = factory.Sequence(lambda n: f"Kementerian Uji {n}")
    short_name = factory.Sequence(lambda n: f"KU{n}")
    kind = Agency.Kind.MINISTRY


class UnitFactory(factory.django.DjangoModelFactory):
    class Meta:
        model = Unit

    agency = factory.SubFactory(AgencyFactory)
    name = factory.Sequence(lambda n: f"Unit {n}")
    code = factory.Sequence(lambda n: f"U{n:03d}")


class UserFactory(factory.django.DjangoModelFactory):
    """A verified account; pass nip/agency for a learner."""

    class Meta:
        model = User
        skip_postgeneration_save = True

    email = factory.Sequence(lambda n: f"pengguna{n}@instansi.go.id")
    full_name = factory.Sequence(lambda n: f"Pengguna {n}")
    password = factory.PostGenerationMethodCall("set_password", PASSWORD)

    @factory.post_generation
    def verified(obj, create, extracted, **kwargs):
        obj.save()
        if create and extracted is not False:
            EmailAddress.objects.get_or_create(
                user=obj, email=obj.email, defaults={"verified": True, "primary": True}
            )


class LearnerFactory(UserFactory):
    agency = factory.SubFactory(AgencyFactory)
    nip = factory.LazyFunction(pns_nip)
    staff_status = StaffStatus.ROSTERED


class RosterEntryFactory(factory.django.DjangoModelFactory):
    class Meta:
        model = RosterEntry

    agency = factory.SubFactory(AgencyFactory)
    nip = factory.LazyFunction(pns_nip)
    full_name = factory.Sequence(lambda n: f"Pegawai {n}")


def make_agency_admin(agency, **kwargs):
    user = UserFactory(**kwargs)
    AgencyAdmin.objects.create(user=user, agency=agency)
    user.groups.add(Group.objects.get(name=roles.AGENCY_ADMIN))
    return user


def make_in_group(group_name, **kwargs):
    user = UserFactory(**kwargs)
    user.groups.add(Group.objects.get(name=group_name))
    return user
