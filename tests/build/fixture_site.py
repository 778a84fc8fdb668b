"""Small sites written into a temporary folder, built with the engine and the site under test's data.

A fixture's ``mkdocs.yml`` inherits this repository's (the engine's theme, Markdown extensions and
hooks) and replaces what names a site's files: its languages, pages, hooks and templates (made
absolute). Its data is the site under test's (tests/site_under_test.py): this site's, or one made by
``python -m sitegen new``; tests name its entries through the ids below, never by a literal.
"""

from datetime import date
from pathlib import Path

import yaml
from mkdocs.utils.yaml import yaml_load

from tests import site_under_test
from tests.sitebuild import ROOT

PAGES = ("index.md", "causes.md")
DATA = site_under_test.root() / "data"
# The first entry of each kind in the data the fixtures copy, as pages and messages name them.
ROUTINE = yaml.safe_load((DATA / "routines.yml").read_text(encoding="utf-8"))["routines"][0]["id"]
SOURCE = next(iter(yaml.safe_load((DATA / "sources.yml").read_text(encoding="utf-8"))))
QUIZ = min((DATA / "quizzes").glob("*.yml")).stem
QUIZ_FILE = f"data/quizzes/{QUIZ}.yml"
# The fixture's pages and every page its quiz links to: what a page showing the quiz needs.
PAGES_FOR_QUIZ = PAGES + tuple(
    sorted(
        {
            page
            for tier in yaml.safe_load((DATA.parent / QUIZ_FILE).read_text("utf-8"))["tiers"]
            for page in tier["links"]
        }
        - set(PAGES)
    )
)
# Data files whose entries are not translations (search rules are per language, as they are).
UNTRANSLATED = ("search.yml",)
FRONT_MATTER = {
    "description": "A fixture page.",
    "reviewed": date(2026, 1, 1),
    "next_review": date(2027, 1, 1),
    "sources": [SOURCE],
}


def write_site(
    folder: Path, languages: dict[str, str], strings: dict, pages=PAGES, front_matter=None, markdown=""
) -> Path:
    """Write a site with the same pages in every language and return its mkdocs.yml.

    The site's data files (but the strings) are the site under test's, with stand-in texts for languages
    it does not have.

    Args:
        folder: An empty folder.
        languages: Locale code to the language's name; the first is the default.
        strings: The interface strings file's content.
        pages: The pages every language gets.
        front_matter: Front matter fields to use instead of the defaults, on every page.
        markdown: Markdown added to every page.
    """
    real = yaml_load((ROOT / "mkdocs.yml").read_text(encoding="utf-8"))
    config = {
        "INHERIT": str(ROOT / "mkdocs.yml"),
        "site_name": "Fixture",
        "site_url": "https://fixture.test/",
        "nav": list(pages),
        "watch": [],
        "theme": {"custom_dir": str(ROOT / "overrides")},
        # A mapping, as in engine.yml: it merges with the engine's plugins (search, i18n's settings).
        "plugins": {
            "i18n": {
                "languages": [
                    {"locale": code, "name": name, "default": index == 0, "build": True}
                    | ({} if index == 0 else {"extra": _own_settings(code)})
                    for index, (code, name) in enumerate(languages.items())
                ],
            }
        },
        "hooks": [str(ROOT / hook) for hook in real["hooks"]],
    }
    _write_yaml(folder / "mkdocs.yml", config)
    _write_yaml(folder / "data" / "strings.yml", strings)
    for path in DATA.rglob("*.yml"):
        if path.name != "strings.yml":
            data = yaml.safe_load(path.read_text(encoding="utf-8"))
            if path.name not in UNTRANSLATED:
                for code in languages:
                    data = with_language(data, code)
            _write_yaml(folder / "data" / path.relative_to(DATA), data)
    for code in languages:
        for page in pages:
            meta = {"title": f"{code} {page}", **FRONT_MATTER, **(front_matter or {})}
            text = f"---\n{yaml.safe_dump(meta, allow_unicode=True)}---\n\nText of {page} in {code}.\n\n{markdown}"
            path = folder / "docs" / code / page
            path.parent.mkdir(parents=True, exist_ok=True)
            path.write_text(text, encoding="utf-8")
    return folder / "mkdocs.yml"


def _own_settings(code: str) -> dict:
    """The settings each language other than the default must state itself (stand-ins but for fa)."""
    return site_under_test.own_settings(code) or {
        "emergency_number": f"[{code}] 112",
        "condition": f"[{code}] A condition",
    }


def with_language(data, code: str):
    """A copy of translated data in which every text also has a stand-in in language ``code``."""
    if isinstance(data, list):
        return [with_language(item, code) for item in data]
    if not isinstance(data, dict):
        return data
    if "en" in data and "fa" in data and code not in data:
        # A text gets a marked stand-in; anything else (a caution's words) the English as it is.
        return {**data, code: f"[{code}] {data['en']}" if isinstance(data["en"], str) else data["en"]}
    return {key: with_language(value, code) for key, value in data.items()}


def _write_yaml(path: Path, data) -> None:
    path.parent.mkdir(parents=True, exist_ok=True)
    path.write_text(yaml.safe_dump(data, allow_unicode=True), encoding="utf-8")
