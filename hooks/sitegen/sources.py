"""The authoritative sources that pages cite, kept once in ``data/sources.yml``."""

from dataclasses import dataclass
from pathlib import Path

from sitegen.data_files import load_mapping
from sitegen.errors import SiteDataError

SOURCES_FILE = "data/sources.yml"
_FIELDS = ("publisher", "title", "url", "language")


@dataclass(frozen=True)
class Source:
    """One cited source: who published it, its title, its address and the language it is written in."""

    id: str
    publisher: str
    title: str
    url: str
    language: str


def load_sources(site_root: Path) -> dict[str, Source]:
    """Load and check every source, reporting every problem at once.

    Raises:
        SiteDataError: If a source lacks a field, has an unknown one, or its url is not https.
    """
    data = load_mapping(site_root, SOURCES_FILE)
    problems = []
    for source_id, fields in data.items():
        if not isinstance(fields, dict):
            problems.append(f"{SOURCES_FILE}: {source_id}: expected a mapping of {', '.join(_FIELDS)}")
            continue
        problems += [f"{SOURCES_FILE}: {source_id}.{name}: field required" for name in _FIELDS if name not in fields]
        problems += [f"{SOURCES_FILE}: {source_id}.{name}: unknown field" for name in fields if name not in _FIELDS]
        problems += [
            f"{SOURCES_FILE}: {source_id}.{name}: expected non-empty text"
            for name in _FIELDS
            if name in fields and (not isinstance(fields[name], str) or not fields[name].strip())
        ]
        if isinstance(fields.get("url"), str) and not fields["url"].startswith("https://"):
            problems.append(f"{SOURCES_FILE}: {source_id}.url: expected an https:// address")
    if problems:
        raise SiteDataError(problems)
    return {source_id: Source(source_id, **fields) for source_id, fields in data.items()}
