"""scripts/backup.sh and scripts/restore.sh, run for real: a site backed up and restored into a
new, empty database in the same PostgreSQL cluster serves the same pages with the same photos."""

import json
import os
import re
import shutil
import subprocess
import sys
import uuid
from io import BytesIO
from pathlib import Path
from urllib.parse import quote

import psycopg
import pytest
from django.core.files.images import ImageFile
from django.db import connection

from stories.models import StoryIndexPage, StoryPage
from tests.deploy.production import PROJECT
from tests.deploy.render_site import snapshot
from tests.factories.catalog import add_cooperative, add_product, add_shop
from tests.factories.images import SiteImageFactory, jpeg_bytes
from tests.factories.stories import add_page

pytestmark = [
    pytest.mark.postgres_only,
    pytest.mark.django_db(transaction=True, serialized_rollback=True),
]
TOOLS = ("pg_dump", "pg_restore", "psql")


@pytest.fixture(autouse=True)
def postgres_only():
    if connection.vendor != "postgresql":
        pytest.skip("backups are of a PostgreSQL database")
    missing = [tool for tool in TOOLS if shutil.which(tool) is None]
    if missing:
        pytest.skip(f"needs the PostgreSQL client tools ({', '.join(missing)})")


def database_url(name):
    db = connection.settings_dict
    user, password = quote(db["USER"], safe=""), quote(db["PASSWORD"], safe="")
    return f"postgres://{user}:{password}@{db['HOST']}:{db['PORT']}/{name}"


@pytest.fixture
def empty_database():
    """A new database in the test database's cluster, dropped afterwards; its URL."""
    name = f"restored_{uuid.uuid4().hex[:8]}"
    with psycopg.connect(database_url(connection.settings_dict["NAME"]), autocommit=True) as db:
        db.execute(f'CREATE DATABASE "{name}"')
    yield database_url(name)
    with psycopg.connect(database_url(connection.settings_dict["NAME"]), autocommit=True) as db:
        db.execute(f'DROP DATABASE "{name}" WITH (FORCE)')


@pytest.fixture
def media_root(settings, tmp_path):
    settings.MEDIA_ROOT = str(tmp_path / "media")
    return tmp_path / "media"


def photo(name, width=640, height=480):
    return SiteImageFactory(file=ImageFile(BytesIO(jpeg_bytes(width, height)), name=name))


def seed_site(homes):
    """A home page, a product with its photo and a story with its own: their paths."""
    cooperative = add_cooperative(add_shop(homes["vi"]), "HTX Dệt Kon Kơ Tu", slug="htx-det")
    product = add_product(
        cooperative, "Khăn thổ cẩm Xơ Đăng", price=350_000, stock=4, photo=photo("khan.jpg")
    )
    stories = add_page(homes["vi"], StoryIndexPage(title="Câu chuyện", slug="cau-chuyen"))
    story = StoryPage(
        title="Sắc màu thổ cẩm",
        slug="sac-mau-tho-cam",
        author="Y Hoa",
        introduction="Những tấm thổ cẩm của làng Đăk Răng.",
        hero_image=photo("dak-rang.jpg", 1200, 800),
    )
    add_page(stories, story)
    return [homes["vi"].url, product.url, story.url]


def script_env(**extra):
    env = {k: v for k, v in os.environ.items() if not k.startswith(("DJANGO_", "BACKUP_"))}
    return {**env, **extra}


def run_script(name, *args, **env):
    return subprocess.run(
        ["bash", str(PROJECT / "scripts" / name), *map(str, args)],
        env=script_env(**env),
        capture_output=True,
        text=True,
        timeout=120,
    )


def served(database, media, paths):
    """What the site on `database` and `media` serves for `paths`, from a process of its own."""
    result = subprocess.run(
        [sys.executable, "-m", "tests.deploy.render_site", *paths],
        cwd=PROJECT,
        env=script_env(
            DJANGO_SETTINGS_MODULE="craftsite.settings.test",
            DATABASE_URL=database,
            SITE_MEDIA_ROOT=str(media),
        ),
        capture_output=True,
        text=True,
        timeout=120,
    )
    assert result.returncode == 0, result.stderr
    return json.loads(result.stdout)


def test_a_restored_backup_serves_the_same_site(homes, media_root, empty_database, tmp_path):
    paths = seed_site(homes)
    original = database_url(connection.settings_dict["NAME"])
    before = json.loads(json.dumps(snapshot(paths)))  # as the child process reports it
    assert [status for status, _text, _images in before["pages"].values()] == [200, 200, 200]
    assert "Khăn thổ cẩm Xơ Đăng" in before["pages"][paths[1]][1]
    assert "Những tấm thổ cẩm của làng Đăk Răng." in before["pages"][paths[2]][1]
    assert {"original_images/khan.jpg", "original_images/dak-rang.jpg"} < set(before["files"])
    assert any(name.startswith("images/") for name in before["files"])  # renditions too

    backup = run_script(
        "backup.sh", tmp_path / "backups", DATABASE_URL=original, DJANGO_MEDIA_ROOT=media_root
    )
    assert backup.returncode == 0, backup.stderr
    made = Path(backup.stdout.strip())
    assert re.fullmatch(r"langnghe-\d{8}T\d{6}Z", made.name)
    assert sorted(p.name for p in made.iterdir()) == ["SHA256SUMS", "database.dump", "media.tar"]

    restored_media = tmp_path / "restored-media"
    restore = run_script(
        "restore.sh", made, DATABASE_URL=empty_database, DJANGO_MEDIA_ROOT=restored_media
    )
    assert restore.returncode == 0, restore.stderr

    assert served(empty_database, restored_media, paths) == before

    again = run_script(
        "restore.sh", made, DATABASE_URL=empty_database, DJANGO_MEDIA_ROOT=tmp_path / "other"
    )
    assert again.returncode == 1
    assert "the database already has" in again.stderr
    assert not (tmp_path / "other").exists()
