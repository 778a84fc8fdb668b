"""One search index per language, each with its own pages and rules, and small enough to download."""

import gzip
import json
import re

import pytest

from tests.build.site_pages import LANGUAGES, page_slugs, site_url

MAX_GZIP_BYTES = 12 * 1024  # issue 18: at most 12 KB gzip per language


def _index(site_dir, language):
    return json.loads((site_dir / LANGUAGES[language][0] / "search" / "search_index.json").read_text(encoding="utf-8"))


@pytest.mark.parametrize("language", LANGUAGES)
def test_each_language_has_an_index_of_its_own_pages(site_dir, language):
    pages = {doc["location"].split("#")[0] for doc in _index(site_dir, language)["docs"]}
    assert pages == set(page_slugs())


def test_the_persian_index_splits_words_at_zwnj_and_keeps_persian_words_whole(site_dir):
    config = _index(site_dir, "fa")["config"]
    assert "\\u200c" in config["separator"] and config["pipeline"] == []
    assert _index(site_dir, "en")["config"]["pipeline"] == ["stopWordFilter"]


@pytest.mark.parametrize("language", LANGUAGES)
def test_the_index_downloads_small(site_dir, language):
    path = site_dir / LANGUAGES[language][0] / "search" / "search_index.json"
    assert len(gzip.compress(path.read_bytes())) < MAX_GZIP_BYTES


def test_every_language_has_the_sitemap_material_fetches_from_its_search_base(site_dir):
    every_page = sorted(f"{site_url()}{prefix}{slug}" for prefix, _ in LANGUAGES.values() for slug in page_slugs())
    for prefix, _ in LANGUAGES.values():
        text = (site_dir / prefix / "sitemap.xml").read_text(encoding="utf-8")
        assert sorted(re.findall(r"<loc>([^<]+)</loc>", text)) == every_page
        assert "{%" not in text
