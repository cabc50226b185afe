"""The Vietnamese catalogue of the admin: Wagtail ships Vietnamese for about 15 % of its admin
messages and wagtail-localize for almost none, so the project carries a complete catalogue of
its own in `locale/admin/` (a LOCALE_PATHS entry, which Django prefers to the apps' own).

Its messages come from the English catalogues of the apps the admin shows: the Wagtail apps
this site enables, wagtail-localize, Django's forms and accounts, taggit and django-filter.
`manage.py admin_catalogue --update` brings it level with those apps after an upgrade (new
messages start from the app's own Vietnamese where there is one) and compiles it with polib,
so no machine needs gettext tools. The words to use are in docs/glossary-vi.md.
"""

from dataclasses import dataclass
from importlib import import_module
from pathlib import Path

import polib
from django.conf import settings

DOMAINS = ("django", "djangojs")
NOT_SHOWN_TO_STAFF = {"wagtail.contrib.routable_page", "wagtail.contrib.sitemaps"}
# Apps outside Wagtail whose messages appear on admin screens, and the language whose
# catalogue lists their messages when they ship no English one.
OTHER_SOURCES = {
    "django.conf": "en",
    "django.contrib.auth": "en",
    "taggit": "en",
    "django_filters": "de",
}


def catalogue_dir():
    return Path(settings.BASE_DIR) / "locale" / "admin" / "vi" / "LC_MESSAGES"


@dataclass(frozen=True)
class Source:
    app: str
    domain: str
    messages: polib.POFile  # the app's message ids, from its English (or other) catalogue
    shipped: polib.POFile | None  # the app's own Vietnamese, if it has one


def app_locale_dir(app):
    return Path(import_module(app).__file__).parent / "locale"


def source_apps():
    wagtail_apps = [
        app
        for app in settings.INSTALLED_APPS
        if app.split(".")[0] in ("wagtail", "wagtail_localize") and app not in NOT_SHOWN_TO_STAFF
    ]
    return {**dict.fromkeys(wagtail_apps, "en"), **OTHER_SOURCES}


def sources():
    found = []
    for app, language in source_apps().items():
        locale_dir = app_locale_dir(app)
        for domain in DOMAINS:
            listing = locale_dir / language / "LC_MESSAGES" / f"{domain}.po"
            if listing.exists():
                shipped = locale_dir / "vi" / "LC_MESSAGES" / f"{domain}.po"
                found.append(
                    Source(
                        app,
                        domain,
                        polib.pofile(str(listing)),
                        polib.pofile(str(shipped)) if shipped.exists() else None,
                    )
                )
    return found


def key(entry):
    return (entry.msgctxt, entry.msgid)


def live_entries(po):
    return [entry for entry in po if not entry.obsolete and entry.msgid]


def is_translated(entry):
    if entry is None or "fuzzy" in entry.flags:
        return False
    if entry.msgid_plural:
        return bool(entry.msgstr_plural) and all(entry.msgstr_plural.values())
    return bool(entry.msgstr)


def project_catalogue(domain):
    path = catalogue_dir() / f"{domain}.po"
    return polib.pofile(str(path)) if path.exists() else new_catalogue()


def new_catalogue():
    po = polib.POFile()
    po.metadata = {
        "Project-Id-Version": "lang-nghe admin",
        "Language": "vi",
        "MIME-Version": "1.0",
        "Content-Type": "text/plain; charset=UTF-8",
        "Content-Transfer-Encoding": "8bit",
        "Plural-Forms": "nplurals=1; plural=0;",
    }
    return po


@dataclass
class Coverage:
    app: str
    domain: str
    total: int
    shipped: int  # translated by the app itself
    ours: int  # translated by the project's catalogue

    @property
    def missing(self):
        return self.total - self.ours


def coverage():
    """For each source catalogue, how many of its messages have Vietnamese, from the app alone
    and with the project's catalogue."""
    ours = {domain: {key(e): e for e in project_catalogue(domain)} for domain in DOMAINS}
    report = []
    for source in sources():
        shipped = {key(e): e for e in source.shipped or []}
        entries = live_entries(source.messages)
        report.append(
            Coverage(
                source.app,
                source.domain,
                total=len(entries),
                shipped=sum(is_translated(shipped.get(key(e))) for e in entries),
                ours=sum(is_translated(ours[source.domain].get(key(e))) for e in entries),
            )
        )
    return report


def update():
    """Give the project's catalogue every message of the sources (keeping its translations,
    starting new ones from the app's own Vietnamese), drop messages no source has any more,
    and compile it. Returns the number of messages still untranslated."""
    untranslated = 0
    catalogue_dir().mkdir(parents=True, exist_ok=True)
    for domain in DOMAINS:
        domain_sources = [source for source in sources() if source.domain == domain]
        current = {key(e): e for e in project_catalogue(domain)}
        shipped = {}
        for source in domain_sources:
            for entry in source.shipped or []:
                if is_translated(entry):
                    shipped.setdefault(key(entry), entry)
        merged = new_catalogue()
        seen = set()
        for source in domain_sources:
            for entry in live_entries(source.messages):
                if key(entry) in seen:
                    continue
                seen.add(key(entry))
                translated = current.get(key(entry))
                if not is_translated(translated):
                    translated = shipped.get(key(entry))
                merged.append(catalogue_entry(entry, translated, source.app))
                untranslated += not is_translated(translated)
        merged.save(str(catalogue_dir() / f"{domain}.po"))
        merged.save_as_mofile(str(catalogue_dir() / f"{domain}.mo"))
    return untranslated


def catalogue_entry(entry, translated, app):
    new = polib.POEntry(
        msgid=entry.msgid,
        msgctxt=entry.msgctxt,
        msgid_plural=entry.msgid_plural,
        comment=app,
        flags=[flag for flag in entry.flags if flag != "fuzzy"],
    )
    if entry.msgid_plural:
        value = (translated.msgstr_plural.get(0) if translated is not None else "") or ""
        new.msgstr_plural = {0: value}
    else:
        new.msgstr = translated.msgstr if is_translated(translated) else ""
    return new
