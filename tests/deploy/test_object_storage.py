"""Uploads on S3-compatible object storage, configured exactly as production configures it from
DJANGO_S3_* variables, against a local S3 server (moto) started by the test."""

import logging
from io import BytesIO
from urllib.error import HTTPError
from urllib.request import urlopen

import boto3
import pytest
from botocore.exceptions import ClientError, EndpointConnectionError
from django.contrib.auth import get_user_model
from django.core.files.uploadedfile import SimpleUploadedFile
from django.template import Context, Template
from PIL import Image
from wagtail.models import Collection

from base.models import SiteImage, SiteRendition
from tests.deploy.production import PROJECT, free_port, production_settings
from tests.factories.images import SiteImageFactory, jpeg_bytes

pytestmark = pytest.mark.django_db

BUCKET = "langnghe-media"
CDN = "media.langnghe.example"
STORAGE_SETTINGS = (
    "STORAGES",
    "MEDIA_URL",
    "WAGTAILDOCS_SERVE_METHOD",
    "AWS_STORAGE_BUCKET_NAME",
    "AWS_S3_ENDPOINT_URL",
    "AWS_S3_REGION_NAME",
    "AWS_S3_ACCESS_KEY_ID",
    "AWS_S3_SECRET_ACCESS_KEY",
    "AWS_S3_CUSTOM_DOMAIN",
    "AWS_S3_URL_PROTOCOL",
    "AWS_DEFAULT_ACL",
    "AWS_QUERYSTRING_AUTH",
    "AWS_S3_FILE_OVERWRITE",
    "AWS_S3_OBJECT_PARAMETERS",
    "AWS_S3_CLIENT_CONFIG",
)


def s3_env(endpoint, **extra):
    return {
        "DJANGO_S3_BUCKET": BUCKET,
        "DJANGO_S3_ENDPOINT_URL": endpoint,
        "DJANGO_S3_REGION": "us-east-1",
        "DJANGO_S3_ACCESS_KEY_ID": "test-access-key",
        "DJANGO_S3_SECRET_ACCESS_KEY": "test-secret-key",
        "DJANGO_S3_CUSTOM_DOMAIN": CDN,
        "DJANGO_S3_ADDRESSING_STYLE": "path",
        **extra,
    }


@pytest.fixture(scope="module")
def s3_endpoint():
    """A local S3-compatible server for this module's tests."""
    from moto.server import ThreadedMotoServer  # noqa: PLC0415 (moto is slow to import)

    port = free_port()
    server = ThreadedMotoServer(ip_address="127.0.0.1", port=port, verbose=False)
    requests_log = logging.getLogger("werkzeug")  # the server's line per request
    level = requests_log.level
    requests_log.setLevel(logging.WARNING)
    server.start()
    yield f"http://127.0.0.1:{port}"
    server.stop()
    requests_log.setLevel(level)


@pytest.fixture(scope="module")
def production_storage(s3_endpoint):
    """The storage settings production derives from DJANGO_S3_* pointing at that server."""
    return production_settings(*STORAGE_SETTINGS, **s3_env(s3_endpoint))


@pytest.fixture
def bucket(s3_endpoint):
    """An empty bucket; returns a boto3 Bucket to look inside."""
    s3 = boto3.resource(
        "s3",
        endpoint_url=s3_endpoint,
        region_name="us-east-1",
        aws_access_key_id="test-access-key",
        aws_secret_access_key="test-secret-key",
    )
    bucket = s3.Bucket(BUCKET)
    if bucket.creation_date is None:
        bucket.create()
    bucket.objects.all().delete()
    yield bucket
    bucket.Policy().delete()


def use_storage_settings(settings, storage_settings):
    for name, value in storage_settings.items():
        if name == "STORAGES":
            value = {**settings.STORAGES, "default": value["default"]}
        setattr(settings, name, value)
    settings.TASKS = {"default": {"BACKEND": "django_tasks.backends.immediate.ImmediateBackend"}}


@pytest.fixture
def object_storage(settings, production_storage, bucket):
    """This test runs with production's object storage settings and immediate tasks (the
    file deletions Wagtail queues run at once, with their arguments passed through JSON)."""
    use_storage_settings(settings, production_storage)
    return bucket


def storage_down(settings):
    """Points the storage at a port where nothing listens, as if the storage server were down."""
    settings.AWS_S3_ENDPOINT_URL = f"http://127.0.0.1:{free_port()}"
    settings.STORAGES = {**settings.STORAGES}  # a new storage object with the new settings
    return settings.AWS_S3_ENDPOINT_URL


def keys(bucket):
    return sorted(item.key for item in bucket.objects.all())


def body(bucket, key):
    return bucket.Object(key).get()["Body"].read()


@pytest.fixture
def admin_client(client):
    user = get_user_model().objects.create_superuser("root", "root@example.test", "pw")
    client.force_login(user)
    return client


def upload(client, content, name="gui-may.jpg"):
    return client.post(
        "/admin/images/add/",
        {
            "title": "Gùi mây",
            "description": "Chiếc gùi đan bằng mây và tre",
            "collection": Collection.get_first_root_node().pk,
            "file": SimpleUploadedFile(name, content, content_type="image/jpeg"),
        },
    )


def test_production_uses_object_storage_only_when_a_bucket_is_set(production_storage):
    local = production_settings("STORAGES", "MEDIA_URL")

    assert local["STORAGES"]["default"] == {
        "BACKEND": "django.core.files.storage.FileSystemStorage"
    }
    assert local["MEDIA_URL"] == "/media/"
    assert production_storage["STORAGES"]["default"] == {
        "BACKEND": "storages.backends.s3.S3Storage"
    }
    assert production_storage["MEDIA_URL"] == f"https://{CDN}/"


def test_a_photo_uploaded_in_the_admin_lands_in_the_bucket(object_storage, admin_client):
    photo = jpeg_bytes(800, 600)

    response = upload(admin_client, photo)

    assert response.status_code == 302
    image = SiteImage.objects.get()
    assert keys(object_storage) == [image.file.name]
    assert image.file.name == "original_images/gui-may.jpg"
    assert body(object_storage, image.file.name) == photo
    assert (image.width, image.height) == (800, 600)


def test_a_rendition_is_made_from_the_bucket_stored_there_and_served_from_the_cdn(
    object_storage,
):
    image = SiteImageFactory()

    rendition = image.get_rendition("fill-32x24|format-webp")

    assert rendition.file.name.startswith("images/")
    assert keys(object_storage) == sorted([image.file.name, rendition.file.name])
    assert rendition.url == f"https://{CDN}/{rendition.file.name}"
    stored = object_storage.Object(rendition.file.name)
    assert stored.cache_control == "public, max-age=2592000"
    with Image.open(BytesIO(stored.get()["Body"].read())) as picture:
        assert (picture.format, picture.size) == ("WEBP", (32, 24))


def test_without_a_cdn_files_are_linked_at_the_bucket_where_visitors_read_renditions_only(
    s3_endpoint, bucket, settings
):
    """With the guide's bucket policy, the sizes pages show are public and the uploaded
    originals (which may carry a camera's GPS position) are not."""
    bucket.Policy().put(Policy=(PROJECT / "deploy/s3-bucket-policy.json").read_text())
    storage = production_settings(
        *STORAGE_SETTINGS, **s3_env(s3_endpoint, DJANGO_S3_CUSTOM_DOMAIN="")
    )
    use_storage_settings(settings, storage)
    image = SiteImageFactory()

    rendition = image.get_rendition("fill-32x24")

    assert storage["MEDIA_URL"] == f"{s3_endpoint}/{BUCKET}/"
    assert rendition.url == f"{s3_endpoint}/{BUCKET}/{rendition.file.name}"
    with urlopen(rendition.url) as anonymous:  # no keys, as a visitor's browser asks
        assert anonymous.read() == body(bucket, rendition.file.name)
    with pytest.raises(HTTPError) as refused:
        urlopen(image.file.url)
    assert refused.value.code == 403


def test_the_image_tag_points_at_the_cdn(object_storage):
    image = SiteImageFactory()

    html = Template("{% load wagtailimages_tags %}{% image img width-40 %}").render(
        Context({"img": image})
    )

    rendition = SiteRendition.objects.get()
    assert f'src="https://{CDN}/{rendition.file.name}"' in html


def test_two_uploads_with_the_same_name_keep_both_files(object_storage, admin_client):
    red, blue = jpeg_bytes(colour=(200, 0, 0)), jpeg_bytes(colour=(0, 0, 200))

    upload(admin_client, red)
    upload(admin_client, blue)

    first, second = SiteImage.objects.order_by("pk")
    assert first.file.name != second.file.name
    assert body(object_storage, first.file.name) == red
    assert body(object_storage, second.file.name) == blue


def test_deleting_an_image_removes_it_and_its_renditions_from_the_bucket(
    object_storage, django_capture_on_commit_callbacks
):
    image = SiteImageFactory()
    image.get_rendition("fill-160x120")
    kept = SiteImageFactory()
    assert len(keys(object_storage)) == 3

    with django_capture_on_commit_callbacks(execute=True):
        image.delete()

    assert keys(object_storage) == [kept.file.name]
    # What the deletion task was given to rebuild the storage: no options, so no secret key.
    assert image.file.storage.deconstruct() == ("storages.backends.s3.S3Storage", (), {})


@pytest.mark.parametrize("failure", ["storage server down", "bucket missing"])
def test_an_upload_the_storage_refuses_fails_loudly_and_keeps_nothing(
    failure, object_storage, admin_client, settings, caplog
):
    if failure == "storage server down":
        expected, says = EndpointConnectionError, storage_down(settings)
    else:
        settings.AWS_STORAGE_BUCKET_NAME = "no-such-bucket"
        settings.STORAGES = {**settings.STORAGES}
        expected, says = ClientError, "NoSuchBucket"
    admin_client.raise_request_exception = False

    with caplog.at_level(logging.ERROR, logger="django.request"):
        response = upload(admin_client, jpeg_bytes())

    assert response.status_code == 500
    assert not SiteImage.objects.exists()
    assert keys(object_storage) == []
    [report] = [r for r in caplog.records if r.name == "django.request"]
    assert isinstance(report.exc_info[1], expected)
    assert says in str(report.exc_info[1])


def test_a_page_whose_photo_storage_is_down_is_an_error_not_a_missing_photo(
    object_storage, settings
):
    image = SiteImageFactory()
    storage_down(settings)

    with pytest.raises(EndpointConnectionError):
        image.get_rendition("fill-160x120")

    assert not SiteRendition.objects.exists()


def test_renditions_already_made_are_linked_without_asking_the_storage(object_storage, settings):
    """Pages link to existing renditions from their database rows, so a storage that is down
    breaks new uploads and new sizes, not the pages already published (the CDN serves those)."""
    image = SiteImageFactory()
    first = image.get_rendition("fill-160x120")
    storage_down(settings)

    again = SiteImage.objects.get(pk=image.pk).get_rendition("fill-160x120")

    assert again.url == first.url
