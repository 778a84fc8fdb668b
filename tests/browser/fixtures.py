"""Debian's Chromium, driven by Playwright, on the built site served from 127.0.0.1 by nginx with the
site's generated headers (as a production host serves it), and host pages of a "clinic" on another
origin."""

import functools
import shutil
import threading
from collections.abc import Iterator
from contextlib import contextmanager
from http.server import SimpleHTTPRequestHandler, ThreadingHTTPServer
from pathlib import Path

import pytest
from playwright.sync_api import sync_playwright

from scripts.hosting import start_nginx
from tests.sitebuild import TODAY, build_site

CHROMIUM = "/usr/bin/chromium"
CHROMIUM_ARGS = ["--no-sandbox", "--disable-background-networking", "--disable-component-update"]


class _QuietHandler(SimpleHTTPRequestHandler):
    def log_message(self, format, *args):
        pass


@contextmanager
def served_fixture(config: Path, folder: Path, cache: Path) -> Iterator[tuple[Path, str]]:
    """A fixture site built (on the tests' date, without handouts) into ``folder/site`` and served by nginx:
    ``(the built folder, its address)``."""
    with pytest.MonkeyPatch.context() as patch:
        patch.setenv("SITE_TODAY", TODAY)
        patch.setenv("SITE_SKIP_HANDOUTS", "1")
        patch.setenv("SITE_CACHE_DIR", str(cache))
        site = build_site(config, folder / "site")
    (folder / "nginx").mkdir()
    nginx, url = start_nginx(site, folder / "nginx")
    try:
        yield site, url
    finally:
        nginx.terminate()
        nginx.wait()


@pytest.fixture(scope="session")
def site_url(site_dir, tmp_path_factory):
    """The built site served by nginx (gzip, the generated nginx-headers.conf) on a free loopback port."""
    try:
        nginx, url = start_nginx(site_dir, tmp_path_factory.mktemp("nginx"))
    except RuntimeError as error:
        pytest.fail(str(error))
    yield url
    nginx.terminate()
    nginx.wait()


@pytest.fixture(scope="session")
def clinic(tmp_path_factory):
    """A clinic's website on another origin (another loopback port): ``(url, folder)``."""
    folder = tmp_path_factory.mktemp("clinic")
    handler = functools.partial(_QuietHandler, directory=str(folder))
    server = ThreadingHTTPServer(("127.0.0.1", 0), handler)
    threading.Thread(target=server.serve_forever, daemon=True).start()
    yield f"http://127.0.0.1:{server.server_address[1]}/", folder
    server.shutdown()


@pytest.fixture(scope="session")
def browser():
    """Headless Chromium. A missing browser is a failure, never a skip: run scripts/test.sh to install it."""
    if not shutil.which(CHROMIUM):
        pytest.fail(f"{CHROMIUM} not found: install Debian's chromium package (scripts/test.sh does)")
    with sync_playwright() as playwright:
        chromium = playwright.chromium.launch(executable_path=CHROMIUM, args=CHROMIUM_ARGS)
        yield chromium
        chromium.close()


@pytest.fixture
def page(browser):
    context = browser.new_context()
    page = context.new_page()
    yield page
    context.close()
