import io

from fontTools.ttLib import TTFont

from sitegen.fonts import subset_font, used_characters
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
    (tmp_path / "fa").mkdir()
    (tmp_path / "fa" / "index.html").write_text("<p>پا</p>", encoding="utf-8")
    (tmp_path / "search_index.json").write_text('{"text": "ک &para;"}', encoding="utf-8")
    (tmp_path / "bundle.js").write_text("ぁ", encoding="utf-8")
    characters = used_characters(tmp_path)
    assert {"پ", "ا", "ک", "¶", "A", "\u200c"} <= set(characters)
    assert "ぁ" not in characters
