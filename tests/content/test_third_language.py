"""A third language (German) leaves the others as they were: their search, their page weight, their budgets.

The site is the real one (pages, data) with German added as the README says (stand-in German texts);
static-i18n gives every language lunr knows to the merged search config, which must not reach the
English and Persian indexes.
"""

import json
import shutil

import pytest

from scripts.hosting import start_nginx
from scripts.page_weight import BUDGETS_KIB, first_visit
from tests import site_under_test
from tests.build.fixture_site import with_language, write_site
from tests.content.test_search import search
from tests.sitebuild import build_site

LANGUAGES = {"en": "English", "fa": "فارسی", "de": "Deutsch"}
PREFIXES = {"en": "", "fa": "fa/", "de": "de/"}


@pytest.fixture(scope="module")
def german_site(tmp_path_factory, site_strings):
    """The real pages and data with a German copy of the English pages, built and served by nginx."""
    folder = tmp_path_factory.mktemp("three-languages")
    pages = tuple(path.name for path in sorted((site_under_test.root() / "docs" / "en").glob("*.md")))
    config = write_site(folder, LANGUAGES, with_language(site_strings, "de"), pages=pages)
    for code, source in (("en", "en"), ("fa", "fa"), ("de", "en")):
        shutil.rmtree(folder / "docs" / code)
        shutil.copytree(site_under_test.root() / "docs" / source, folder / "docs" / code)
    site = build_site(config, folder / "site")
    nginx, url = start_nginx(site, tmp_path_factory.mktemp("nginx-de"))
    yield site, url
    nginx.terminate()
    nginx.wait()


def test_each_index_keeps_its_own_lunr_language_and_rules(german_site):
    site, _ = german_site
    configs = {
        code: json.loads((site / prefix / "search" / "search_index.json").read_text(encoding="utf-8"))["config"]
        for code, prefix in PREFIXES.items()
    }
    assert {code: config["lang"] for code, config in configs.items()} == {"en": ["en"], "fa": ["en"], "de": ["de"]}
    # Persian keeps its own word splitting and no lunr stemmer.
    assert configs["fa"]["pipeline"] == [] and "\u200c" in configs["fa"]["separator"]


@pytest.mark.parametrize(
    ("query", "expected"), [("پاشنه", "fa/"), ("دويدن", "fa/prevention/"), ("کفشها", "fa/prevention/")]
)
def test_persian_search_still_finds_persian_pages(page, german_site, query, expected):
    _, url = german_site
    results = search(page, url, "fa/", query)
    assert expected in results
    assert all(result.startswith("fa/") for result in results)


@pytest.mark.parametrize("language", ["en", "fa"])
def test_other_languages_load_no_german_search_scripts_and_stay_in_budget(browser, german_site, language):
    _, url = german_site
    requests = first_visit(browser, url + PREFIXES[language] + "exercises/")
    assert [request for request in requests if "lunr." in request] == []
    assert sum(requests.values()) <= BUDGETS_KIB[language] * 1024
