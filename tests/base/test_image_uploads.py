"""Uploads through Wagtail's own image form: limits are enforced before anything is stored."""

from io import BytesIO

import pytest
from django.contrib.auth import get_user_model
from django.core.files.uploadedfile import SimpleUploadedFile
from PIL import Image
from wagtail.models import Collection

from base.models import SiteImage
from tests.factories.images import jpeg_bytes

pytestmark = pytest.mark.django_db


@pytest.fixture
def admin_client(client):
    user = get_user_model().objects.create_superuser("root", "root@example.test", "pw")
    client.force_login(user)
    return client


def upload(client, content, name="photo.jpg", content_type="image/jpeg", **fields):
    data = {
        "title": "Gùi mây",
        "description": "Chiếc gùi đan bằng mây và tre",
        "collection": Collection.get_first_root_node().pk,
        "file": SimpleUploadedFile(name, content, content_type=content_type),
        **fields,
    }
    return client.post("/admin/images/add/", data)


def form_errors(response):
    return response.context["form"].errors


def png_bytes(width, height):
    buffer = BytesIO()
    Image.new("1", (width, height)).save(buffer, "PNG", optimize=True)
    return buffer.getvalue()


def test_a_valid_photo_with_alt_text_is_stored(admin_client):
    response = upload(admin_client, jpeg_bytes(800, 600))

    assert response.status_code == 302
    image = SiteImage.objects.get()
    assert (image.width, image.height) == (800, 600)
    assert image.default_alt_text == "Chiếc gùi đan bằng mây và tre"


def test_alt_text_is_required(admin_client):
    response = upload(admin_client, jpeg_bytes(), description="")

    assert response.status_code == 200
    assert "description" in form_errors(response)
    assert not SiteImage.objects.exists()


def test_oversized_file_is_refused(admin_client, settings):
    settings.WAGTAILIMAGES_MAX_UPLOAD_SIZE = 10_000

    response = upload(admin_client, jpeg_bytes(1600, 1200) + b"\0" * 20_000)

    assert "file" in form_errors(response)
    assert "Tệp này quá lớn" in str(form_errors(response)["file"])
    assert not SiteImage.objects.exists()


@pytest.mark.parametrize(
    ("name", "content", "content_type"),
    [
        ("notes.jpg", b"this is not an image at all", "image/jpeg"),
        ("script.html", b"<script>alert(1)</script>", "text/html"),
        ("vector.svg", b'<svg xmlns="http://www.w3.org/2000/svg"/>', "image/svg+xml"),
        ("empty.png", b"", "image/png"),
    ],
)
def test_files_that_are_not_allowed_images_are_refused(admin_client, name, content, content_type):
    response = upload(admin_client, content, name=name, content_type=content_type)

    assert response.status_code == 200
    assert "file" in form_errors(response)
    assert not SiteImage.objects.exists()


@pytest.mark.filterwarnings("ignore::PIL.Image.DecompressionBombWarning")
def test_decompression_bomb_is_refused(admin_client):
    # 12,000 × 12,000 one-bit pixels compress to a few kilobytes but would need 144 megapixels.
    bomb = png_bytes(12_000, 12_000)
    assert len(bomb) < 100_000

    response = upload(admin_client, bomb, name="bomb.png", content_type="image/png")

    assert "file" in form_errors(response)
    assert "quá nhiều điểm ảnh" in str(form_errors(response)["file"])
    assert not SiteImage.objects.exists()
