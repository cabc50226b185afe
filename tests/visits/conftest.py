import pytest

from stories.models import VillagePage
from tests.factories.stories import add_page, build_stories_site
from tests.factories.visits import make_host


@pytest.fixture
def villages(homes):
    """Đăk Răng in both languages, with its host, and a second village with its own host."""
    section = build_stories_site(homes)
    other = add_page(
        section["indexes"]["villages"]["vi"],
        VillagePage(title="Làng Kon Kơ Tu", slug="kon-ko-tu", commune="xã Đăk Rơ Wa"),
    )
    return {
        "vi": section["village"]["vi"],
        "en": section["village"]["en"],
        "other": other,
        "host": make_host(section["village"]["vi"], "a-ly", email="a-ly@example.test"),
        "other_host": make_host(other, "y-hoa", email="y-hoa@example.test"),
    }
