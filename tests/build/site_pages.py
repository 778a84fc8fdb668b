"""What the built real site is expected to hold: its languages and the pages of each."""

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
