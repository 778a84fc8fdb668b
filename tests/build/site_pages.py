"""What the built site under test is expected to hold: its languages and the pages of each, read from its
``mkdocs.yml`` (see tests/site_under_test.py)."""

import html
import re
from pathlib import Path

from tests import site_under_test

# code: (where its pages are written, text direction), the default language first.
LANGUAGES = site_under_test.languages()


def page_slugs() -> list[str]:
    """Every page of the default language, as its URL path ("" for the home page, "causes/")."""
    return site_under_test.page_paths()[next(iter(LANGUAGES))]


def built_html(site_dir: Path) -> list[tuple[str, Path]]:
    """Every built HTML file with the language it belongs to."""
    roots = [(code, site_dir / prefix) for code, (prefix, _) in LANGUAGES.items() if prefix]
    default = next(iter(LANGUAGES))
    return [
        (next((code for code, folder in roots if folder in path.parents), default), path)
        for path in sorted(site_dir.glob("**/*.html"))
    ]


def placed(kind: str) -> list[tuple[str, str]]:
    """Each component of a kind placed on a page, in reading order: ``(its id, the page's slug)``."""
    default = site_under_test.root() / "docs" / next(iter(LANGUAGES))
    return [
        (item_id, slug)
        for page, slug in zip(site_under_test.nav_pages(), page_slugs(), strict=True)
        for item_id in re.findall(rf"^/// {kind} \| ([a-z0-9-]+)$", (default / page).read_text(encoding="utf-8"), re.M)
    ]


def embed_paths() -> list[str]:
    """Every embed of the default language: each page, and each routine and quiz placed on a page."""
    paths = [f"embed/page/{slug.rstrip('/') or 'index'}/" for slug in page_slugs()]
    return paths + [f"embed/{kind}/{item_id}/" for kind in ("routine", "quiz") for item_id, _ in placed(kind)]


def site_url() -> str:
    """The site's public address, from mkdocs.yml."""
    return site_under_test.site_url()


def embed_snippets(site_dir: Path, prefix: str, slug: str) -> list[str]:
    """The code of each snippet in a page's closed "Embed this page" section."""
    text = (site_dir / prefix / slug / "index.html").read_text(encoding="utf-8")
    section = re.search(r'<details class="site-embed[^"]*">(.*?)</details>', text, re.S)
    assert section, f"{prefix}{slug}: no closed 'Embed this page' section"
    return [html.unescape(code) for code in re.findall(r"<code[^>]*>(.*?)</code>", section.group(1), re.S)]
