from tests.fakes.rate_feed import rate_feed  # noqa: F401 (a fixture for these tests)
