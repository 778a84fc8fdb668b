"""What the built real site is expected to hold: its languages and the pages of each."""

import html
import re
from pathlib import Path

from tests.sitebuild import ROOT

# code: (where its pages are written, text direction)
LANGUAGES = {"en": ("", "ltr"), "fa": ("fa/", "rtl")}


def page_slugs() -> list[str]:
    """Every page of the default language, as its URL path ("" for the home page, "causes/")."""
    slugs = []
    for source in sorted((ROOT / "docs" / "en").glob("**/*.md")):
        relative = source.relative_to(ROOT / "docs" / "en").with_suffix("")
        slugs.append("" if relative.name == "index" else f"{relative.as_posix()}/")
    return slugs


def built_html(site_dir: Path) -> list[tuple[str, Path]]:
    """Every built HTML file with the language it belongs to."""
    fa_root = site_dir / LANGUAGES["fa"][0]
    return [("fa" if fa_root in path.parents else "en", path) for path in sorted(site_dir.glob("**/*.html"))]


def embed_paths() -> list[str]:
    """Every embed of the default language: each page, and each routine and quiz placed on a page."""
    paths = [f"embed/page/{slug.rstrip('/') or 'index'}/" for slug in page_slugs()]
    for source in sorted((ROOT / "docs" / "en").glob("**/*.md")):
        for kind, item_id in re.findall(r"^/// (routine|quiz) \| ([a-z0-9-]+)$", source.read_text(), re.M):
            paths.append(f"embed/{kind}/{item_id}/")
    return paths


def site_url() -> str:
    """The site's public address, from mkdocs.yml."""
    return re.search(r"^site_url: (\S+)$", (ROOT / "mkdocs.yml").read_text(encoding="utf-8"), re.M).group(1)


def embed_snippets(site_dir: Path, prefix: str, slug: str) -> list[str]:
    """The code of each snippet in a page's closed "Embed this page" section."""
    text = (site_dir / prefix / slug / "index.html").read_text(encoding="utf-8")
    section = re.search(r'<details class="site-embed[^"]*">(.*?)</details>', text, re.S)
    assert section, f"{prefix}{slug}: no closed 'Embed this page' section"
    return [html.unescape(code) for code in re.findall(r"<code[^>]*>(.*?)</code>", section.group(1), re.S)]
