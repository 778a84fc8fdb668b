"""Web fonts cut down to the characters the built site uses.

Vazirmatn covers Persian, Arabic, Latin and more in about 50 KB a weight. After the build, each font
under the site's font folder is rewritten with only the characters found in the built pages and search
indexes, keeping every OpenType layout feature, so Persian letters still join and shape as they
should. The fonts in the theme folder stay whole (the PDF handouts embed those).
"""

import html
import io
from collections.abc import Iterable
from concurrent.futures import ProcessPoolExecutor
from pathlib import Path

from fontTools import subset
from fontTools.ttLib import TTFont

TEXT_FILES = ("*.html", "search_index.json")
# Characters a reader may type or the browser may show that no page need contain.
ALWAYS = "".join(chr(code) for code in range(0x20, 0x7F)) + "\u200c\u200d\u200e\u200f"


def used_characters(site_dir: Path) -> str:
    """Every character in the built site's pages and search indexes, plus printable ASCII."""
    characters = set(ALWAYS)
    for pattern in TEXT_FILES:
        for path in site_dir.glob(f"**/{pattern}"):
            characters.update(html.unescape(path.read_text(encoding="utf-8")))
    return "".join(sorted(characters))


def subset_font(font: bytes, characters: str) -> bytes:
    """A WOFF2 font with only ``characters`` (and what shaping them needs), all layout features kept."""
    options = subset.Options()
    options.flavor = "woff2"
    options.layout_features = ["*"]
    options.name_IDs = ["*"]
    face = TTFont(io.BytesIO(font), recalcTimestamp=False)
    subsetter = subset.Subsetter(options)
    subsetter.populate(text=characters)
    subsetter.subset(face)
    output = io.BytesIO()
    face.flavor = "woff2"
    face.save(output)
    return output.getvalue()


def subset_fonts(fonts: Iterable[Path], characters: str) -> dict[Path, tuple[int, int]]:
    """Rewrite each font file in place, one process per font; return each one's size before and after."""
    fonts = list(fonts)
    originals = [path.read_bytes() for path in fonts]
    with ProcessPoolExecutor(max_workers=max(1, len(fonts))) as pool:
        subsets = list(pool.map(subset_font, originals, [characters] * len(fonts)))
    for path, subset_bytes in zip(fonts, subsets, strict=True):
        path.write_bytes(subset_bytes)
    return {path: (len(before), len(after)) for path, before, after in zip(fonts, originals, subsets, strict=True)}
