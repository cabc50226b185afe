from wagtail.models import Locale, Page, Site

from base.models import HomePage, StandardPage


def add_homes():
    """A Vietnamese home page as the default site's root and its English translation, the
    only pages under the tree's root; returns {"vi": …, "en": …}."""
    locales = {code: Locale.objects.get_or_create(language_code=code)[0] for code in ("vi", "en")}
    root = Page.get_first_root_node()
    vi = root.add_child(instance=HomePage(title="Trang chủ", slug="home-vi", locale=locales["vi"]))
    en = root.add_child(
        instance=HomePage(
            title="Home", slug="home-en", locale=locales["en"], translation_key=vi.translation_key
        )
    )
    Site.objects.update(root_page=vi)
    Page.objects.filter(depth=2).exclude(pk__in=[vi.pk, en.pk]).delete()
    return {"vi": vi, "en": en}


def add_standard_page(parent, title, slug, **fields):
    """Add and publish a StandardPage under `parent` (in the parent's language)."""
    page = StandardPage(title=title, slug=slug, locale=parent.locale, **fields)
    parent.add_child(instance=page)
    page.save_revision().publish()
    return page


def add_translation(source, parent, title=None, slug=None, page=None, **fields):
    """Add and publish the translation of `source` under `parent`, a page of the target
    language: either `page` as given, or a page of the same type built from the fields."""
    if page is None:
        page = type(source)(title=title, slug=slug, **fields)
    page.locale = parent.locale
    page.translation_key = source.translation_key
    parent.add_child(instance=page)
    page.save_revision().publish()
    return page
