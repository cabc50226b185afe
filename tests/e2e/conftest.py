import os
import shutil
from pathlib import Path

import pytest
from axe_playwright_python.sync_playwright import Axe

CHROMIUM = os.environ.get("CHROMIUM_PATH") or shutil.which("chromium") or "/usr/bin/chromium"
CHROMIUM_ARGS = [
    "--no-sandbox",
    "--disable-gpu",
    "--disable-background-networking",
    "--disable-component-update",
    "--disable-sync",
    "--no-first-run",
]
ARTIFACTS = Path(__file__).resolve().parents[2] / "test-artifacts"


@pytest.fixture(scope="session", autouse=True)
def playwright_before_the_database(playwright):
    """Start Playwright before the test database is set up. Playwright's sync API runs an
    event loop in the test thread, and Django keeps its connections per context: a database
    set up before the loop started is serialised on a connection the tests never see, so
    `serialized_rollback` restored nothing and every browser test after a worker's first
    found no root page. Started first, setup and tests share one connection."""
    return playwright


@pytest.fixture(scope="session")
def browser_type_launch_args(browser_type_launch_args):
    return {
        **browser_type_launch_args,
        "executable_path": CHROMIUM,
        "args": [*browser_type_launch_args.get("args", []), *CHROMIUM_ARGS],
    }


@pytest.fixture(scope="session")
def browser_context_args(browser_context_args):
    return {**browser_context_args, "viewport": {"width": 1024, "height": 700}, "locale": "vi-VN"}


@pytest.fixture
def screenshot_dir():
    ARTIFACTS.mkdir(exist_ok=True)
    return ARTIFACTS


@pytest.fixture
def page_problems(page):
    """Collect console errors and failed requests while the test drives the page."""
    problems = []
    page.on("console", lambda m: m.type == "error" and problems.append(f"console: {m.text}"))
    page.on("pageerror", lambda e: problems.append(f"page error: {e}"))
    # ERR_ABORTED: the test moved on before a request finished (the admin's icon sprite, say),
    # which is the browser's doing, not the site's.
    page.on(
        "requestfailed",
        lambda r: (
            r.failure != "net::ERR_ABORTED" and problems.append(f"failed: {r.url} {r.failure}")
        ),
    )
    page.on(
        "response",
        lambda r: r.status >= 400 and problems.append(f"HTTP {r.status}: {r.url}"),
    )
    return problems


def serious_violations(page):
    """axe-core's serious and critical findings on the page once it is still: a message that
    is still fading in would be judged on its colours halfway."""
    page.wait_for_function(
        "document.getAnimations().every(animation => animation.playState !== 'running'"
        " || animation.effect.getTiming().iterations === Infinity)"
    )
    results = Axe().run(page)
    return [
        (violation["id"], [node["target"] for node in violation["nodes"]])
        for violation in results.response["violations"]
        if violation["impact"] in ("serious", "critical")
    ]
