"""The web fonts carry just the characters the site shows, and Persian pages fetch them early."""

import io

from fontTools.ttLib import TTFont

from tests.build.site_pages import built_html
from tests.sitebuild import ROOT
from tests.textscan import text_runs

FONTS = ("Vazirmatn-Regular.woff2", "Vazirmatn-Bold.woff2")


def _characters(path) -> set[str]:
    return {chr(code) for code in TTFont(io.BytesIO(path.read_bytes())).getBestCmap()}


def test_the_fonts_are_cut_down_but_keep_every_character_persian_pages_show(site_dir):
    pages = [path for language, path in built_html(site_dir) if language == "fa"]
    shown = {char for path in pages for run in text_runs(path) for char in run.text}
    for name in FONTS:
        whole = _characters(ROOT / "overrides" / "assets" / "fonts" / "vazirmatn" / name)
        path = site_dir / "assets" / "fonts" / "vazirmatn" / name
        assert path.stat().st_size < 30 * 1024
        assert (shown & whole) - _characters(path) == set()
        assert len(shown & whole) > 100


def test_persian_pages_preload_their_fonts_and_english_pages_do_not(site_dir):
    for language, path in built_html(site_dir):
        html = path.read_text(encoding="utf-8")
        assert all((f'{name}" as="font"' in html) == (language == "fa") for name in FONTS), path
