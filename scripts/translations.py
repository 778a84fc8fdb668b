"""Translations that stay true to their source: which are current, outdated or missing.

Usage (from the repository root):
    .venv/bin/python scripts/translations.py status
        Every translation that is not current, with its source's changes since it was checked; exits 1
        if any is outdated or missing or states other numbers than its source (usable in CI).
    .venv/bin/python scripts/translations.py mark ITEM...
        Record translations as checked against their source as it is now, after a translator has
        checked them: a page (docs/fa/causes.md) or a data entry (data/routines.yml#heel-raise, in every
        language, or one with --language fa).
    .venv/bin/python scripts/translations.py mark --all
"""

import argparse
import sys
from pathlib import Path

from mkdocs.config import load_config

from sitegen.languages import site_languages
from sitegen.translation_status import CURRENT, MISSING, mark, translation_statuses

ROOT = Path(__file__).resolve().parent.parent


def main(argv: list[str]) -> int:
    """Run the command; return the exit status."""
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    commands = parser.add_subparsers(dest="command", required=True)
    commands.add_parser("status", help="list every translation that is not current")
    marking = commands.add_parser("mark", help="record translations as checked")
    marking.add_argument("items", nargs="*", help="docs/fa/causes.md or data/routines.yml#heel-raise")
    marking.add_argument("--all", action="store_true", help="every translation that exists")
    marking.add_argument("--language", help="only this language (data entries)")
    arguments = parser.parse_args(argv)
    config = load_config(str(ROOT / "mkdocs.yml"))
    languages = site_languages(config.plugins["i18n"]).codes
    docs_dir = Path(config.docs_dir).relative_to(ROOT).as_posix()
    translations = translation_statuses(ROOT, docs_dir, languages)
    if arguments.command == "status":
        return _status(translations)
    chosen = [
        translation
        for translation in translations
        if translation.status != MISSING
        and (arguments.all or translation.item in arguments.items)
        and arguments.language in (None, translation.language)
    ]
    unknown = sorted(set(arguments.items) - {translation.item for translation in translations})
    if unknown or not chosen:
        print(f"nothing to mark: {', '.join(unknown) or 'no item named'}", file=sys.stderr)
        return 2
    mark(ROOT, chosen, known={translation.item for translation in translations})
    print(f"{len(chosen)} translations marked as checked")
    return 0


def _status(translations) -> int:
    problems = 0
    for translation in translations:
        if translation.status == CURRENT and not translation.problem:
            continue
        problems += 1
        note = f" ({translation.problem})" if translation.problem else ""
        print(f"{translation.status}: {translation.item}{note}")
        if translation.diff:
            print("\n".join(f"    {line}" for line in translation.diff.splitlines()))
    current = sum(translation.status == CURRENT for translation in translations)
    print(f"{current} current, {problems} to look at, of {len(translations)} translations")
    return 1 if problems else 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
