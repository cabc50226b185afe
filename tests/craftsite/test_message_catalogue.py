"""The compiled catalogue is committed so that a fresh machine needs no gettext tools; it must
say exactly what the .po source says."""

from pathlib import Path

import polib

LOCALE = Path(__file__).resolve().parents[2] / "locale"


def translations(catalogue):
    """Translated messages, leaving out those the source keeps only as obsolete (#~)."""
    return {
        (entry.msgctxt, entry.msgid): entry.msgstr
        for entry in catalogue
        if entry.msgstr and not entry.obsolete
    }


def test_compiled_vietnamese_catalogue_matches_its_source():
    source = polib.pofile(LOCALE / "vi/LC_MESSAGES/django.po")
    compiled = polib.mofile(LOCALE / "vi/LC_MESSAGES/django.mo")

    assert translations(compiled) == translations(source)


def test_every_vietnamese_message_is_translated():
    source = polib.pofile(LOCALE / "vi/LC_MESSAGES/django.po")

    assert [entry.msgid for entry in source.untranslated_entries()] == []
    assert [entry.msgid for entry in source.fuzzy_entries()] == []
