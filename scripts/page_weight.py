"""What a first visit to a page transfers, and the budget it must stay within.

Used by the audit script (which reports) and the browser tests (which hold pages to the budgets).
"""

import urllib.request

# Most bytes a first visit to a page may transfer (gzip bodies and headers, every request the page
# and its workers make: fonts, scripts, styles, the search index), by language.
BUDGETS_KIB = {"en": 90, "fa": 120}


def first_visit(browser, url: str) -> dict[str, int]:
    """The bytes of each request a first visit to ``url`` makes, with an empty cache.

    Chromium says which requests a first visit makes, the page's and its workers' (Material's search
    worker). Playwright does not see the body size of a worker's own script, so that one is fetched
    again with gzip accepted, as the browser did.
    """
    context = browser.new_context()
    finished = []
    context.on("requestfinished", lambda request: finished.append(request))
    try:
        context.new_page().goto(url, wait_until="networkidle")
        return {request.url: _transferred(request) for request in finished}
    finally:
        context.close()


def _transferred(request) -> int:
    sizes = request.sizes()
    body = sizes["responseBodySize"]
    if body == 0:
        with urllib.request.urlopen(
            urllib.request.Request(request.url, headers={"Accept-Encoding": "gzip"})
        ) as response:
            body = len(response.read())
    return body + sizes["responseHeadersSize"]
