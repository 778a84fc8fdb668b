"""Every page loads in Chromium with no script error and no failed or off-origin request."""

import pytest

from tests.build.site_pages import LANGUAGES, page_slugs

PAGES = [f"{prefix}{slug}" for prefix, _ in LANGUAGES.values() for slug in [*page_slugs(), "404.html"]]


@pytest.mark.parametrize("path", PAGES)
def test_page_loads_cleanly(page, site_url, path):
    problems, requested = [], []
    page.on("pageerror", lambda error: problems.append(f"script error: {error}"))
    page.on("console", lambda message: message.type == "error" and problems.append(message.text))
    page.on("requestfailed", lambda request: problems.append(f"failed: {request.url}"))
    page.on(
        "response",
        lambda response: response.status >= 400 and problems.append(f"{response.status}: {response.url}"),
    )
    page.on("request", lambda request: requested.append(request.url))
    page.goto(site_url + path, wait_until="networkidle")
    assert problems == []
    assert [url for url in requested if not url.startswith(site_url)] == []
    assert any(url.endswith(".woff2") for url in requested) == path.startswith("fa/")
