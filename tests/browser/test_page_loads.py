"""Every page and embed, in both languages, served with the site's headers: no script error, no failed
request, no Content-Security-Policy violation, nothing from another origin, no cookie, no start-up
work that loads the browser's number formatting, and no accessibility violation that axe-core can find."""

import pytest
from axe_playwright_python.sync_playwright import Axe

from tests.build.site_pages import LANGUAGES, embed_paths, page_slugs

PAGES = [f"{prefix}{slug}" for prefix, _ in LANGUAGES.values() for slug in [*page_slugs(), "404.html", *embed_paths()]]
REPORT_VIOLATIONS = """
document.addEventListener("securitypolicyviolation", (event) =>
  console.error(`CSP violation: ${event.violatedDirective} ${event.blockedURI}`));
"""
# Intl.NumberFormat's first use on a page takes 40-100 ms of the main thread on a desktop computer
# (more on a phone): the component scripts write digits from the page instead (components.js).
COUNT_NUMBER_FORMATS = """
window.numberFormatsMade = 0;
(() => {
  const NumberFormat = Intl.NumberFormat;
  Intl.NumberFormat = function (...parts) {
    window.numberFormatsMade += 1;
    return new NumberFormat(...parts);
  };
})();
"""


@pytest.mark.parametrize("path", PAGES)
def test_page_loads_cleanly_and_privately(page, site_url, path):
    problems, requested = [], []
    page.on("pageerror", lambda error: problems.append(f"script error: {error}"))
    page.on("console", lambda message: message.type == "error" and problems.append(message.text))
    page.on("requestfailed", lambda request: problems.append(f"failed: {request.url}"))
    page.on(
        "response", lambda response: response.status >= 400 and problems.append(f"{response.status}: {response.url}")
    )
    page.on("request", lambda request: requested.append(request.url))
    page.add_init_script(REPORT_VIOLATIONS)
    page.add_init_script(COUNT_NUMBER_FORMATS)
    response = page.goto(site_url + path, wait_until="networkidle")
    assert "frame-ancestors" in response.headers["content-security-policy"]
    assert problems == []
    assert [url for url in requested if not url.startswith(site_url)] == []
    assert page.context.cookies() == [] and page.evaluate("document.cookie") == ""
    assert any(url.endswith(".woff2") for url in requested) == path.startswith("fa/")
    assert page.evaluate("window.numberFormatsMade") == 0
    # Lay out what a reader scrolling through would (cards out of view are laid out only near the
    # viewport): axe scrolls as it checks, and a card laid out then moves what it samples.
    page.evaluate("""async () => {
        for (let y = 0; y < document.body.scrollHeight; y += innerHeight) {
            scrollTo(0, y);
            await new Promise(requestAnimationFrame);
        }
        scrollTo(0, 0);
    }""")
    violations = Axe().run(page).response["violations"]
    assert [(violation["id"], [node["target"] for node in violation["nodes"]]) for violation in violations] == []
