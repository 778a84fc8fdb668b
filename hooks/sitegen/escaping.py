"""Text is text: our templates escape what they print, and front matter reaches Material escaped.

MkDocs' Jinja environment does not autoescape, and Material's templates rely on that (they print the
page's HTML as it is). ``escape_policy`` turns autoescaping on for the templates of our own folder only,
so data and front matter printed by them are escaped; a template that prints HTML it made says so
with ``| safe``. Material prints the page's title and description from front matter itself, so those
fields are escaped once, as they are read (``escaped_front_matter``); code that needs them as text
again (JSON, PDFs, structured data) takes ``plain_text``.
"""

import re
from collections.abc import Callable, Sequence
from pathlib import Path

from markupsafe import Markup, escape

# A {placeholder} (kept as it is), or a run of Latin words (PDF, QR code) in right-to-left text.
_LATIN_RUN = re.compile(r"\{[^}]*\}|([A-Za-z][\w.-]*(?: [A-Za-z][\w.-]*)*)", re.ASCII)
# The front matter fields that Material's templates print.
PRINTED_FIELDS = ("title", "description")
_TEMPLATE_SUFFIXES = (".html", ".svg", ".xml")


class EscapePolicy:
    """Jinja's ``autoescape`` setting: true for the templates found in one folder (ours), by name."""

    def __init__(self, names: frozenset[str]) -> None:  # noqa: D107
        self.names = names

    def __call__(self, template_name: str | None) -> bool:  # noqa: D102
        return template_name in self.names

    def __repr__(self) -> str:
        """What compiled templates depend on: the names escaped (the template cache keys on it)."""
        return f"EscapePolicy({sorted(self.names)})"


def escape_policy(template_dirs: Sequence[Path], aliases: dict[str, str]) -> Callable[[str | None], bool]:
    """Autoescape for every template in ``template_dirs`` (the site's theme folder and the engine's), none other.

    Args:
        template_dirs: The folders of our templates.
        aliases: Other names that render a template (``fa/404.html`` renders ``404.html``): they escape
            as it does, since a block's output is marked safe or not by the template rendered.
    """
    names = {
        path.relative_to(template_dir).as_posix()
        for template_dir in template_dirs
        for path in template_dir.rglob("*")
        if path.suffix in _TEMPLATE_SUFFIXES and path.is_file()
    }
    return EscapePolicy(frozenset(names | {alias for alias, name in aliases.items() if name in names}))


def escaped_front_matter(meta: dict) -> dict:
    """The front matter with the fields Material prints escaped once, so they print as text anywhere."""
    return meta | {name: escape(meta[name]) for name in PRINTED_FIELDS if isinstance(meta.get(name), str)}


def plain_text(value: str) -> str:
    """The text of a value escaped by ``escaped_front_matter``; other strings as they are."""
    return value.unescape() if isinstance(value, Markup) else value


def mark_latin(text: str, *, direction: str) -> Markup:
    """Text escaped, each run of Latin words in it marked as English and left to right on a right-to-left page.

    Interface strings are plain text, so a Persian string's «PDF» is marked here, where it is printed.
    """
    if direction != "rtl":
        return escape(text)
    parts, end = [], 0
    for match in _LATIN_RUN.finditer(text):
        if match.group(1):
            parts += [escape(text[end : match.start()]), Markup('<span lang="en" dir="ltr">{}</span>').format(match[1])]
            end = match.end()
    return Markup("").join([*parts, escape(text[end:])])
