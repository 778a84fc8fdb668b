"""Every page, routine and quiz has an embed in each language: content, title, review dates, disclaimer
and a link back, without the site's header, navigation, search or footer, every link leaving the frame.
Every page offers the snippets that embed it."""

import re
from urllib.parse import urljoin

import pytest

from tests.build.site_pages import LANGUAGES, embed_paths, embed_snippets, page_slugs, placed, site_url
from tests.htmlscan import scan

EMBEDS = [(language, path) for language in LANGUAGES for path in embed_paths()]
# Where a quiz's own links lead: its questions and outcomes, whose ids start with the quiz's.
QUIZ_STEPS = tuple(f"#{quiz}_" for quiz, _ in placed("quiz"))


def _read(site_dir, prefix, path):
    return (site_dir / prefix / path / "index.html").read_text(encoding="utf-8")


@pytest.mark.parametrize(("language", "path"), EMBEDS)
def test_an_embed_is_the_content_alone_in_its_language_with_disclaimer_and_review_dates(
    site_dir, site_strings, language, path
):
    prefix, direction = LANGUAGES[language]
    text = _read(site_dir, prefix, path)
    assert f'<html lang="{language}" dir="{direction}">' in text
    for chrome in ("md-header", "md-nav", "md-search", "md-footer", "md-sidebar"):
        assert chrome not in text, chrome
    scanned = scan(site_dir / prefix / path / "index.html")
    assert " ".join(site_strings["disclaimer_text"][language].split()) in scanned.text
    assert len(re.findall(r'<time datetime="\d{4}-\d{2}-\d{2}">', text)) == 2
    assert len(re.findall(r"<h1[ >]", text)) == 1
    read_on = site_strings["embed_read_on"][language].split("{site}")[0]
    assert read_on in scanned.text


@pytest.mark.parametrize(("language", "path"), EMBEDS)
def test_every_link_in_an_embed_leaves_the_frame(site_dir, language, path):
    prefix, _ = LANGUAGES[language]
    text = _read(site_dir, prefix, path)
    assert '<base target="_blank">' in text
    staying = []
    for tag in re.findall(r"<a [^>]*>", text):
        href = re.search(r'href="([^"]*)"', tag).group(1)
        if href.startswith("#"):
            # Only the quiz's own steps stay inside the frame, and they say so.
            if 'target="_self"' not in tag or not href.startswith(QUIZ_STEPS):
                staying.append(tag)
        elif not href.startswith(("https://", "http://")) or "target=" in tag:
            staying.append(tag)
    assert staying == []


@pytest.mark.parametrize("language", LANGUAGES)
def test_an_embed_links_back_to_the_page_it_comes_from(site_dir, language):
    prefix, _ = LANGUAGES[language]
    routine, slug = placed("routine")[-1]
    text = _read(site_dir, prefix, f"embed/routine/{routine}/")
    assert f'<a href="{site_url()}{prefix}{slug}#routine-{routine}">' in text
    # One signal for search engines: not indexed, and so no canonical address either.
    assert '<meta name="robots" content="noindex">' in text and 'rel="canonical"' not in text
    slug = page_slugs()[-1]
    text = _read(site_dir, prefix, f"embed/page/{slug.rstrip('/')}/")
    assert f'<a href="{site_url()}{prefix}{slug}">' in text


def _sources(snippets: list[str]) -> list[str]:
    return [re.search(r'<iframe src="([^"]+)"', code).group(1) for code in snippets]


@pytest.mark.parametrize("language", LANGUAGES)
@pytest.mark.parametrize("slug", page_slugs())
def test_every_page_offers_the_snippet_that_embeds_it_with_the_loader(site_dir, language, slug):
    prefix, _ = LANGUAGES[language]
    snippets = embed_snippets(site_dir, prefix, slug)
    assert _sources(snippets)[0] == urljoin(site_url(), f"{prefix}embed/page/{slug.rstrip('/') or 'index'}/")
    for code in snippets:
        assert f'<script src="{site_url()}assets/javascripts/embed-loader.js" async></script>' in code
        assert re.search(r'title="[^"]+" height="\d+"', code)


@pytest.mark.parametrize("language", LANGUAGES)
def test_a_page_offers_its_own_embed_then_each_routine_and_quiz_it_shows(site_dir, language):
    prefix, _ = LANGUAGES[language]
    for slug in page_slugs():
        shown = [f"embed/{kind}/{item}/" for kind in ("routine", "quiz") for item, on in placed(kind) if on == slug]
        assert _sources(embed_snippets(site_dir, prefix, slug)) == [
            f"{site_url()}{prefix}{path}" for path in [f"embed/page/{slug.rstrip('/') or 'index'}/", *shown]
        ], slug


def test_theme_template_sources_are_not_published(site_dir):
    for folder in ("print", "headers", "diagrams", "illustrations"):
        assert not (site_dir / folder).exists(), folder
