"""Each page and embed links one stylesheet and one script of the site's own: the site's every-page files
and those of its components, joined in order (sitegen/asset_bundles.py)."""

import re

import pytest

from sitegen.component_kinds import KIND_NAMES
from tests.build.site_pages import LANGUAGES, built_html, page_slugs, placed

OWN = r'<link rel="stylesheet" href="([^"]+)">|<script src="([^"]+)" defer></script>'
THEME = ("/main.", "/palette.", "/no-script.css")


def _own_assets(page) -> list[str]:
    """The stylesheets and deferred scripts a built page links, but the theme's, as site paths."""
    html = page.read_text(encoding="utf-8")
    links = [link or script for link, script in re.findall(OWN, html)]
    return [re.sub(r"^(\.\./)*|^/", "", link) for link in links if not any(theme in link for theme in THEME)]


def test_every_page_links_one_stylesheet_and_one_script_of_its_own(site_dir):
    for _, page in built_html(site_dir):
        assets = _own_assets(page)
        assert [path.rsplit(".", 1)[1] for path in assets] == ["css", "js"], (page, assets)
        for path in assets:
            assert (site_dir / path).is_file(), (page, path)


@pytest.mark.parametrize("kind", ["routine", "quiz"])
def test_a_page_joins_its_components_files_to_the_site_s_in_order(site_dir, kind):
    (_, slug), *_ = placed(kind)
    for prefix, _ in LANGUAGES.values():
        stylesheet, script = _own_assets(site_dir / prefix / slug / "index.html")
        parts = stylesheet.removeprefix("assets/stylesheets/").removesuffix(".css").split("+")
        assert parts[0] == "site" and parts[-1] == kind
        assert script.removeprefix("assets/javascripts/").removesuffix(".js").split("+")[-2:] == ["components", kind]
        texts = [(site_dir / "assets" / "stylesheets" / f"{part}.css").read_text(encoding="utf-8") for part in parts]
        assert (site_dir / stylesheet).read_text(encoding="utf-8") == "\n".join(text.rstrip() for text in texts) + "\n"


def test_a_page_without_components_loads_none_of_theirs(site_dir):
    shown = {slug for kind in KIND_NAMES for _, slug in placed(kind)}
    for slug in set(page_slugs()) - shown:
        for prefix, _ in LANGUAGES.values():
            names = [
                re.split(r"[+.]", path.rsplit("/", 1)[1])
                for path in _own_assets(site_dir / prefix / slug / "index.html")
            ]
            assert not {"components", *KIND_NAMES} & {name for parts in names for name in parts}, (prefix, slug, names)
