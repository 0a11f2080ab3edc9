"""Role × URL matrix: every dashboard URL, every role, the status each one gets.

Agency admin B must get 404 on every page and file of agency A (ids reveal
nothing); learners, trainers and reviewers get 403; anonymous visitors are sent
to the login page.
"""

import pytest
from django.contrib.auth.models import Group
from django.core.files.base import ContentFile
from django.urls import reverse

from learning import access, roles
from learning.models import RosterImport, StaffStatus
from tests.factories import (
    AgencyFactory,
    LearnerFactory,
    RosterEntryFactory,
    UserFactory,
    make_agency_admin,
    make_in_group,
)

pytestmark = pytest.mark.django_db


@pytest.fixture
def world(groups):
    agency_a = AgencyFactory(name="Instansi A")
    agency_b = AgencyFactory(name="Instansi B")
    RosterEntryFactory(agency=agency_a)
    pending = LearnerFactory(agency=agency_a, staff_status=StaffStatus.PENDING)
    roster_import = RosterImport(
        agency=agency_a, original_name="roster-a.csv", status=RosterImport.Status.VALIDATED
    )
    roster_import.file.save("roster-a.csv", ContentFile(b"nip,nama,unit_kerja\n"), save=False)
    roster_import.save()
    users = {
        "anonymous": None,
        "learner": LearnerFactory(agency=agency_a),
        "trainer": make_in_group(roles.TRAINER),
        "reviewer": make_in_group(roles.REVIEWER),
        "agency_admin_a": make_agency_admin(agency_a),
        "agency_admin_b": make_agency_admin(agency_b),
        "national_admin": make_in_group(roles.NATIONAL_ADMIN),
    }
    return {
        "a": agency_a,
        "b": agency_b,
        "import": roster_import,
        "pending": pending,
        "users": users,
    }


def agency_a_urls(world):
    a, imp = world["a"].pk, world["import"].pk
    return {
        "overview": reverse("compliance:agency_overview", args=[a]),
        "roster": reverse("learning:roster_list", args=[a]),
        "upload": reverse("learning:roster_upload", args=[a]),
        "template": reverse("learning:roster_template", args=[a]),
        "import": reverse("learning:roster_import", args=[a, imp]),
        "import_status": reverse("learning:roster_import_status", args=[a, imp]),
        "import_file": reverse("learning:roster_import_file", args=[a, imp]),
        "import_errors": reverse("learning:roster_import_errors", args=[a, imp]),
        "pending": reverse("learning:pending_staff", args=[a]),
    }


EXPECTED = {
    # role: status code for every agency-A page
    "learner": 403,
    "trainer": 403,
    "reviewer": 403,
    "agency_admin_a": 200,
    "agency_admin_b": 404,
    "national_admin": 200,
}


@pytest.mark.parametrize("role", list(EXPECTED))
def test_agency_pages_are_scoped_per_role(client, world, role):
    client.force_login(world["users"][role])
    for name, url in agency_a_urls(world).items():
        response = client.get(url)
        assert response.status_code == EXPECTED[role], (role, name, response.status_code)


def test_anonymous_is_sent_to_login_for_every_agency_page(client, world):
    for url in agency_a_urls(world).values():
        response = client.get(url)
        assert response.status_code == 302
        assert response["Location"].startswith(reverse("account_login"))


def test_agency_admin_cannot_see_other_agency_roster_file(client, world):
    client.force_login(world["users"]["agency_admin_b"])
    url = reverse("learning:roster_import_file", args=[world["a"].pk, world["import"].pk])
    assert client.get(url).status_code == 404
    # Nor through their own agency's URL with the other agency's import id.
    url = reverse("learning:roster_import_file", args=[world["b"].pk, world["import"].pk])
    assert client.get(url).status_code == 404


def test_agency_admin_cannot_decide_on_other_agency_staff(client, world):
    client.force_login(world["users"]["agency_admin_b"])
    pending = world["pending"]
    for agency in (world["a"], world["b"]):
        url = reverse("learning:pending_staff_decide", args=[agency.pk, pending.pk])
        assert client.post(url, {"decision": "confirm"}).status_code == 404
    pending.refresh_from_db()
    assert pending.staff_status == StaffStatus.PENDING


@pytest.mark.parametrize(
    ("role", "expected"),
    [
        ("learner", 403),
        ("trainer", 403),
        ("reviewer", 403),
        ("agency_admin_a", 302),
        ("national_admin", 200),
    ],
)
def test_dashboard_index_per_role(client, world, role, expected):
    client.force_login(world["users"][role])
    assert client.get(reverse("compliance:dashboard")).status_code == expected


def test_agency_admin_is_redirected_to_own_agency(client, world):
    client.force_login(world["users"]["agency_admin_a"])
    response = client.get(reverse("compliance:dashboard"))
    assert response["Location"] == reverse("compliance:agency_overview", args=[world["a"].pk])


def test_national_admin_sees_every_agency(client, world):
    client.force_login(world["users"]["national_admin"])
    response = client.get(reverse("compliance:dashboard"))
    assert {row.agency.name for row in response.context["ranking"]} >= {"Instansi A", "Instansi B"}


@pytest.mark.parametrize(
    ("role", "expected"),
    [
        ("learner", 302),
        ("agency_admin_a", 302),
        ("trainer", 200),
        ("reviewer", 200),
        ("national_admin", 200),
    ],
)
def test_wagtail_admin_access_per_role(client, world, role, expected):
    client.force_login(world["users"][role])
    assert client.get("/admin/").status_code == expected


def test_queryset_gate_scopes_roster_to_own_agency(world):
    admin_b = world["users"]["agency_admin_b"]
    assert list(access.agencies_for(admin_b)) == [world["b"]]
    assert not access.roster_for(admin_b, world["a"]).exists()
    assert not access.imports_for(admin_b, world["a"]).exists()
    assert not access.pending_staff_for(admin_b, world["a"]).exists()


def test_plain_user_has_no_admin_role(world):
    user = UserFactory()
    assert access.user_roles(user) == []
    assert not access.is_admin(user)
    assert Group.objects.filter(name=roles.AGENCY_ADMIN).exists()


def test_content_admin_offered_to_editors_only(world):
    users = world["users"]
    assert not access.can_use_wagtail_admin(users["learner"])
    assert not access.can_use_wagtail_admin(users["agency_admin_a"])
    assert access.can_use_wagtail_admin(users["trainer"])
    assert access.can_use_wagtail_admin(users["national_admin"])
    assert access.can_use_wagtail_admin(UserFactory(is_superuser=True))


def test_learner_navigation_needs_no_permission_query(world, django_assert_num_queries):
    learner = world["users"]["learner"]
    learner = type(learner).objects.get(pk=learner.pk)
    with django_assert_num_queries(1):  # the learner's groups, once
        assert not access.can_use_wagtail_admin(learner)
        assert not access.can_use_wagtail_admin(learner)


# --- Quiz attempts: personal to the learner, whatever the role ------------------------------

ATTEMPT_EXPECTED = {
    # role: status for another person's attempt (ids reveal nothing: 404, never 403)
    "learner": 404,
    "trainer": 404,
    "reviewer": 404,
    "agency_admin_a": 404,
    "agency_admin_b": 404,
    "national_admin": 404,
}


@pytest.fixture
def attempts(world):
    from learning.models import Enrolment
    from learning.services import quizzes
    from tests.factories import build_course

    tree = build_course()
    owner = LearnerFactory(agency=world["a"])
    Enrolment.objects.create(user=owner, course=tree.course)
    graded = quizzes.start_attempt(owner, tree.quiz)
    quizzes.submit_attempt(owner, graded.pk, {"q1": ["q1-b"]})
    return {"owner": owner, "open": quizzes.start_attempt(owner, tree.quiz), "graded": graded}


def attempt_requests(attempts):
    """(name, method, url, expected status for the owner) for every attempt URL."""
    open_pk, graded_pk = attempts["open"].pk, attempts["graded"].pk
    return [
        ("take", "get", reverse("learning:quiz_take", args=[open_pk]), 200),
        ("submit", "post", reverse("learning:quiz_take", args=[graded_pk]), 302),
        ("autosave", "post", reverse("learning:quiz_autosave", args=[open_pk]), 200),
        ("autosave_closed", "post", reverse("learning:quiz_autosave", args=[graded_pk]), 409),
        ("result", "get", reverse("learning:quiz_result", args=[graded_pk]), 200),
    ]


JSON = {"HTTP_ACCEPT": "application/json"}


@pytest.mark.parametrize("role", list(ATTEMPT_EXPECTED))
def test_quiz_attempt_urls_are_scoped_to_their_owner(client, world, attempts, role):
    client.force_login(world["users"][role])
    for name, method, url, _owner_status in attempt_requests(attempts):
        response = getattr(client, method)(url, **JSON)
        assert response.status_code == ATTEMPT_EXPECTED[role], (role, name, response.status_code)
    attempts["open"].refresh_from_db()
    assert attempts["open"].draft_answers == {}


def test_quiz_attempt_urls_for_their_owner(client, world, attempts):
    client.force_login(attempts["owner"])
    for name, method, url, owner_status in attempt_requests(attempts):
        response = getattr(client, method)(url, **JSON)
        assert response.status_code == owner_status, (name, response.status_code)


def test_anonymous_is_sent_to_login_for_every_quiz_attempt_url(client, world, attempts):
    for name, method, url, _owner_status in attempt_requests(attempts):
        response = getattr(client, method)(url)
        assert response.status_code == 302, name
        assert response["Location"].startswith(reverse("account_login")), name


# --- The learner's own pages (issue 9): every role sees only their own account ---------


def own_pages(course_id):
    return {
        "profile": reverse("learning:profile"),
        "completion": reverse("learning:course_completed", args=[course_id]),
    }


@pytest.mark.parametrize("role", list(EXPECTED))
def test_own_pages_per_role(client, world, role):
    """Profile: 200 for anyone signed in (their own data); the completion page of a
    course not completed sends back to the course; the agency change is POST only."""
    from tests.factories import build_course

    tree = build_course()
    user = world["users"][role]
    client.force_login(user)
    pages = own_pages(tree.course.pk)
    response = client.get(pages["profile"])
    assert response.status_code == 200
    assert user.email in response.content.decode()
    response = client.get(pages["completion"])
    assert response.status_code == 302 and response["Location"] == tree.course.url
    assert client.get(reverse("learning:profile_agency")).status_code == 405


def test_anonymous_is_sent_to_login_for_own_pages(client, world):
    from tests.factories import build_course

    tree = build_course()
    for url in [*own_pages(tree.course.pk).values(), reverse("learning:profile_agency")]:
        response = client.post(url) if url.endswith("/instansi/") else client.get(url)
        assert response.status_code == 302
        assert response["Location"].startswith(reverse("account_login"))


def test_profile_shows_only_the_signed_in_account(client, world):
    """There is no profile id in the URL: a learner cannot open someone else's."""
    client.force_login(world["users"]["learner"])
    html = client.get(reverse("learning:profile")).content.decode()
    assert world["pending"].email not in html
    assert world["pending"].nip not in html
