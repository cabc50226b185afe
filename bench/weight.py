"""The first-load weight of a page on a phone: Debian's Chromium, driven by Playwright with a
phone's viewport, pixel ratio and user agent, loads the page once with an empty cache, and
every response's bytes on the wire (headers and body, as Chromium's network log counts them)
are added up by kind. Images below the fold that the page loads lazily are not counted: a
visitor who does not scroll does not download them.

The site's server does not serve uploads in production (the proxy or object storage does),
so requests for /media/ are answered here from the benchmark's media folder."""

import mimetypes
import os
import shutil
from collections import defaultdict
from pathlib import Path
from urllib.parse import unquote, urlsplit

from playwright.sync_api import sync_playwright

PHONE = "Pixel 7"
CHROMIUM_ARGS = [
    "--no-sandbox",
    "--disable-gpu",
    "--disable-background-networking",
    "--disable-component-update",
    "--disable-sync",
    "--no-first-run",
]
KINDS = {
    "Document": "html",
    "Stylesheet": "css",
    "Script": "js",
    "Image": "images",
    "Font": "fonts",
}


def chromium():
    return os.environ.get("CHROMIUM_PATH") or shutil.which("chromium") or "/usr/bin/chromium"


def first_load(url, media_root, media_url="/media/", cookies=()):
    """The first load of `url` in a fresh phone browser, with `cookies` (a signed-in
    session, say) and nothing else."""
    with sync_playwright() as playwright:
        browser = playwright.chromium.launch(executable_path=chromium(), args=CHROMIUM_ARGS)
        context = browser.new_context(**playwright.devices[PHONE])
        context.add_cookies(list(cookies))
        weight = weigh(context.new_page(), url, media_root, media_url)
        browser.close()
    return {"phone": PHONE, **weight}


def weigh(page, url, media_root=None, media_url="/media/"):
    """Load `url` in `page`, a fresh page, with its cache off, and add up the bytes of every
    response. With `media_root`, uploads are answered from there."""
    sizes = {}  # request id -> [kind, url, bytes]
    served = {}  # url -> bytes of the media files answered here
    context = page.context
    if media_root is not None:
        media_root = Path(media_root).resolve()

        def serve_media(route):
            path = unquote(urlsplit(route.request.url).path)[len(media_url) :]
            file = (media_root / path).resolve()
            if media_root in file.parents and file.is_file():
                content_type = mimetypes.guess_type(file.name)[0] or "application/octet-stream"
                body = file.read_bytes()
                served[route.request.url] = len(body)
                route.fulfill(status=200, body=body, content_type=content_type)
            else:
                route.fulfill(status=404, body="")

        page.route(f"**{media_url}**", serve_media)
    cdp = context.new_cdp_session(page)
    cdp.send("Network.enable")
    cdp.send("Network.setCacheDisabled", {"cacheDisabled": True})

    def received(event):
        kind = KINDS.get(event.get("type"), "other")
        sizes[event["requestId"]] = [kind, event["response"]["url"], 0]

    def finished(event):
        if event["requestId"] in sizes:
            sizes[event["requestId"]][2] = event["encodedDataLength"]

    cdp.on("Network.responseReceived", received)
    cdp.on("Network.loadingFinished", finished)
    page.goto(url, wait_until="networkidle")
    cdp.detach()

    totals = defaultdict(int)
    counts = defaultdict(int)
    for entry in sizes.values():
        kind, url, size = entry
        # Chromium may count only the headers of a response answered by the route above
        entry[2] = size = max(size, served.get(url, 0))
        totals[kind] += size
        counts[kind] += 1
    return {
        "bytes": dict(totals),
        "requests": dict(counts),
        "total_bytes": sum(totals.values()),
        "resources": sorted(
            ({"kind": kind, "url": url, "bytes": size} for kind, url, size in sizes.values()),
            key=lambda resource: -resource["bytes"],
        ),
    }
