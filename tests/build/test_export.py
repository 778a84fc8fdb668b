"""The JSON export validates against its published schemas and says what the pages say."""

import json
import re

import pytest
from jsonschema import Draft202012Validator

from tests import site_under_test
from tests.build.site_pages import LANGUAGES, page_slugs, site_url

NAMES = [slug.rstrip("/") or "index" for slug in page_slugs()]


def _json(site_dir, path):
    return json.loads((site_dir / path).read_text(encoding="utf-8"))


def _validator(site_dir, name):
    schema = _json(site_dir, f"api/v1/{name}.schema.json")
    Draft202012Validator.check_schema(schema)
    return Draft202012Validator(schema, format_checker=Draft202012Validator.FORMAT_CHECKER)


def _errors(validator, instance) -> list[str]:
    return [f"{'/'.join(map(str, error.absolute_path))}: {error.message}" for error in validator.iter_errors(instance)]


def test_the_index_validates_and_lists_every_page_in_every_language_in_reading_order(site_dir):
    index = _json(site_dir, "api/v1/index.json")
    assert _errors(_validator(site_dir, "index"), index) == []
    assert index["languages"] == list(LANGUAGES)
    listed = [(page["language"], page["name"], page["position"]) for page in index["pages"]]
    nav = [page.removesuffix(".md") for page in site_under_test.nav_pages()]
    assert len(listed) == len(LANGUAGES) * len(NAMES)
    for language in LANGUAGES:
        positions = [position for code, _, position in listed if code == language]
        assert positions == list(range(1, len(NAMES) + 1))
    assert [name for code, name, _ in listed if code == "en"] == nav
    for page in index["pages"]:
        assert page["json_url"] == f"{site_url()}api/v1/{page['language']}/{page['name']}.json"


@pytest.mark.parametrize("language", LANGUAGES)
@pytest.mark.parametrize("name", NAMES)
def test_a_record_validates_and_matches_its_page(site_dir, language, name):
    prefix, direction = LANGUAGES[language]
    record = _json(site_dir, f"api/v1/{language}/{name}.json")
    assert _errors(_validator(site_dir, "page"), record) == []
    slug = "" if name == "index" else f"{name}/"
    page_file = site_dir / prefix / slug / "index.html"
    text = page_file.read_text(encoding="utf-8")
    assert (record["language"], record["direction"]) == (language, direction)
    assert record["url"] == f"{site_url()}{prefix}{slug}"
    assert f'<link rel="canonical" href="{record["url"]}">' in text
    assert f'<meta name="description" content="{record["description"]}">' in text.replace("&#39;", "'")
    title = re.search(r"<title>([^<]*)</title>", text)[1]
    assert title.startswith(f"{record['title']} - ") or title.lower() == record["title"].lower()  # the home page
    assert re.findall(r'<time datetime="([\d-]+)">', text) == [record["reviewed"], record["next_review"]]
    # Sections: the page's own h2 headings, in order (the review block's "Sources" is not content).
    headings = re.findall(r'<h2 id="([^"]+)"', text)
    assert [section["id"] for section in record["sections"] if section["id"]] == headings[:-1]
    assert headings[-1] == "site-review-sources"
    # The sources the page lists under its review dates; and the files the record points at exist.
    review = re.search(r'<section class="site-review".*?</section>', text, re.S).group(0)
    assert [source["url"] for source in record["sources"]] == re.findall(r'<a href="([^"]+)"', review)
    assert (site_dir / record["pdf_url"].removeprefix(site_url())).is_file()
    assert (site_dir / record["embed_url"].removeprefix(site_url()) / "index.html").is_file()


def test_a_record_that_breaks_the_schema_is_caught(site_dir):
    record = _json(site_dir, f"api/v1/{next(iter(LANGUAGES))}/{NAMES[-1]}.json")
    broken = record | {"reviewed": "26 Nov 2026", "sections": [{"heading": "x", "html": ""}], "extra": 1}
    assert len(_errors(_validator(site_dir, "page"), broken)) == 3
