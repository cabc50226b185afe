"""The admin speaks Vietnamese: every message of the admin's catalogues has a translation in
the project's catalogue, which is compiled and up to date, and Django uses it."""

import re

import polib
import pytest
from django.test import Client
from django.utils import translation

from base import admin_catalogue


def test_every_message_of_every_catalogue_the_admin_shows_is_in_vietnamese():
    report = admin_catalogue.coverage()
    assert {row.app for row in report} >= {
        "wagtail.admin",
        "wagtail",
        "wagtail.images",
        "wagtail.users",
        "wagtail_localize",
        "django.contrib.auth",
    }
    missing = {f"{row.app} ({row.domain})": row.missing for row in report}
    assert set(missing.values()) == {0}, missing


def test_the_compiled_catalogue_matches_its_source():
    for domain in admin_catalogue.DOMAINS:
        po = polib.pofile(str(admin_catalogue.catalogue_dir() / f"{domain}.po"))
        mo = polib.mofile(str(admin_catalogue.catalogue_dir() / f"{domain}.mo"))
        compiled = {(e.msgctxt, e.msgid): e.msgstr or e.msgstr_plural.get(0) for e in mo}
        written = {
            (e.msgctxt, e.msgid): e.msgstr or e.msgstr_plural.get(0)
            for e in po.translated_entries()
        }
        assert compiled == written


def test_translations_keep_every_placeholder():
    for domain in admin_catalogue.DOMAINS:
        po = polib.pofile(str(admin_catalogue.catalogue_dir() / f"{domain}.po"))
        for entry in po.translated_entries():
            source = entry.msgid_plural or entry.msgid
            target = entry.msgstr_plural.get(0) if entry.msgid_plural else entry.msgstr
            assert placeholders(target) == placeholders(source), entry.msgid


def placeholders(text):
    return sorted(re.findall(r"%\(\w+\)[sdfi]|%[sdfi]|\{\w*\}", text))


def test_django_uses_the_catalogue_for_wagtail_messages():
    with translation.override("vi"):
        assert translation.gettext("Save draft") != "Save draft"
        assert translation.gettext("Dashboard") == "Trang tổng quan"


@pytest.mark.django_db
def test_the_login_page_is_vietnamese():
    page = Client(headers={"accept-language": "vi"}).get("/admin/login/")
    assert "Đăng nhập" in page.text
    assert "Forgotten password?" not in page.text
