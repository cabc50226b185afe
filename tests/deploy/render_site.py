"""What a visitor gets from some paths of the site (status, visible text, image addresses) and
every image file its database refers to, hashed. test_backup_restore runs this module as a
child process for the restored site, whose database is DATABASE_URL and uploads SITE_MEDIA_ROOT:

    DATABASE_URL=… SITE_MEDIA_ROOT=… python -m tests.deploy.render_site /vi/ /vi/…/
"""

import hashlib
import json
import os
import sys

import django
from bs4 import BeautifulSoup


def visible(html):
    document = BeautifulSoup(html, "html.parser")
    for hidden in document(["script", "style", "template", "noscript"]):
        hidden.decompose()
    text = " ".join(document.get_text(" ").split())
    images = [img.get("src") for img in document.find_all("img")]
    return text, images


def snapshot(paths):
    """{"pages": {path: [status, text, image addresses]}, "files": {name: sha256}}."""
    from django.test import Client  # noqa: PLC0415 (Django is set up in main)

    from base.models import SiteImage, SiteRendition  # noqa: PLC0415 (as above)

    client = Client()
    pages = {}
    for path in paths:
        response = client.get(path)
        pages[path] = [response.status_code, *visible(response.content.decode())]
    files = {}
    for model in (SiteImage, SiteRendition):
        for item in model.objects.order_by("pk"):
            with item.file.open("rb") as stored:
                files[item.file.name] = hashlib.sha256(stored.read()).hexdigest()
    return {"pages": pages, "files": files}


def main(paths):
    os.environ.setdefault("DJANGO_SETTINGS_MODULE", "craftsite.settings.test")
    django.setup()
    from django.test import override_settings  # noqa: PLC0415 (needs django.setup())

    with override_settings(MEDIA_ROOT=os.environ["SITE_MEDIA_ROOT"]):
        json.dump(snapshot(paths), sys.stdout, ensure_ascii=False)


if __name__ == "__main__":
    main(sys.argv[1:])
