"""Documents in gated lessons download only for those who may open the lesson.

Wagtail's reference index tells which pages use a document; the
``before_serve_document`` hook applies the lesson's gate. Documents live in the
private storage, so no URL under /media/ reaches them.
"""

from pathlib import Path

import pytest
from django.conf import settings
from django.core.files.base import ContentFile
from django.core.files.uploadedfile import SimpleUploadedFile
from django.core.management import call_command
from django.urls import reverse
from wagtail.documents.models import Document
from wagtail.images.models import Image
from wagtail.images.tests.utils import get_test_image_file
from wagtail.models import Collection, PageViewRestriction

from courses.models import CoursePage, LessonPage
from learning import roles
from learning.services import progress
from tests.factories import LearnerFactory, build_course, make_in_group

pytestmark = pytest.mark.django_db

CONTENT = b"%PDF-1.4 salinan undang-undang " + b"x" * 512


def make_document(title="UU KIP", filename="uu-14-2008.pdf"):
    document = Document(title=title)
    document.file.save(filename, ContentFile(CONTENT), save=False)
    document.save()
    return document


def body_with(document):
    return [
        {"type": "paragraph", "value": "<p>Isi</p>"},
        {
            "type": "document",
            "value": {"document": document.pk, "title": "Salinan UU KIP", "description": ""},
        },
    ]


def use_in_lesson(tree, document):
    lesson = LessonPage.objects.get(pk=tree.lesson.pk)
    lesson.body = body_with(document)
    lesson.save_revision().publish()
    return lesson


@pytest.fixture
def tree():
    return build_course()


@pytest.fixture
def document(tree):
    document = make_document()
    use_in_lesson(tree, document)
    return document


def download(client, document):
    response = client.get(document.url)
    body = b"".join(response.streaming_content) if response.streaming else response.content
    return response, body


def test_lesson_page_links_to_the_document_view(client, tree, document):
    learner = LearnerFactory()
    progress.enrol(learner, tree.course)
    client.force_login(learner)

    html = client.get(tree.lesson.url).content.decode()

    assert document.url.startswith("/dokumen/")
    assert f'href="{document.url}"' in html


def test_anonymous_visitor_cannot_download_a_gated_lessons_document(client, document):
    response, body = download(client, document)

    assert response.status_code == 302
    assert response.url.startswith(reverse("account_login"))
    assert CONTENT not in body


def test_learner_not_enrolled_cannot_download_it_and_is_sent_to_the_course(client, tree, document):
    client.force_login(LearnerFactory())

    response, body = download(client, document)

    assert response.status_code == 302
    assert response.url == tree.course.url
    assert CONTENT not in body


def test_enrolled_learner_downloads_the_document(client, tree, document):
    learner = LearnerFactory()
    progress.enrol(learner, tree.course)
    client.force_login(learner)

    response, body = download(client, document)

    assert response.status_code == 200
    assert body == CONTENT


def test_trainer_with_admin_access_downloads_the_document(client, document, groups):
    client.force_login(make_in_group(roles.TRAINER))

    response, body = download(client, document)

    assert response.status_code == 200
    assert body == CONTENT


def test_enrolled_learner_still_needs_the_courses_password(client, tree, document):
    learner = LearnerFactory()
    progress.enrol(learner, tree.course)
    PageViewRestriction.objects.create(
        page=tree.course, password="sandi", restriction_type=PageViewRestriction.PASSWORD
    )
    client.force_login(learner)

    response, body = download(client, document)

    assert response.status_code == 302
    assert CONTENT not in body


def test_document_no_page_uses_stays_public(client):
    document = make_document("Panduan umum", "panduan.pdf")

    response, body = download(client, document)

    assert response.status_code == 200
    assert body == CONTENT


def test_document_also_used_on_an_open_page_stays_public(client, tree, document):
    course = CoursePage.objects.get(pk=tree.course.pk)
    course.objectives = (
        f'<ul><li>Membaca <a linktype="document" id="{document.pk}">UU KIP</a></li></ul>'
    )
    course.save_revision().publish()

    response, body = download(client, document)

    assert response.status_code == 200
    assert body == CONTENT


def test_document_removed_from_the_lesson_is_public_again(client, tree, document):
    lesson = LessonPage.objects.get(pk=tree.lesson.pk)
    lesson.body = [{"type": "paragraph", "value": "<p>Isi</p>"}]
    lesson.save_revision().publish()

    response, _body = download(client, document)

    assert response.status_code == 200


# --- Storage: never a file under /media/ ----------------------------------------------


def test_document_file_is_stored_outside_media_root(document):
    private_root = Path(settings.STORAGES["private"]["OPTIONS"]["location"])

    assert Path(document.file.path).is_relative_to(private_root)
    assert not Path(document.file.path).is_relative_to(Path(settings.MEDIA_ROOT))
    assert not (Path(settings.MEDIA_ROOT) / document.file.name).exists()
    with pytest.raises(NotImplementedError):
        document.file.url  # noqa: B018 - there is no direct URL to hand out


def test_direct_media_url_of_a_document_is_not_served(client, document, settings):
    settings.ROOT_URLCONF = "tests.media_urls"

    response = client.get(f"{settings.MEDIA_URL}{document.file.name}")

    assert response.status_code == 404


def test_images_stay_public_under_media(client, settings):
    image = Image.objects.create(title="Sampul", file=get_test_image_file())
    settings.ROOT_URLCONF = "tests.media_urls"

    assert Path(image.file.path).is_relative_to(Path(settings.MEDIA_ROOT))
    assert client.get(image.file.url).status_code == 200


def test_move_documents_to_private_moves_files_left_under_media_root():
    document = make_document("Lama", "lama.pdf")
    private_path = Path(document.file.path)
    public_path = Path(settings.MEDIA_ROOT) / document.file.name
    public_path.parent.mkdir(parents=True, exist_ok=True)
    private_path.replace(public_path)  # where a document uploaded before this change lies

    call_command("move_documents_to_private", verbosity=0)

    assert private_path.read_bytes() == CONTENT
    assert not public_path.exists()
    call_command("move_documents_to_private", verbosity=0)  # a second run changes nothing
    assert private_path.read_bytes() == CONTENT


def test_document_uploaded_in_the_admin_lands_in_private_storage(admin_client):
    response = admin_client.post(
        reverse("wagtaildocs:add"),
        {
            "title": "Pedoman humas",
            "collection": Collection.get_first_root_node().pk,
            "file": SimpleUploadedFile("pedoman.pdf", CONTENT, "application/pdf"),
        },
    )
    document = Document.objects.get(title="Pedoman humas")
    private_root = Path(settings.STORAGES["private"]["OPTIONS"]["location"])

    assert response.status_code == 302
    assert Path(document.file.path).is_relative_to(private_root)
    assert admin_client.get(reverse("wagtaildocs:edit", args=[document.pk])).status_code == 200


def test_a_downloaded_document_is_never_kept_in_a_shared_cache(client, tree, document):
    learner = LearnerFactory()
    progress.enrol(learner, tree.course)
    client.force_login(learner)

    response, _body = download(client, document)

    assert response.status_code == 200
    assert "private" in response["Cache-Control"]
