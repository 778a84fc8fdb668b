"""Small sites written into a temporary folder, built with the project's own configuration.

A fixture's ``mkdocs.yml`` inherits the real one (theme, Markdown extensions) and replaces what names
the real site's files: its languages, pages, hooks and templates (made absolute), and data.
"""

from datetime import date
from pathlib import Path

import yaml
from mkdocs.utils.yaml import yaml_load

from tests.sitebuild import ROOT

PAGES = ("index.md", "causes.md")
SOURCES = {
    "fixture-source": {"publisher": "NHS", "title": "Fixture", "url": "https://x.test/", "language": "en"}
}
FRONT_MATTER = {
    "description": "A fixture page.",
    "reviewed": date(2026, 1, 1),
    "next_review": date(2027, 1, 1),
    "sources": ["fixture-source"],
}


def write_site(
    folder: Path, languages: dict[str, str], strings: dict, pages=PAGES, front_matter=None
) -> Path:
    """Write a site with the same pages in every language and return its mkdocs.yml.

    Args:
        folder: An empty folder.
        languages: Locale code to the language's name; the first is the default.
        strings: The interface strings file's content.
        pages: The pages every language gets.
        front_matter: Front matter fields to use instead of the defaults, on every page.
    """
    real = yaml_load((ROOT / "mkdocs.yml").read_text(encoding="utf-8"))
    config = {
        "INHERIT": str(ROOT / "mkdocs.yml"),
        "site_name": "Fixture",
        "site_url": "https://fixture.test/",
        "nav": list(pages),
        "extra_css": [],
        "watch": [],
        "theme": {"custom_dir": str(ROOT / "overrides")},
        "plugins": [
            {
                "i18n": {
                    "docs_structure": "folder",
                    "fallback_to_default": False,
                    "languages": [
                        {"locale": code, "name": name, "default": index == 0, "build": True}
                        for index, (code, name) in enumerate(languages.items())
                    ],
                }
            }
        ],
        "hooks": [str(ROOT / hook) for hook in real["hooks"]],
    }
    _write_yaml(folder / "mkdocs.yml", config)
    _write_yaml(folder / "data" / "strings.yml", strings)
    _write_yaml(folder / "data" / "sources.yml", SOURCES)
    for code in languages:
        for page in pages:
            meta = {"title": f"{code} {page}", **FRONT_MATTER, **(front_matter or {})}
            text = f"---\n{yaml.safe_dump(meta, allow_unicode=True)}---\n\nText of {page} in {code}.\n"
            path = folder / "docs" / code / page
            path.parent.mkdir(parents=True, exist_ok=True)
            path.write_text(text, encoding="utf-8")
    return folder / "mkdocs.yml"


def strings_with(site_strings: dict, code: str) -> dict:
    """The project's interface strings plus a stand-in text in one more language."""
    return {key: {**texts, code: f"[{code}] {key}"} for key, texts in site_strings.items()}


def _write_yaml(path: Path, data) -> None:
    path.parent.mkdir(parents=True, exist_ok=True)
    path.write_text(yaml.safe_dump(data, allow_unicode=True), encoding="utf-8")
