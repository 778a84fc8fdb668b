"""Web fonts cut down to the characters the built site uses.

Vazirmatn covers Persian, Arabic, Latin and more in about 50 KB a weight. After the build, each font
under the site's font folder is rewritten with only the characters found in the built pages and search
indexes that its ``@font-face`` rule's ``unicode-range`` covers (all of them if it has none), keeping
the layout features browsers apply by default (so Persian letters still join and shape as they
should) and tabular digits (the routine timer asks for them). Stylistic alternates no page asks for
are dropped. The fonts in the theme folder stay whole (the PDF handouts embed those).
"""

import html
import io
import re
from collections.abc import Iterable
from concurrent.futures import ProcessPoolExecutor
from pathlib import Path, PurePosixPath

import tinycss2
from fontTools import subset
from fontTools.ttLib import TTFont

TEXT_FILES = ("*.html", "search_index.json")
# Characters a reader may type or the browser may show that no page need contain.
ALWAYS = "".join(chr(code) for code in range(0x20, 0x7F)) + "\u200c\u200d\u200e\u200f"
# Besides the features a browser applies by default: tabular digits (font-variant-numeric: tabular-nums).
EXTRA_FEATURES = ["tnum"]
_ASCII = bytes(range(0x80))
_ENTITY = re.compile(rb"&#?\w+;")
_RANGE = re.compile(r"U\+([0-9A-Fa-f]+)(?:-([0-9A-Fa-f]+))?")


def used_characters(site_dir: Path) -> str:
    """Every character in the built site's pages and search indexes, plus printable ASCII."""
    characters = set(ALWAYS)
    for pattern in TEXT_FILES:
        for path in site_dir.glob(f"**/{pattern}"):
            data = path.read_bytes()
            # ASCII is always kept, so only the rest is looked at: in UTF-8 every byte of a non-ASCII
            # character is above 0x7f, so deleting the ASCII bytes leaves whole characters.
            characters.update(data.translate(None, _ASCII).decode("utf-8"))
            characters.update("".join(html.unescape(entity.decode()) for entity in _ENTITY.findall(data)))
    return "".join(sorted(characters))


def font_face_ranges(stylesheets: Iterable[str]) -> dict[str, set[str] | None]:
    """The characters each font file may serve, from the ``@font-face`` rules of the stylesheets.

    Returns:
        For each font file name an ``@font-face`` rule loads (``Vazirmatn-Regular.woff2``), the
        characters of its ``unicode-range``, or ``None`` if the rule has none (every character).
    """
    ranges: dict[str, set[str] | None] = {}
    for css in stylesheets:
        for rule in tinycss2.parse_stylesheet(css, skip_whitespace=True, skip_comments=True):
            if rule.type != "at-rule" or rule.lower_at_keyword != "font-face":
                continue
            declarations = {
                item.lower_name: item.value
                for item in tinycss2.parse_blocks_contents(rule.content, skip_whitespace=True, skip_comments=True)
                if item.type == "declaration"
            }
            urls = [token.value for token in declarations.get("src", []) if token.type == "url"]
            urls += [
                token.arguments[0].value
                for token in declarations.get("src", [])
                if token.type == "function" and token.lower_name == "url"
            ]
            covered = (
                _characters_of_range(tinycss2.serialize(declarations["unicode-range"]))
                if "unicode-range" in declarations
                else None
            )
            for url in urls:
                ranges[PurePosixPath(url).name] = covered
    return ranges


def _characters_of_range(value: str) -> set[str]:
    """The characters of a CSS ``unicode-range`` value (``U+0600-06FF, U+200C``)."""
    return {
        chr(code) for start, end in _RANGE.findall(value) for code in range(int(start, 16), int(end or start, 16) + 1)
    }


def subset_font(font: bytes, characters: str) -> bytes:
    """A WOFF2 font with only ``characters`` (and what shaping them needs) and the default layout features."""
    options = subset.Options()
    options.flavor = "woff2"
    options.layout_features = options.layout_features + EXTRA_FEATURES
    options.name_IDs = ["*"]
    face = TTFont(io.BytesIO(font), recalcTimestamp=False)
    subsetter = subset.Subsetter(options)
    subsetter.populate(text=characters)
    subsetter.subset(face)
    output = io.BytesIO()
    face.flavor = "woff2"
    face.save(output)
    return output.getvalue()


def subset_fonts(fonts: dict[Path, str]) -> dict[Path, tuple[int, int]]:
    """Rewrite each font file in place with its characters, one process per font.

    Returns:
        Each font's size before and after.
    """
    paths = list(fonts)
    originals = [path.read_bytes() for path in paths]
    with ProcessPoolExecutor(max_workers=max(1, len(paths))) as pool:
        subsets = list(pool.map(subset_font, originals, [fonts[path] for path in paths]))
    for path, subset_bytes in zip(paths, subsets, strict=True):
        path.write_bytes(subset_bytes)
    return {path: (len(before), len(after)) for path, before, after in zip(paths, originals, subsets, strict=True)}


def characters_for(font: Path, used: str, ranges: dict[str, set[str] | None]) -> str:
    """The characters a font should keep: those the site uses that its ``@font-face`` may serve."""
    covered = ranges.get(font.name)
    return used if covered is None else "".join(char for char in used if char in covered)
