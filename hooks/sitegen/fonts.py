"""Web fonts cut down to the characters the built site uses.

Vazirmatn covers Persian, Arabic, Latin and more in about 50 KB a weight. After the build, each font
under the site's font folder is rewritten with only the characters found in the built pages and search
indexes that its ``@font-face`` rule's ``unicode-range`` covers (all of them if it has none), keeping
the layout features browsers apply by default (so Persian letters still join and shape as they
should) and tabular digits (the routine timer asks for them). Stylistic alternates no page asks for
are dropped. The fonts in the theme folder stay whole (the PDF handouts embed those).

Subsetting is the slowest step of a site build, and gives the same bytes for the same font and
characters, so its results are kept in a cache folder, one file per font, named for what it was made
from; a build whose pages use the same characters takes them from there.
"""

import hashlib
import html
import io
import os
import re
from collections.abc import Iterable, Iterator, Sequence
from concurrent.futures import ProcessPoolExecutor
from dataclasses import dataclass
from itertools import chain
from pathlib import Path, PurePosixPath

import fontTools
import tinycss2

from sitegen.build_cache import cache_unusable
from sitegen.errors import SiteDataError
from sitegen.theme_files import theme_file

SEARCH_INDEX = "search_index.json"
# Characters a reader may type or the browser may show that no page need contain.
ALWAYS = "".join(chr(code) for code in range(0x20, 0x7F)) + "\u200c\u200d\u200e\u200f"
# Besides the features a browser applies by default: tabular digits (font-variant-numeric: tabular-nums).
EXTRA_FEATURES = ["tnum"]
_ASCII = bytes(range(0x80))
_ENTITY = re.compile(rb"&#?\w+;")
_RANGE = re.compile(r"U\+([0-9A-Fa-f]+)(?:-([0-9A-Fa-f]+))?")


def used_characters(pages: Iterable[bytes], site_dir: Path) -> str:
    """Every character in the built pages (UTF-8) and the site's search indexes, plus printable ASCII."""
    characters = set(ALWAYS)
    indexes = (path.read_bytes() for path in site_dir.glob(f"**/{SEARCH_INDEX}"))
    for data in chain(pages, indexes):
        # ASCII is always kept, so only the rest is looked at: in UTF-8 every byte of a non-ASCII
        # character is above 0x7f, so deleting the ASCII bytes leaves whole characters.
        characters.update(data.translate(None, _ASCII).decode("utf-8"))
        characters.update("".join(html.unescape(entity.decode()) for entity in _ENTITY.findall(data)))
    return "".join(sorted(characters))


@dataclass(frozen=True)
class FontFace:
    """A web font the site's stylesheets declare (``@font-face``).

    Attributes:
        family: Its family name (``Vazirmatn``).
        weight: Its weight (400, 700).
        path: Its file, relative to the site root (``assets/fonts/vazirmatn/Vazirmatn-Regular.woff2``).
    """

    family: str
    weight: int
    path: str


def site_fonts(theme_dirs: Sequence[Path], stylesheets: Iterable[str]) -> tuple[FontFace, ...]:
    """The web fonts of the site's own stylesheets, in the order they declare them.

    Args:
        theme_dirs: The theme folders (the site's, then the engine's), where the stylesheets are.
        stylesheets: The stylesheets' paths relative to the site root (``extra_css``).

    Raises:
        SiteDataError: If a rule lacks its family or weight, or its file is not in the theme folder.
    """
    faces, problems = [], []
    for stylesheet in stylesheets:
        path = theme_file(theme_dirs, stylesheet)
        if not path.is_file():
            continue
        for declarations in _font_face_rules(path.read_text(encoding="utf-8")):
            family = "".join(token.value for token in declarations.get("font-family", []) if token.type == "string")
            weights = [token.int_value for token in declarations.get("font-weight", []) if token.type == "number"]
            for url in _urls(declarations):
                font = PurePosixPath(stylesheet).parent.joinpath(url)
                relative = os.path.normpath(font.as_posix()).replace(os.sep, "/")
                if not family or not weights:
                    problems.append(f"{path}: @font-face for {url}: font-family and a numeric font-weight required")
                elif not theme_file(theme_dirs, relative).is_file():
                    problems.append(f"{path}: @font-face: {url}: font file not found")
                else:
                    faces.append(FontFace(family, weights[0], relative))
    if problems:
        raise SiteDataError(problems)
    return tuple(faces)


def font_face_ranges(stylesheets: Iterable[str]) -> dict[str, set[str] | None]:
    """The characters each font file may serve, from the ``@font-face`` rules of the stylesheets.

    Returns:
        For each font file name an ``@font-face`` rule loads (``Vazirmatn-Regular.woff2``), the
        characters of its ``unicode-range``, or ``None`` if the rule has none (every character).
    """
    ranges: dict[str, set[str] | None] = {}
    for css in stylesheets:
        for declarations in _font_face_rules(css):
            covered = (
                _characters_of_range(tinycss2.serialize(declarations["unicode-range"]))
                if "unicode-range" in declarations
                else None
            )
            for url in _urls(declarations):
                ranges[PurePosixPath(url).name] = covered
    return ranges


def _font_face_rules(css: str) -> Iterator[dict[str, list]]:
    """The declarations of each ``@font-face`` rule of a stylesheet, by property name."""
    for rule in tinycss2.parse_stylesheet(css, skip_whitespace=True, skip_comments=True):
        if rule.type == "at-rule" and rule.lower_at_keyword == "font-face":
            yield {
                item.lower_name: item.value
                for item in tinycss2.parse_blocks_contents(rule.content, skip_whitespace=True, skip_comments=True)
                if item.type == "declaration"
            }


def _urls(declarations: dict[str, list]) -> list[str]:
    """The URLs of a rule's ``src``: ``url(x)`` is one token, ``url("x")`` a function."""
    source = declarations.get("src", [])
    urls = [token.value for token in source if token.type == "url"]
    return urls + [
        token.arguments[0].value for token in source if token.type == "function" and token.lower_name == "url"
    ]


def _characters_of_range(value: str) -> set[str]:
    """The characters of a CSS ``unicode-range`` value (``U+0600-06FF, U+200C``)."""
    return {
        chr(code) for start, end in _RANGE.findall(value) for code in range(int(start, 16), int(end or start, 16) + 1)
    }


def subset_font(font: bytes, characters: str) -> bytes:
    """A WOFF2 font with only ``characters`` (and what shaping them needs) and the default layout features."""
    # Loaded here, in the worker processes: a build whose subsets are all cached needs neither.
    from fontTools import subset
    from fontTools.ttLib import TTFont

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


def subset_fonts(fonts: dict[Path, str], cache_dir: Path) -> dict[Path, tuple[int, int, bool]]:
    """Rewrite each font file in place with its characters, from the cache or one process per font.

    Returns:
        Each font's size before and after, and whether it came from the cache.
    """
    originals = {path: path.read_bytes() for path in fonts}
    cached = {path: _cache_file(cache_dir, path.name, originals[path], fonts[path]) for path in fonts}
    subsets = {path: subset for path in fonts if (subset := _cached(cached[path], cache_dir)) is not None}
    missing = [path for path in fonts if path not in subsets]
    if missing:
        with ProcessPoolExecutor(max_workers=len(missing)) as pool:
            made = pool.map(subset_font, [originals[path] for path in missing], [fonts[path] for path in missing])
            subsets |= dict(zip(missing, made, strict=True))
    for path in fonts:
        path.write_bytes(subsets[path])
        if path in missing:
            _store(cached[path], subsets[path], cache_dir)
    return {path: (len(originals[path]), len(subsets[path]), path not in missing) for path in fonts}


def _cache_file(cache_dir: Path, font_name: str, font: bytes, characters: str) -> Path:
    """Where the subset of ``font`` for ``characters`` is cached: named for everything that shapes it."""
    made_from = hashlib.sha256()
    for part in (font, characters.encode(), fontTools.version.encode(), repr(EXTRA_FEATURES).encode()):
        made_from.update(hashlib.sha256(part).digest())
    return cache_dir / font_name / f"{made_from.hexdigest()}.woff2"


def _cached(cache_file: Path, cache_dir: Path) -> bytes | None:
    """A cached subset, or ``None`` if there is none or the cache cannot be read."""
    try:
        return cache_file.read_bytes()
    except FileNotFoundError:
        return None
    except OSError as error:
        cache_unusable(cache_dir, error)
        return None


def _store(cache_file: Path, subset_bytes: bytes, cache_dir: Path) -> None:
    """Cache a subset, written whole or not at all, as the one file cached for its font (if it can)."""
    partial = cache_file.with_name(f"{cache_file.name}.{os.getpid()}.part")
    try:
        cache_file.parent.mkdir(parents=True, exist_ok=True)
        partial.write_bytes(subset_bytes)
        partial.replace(cache_file)
        for other in cache_file.parent.iterdir():
            if other != cache_file and not other.name.endswith(".part"):
                other.unlink(missing_ok=True)
    except OSError as error:
        cache_unusable(cache_dir, error)


def characters_for(font: Path, used: str, ranges: dict[str, set[str] | None]) -> str:
    """The characters a font should keep: those the site uses that its ``@font-face`` may serve."""
    covered = ranges.get(font.name)
    return used if covered is None else "".join(char for char in used if char in covered)
