"""A shared HTTP cache in front of the site: the real Varnish with deploy/varnish/default.vcl,
its backend pointed at the live test server, its purge listener named in WAGTAILFRONTENDCACHE.

It stores the public pages the site marks `s-maxage` and serves them again, tracking
parameters or not; a price change reaches it within a second; visitors with a session or a
flash message are passed to the site; only the purge listener, from an allowed address, may
purge. Without Varnish these tests are skipped, or fail when REQUIRE_PROXY=1 (CI). Two more
tests, with no Varnish, show what the site sends and when."""

import http.client
import os
import shutil
import socket
import subprocess
import time
from dataclasses import dataclass
from pathlib import Path
from urllib.parse import urlsplit

import pytest
import requests
from django.core.signals import request_started
from django_tasks.signals import task_enqueued
from wagtail.contrib.frontend_cache.backends import BaseBackend
from wagtail.models import Site

from base.models import OrganisationSettings
from catalog.models import ProductVariant
from tests.factories.catalog import add_cooperative, add_product, add_shop
from tests.servers import PROJECT, free_port, stop, wait_for_port

pytestmark = pytest.mark.django_db(transaction=True, serialized_rollback=True)

VCL = PROJECT / "deploy" / "varnish" / "default.vcl"
VCL_BACKEND = '    .host = "127.0.0.1";\n    .port = "8000";\n'
HOST = "localhost"  # the test site's host name (Site: localhost, port 80)
PURGE_WITHIN_SECONDS = 1.0


def varnish_program(name):
    """A Varnish program, from the PATH or /usr/sbin (where Debian puts varnishd)."""
    found = shutil.which(name) or shutil.which(name, path="/usr/sbin:/usr/bin")
    if found is None:
        reason = f"{name} is not installed (apt-get install varnish)"
        if os.environ.get("REQUIRE_PROXY") == "1":
            pytest.fail(f"REQUIRE_PROXY=1 but {reason}")
        pytest.skip(reason)
    return found


@dataclass
class Varnish:
    url: str  # the visitors' listener, as nginx reaches it
    purge_url: str  # the purge listener (FRONTEND_CACHE_PURGE_URL)
    state: Path
    varnishadm: str

    def get(self, path, cookie=None, **headers):
        headers = {"Host": HOST, **({"Cookie": cookie} if cookie else {}), **headers}
        return requests.get(self.url + path, headers=headers, allow_redirects=False, timeout=10)

    def purge(self, path, listener=None, source="127.0.0.1"):
        """A PURGE request as Wagtail's HTTPBackend sends it; returns the status."""
        address = urlsplit(listener or self.purge_url)
        connection = http.client.HTTPConnection(
            address.hostname, address.port, timeout=10, source_address=(source, 0)
        )
        try:
            connection.request("PURGE", path, headers={"Host": HOST})
            return connection.getresponse().status
        finally:
            connection.close()

    def forget_everything(self):
        subprocess.run(
            [self.varnishadm, "-n", str(self.state), "ban", "obj.status != 0"],
            check=True,
            capture_output=True,
            timeout=30,
        )


def from_cache(response):
    """Whether Varnish answered from a stored object: X-Varnish then names two requests, this
    one and the one that stored it."""
    return len(response.headers["X-Varnish"].split()) == 2


def stored(proxy, path):
    """Ask for `path` until Varnish serves it from its store (the site may render a page
    afresh, privately, once after a purge before storing it); returns that response."""
    for _ in range(3):
        response = proxy.get(path)
        if from_cache(response):
            return response
    raise AssertionError(f"{path} is not stored: {response.headers.get('Cache-Control')}")


def eventually(check, seconds=PURGE_WITHIN_SECONDS):
    deadline = time.monotonic() + seconds
    while not (result := check()) and time.monotonic() < deadline:
        time.sleep(0.05)
    return result


@pytest.fixture(scope="module")
def varnish(live_server, tmp_path_factory):
    """varnishd in the foreground with the shipped VCL, whose backend is the live server."""
    varnishd = varnish_program("varnishd")
    varnishadm = varnish_program("varnishadm")
    work = tmp_path_factory.mktemp("varnish")
    vcl = VCL.read_text()
    assert VCL_BACKEND in vcl, "the VCL's backend is no longer where this test expects it"
    backend = urlsplit(live_server.url)
    vcl = vcl.replace(
        VCL_BACKEND,
        f'    .host = "{socket.gethostbyname(backend.hostname)}";\n    .port = "{backend.port}";\n',
    )
    (work / "default.vcl").write_text(vcl)
    http_port = free_port()
    purge_port = free_port()
    while purge_port == http_port:
        purge_port = free_port()
    log = (work / "varnishd.log").open("w")
    process = subprocess.Popen(
        [varnishd, "-F", "-j", "none", "-n", str(work / "state"), "-f", str(work / "default.vcl")]
        + ["-a", f"http=127.0.0.1:{http_port}", "-a", f"purge=127.0.0.1:{purge_port}"]
        + ["-s", "malloc,32m"],
        stdout=log,
        stderr=subprocess.STDOUT,
    )
    try:
        wait_for_port(http_port, process)
        wait_for_port(purge_port, process)
        yield Varnish(
            url=f"http://127.0.0.1:{http_port}",
            purge_url=f"http://127.0.0.1:{purge_port}",
            state=work / "state",
            varnishadm=varnishadm,
        )
    finally:
        stop(process)
        log.close()


@pytest.fixture
def proxy(varnish, settings, catalogue):
    """The site, its catalogue made, with its page cache on and its purges sent to an empty
    Varnish."""
    # Made now, not by the first page's footer, whose saving would purge everything.
    OrganisationSettings.for_site(Site.objects.get(is_default_site=True))
    varnish.forget_everything()
    settings.PAGE_CACHE_SECONDS = 600
    settings.WAGTAILFRONTENDCACHE = {
        "proxy": {
            "BACKEND": "wagtail.contrib.frontend_cache.backends.HTTPBackend",
            "LOCATION": varnish.purge_url,
        }
    }
    return varnish


@pytest.fixture
def catalogue(homes):
    shop = add_shop(homes["vi"])
    cooperative = add_cooperative(shop, "HTX Dệt", slug="htx-det")
    scarf = add_product(
        cooperative, "Khăn thổ cẩm", price=350_000, stock=5, sku="KKT-01", slug="khan"
    )
    return {"shop": shop, "cooperative": cooperative, "scarf": scarf}


def test_a_public_page_is_stored_and_served_again(proxy, catalogue, live_server):
    path = catalogue["scarf"].url
    # What the site says (craftsite.page_cache): shared caches may keep it, browsers may not.
    direct = requests.get(live_server.url + path, headers={"Host": HOST}, timeout=10)
    assert direct.status_code == 200
    assert {part.strip() for part in direct.headers["Cache-Control"].split(",")} == {
        "public",
        "max-age=0",
        "s-maxage=600",
    }
    assert "Set-Cookie" not in direct.headers

    first, second = proxy.get(path), proxy.get(path)

    assert (first.status_code, second.status_code) == (200, 200)
    assert not from_cache(first)
    assert from_cache(second)
    assert "Age" in second.headers
    assert second.text == first.text
    assert "350.000" in second.text
    # The purge headers stay inside; a cache after this one may not keep the page.
    assert not {"x-path", "x-host"} & {name.lower() for name in second.headers}
    assert "s-maxage=0" in second.headers["Cache-Control"]


def test_tracking_parameters_share_the_pages_stored_copy(proxy, catalogue):
    path = catalogue["scarf"].url
    page = stored(proxy, path)

    tracked = proxy.get(f"{path}?utm_source=zalo&utm_medium=social&fbclid=abc&zarsrc=30")
    ad = proxy.get(f"{path}?gclid=xyz&msclkid=1")

    assert from_cache(tracked) and from_cache(ad)
    assert tracked.text == ad.text == page.text


def test_a_price_change_reaches_the_proxy_within_a_second(proxy, catalogue):
    path = catalogue["scarf"].url
    stored(proxy, path)

    variant = ProductVariant.objects.get(sku="KKT-01")
    variant.price = 380_000
    variant.save()  # catalog's purge rules purge the product's pages once this commits

    page = eventually(lambda: (response := proxy.get(path)) and "380.000" in response.text)
    assert page, "the old price is still served a second after the change"


def test_a_change_shown_on_every_page_empties_the_proxy_for_the_host(proxy, catalogue):
    cooperative, product = catalogue["cooperative"].url, catalogue["scarf"].url
    for path in (cooperative, product):
        stored(proxy, path)
    organisation = OrganisationSettings.for_site(Site.objects.get(is_default_site=True))
    organisation.legal_name = "Hợp tác xã Đổi Tên"

    organisation.save()  # in every footer: purges every page ("PURGE /*")

    for path in (cooperative, product):
        response = proxy.get(path)
        assert not from_cache(response)
        assert "Hợp tác xã Đổi Tên" in response.text


def test_a_purge_forgets_every_query_string_of_that_address_and_nothing_else(proxy, catalogue):
    shop, product = catalogue["shop"].url, catalogue["scarf"].url
    in_stock = f"{shop}?in_stock=1"  # a query string the listing shows: stored on its own
    for path in (shop, in_stock, product):
        stored(proxy, path)

    assert proxy.purge(shop) == 200

    assert not from_cache(proxy.get(shop))
    assert not from_cache(proxy.get(in_stock))
    assert from_cache(proxy.get(product))


def test_a_visitor_with_a_session_is_passed_to_the_site(proxy, catalogue):
    path = catalogue["scarf"].url
    stored(proxy, path)

    with_session = [proxy.get(path, cookie="csrftoken=x; sessionid=abc") for _ in range(2)]

    assert not any(from_cache(response) for response in with_session)
    assert from_cache(proxy.get(path, cookie="csrftoken=x; _ga=GA1.1"))  # other cookies


def test_a_page_asked_for_with_a_messages_cookie_is_not_stored(proxy, catalogue):
    path = catalogue["scarf"].url

    with_message = proxy.get(path, cookie="messages=abc")
    again = proxy.get(path, cookie="messages=abc")
    anonymous = proxy.get(path)

    assert with_message.status_code == 200
    assert not any(from_cache(response) for response in (with_message, again, anonymous))
    assert stored(proxy, path)


def test_the_site_sees_the_visitors_address_nginx_gave(proxy, catalogue):
    """craftsite.ratelimit reads the visitor's address from X-Real-IP, which nginx sets; the
    proxy between them passes it on as it is."""
    seen = []

    def record(environ, **kwargs):
        seen.append(environ.get("HTTP_X_REAL_IP"))

    request_started.connect(record)
    try:
        proxy.get(catalogue["scarf"].url, cookie="sessionid=abc", **{"X-Real-IP": "203.0.113.7"})
    finally:
        request_started.disconnect(record)

    assert seen == ["203.0.113.7"]


def test_purges_through_the_visitors_listener_are_refused(proxy, catalogue):
    """nginx reaches that listener from 127.0.0.1 too: the address alone lets nobody purge."""
    path = catalogue["scarf"].url
    stored(proxy, path)

    assert proxy.purge(path, listener=proxy.url) == 403
    assert proxy.purge("/*", listener=proxy.url) == 403

    assert from_cache(proxy.get(path))


def test_purges_from_an_address_outside_the_acl_are_refused(proxy, catalogue):
    path = catalogue["scarf"].url
    stored(proxy, path)

    try:
        status = proxy.purge(path, source="127.0.0.2")
    except OSError as error:  # a loopback without 127.0.0.0/8
        pytest.skip(f"cannot send from 127.0.0.2: {error}")

    assert status == 403
    assert from_cache(proxy.get(path))


class RecordingBackend(BaseBackend):
    """A frontend cache that writes down what it is asked to purge."""

    batches = []

    def purge(self, url):
        self.purge_batch([url])

    def purge_batch(self, urls):
        self.batches.append(list(urls))


@pytest.mark.django_db
def test_a_publish_sends_each_address_once_after_commit(
    catalogue, settings, django_capture_on_commit_callbacks
):
    settings.PAGE_CACHE_SECONDS = 600
    settings.WAGTAILFRONTENDCACHE = {
        "record": {"BACKEND": f"{__name__}.RecordingBackend", "HOSTNAMES": [HOST]}
    }
    RecordingBackend.batches.clear()
    scarf = catalogue["scarf"]

    with django_capture_on_commit_callbacks() as callbacks:
        scarf.save_revision().publish()
        assert RecordingBackend.batches == []  # nothing before the change commits
    for callback in callbacks:
        callback()

    [urls] = RecordingBackend.batches
    assert len(urls) == len(set(urls))
    assert f"http://{HOST}{scarf.url}" in urls
    assert f"http://{HOST}{catalogue['shop'].url}" in urls


@pytest.mark.django_db
def test_without_a_frontend_cache_nothing_is_queued_or_sent(
    catalogue, settings, django_capture_on_commit_callbacks
):
    settings.PAGE_CACHE_SECONDS = 600
    settings.WAGTAILFRONTENDCACHE = {}
    queued = []

    def record(sender, task_result, **kwargs):
        queued.append(task_result.task.name)

    task_enqueued.connect(record)
    try:
        with django_capture_on_commit_callbacks(execute=True):
            catalogue["scarf"].save_revision().publish()
            ProductVariant.objects.get(sku="KKT-01").save()
    finally:
        task_enqueued.disconnect(record)

    assert "purge_urls_from_cache_task" not in queued
