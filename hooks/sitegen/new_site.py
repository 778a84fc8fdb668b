"""``python -m sitegen new DIR``: a new, minimal site on another topic, built by this engine.

The new site inherits the engine's configuration (``engine.yml``), runs its hooks and uses its templates
where it is installed; it holds only what is its own: ``mkdocs.yml`` (name, address, languages, their
settings, nav), three example pages per language, ``data/`` (one source, one routine, a small quiz, the
engine's interface strings and search rules for its languages) and its icon. Every text says what to
replace. A language the engine has no interface strings for stops the command, listing each string.
"""

import argparse
import json
import shutil
import sys
from datetime import date
from itertools import takewhile
from pathlib import Path

import jinja2
import yaml
from babel import Locale, UnknownLocaleError

from sitegen.data_files import load_yaml
from sitegen.errors import SiteDataError
from sitegen.governance import review_today
from sitegen.strings import STRINGS_FILE
from sitegen.translation_status import mark, translation_statuses

ENGINE_ROOT = Path(__file__).resolve().parents[2]
STARTER = Path(__file__).resolve().parent / "starter"
SEARCH_FILE = "data/search.yml"
# What the starter writes, in each language it has texts for, where the language's readers need their own.
LANGUAGE_SETTINGS = {
    "en": {"emergency_number": "Replace with the emergency number", "condition": "Replace with the condition"},
    "fa": {
        "emergency_number": "شمارهٔ اورژانس را اینجا بنویسید",
        "condition": "نام بیماری را اینجا بنویسید",
        "calendar": "persian",
        "preload_fonts": True,
    },
}
# The footer's licence line in each language the starter has texts for (Latin names kept left to right).
COPYRIGHT = {"en": "Text: CC BY 4.0", "fa": 'متن: <span lang="en" dir="ltr">CC BY 4.0</span>'}
# Search rules that belong to the heel-pain site, not to the language (the starter writes none).
TOPIC_SEARCH_RULES = ("synonyms",)


def engine_strings() -> dict:
    """The engine's interface strings (the engine repository's ``data/strings.yml``), every language it has."""
    return load_yaml((ENGINE_ROOT / STRINGS_FILE).read_text(encoding="utf-8"))


def missing_strings(languages: list[str]) -> list[str]:
    """One problem per interface string the engine has no text for in one of ``languages``."""
    return [
        f"{STRINGS_FILE}: {key}.{language}: no text in this language yet (translate it from '{texts['en']}')"
        for language in languages
        for key, texts in engine_strings().items()
        if language not in texts
    ]


def new_site(folder: Path, languages: list[str], title: str, url: str, today: date) -> None:
    """Write a new site into ``folder`` (empty or new).

    Raises:
        SiteDataError: If the folder holds files, a language is unknown or has no interface strings or
            starter texts yet (every string named).
    """
    problems = _language_problems(languages)
    if folder.exists() and any(folder.iterdir()):
        problems.append(f"{folder}: not empty: give a new or empty folder")
    if problems:
        raise SiteDataError(problems)
    context = {
        "title": title,
        "url": url if url.endswith("/") else f"{url}/",
        "today": today.isoformat(),
        "next_review": today.replace(year=today.year + 1).isoformat(),
        "engine_config": (ENGINE_ROOT / "engine.yml").as_posix(),
        "engine_hooks": (ENGINE_ROOT / "hooks" / "site.py").as_posix(),
        "languages": [
            {
                "code": code,
                "name": Locale.parse(code).get_display_name(code),
                "settings": LANGUAGE_SETTINGS[code],
                "copyright": COPYRIGHT[code],
            }
            for code in languages
        ],
    }
    env = jinja2.Environment(loader=jinja2.FileSystemLoader(STARTER), keep_trailing_newline=True)
    # JSON is YAML: a value written so is read back as it was (a quote, a colon or "yes" included).
    env.filters["tojson"] = lambda value: json.dumps(value, ensure_ascii=False)
    folder.mkdir(parents=True, exist_ok=True)
    _write(folder / "mkdocs.yml", env.get_template("mkdocs.yml").render(context))
    for language in languages:
        for page in sorted((STARTER / "docs" / language).glob("*.md")):
            template = env.get_template(page.relative_to(STARTER).as_posix())
            _write(folder / "docs" / language / page.name, template.render(context))
    for data in sorted((STARTER / "data").rglob("*.yml")):
        _write(folder / data.relative_to(STARTER), _in_languages(data.read_text(encoding="utf-8"), languages))
    strings = {key: {code: texts[code] for code in languages} for key, texts in engine_strings().items()}
    _write(folder / STRINGS_FILE, _yaml(strings, "The words the templates print, in every language of the site."))
    _write(folder / SEARCH_FILE, _yaml(_search_rules(languages), "Search rules per language (see the engine's)."))
    shutil.copytree(STARTER / "overrides", folder / "overrides")
    # The translations start as checked against their source as written.
    mark(folder, translation_statuses(folder, "docs", languages))


def _language_problems(languages: list[str]) -> list[str]:
    problems = []
    for code in languages:
        try:
            Locale.parse(code)
        except (ValueError, UnknownLocaleError):
            problems.append(f"--languages: {code!r} is not a language code Babel knows (such as en, fa, de)")
    if problems:
        return problems
    problems = missing_strings(languages)
    problems += [
        f"{STARTER.relative_to(ENGINE_ROOT)}: no example pages in {code!r} yet (docs/{code}/ and the texts of data/)"
        for code in languages
        if code not in LANGUAGE_SETTINGS
    ]
    return problems


def _in_languages(text: str, languages: list[str]) -> str:
    """A starter data file with only the site's languages in its texts, its comments kept."""
    header = "".join(f"{line}\n" for line in takewhile(lambda line: line.startswith("#"), text.splitlines()))
    return header + _dump(_only(load_yaml(text), set(languages), set(LANGUAGE_SETTINGS)))


def _only(data, languages: set[str], known: set[str]):
    if isinstance(data, dict):
        if data and set(data) <= known:
            return {code: text for code, text in data.items() if code in languages}
        return {key: _only(value, languages, known) for key, value in data.items()}
    if isinstance(data, list):
        return [_only(item, languages, known) for item in data]
    return data


def _search_rules(languages: list[str]) -> dict:
    rules = load_yaml((ENGINE_ROOT / SEARCH_FILE).read_text(encoding="utf-8")) or {}
    return {
        code: {name: value for name, value in rules[code].items() if name not in TOPIC_SEARCH_RULES}
        for code in languages
        if code in rules
    }


def _yaml(data, comment: str) -> str:
    return f"# {comment}\n" + _dump(data)


def _dump(data) -> str:
    return yaml.safe_dump(data, allow_unicode=True, sort_keys=False, width=120)


def _write(path: Path, text: str) -> None:
    path.parent.mkdir(parents=True, exist_ok=True)
    path.write_text(text, encoding="utf-8")


def main(argv: list[str]) -> int:
    """Run ``new``; print each problem and return 1 if there is any."""
    parser = argparse.ArgumentParser(prog="python -m sitegen", description=__doc__.split("\n\n")[0])
    commands = parser.add_subparsers(dest="command", required=True)
    new = commands.add_parser("new", help="start a site on another topic")
    new.add_argument("folder", type=Path, help="where to write it (new or empty)")
    new.add_argument("--languages", default="en,fa", help="locale codes, the default first (default: en,fa)")
    new.add_argument("--title", default="A health topic", help="the site's name")
    new.add_argument("--url", default="https://example.org/", help="the site's public address")
    arguments = parser.parse_args(argv)
    languages = [code.strip() for code in arguments.languages.split(",") if code.strip()]
    try:
        # The example pages are reviewed today, as the build counts days (SITE_TODAY, if set).
        today = review_today()
    except ValueError as error:
        print(error, file=sys.stderr)
        return 1
    try:
        new_site(arguments.folder, languages, arguments.title, arguments.url, today)
    except SiteDataError as error:
        print("\n".join(error.problems), file=sys.stderr)
        return 1
    print(f"{arguments.folder}: a new site in {', '.join(languages)}. Build it with:")
    print(f"  cd {arguments.folder} && NO_MKDOCS_2_WARNING=1 mkdocs build --strict")
    return 0
