from base.models import StandardPage


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
