"""A page's rendered HTML made fit to leave the site: in an embed, a PDF handout or the JSON export.

These work on the HTML that Python-Markdown and the site's templates write, whose shape is known
(``<h2 id="...">``, ``<a class="headerlink">``), not on arbitrary HTML.
"""

import html
import re
from urllib.parse import urljoin

_HREF = re.compile(r'href="([^"#][^"]*)"')
_PERMALINK = re.compile(r'<a class="headerlink"[^>]*>.*?</a>', re.S)
_TITLE = re.compile(r"\s*<h1[^>]*>.*?</h1>\s*", re.S)
_SECTION_HEADING = re.compile(r'<h2 id="([^"]*)"[^>]*>(.*?)</h2>', re.S)
_TAG = re.compile(r"<[^>]+>")


def absolute_links(content: str, page_url: str) -> str:
    """Make every link absolute against the page's URL; links within the page (``#...``) stay as they are."""
    return _HREF.sub(lambda match: f'href="{urljoin(page_url, match.group(1))}"', content)


def without_permalinks(content: str) -> str:
    """Remove the "¶" links that headings carry on the site."""
    return _PERMALINK.sub("", content)


def portable(content: str, page_url: str) -> str:
    """The HTML as it can stand outside the site: links absolute against the page, no "¶" links."""
    return without_permalinks(absolute_links(content, page_url))


def without_title(content: str) -> str:
    """Remove the page's ``<h1>``, for layouts that print the title themselves."""
    return _TITLE.sub("", content, count=1)


def sections(content: str) -> list[dict]:
    """Split a page's body (its title removed) at its ``<h2>`` headings.

    Returns:
        One ``{"id", "heading", "html"}`` per section, in order; text before the first heading is a
        section whose ``id`` and ``heading`` are ``None``. ``heading`` is plain text.
    """
    parts = _SECTION_HEADING.split(content)
    found = [{"id": None, "heading": None, "html": parts[0].strip()}] if parts[0].strip() else []
    for index in range(1, len(parts), 3):
        heading = html.unescape(_TAG.sub("", without_permalinks(parts[index + 1]))).strip()
        found.append({"id": parts[index], "heading": heading, "html": parts[index + 2].strip()})
    return found
