"""A database out of reach is a 503 with Retry-After and a page in the visitor's language,
whether a view or a middleware ran into it; any other error is still the 500 page."""

import logging
from unittest import mock

import pytest
from django.db import InterfaceError, OperationalError, connection
from wagtail.models import Site

pytestmark = pytest.mark.django_db

ENGLISH = "The site is briefly unavailable while it reconnects to its data."
VIETNAMESE = "Trang web tạm gián đoạn trong lúc kết nối lại với dữ liệu."
FAILING_MIDDLEWARE = "tests.craftsite.test_server_errors.FailingMiddleware"


class FailingMiddleware:
    """Raises the error a test gives it, before LocaleMiddleware has chosen the language, as
    the session middleware does when it cannot read the session."""

    error = None

    def __init__(self, get_response):
        self.get_response = get_response

    def __call__(self, request):
        raise self.error


@pytest.fixture
def visitor(client):
    """A browser: it sees the error page, where the test client would raise the error."""
    client.raise_request_exception = False
    return client


@pytest.fixture
def failing_middleware(settings):
    """Put FailingMiddleware before LocaleMiddleware; returns what to make it raise."""
    locale = settings.MIDDLEWARE.index("django.middleware.locale.LocaleMiddleware")
    settings.MIDDLEWARE = [
        *settings.MIDDLEWARE[:locale],
        FAILING_MIDDLEWARE,
        *settings.MIDDLEWARE[locale:],
    ]

    def fail_with(error):
        FailingMiddleware.error = error

    yield fail_with
    FailingMiddleware.error = None


def database_down():
    """Every query fails as it does while PostgreSQL restarts."""
    return mock.patch.object(
        connection,
        "ensure_connection",
        side_effect=OperationalError("connection refused: is the server running?"),
    )


def assert_unavailable(response, text, language):
    assert response.status_code == 503
    assert response["Retry-After"] == "30"
    page = response.content.decode()
    assert text in page
    assert f'<html lang="{language}">' in page


@pytest.mark.parametrize(
    "path, text, language",
    [("/vi/", VIETNAMESE, "vi"), ("/en/", ENGLISH, "en")],
)
def test_a_page_whose_database_is_out_of_reach_is_a_503_in_its_language(
    visitor, homes, path, text, language, caplog
):
    with database_down(), caplog.at_level(logging.ERROR):
        response = visitor.get(path)

    assert_unavailable(response, text, language)
    [record] = [r for r in caplog.records if r.levelno >= logging.ERROR]
    assert record.name == "craftsite.errors"
    assert record.getMessage() == f"Database out of reach: {path}"
    assert record.exc_info[0] is OperationalError


@pytest.mark.parametrize(
    "error",
    [OperationalError("server closed the connection"), InterfaceError("connection closed")],
    ids=["operational", "interface"],
)
@pytest.mark.parametrize(
    "path, text, language",
    [("/vi/cua-hang/", VIETNAMESE, "vi"), ("/en/shop/", ENGLISH, "en")],
)
def test_a_middleware_that_cannot_reach_the_database_gives_the_503_in_the_address_language(
    visitor, failing_middleware, error, path, text, language
):
    failing_middleware(error)

    response = visitor.get(path, HTTP_ACCEPT_LANGUAGE="fr")

    assert_unavailable(response, text, language)


def test_outside_the_language_prefixes_the_503_follows_accept_language(visitor, failing_middleware):
    failing_middleware(OperationalError("the database system is starting up"))

    response = visitor.post("/payments/stripe/webhook/", HTTP_ACCEPT_LANGUAGE="en")

    assert_unavailable(response, ENGLISH, "en")


def test_any_other_error_is_still_the_500_page(visitor, homes):
    with mock.patch.object(Site, "find_for_request", side_effect=ValueError("a bug")):
        response = visitor.get("/en/")

    assert response.status_code == 500
    assert "Retry-After" not in response
    assert "Sorry, something went wrong" in response.content.decode()


def test_any_other_error_in_a_middleware_is_still_the_500_page(visitor, failing_middleware):
    failing_middleware(KeyError("a bug"))

    response = visitor.get("/vi/")

    assert response.status_code == 500
    assert "Retry-After" not in response
