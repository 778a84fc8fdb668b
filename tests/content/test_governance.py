"""Review dates and sources on every page, from front matter, rendered by the template."""

import re
from datetime import date

import pytest
import yaml
from mkdocs.exceptions import Abort

from tests import site_under_test
from tests.build.fixture_site import write_site
from tests.build.site_pages import LANGUAGES, page_slugs
from tests.htmlscan import scan
from tests.sitebuild import build_errors, build_site
from tests.textscan import text_runs

SOURCES = site_under_test.data("sources")


def _front_matter(language: str, slug: str) -> dict:
    path = site_under_test.root() / "docs" / language / f"{slug.strip('/') or 'index'}.md"
    return yaml.safe_load(path.read_text(encoding="utf-8").split("---\n")[1])


@pytest.mark.parametrize("language", LANGUAGES)
@pytest.mark.parametrize("slug", page_slugs())
def test_page_shows_its_review_dates_and_sources(site_dir, language, slug):
    meta = _front_matter(language, slug)
    html = (site_dir / LANGUAGES[language][0] / slug / "index.html").read_text(encoding="utf-8")
    assert f'<time datetime="{meta["reviewed"].isoformat()}">' in html
    assert f'<time datetime="{meta["next_review"].isoformat()}">' in html
    review = html[html.index('<section class="site-review"') :]
    review = review[: review.index("</section>")]
    assert re.findall(r'href="([^"]+)"', review) == [SOURCES[source]["url"] for source in meta["sources"]]


def test_persian_dates_use_persian_digits_and_source_titles_are_marked_english(site_dir):
    runs = text_runs(site_dir / "fa" / "causes" / "index.html")
    assert "۵ آذر ۱۴۰۵" in [run.text for run in runs]
    title = SOURCES["nhs-plantar-fasciitis"]["title"]
    assert [run.lang for run in runs if run.text == title] == ["en"]


def _overdue_site(tmp_path, site_strings):
    return write_site(
        tmp_path,
        {"en": "English", "fa": "فارسی"},
        site_strings,
        front_matter={"reviewed": date(2025, 1, 1), "next_review": date(2026, 1, 1)},
    )


def test_a_page_past_its_review_date_fails_a_strict_build(tmp_path, site_strings, caplog, monkeypatch):
    monkeypatch.setenv("SITE_TODAY", "2026-01-02")
    with pytest.raises(Abort, match="in strict mode"):
        build_site(_overdue_site(tmp_path, site_strings), tmp_path / "site")
    for page in ("docs/en/index.md", "docs/en/causes.md", "docs/fa/index.md", "docs/fa/causes.md"):
        assert f"{page}: next_review 2026-01-01 has passed: review the page" in caplog.text


def test_a_page_due_today_still_builds(tmp_path, site_strings, monkeypatch):
    monkeypatch.setenv("SITE_TODAY", "2026-01-01")
    site = build_site(_overdue_site(tmp_path, site_strings), tmp_path / "site")
    assert "site-review__overdue" not in (site / "causes" / "index.html").read_text(encoding="utf-8")


def test_an_overdue_page_shows_a_notice_when_not_strict(tmp_path, site_strings, monkeypatch):
    monkeypatch.setenv("SITE_TODAY", "2026-01-02")
    site = build_site(_overdue_site(tmp_path, site_strings), tmp_path / "site", strict=False)
    page = scan(site / "fa" / "causes" / "index.html")
    assert site_strings["review_overdue"]["fa"] in page.text


def test_bad_front_matter_fails_the_build_naming_page_and_field(tmp_path, site_strings, caplog):
    config = write_site(tmp_path, {"en": "English"}, site_strings, front_matter={"sources": ["nice"]})
    assert "docs/en/index.md: sources[0]: unknown source 'nice' (not in data/sources.yml)" in build_errors(
        config, tmp_path / "site", caplog
    )


ROUTINES = site_under_test.data("routines")["routines"]


@pytest.mark.parametrize("routine", ROUTINES, ids=lambda routine: routine["id"])
def test_every_routine_cites_a_source_of_the_sources_file(routine):
    assert routine["sources"] and set(routine["sources"]) <= set(SOURCES)


@pytest.mark.parametrize("language", LANGUAGES)
@pytest.mark.parametrize("slug", page_slugs())
def test_a_page_lists_the_sources_of_the_routines_it_shows(language, slug):
    text = (site_under_test.root() / "docs" / language / f"{slug.strip('/') or 'index'}.md").read_text(encoding="utf-8")
    shown = re.findall(r"^/// routine \| ([a-z0-9-]+)$", text, re.M)
    cited = {source for routine in ROUTINES if routine["id"] in shown for source in routine["sources"]}
    assert cited - set(_front_matter(language, slug)["sources"]) == set()


def test_the_about_page_lists_every_source():
    assert sorted(_front_matter("en", "about/")["sources"]) == sorted(SOURCES)
