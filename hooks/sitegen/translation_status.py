"""Whether each translation is still true to its source: fingerprints of what was translated.

Every translated page records in its front matter the fingerprint of the English text it translates
(``translation_of``); every translated entry of ``data/`` (a routine, a quiz question or outcome, an
interface string) records it in ``translations.lock.yml``, which also keeps the source text each
translation was checked against, so a changed source can be shown as a diff. A fingerprint is made
from what a reader reads (text, numbers, components, title, description, sources), never from white
space or review dates, so only a real change makes a translation outdated. No git is needed: a plain
copy of the tree is enough.
"""

import difflib
import hashlib
import re
from collections.abc import Iterable
from dataclasses import dataclass
from pathlib import Path

import yaml

from sitegen.data_files import load_mapping, load_yaml
from sitegen.page_source import page_body, read_front_matter

LOCK_FILE = "translations.lock.yml"
FIELD = "translation_of"
CURRENT, OUTDATED, MISSING = "current", "outdated", "missing"
# The data files whose entries are translated (a pattern may name several), and how an entry is named:
# the field of the list whose entries have ids, or None for a file of keys (lists in it by id).
DATA_ENTRIES = {
    "data/routines.yml": "routines",
    "data/quizzes/*.yml": None,
    "data/strings.yml": None,
    "data/diagrams.yml": None,
}
_DIGITS = str.maketrans("۰۱۲۳۴۵۶۷۸۹٫", "0123456789.")


@dataclass(frozen=True)
class Translation:
    """One translated item and how it stands against its source."""

    language: str
    item: str  # "docs/fa/causes.md" or "data/routines.yml#heel-raise"
    status: str
    source: str  # the source text as it is now
    diff: str = ""  # the source's changes since the translation was checked
    problem: str = ""


def fingerprint(source: str) -> str:
    """A short fingerprint of a source text."""
    return hashlib.sha256(source.encode()).hexdigest()[:12]


def page_source(text: str, path: str) -> str:
    """What a reader reads on a page, as text: title, description, sources and body, white space made one.

    Review dates are left out: a new review date is not a new text.
    """
    meta = read_front_matter(text, path)
    paragraphs = [" ".join(part.split()) for part in re.split(r"\n\s*\n", page_body(text))]
    head = [f"title: {meta.get('title', '')}", f"description: {meta.get('description', '')}"]
    head.append(f"sources: {', '.join(map(str, meta.get('sources') or []))}")
    return "\n".join(head + [paragraph for paragraph in paragraphs if paragraph])


def data_sources(data: dict, list_field: str | None, language: str) -> dict[str, str]:
    """Each translated entry of a data file and its source text in ``language``.

    An entry's source text lists each of its texts in that language and each of its numbers, by path.
    """
    if list_field:
        entries = {str(entry.get("id", index)): entry for index, entry in enumerate(data.get(list_field, []))}
        # Its other translated parts (the routines' action names), each an entry of its own.
        entries |= {key: value for key, value in data.items() if key != list_field and isinstance(value, dict)}
    else:
        entries = {}
        for key, value in data.items():
            if isinstance(value, list):  # quiz: tiers and questions, by id
                entries |= {f"{key}[{item.get('id', index)}]": item for index, item in enumerate(value)}
            elif isinstance(value, dict):  # a text (a string, the quiz's title); an id is no text
                entries[key] = value
    return {name: "\n".join(_lines(entry, "", language)) for name, entry in entries.items()}


def _lines(value, path: str, language: str) -> list[str]:
    if isinstance(value, dict):
        if language in value and all(isinstance(text, str) for text in value.values()):
            return [f"{path}: {' '.join(value[language].split())}"]
        return [line for key, item in value.items() for line in _lines(item, f"{path}.{key}".lstrip("."), language)]
    if isinstance(value, list):
        return [line for index, item in enumerate(value) for line in _lines(item, f"{path}[{index}]", language)]
    return [f"{path}: {value}"]


def numbers(text: str) -> list[str]:
    """The numbers a text states, Persian digits read as numbers, sorted; link targets and tags left out."""
    prose = re.sub(r"\]\([^)]*\)|\{[^}]*\}|<[^>]+>", "", text).translate(_DIGITS)
    return sorted(re.findall(r"\d+", prose), key=int)


def diff(before: str, after: str) -> str:
    """The changes from ``before`` to ``after``, line by line."""
    lines = difflib.unified_diff(before.splitlines(), after.splitlines(), "translated", "now", lineterm="", n=1)
    return "\n".join(lines)


def translation_statuses(site_root: Path, docs_dir: str, languages: list[str]) -> list[Translation]:
    """How every translation of the site stands: pages first, then data entries.

    Args:
        site_root: The folder of ``mkdocs.yml``.
        docs_dir: The docs folder, relative to it (``docs``).
        languages: Every language, the source language (the default) first.
    """
    source_language, others = languages[0], languages[1:]
    lock = read_lock(site_root)
    found = []
    for source_path in sorted((site_root / docs_dir / source_language).rglob("*.md")):
        relative = source_path.relative_to(site_root / docs_dir / source_language).as_posix()
        source_text = source_path.read_text(encoding="utf-8-sig")
        source = page_source(source_text, f"{docs_dir}/{source_language}/{relative}")
        for language in others:
            item = f"{docs_dir}/{language}/{relative}"
            path = site_root / item
            if not path.is_file():
                found.append(Translation(language, item, MISSING, source))
                continue
            text = path.read_text(encoding="utf-8-sig")
            recorded = read_front_matter(text, item).get(FIELD)
            problem = ""
            if numbers(page_source(text, item)) != numbers(source):
                problem = "states other numbers than its source"
            found.append(_judge(language, item, source, recorded, lock, problem))
    # Every text has every language (the build checks it), so a data translation is never missing.
    for item, source in data_entries(site_root, source_language).items():
        for language in others:
            recorded = lock.get(language, {}).get(item, {}).get("fingerprint")
            found.append(_judge(language, item, source, recorded, lock))
    return found


def data_entries(site_root: Path, language: str) -> dict[str, str]:
    """Every translated entry of the site's data files and its text in ``language``.

    Entries are named by file and name (``data/routines.yml#heel-raise``); a file the site does without
    (diagrams, quizzes) has none.
    """
    entries = {}
    for pattern, list_field in DATA_ENTRIES.items():
        for path in sorted(site_root.glob(pattern)):
            file = path.relative_to(site_root).as_posix()
            data = load_mapping(site_root, file)
            entries |= {f"{file}#{name}": text for name, text in data_sources(data, list_field, language).items()}
    return entries


def _judge(language: str, item: str, source: str, recorded: str | None, lock: dict, problem: str = "") -> Translation:
    if recorded == fingerprint(source):
        return Translation(language, item, CURRENT, source, problem=problem)
    checked = lock.get(language, {}).get(item, {})
    before = checked.get("source", "") if checked.get("fingerprint") == recorded else ""
    return Translation(language, item, OUTDATED, source, diff(before, source) if before else "", problem)


def read_lock(site_root: Path) -> dict:
    """The lock file: per language, per item, the fingerprint and source text last checked."""
    path = site_root / LOCK_FILE
    return (load_yaml(path.read_text(encoding="utf-8")) or {}) if path.is_file() else {}


def mark(site_root: Path, translations: Iterable[Translation], known: set[str] | None = None) -> None:
    """Record translations as checked against their source as it is now.

    A page gets ``translation_of: <fingerprint>`` in its front matter; every item's source text goes to
    the lock file, for the diff shown when the source changes again. Entries of items not ``known``
    (a string or routine since removed) leave the lock file.
    """
    lock = read_lock(site_root)
    if known is not None:
        lock = {
            language: {item: entry for item, entry in items.items() if item in known}
            for language, items in lock.items()
        }
    for translation in translations:
        now = fingerprint(translation.source)
        lock.setdefault(translation.language, {})[translation.item] = {"fingerprint": now, "source": translation.source}
        if "#" not in translation.item:
            path = site_root / translation.item
            path.write_text(with_fingerprint(path.read_text(encoding="utf-8"), now), encoding="utf-8")
    text = yaml.dump(lock, Dumper=_LockDumper, allow_unicode=True, sort_keys=True, width=120)
    (site_root / LOCK_FILE).write_text(_LOCK_HEADER + text, encoding="utf-8")


def with_fingerprint(text: str, value: str) -> str:
    """A page's text with ``translation_of: <value>`` in its front matter (replaced, or added last)."""
    head, separator, rest = text.partition("\n---")
    lines = [line for line in head.split("\n") if not line.startswith(f"{FIELD}:")]
    return "\n".join([*lines, f"{FIELD}: {value}"]) + separator + rest


_LOCK_HEADER = """\
# What each translation was checked against (scripts/translations.py mark): per language and item, the
# fingerprint of the source text and the text itself, so a later change can be shown as a diff.
"""


class _LockDumper(yaml.SafeDumper):
    """Source texts as readable blocks."""


_LockDumper.add_representer(
    str,
    lambda dumper, value: dumper.represent_scalar("tag:yaml.org,2002:str", value, style="|" if "\n" in value else None),
)


def outdated_items(site_root: Path, docs_dir: str, languages: list[str], language: str) -> dict[str, Translation]:
    """The outdated translations into ``language`` by item (none for the source language)."""
    if language == languages[0]:
        return {}
    return {
        translation.item: translation
        for translation in translation_statuses(site_root, docs_dir, languages)
        if translation.language == language and translation.status == OUTDATED
    }


def strict_problems(outdated: dict[str, Translation]) -> list[str]:
    """One problem per outdated translation, for builds that never publish one."""
    return [
        f"{item}: outdated translation: its source changed since it was checked "
        "(scripts/translations.py status shows how; mark it once updated)"
        for item in outdated
    ]


def translation_notice_needed(page_path: str, shown_items: set[str], outdated: dict[str, Translation]) -> bool:
    """Whether a translated page must warn its readers: it, or data its components show, is outdated."""
    return bool(({page_path} | shown_items) & set(outdated))
