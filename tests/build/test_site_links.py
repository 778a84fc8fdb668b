"""Every internal link and #anchor in the built HTML resolves (absolute links to the site's own address
too, as embeds write them); the switcher leads to the same page."""

from pathlib import Path
from urllib.parse import unquote, urljoin, urlsplit

import pytest

from tests.build.site_pages import LANGUAGES, built_html, page_slugs, site_url
from tests.htmlscan import scan

BASE = "http://site.test/"


def _url_of(site_dir: Path, path: Path) -> str:
    relative = path.relative_to(site_dir).as_posix()
    return BASE + (relative[: -len("index.html")] if relative.endswith("index.html") else relative)


def _target(site_dir: Path, url: str) -> Path:
    path = site_dir / unquote(urlsplit(url).path[len("/") :])
    return path / "index.html" if url.split("#")[0].endswith("/") else path


def test_every_internal_link_and_anchor_resolves(site_dir):
    broken = []
    checked = 0
    scanned = {}
    for _, path in built_html(site_dir):
        page_url = _url_of(site_dir, path)
        for link in scan(path).links:
            url = urljoin(page_url, link).replace(site_url(), BASE, 1)
            if not url.startswith(BASE):
                continue
            target = _target(site_dir, url)
            checked += 1
            if not target.is_file():
                broken.append(f"{path.relative_to(site_dir)}: {link}: no such file")
                continue
            fragment = unquote(urlsplit(url).fragment)
            if fragment and target.suffix == ".html":
                ids = scanned.setdefault(target, scan(target).ids)
                if fragment not in ids:
                    broken.append(f"{path.relative_to(site_dir)}: {link}: no element with id {fragment!r}")
    assert broken == []
    # Each page's navigation alone links every page of its language.
    assert checked >= len(page_slugs()) ** 2 * len(LANGUAGES)


@pytest.mark.parametrize("slug", page_slugs())
def test_language_switcher_leads_to_the_same_page(site_dir, slug):
    for language, (prefix, _) in LANGUAGES.items():
        path = site_dir / prefix / slug / "index.html"
        alternates = scan(path).alternates
        assert set(alternates) == set(LANGUAGES) - {language}, path
        for other, (other_prefix, _) in LANGUAGES.items():
            if other == language:
                continue
            target = urljoin(_url_of(site_dir, path), alternates[other])
            assert target == f"{BASE}{other_prefix}{slug}", (language, other)
