"""The real site: every page in both languages, lang and dir, the disclaimer, 404 pages."""

import html
import re

import pytest
import yaml

from tests import site_under_test
from tests.build.site_pages import LANGUAGES, built_html, embed_paths, page_slugs
from tests.htmlscan import scan


def test_the_page_set_is_the_navigation():
    nav = yaml.safe_load(
        re.search(r"^nav:\n(?:  - .*\n)+", (site_under_test.root() / "mkdocs.yml").read_text(encoding="utf-8"), re.M)[0]
    )
    assert sorted(page_slugs()) == sorted(
        "" if page == "index.md" else page.removesuffix(".md") + "/" for page in nav["nav"]
    )


@pytest.mark.parametrize("language", LANGUAGES)
def test_every_page_exists_in_every_language_at_the_same_path(site_dir, language):
    prefix, _ = LANGUAGES[language]
    missing = [slug for slug in page_slugs() if not (site_dir / prefix / slug / "index.html").is_file()]
    assert missing == []


def test_html_element_carries_lang_and_dir(site_dir):
    wrong = {}
    for language, path in built_html(site_dir):
        attributes = scan(path).html_attrs
        expected = {"lang": language, "dir": LANGUAGES[language][1]}
        if {key: attributes.get(key) for key in expected} != expected:
            wrong[str(path.relative_to(site_dir))] = attributes
    assert wrong == {}


def test_every_page_carries_the_disclaimer_in_its_language(site_dir, site_strings):
    without = []
    for language, path in built_html(site_dir):
        text = scan(path).text
        disclaimer = " ".join(site_strings["disclaimer_text"][language].split())
        if disclaimer not in text:
            without.append(str(path.relative_to(site_dir)))
    assert without == []
    # Each language: its pages, its 404 page and its embeds.
    assert len(built_html(site_dir)) == 2 * (len(page_slugs()) + 1 + len(embed_paths()))


@pytest.mark.parametrize("language", LANGUAGES)
def test_each_language_has_its_own_404_page(site_dir, site_strings, language):
    page = scan(site_dir / LANGUAGES[language][0] / "404.html")
    assert page.html_attrs["lang"] == language
    assert site_strings["not_found_title"][language] in page.text


def test_persian_headings_get_unicode_ids(site_dir):
    """A Persian heading's id is its words, lower case, joined by hyphens (never an empty or numbered id)."""
    headings = re.findall(
        r'<h2 id="([^"]+)">(.*?)<a class="headerlink"', (site_dir / "fa" / "index.html").read_text("utf-8")
    )
    persian = [(id_, text) for id_, text in headings if re.search("[\u0600-\u06ff]", text)]
    assert persian
    for id_, text in persian:
        assert id_ == "-".join(re.sub(r"[^\w\s-]", "", html.unescape(text)).lower().split()), (id_, text)


def test_no_google_fonts_and_vazirmatn_is_self_hosted(site_dir):
    for _, path in built_html(site_dir):
        assert "fonts.googleapis.com" not in path.read_text(encoding="utf-8"), path
    fonts = site_dir / "assets" / "fonts" / "vazirmatn"
    assert {p.name for p in fonts.iterdir()} >= {"Vazirmatn-Regular.woff2", "Vazirmatn-Bold.woff2", "OFL.txt"}


def test_no_leftover_markup_markers(site_dir):
    leftovers = {}
    for _, path in built_html(site_dir):
        text = scan(path).text
        found = [marker for marker in ("///", "{{", "{%", "]{") if marker in text]
        if found:
            leftovers[str(path.relative_to(site_dir))] = found
    assert leftovers == {}
