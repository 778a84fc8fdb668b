"""Small sites written into a temporary folder, built with the project's own hooks and templates."""

from pathlib import Path

import yaml

from tests.sitebuild import ROOT

PAGES = ("index.md", "causes.md")


def write_site(folder: Path, languages: dict[str, str], strings: dict, pages=PAGES) -> Path:
    """Write a site with one page set per language and return its mkdocs.yml.

    Args:
        folder: An empty folder.
        languages: Locale code to the language's name; the first is the default.
        strings: The interface strings file's content.
        pages: The pages every language gets.
    """
    config = {
        "site_name": "Fixture",
        "site_url": "https://fixture.test/",
        "theme": {"name": "material", "custom_dir": str(ROOT / "overrides"), "font": False},
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
        "hooks": [str(ROOT / "hooks" / "languages.py"), str(ROOT / "hooks" / "strings.py")],
    }
    (folder / "mkdocs.yml").write_text(yaml.safe_dump(config, allow_unicode=True), encoding="utf-8")
    (folder / "data").mkdir()
    strings_file = folder / "data" / "strings.yml"
    strings_file.write_text(yaml.safe_dump(strings, allow_unicode=True), encoding="utf-8")
    for code in languages:
        for page in pages:
            path = folder / "docs" / code / page
            path.parent.mkdir(parents=True, exist_ok=True)
            path.write_text(f"# {code} {page}\n\nText of {page} in {code}.\n", encoding="utf-8")
    return folder / "mkdocs.yml"


def strings_with(site_strings: dict, code: str) -> dict:
    """The project's interface strings plus a stand-in text in one more language."""
    return {key: {**texts, code: f"[{code}] {key}"} for key, texts in site_strings.items()}
