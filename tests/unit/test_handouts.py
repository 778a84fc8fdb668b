import shutil

import pytest

from sitegen.errors import SiteDataError
from sitegen.fonts import FontFace
from sitegen.handouts import (
    StagedPage,
    fill_size_markers,
    handout_jobs,
    render_all,
    size_text,
    stage_page,
    staged_pages,
)
from tests import site_under_test
from tests.sitebuild import ROOT

STRINGS = {"handout_size": "{size} KB"}


def _page(**changes) -> StagedPage:
    fields = {
        "language": "en",
        "site_name": "Site",
        "name": "causes",
        "order": 1,
        "title": "Causes",
        "url": "https://site.test/causes/",
        "html_file": "causes/index.html",
        "content": '<h1>Causes</h1><p><a href="../symptoms/#when">Symptoms</a> <a href="https://nhs.uk/">NHS</a></p>',
        "reviewed": "2026-11-26",
        "next_review": "2027-11-26",
        "calendar": "gregorian",
        "sources": [],
        "translation_notice": None,
    }
    return StagedPage(**(fields | changes))


def test_staging_keeps_pages_in_reading_order_with_absolute_links(tmp_path):
    stage_page(tmp_path, _page(name="causes", order=2))
    stage_page(tmp_path, _page(name="index", order=0))
    pages = staged_pages(tmp_path)
    assert [page.name for page in pages["en"]] == ["index", "causes"]
    assert 'href="https://site.test/symptoms/#when"' in pages["en"][1].content
    assert 'href="https://nhs.uk/"' in pages["en"][1].content


@pytest.mark.parametrize(
    ("size", "language", "text"), [(15_360, "en", "15 KB"), (300, "en", "1 KB"), (15_360, "fa", "۱۵ KB")]
)
def test_sizes_are_written_in_the_page_language(size, language, text):
    assert size_text(size, language, STRINGS) == text


def test_size_markers_are_filled():
    html = '<p>(PDF, <span class="site-handout__size" data-handout-size="causes"></span>)</p>'
    assert fill_size_markers(html, {"causes": "15 KB"}) == '<p>(PDF, <span class="site-handout__size">15 KB</span>)</p>'


def _theme(tmp_path):
    shutil.copytree(ROOT / "overrides" / "print", tmp_path / "print")
    shutil.copytree(ROOT / "overrides" / "assets" / "fonts", tmp_path / "assets" / "fonts")
    return tmp_path


FONTS = (FontFace("Body Font", 400, "assets/fonts/vazirmatn/Vazirmatn-Regular.woff2"),)


def _strings():
    data = site_under_test.data("strings")
    return {"en": {key: texts["en"] for key, texts in data.items()}}


def test_handouts_need_a_web_font_to_embed(tmp_path):
    theme = _theme(tmp_path)
    with pytest.raises(SiteDataError) as error:
        handout_jobs({"en": [_page()]}, _strings(), [theme], (), lambda language: tmp_path / "out")
    assert error.value.problems == [f"{theme}: no @font-face in the site's stylesheets (the PDF handouts embed them)"]


def test_handouts_embed_the_site_fonts_and_set_the_first_family(tmp_path):
    theme = _theme(tmp_path)
    (job,) = handout_jobs({"en": [_page()]}, _strings(), [theme], FONTS, lambda language: tmp_path / "out")[:1]
    font = (theme / FONTS[0].path).as_uri()
    assert (
        f'@font-face {{ font-family: "Body Font"; font-weight: 400; src: url("{font}") format("woff2"); }}' in job.html
    )
    assert 'html { font-family: "Body Font"; }' in job.html
    assert job.font_families == {"Body Font"}


def test_a_broken_print_template_is_a_build_error(tmp_path):
    theme = _theme(tmp_path)
    (theme / "print/handout.html").write_text(
        "{% extends 'layout.html' %}{% block body %}{{ page.nope( }}{% endblock %}"
    )
    with pytest.raises(SiteDataError) as error:
        handout_jobs({"en": [_page()]}, _strings(), [theme], FONTS, lambda language: tmp_path / "out")
    assert error.value.problems[0].startswith(f"{theme}/print/handout.html: print template error: ")


def test_jobs_cover_each_page_and_the_booklet(tmp_path):
    jobs = handout_jobs(
        {"en": [_page(), _page(name="index", order=0)]},
        _strings(),
        [_theme(tmp_path)],
        FONTS,
        lambda language: tmp_path / language,
    )
    assert [job.target.relative_to(tmp_path).as_posix() for job in jobs] == [
        "en/causes.pdf",
        "en/index.pdf",
        "en/booklet.pdf",
    ]
    assert '<html lang="en" dir="ltr">' in jobs[0].html


def test_unchanged_handouts_come_from_the_cache_and_a_changed_one_is_rendered_again(tmp_path):
    theme, cache = _theme(tmp_path / "theme"), tmp_path / "cache"
    fonts = (FontFace("Vazirmatn", 400, "assets/fonts/vazirmatn/Vazirmatn-Regular.woff2"),)

    def make(title: str):
        pages = {"en": [_page(title=title), _page(name="index", order=0)]}
        jobs = handout_jobs(pages, _strings(), [theme], fonts, lambda language: tmp_path / "out")
        return jobs, render_all(jobs, 1, lambda *progress: None, cache)

    jobs, rendered = make("Causes")
    assert [path.name for path in rendered] == ["causes.pdf", "index.pdf", "booklet.pdf"]
    first = {job.target.name: job.target.read_bytes() for job in jobs}
    jobs, rendered = make("Causes")
    assert rendered == []
    assert {job.target.name: job.target.read_bytes() for job in jobs} == first
    jobs, rendered = make("Why it hurts")
    assert [path.name for path in rendered] == ["causes.pdf", "booklet.pdf"]
    assert sorted(entry.name.rsplit("-", 1)[0] for entry in cache.iterdir()) == ["en-booklet", "en-causes", "en-index"]
