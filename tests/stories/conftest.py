import pytest

from tests.factories.stories import build_stories_site


@pytest.fixture
def section(homes):
    return build_stories_site(homes)
