import io
from pathlib import Path

import pytest
from fontTools.ttLib import TTFont

from sitegen.errors import SiteDataError
from sitegen.fonts import (
    FontFace,
    characters_for,
    font_face_ranges,
    site_fonts,
    subset_font,
    subset_fonts,
    used_characters,
)
from tests.sitebuild import ROOT

REGULAR = (ROOT / "overrides/assets/fonts/vazirmatn/Vazirmatn-Regular.woff2").read_bytes()


def _font(data: bytes) -> TTFont:
    return TTFont(io.BytesIO(data))


def test_a_subset_keeps_its_characters_and_persian_shaping():
    small = subset_font(REGULAR, "پاشنه درد")
    face = _font(small)
    assert set("پاشنهدر") <= {chr(code) for code in face.getBestCmap()}
    assert "ک" not in {chr(code) for code in face.getBestCmap()}
    features = {record.FeatureTag for record in face["GSUB"].table.FeatureList.FeatureRecord}
    assert {"init", "medi", "fina"} <= features
    assert len(small) < len(REGULAR) / 3


def test_used_characters_read_pages_and_search_indexes_not_scripts(tmp_path):
    (tmp_path / "fa" / "search").mkdir(parents=True)
    (tmp_path / "fa" / "search" / "search_index.json").write_text('{"text": "ک &para;"}', encoding="utf-8")
    (tmp_path / "bundle.js").write_text("ぁ", encoding="utf-8")
    characters = used_characters(["<p>پا &#x6cc;</p>".encode()], tmp_path)
    assert {"پ", "ا", "ی", "ک", "¶", "A", "\u200c"} <= set(characters)
    assert "ぁ" not in characters


def test_font_face_ranges_map_each_font_file_to_its_unicode_range():
    css = """
    @font-face { font-family: "A"; src: url("../fonts/a/A-Regular.woff2") format("woff2");
                 unicode-range: U+0041-0043, U+0600; }
    @font-face { font-family: "B"; src: url(b/B.woff2); }
    .x { unicode-range: U+0030; }
    """
    assert font_face_ranges([css]) == {"A-Regular.woff2": {"A", "B", "C", "\u0600"}, "B.woff2": None}


def test_a_font_keeps_the_used_characters_its_range_covers():
    ranges = {"A.woff2": {"ا", "ب", " "}, "B.woff2": None}
    assert characters_for(Path("x/A.woff2"), " AaبJ", ranges) == " ب"
    assert characters_for(Path("x/B.woff2"), " AaبJ", ranges) == " AaبJ"
    assert characters_for(Path("x/C.woff2"), " Aa", ranges) == " Aa"


def test_a_subset_drops_alternates_no_page_asks_for_but_keeps_tabular_digits():
    face = _font(subset_font(REGULAR, "۱۲۳ پا"))
    features = {record.FeatureTag for record in face["GSUB"].table.FeatureList.FeatureRecord}
    assert "tnum" in features
    assert {"ss01", "salt", "smcp", "dlig"} & features == set()  # all in the whole font


def _subset_in_place(tmp_path: Path, characters: str, cache: Path) -> tuple[bytes, bool]:
    font = tmp_path / "site" / "Vazirmatn-Regular.woff2"
    font.parent.mkdir(exist_ok=True)
    font.write_bytes(REGULAR)
    ((before, after, from_cache),) = subset_fonts({font: characters}, cache).values()
    assert (before, after) == (len(REGULAR), font.stat().st_size)
    return font.read_bytes(), from_cache


def test_subsets_are_cached_by_font_and_characters_and_the_cache_keeps_one_a_font(tmp_path, monkeypatch):
    cache = tmp_path / "cache"
    made, from_cache = _subset_in_place(tmp_path, "پاشنه", cache)
    assert not from_cache
    assert made == subset_font(REGULAR, "پاشنه")
    assert [path.read_bytes() for path in cache.glob("**/*") if path.is_file()] == [made]

    def no_subsetting(*_):
        raise AssertionError("subset again")

    monkeypatch.setattr("sitegen.fonts.subset_font", no_subsetting)
    assert _subset_in_place(tmp_path, "پاشنه", cache) == (made, True)
    monkeypatch.undo()

    other, from_cache = _subset_in_place(tmp_path, "پاشنه درد", cache)
    assert not from_cache and other != made
    assert [path.read_bytes() for path in cache.glob("**/*") if path.is_file()] == [other]


def _stylesheet(theme: Path, css: str) -> None:
    (theme / "assets/stylesheets").mkdir(parents=True)
    (theme / "assets/stylesheets/site.css").write_text(css, encoding="utf-8")
    (theme / "assets/fonts").mkdir(parents=True)
    (theme / "assets/fonts/Body-Regular.woff2").write_bytes(b"font")


def test_site_fonts_are_read_from_the_font_face_rules_of_the_site_stylesheets(tmp_path):
    _stylesheet(
        tmp_path,
        '@font-face { font-family: "Body"; font-weight: 400; src: url("../fonts/Body-Regular.woff2") format("woff2"); }'
        "\nbody { font-family: Body; }",
    )
    assert site_fonts([tmp_path], ["assets/stylesheets/site.css"]) == (
        FontFace("Body", 400, "assets/fonts/Body-Regular.woff2"),
    )


def test_a_font_face_without_its_file_or_weight_is_named(tmp_path):
    _stylesheet(
        tmp_path,
        '@font-face { font-family: "Body"; font-weight: 700; src: url(../fonts/Body-Bold.woff2); }'
        '@font-face { font-family: "Body"; src: url(../fonts/Body-Regular.woff2); }',
    )
    with pytest.raises(SiteDataError) as error:
        site_fonts([tmp_path], ["assets/stylesheets/site.css"])
    css = tmp_path / "assets/stylesheets/site.css"
    assert error.value.problems == [
        f"{css}: @font-face: ../fonts/Body-Bold.woff2: font file not found",
        f"{css}: @font-face for ../fonts/Body-Regular.woff2: font-family and a numeric font-weight required",
    ]


def test_the_real_site_declares_its_fonts_once_in_its_stylesheets():
    """Handouts, preloads and the cut-down web fonts all read these rules (content: the real site's files)."""
    fonts = site_fonts([ROOT / "overrides"], ["assets/stylesheets/site.css"])
    assert [(font.family, font.weight) for font in fonts] == [("Vazirmatn", 400), ("Vazirmatn", 700)]
