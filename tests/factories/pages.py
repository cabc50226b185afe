from craftsite.models import StandardPage


def add_standard_page(parent, title, slug, **fields):
    """Add and publish a StandardPage under `parent` (in the parent's language)."""
    page = StandardPage(title=title, slug=slug, locale=parent.locale, **fields)
    parent.add_child(instance=page)
    page.save_revision().publish()
    return page


def add_translation(source, parent, title, slug, **fields):
    """Add and publish the translation of `source` under `parent`, a page of the target
    language."""
    page = type(source)(
        title=title,
        slug=slug,
        locale=parent.locale,
        translation_key=source.translation_key,
        **fields,
    )
    parent.add_child(instance=page)
    page.save_revision().publish()
    return page
