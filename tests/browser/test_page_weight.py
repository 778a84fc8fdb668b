"""Every page's first visit, served by nginx with gzip as a host would, stays within its language's
byte budget: fonts, scripts, styles, the search index and headers included."""

import pytest

from scripts.page_weight import BUDGETS_KIB, first_visit
from tests.build.site_pages import LANGUAGES, page_slugs

PAGES = [(language, f"{prefix}{slug}") for language, (prefix, _) in LANGUAGES.items() for slug in page_slugs()]


@pytest.mark.parametrize(("language", "path"), PAGES)
def test_a_first_visit_stays_within_the_budget(browser, site_url, language, path):
    requests = first_visit(browser, site_url + path)
    assert any(url.endswith("search_index.json") for url in requests), "the search index counts too"
    total = sum(requests.values())
    heaviest = sorted(requests.items(), key=lambda item: -item[1])[:5]
    assert total <= BUDGETS_KIB[language] * 1024, f"{total / 1024:.1f} KiB; heaviest: {heaviest}"
