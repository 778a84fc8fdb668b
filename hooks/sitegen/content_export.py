"""The JSON export: every page in every language as data, for clinics that integrate natively.

Clinics show our content in their own design this way (as the NHS website syndicates its pages).

``api/v1/<language>/<page>.json`` holds one page: its title, description, sections as HTML, review
dates, sources, disclaimer and the URLs of the page, its PDF handout and its embed.
``api/v1/index.json`` lists them all. Both follow the JSON Schemas published beside them
(``overrides/api/v1/*.schema.json``).
"""

import json
from pathlib import Path
from urllib.parse import urljoin

from sitegen.content_html import portable, sections, without_title
from sitegen.governance import Governance

EXPORT_FOLDER = "api/v1"
INDEX = "index.json"
# What the index repeats of each page, so a client can choose pages without fetching them all.
_INDEX_FIELDS = ("language", "name", "position", "title", "description", "reviewed", "next_review", "url")


def page_record(
    *,
    language: str,
    direction: str,
    name: str,
    position: int,
    title: str,
    description: str,
    content: str,
    governance: Governance,
    disclaimer: str,
    urls: dict[str, str],
) -> dict:
    """One page as the export publishes it.

    Args:
        language: The page's language code.
        direction: ``ltr`` or ``rtl``.
        name: The page's name (``causes``).
        position: Its place in the site's reading order, from 1.
        title: The page's title.
        description: The page's summary.
        content: The page's rendered HTML; links in it are made absolute against ``urls["url"]``.
        governance: Its review dates and sources.
        disclaimer: The medical disclaimer in the page's language.
        urls: Absolute ``url`` (the page), ``pdf_url``, ``embed_url`` and ``json_url``.
    """
    body = portable(without_title(content), urls["url"])
    return {
        "language": language,
        "direction": direction,
        "name": name,
        "position": position,
        "title": title,
        "description": description,
        "reviewed": governance.reviewed.isoformat(),
        "next_review": governance.next_review.isoformat(),
        **urls,
        "sources": [source.citation() for source in governance.sources],
        "disclaimer": disclaimer,
        "sections": sections(body),
    }


def record_json(record: dict) -> str:
    """A record as the file holds it: compact JSON, non-ASCII text as it is."""
    return json.dumps(record, ensure_ascii=False, separators=(",", ":"))


def record_path(language: str, name: str) -> str:
    """Where a page's record is, relative to the site root."""
    return f"{EXPORT_FOLDER}/{language}/{name}.json"


def write_index(site_dir: Path, languages: list[str], site_url: str) -> Path:
    """Write ``api/v1/index.json`` from every page record written, languages in ``languages`` order."""
    pages = []
    for language in languages:
        records = [
            json.loads(path.read_text(encoding="utf-8"))
            for path in (site_dir / EXPORT_FOLDER / language).glob("*.json")
        ]
        pages += [
            {field: record[field] for field in _INDEX_FIELDS} | {"json_url": record["json_url"]}
            for record in sorted(records, key=lambda record: record["position"])
        ]
    index = {
        "schema": urljoin(site_url, f"{EXPORT_FOLDER}/index.schema.json"),
        "page_schema": urljoin(site_url, f"{EXPORT_FOLDER}/page.schema.json"),
        "languages": languages,
        "pages": pages,
    }
    path = site_dir / EXPORT_FOLDER / INDEX
    path.write_text(record_json(index), encoding="utf-8")
    return path
