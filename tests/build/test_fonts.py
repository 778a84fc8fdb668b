"""The web fonts carry just the characters the site shows, and Persian pages fetch them early."""

import io

from fontTools.ttLib import TTFont

from tests.build.site_pages import built_html
from tests.sitebuild import ROOT
from tests.textscan import text_runs

FONTS = ("Vazirmatn-Regular.woff2", "Vazirmatn-Bold.woff2")


def _characters(path) -> set[str]:
    return {chr(code) for code in TTFont(io.BytesIO(path.read_bytes())).getBestCmap()}


def test_the_fonts_keep_every_character_persian_pages_show_but_latin_letters_and_digits(site_dir):
    """Vazirmatn serves the Arabic script and punctuation; Latin words and digits (English source
    names on Persian pages) are left to the system font, as on English pages."""
    pages = [path for language, path in built_html(site_dir) if language == "fa"]
    shown = {char for path in pages for run in text_runs(path) for char in run.text}
    for name in FONTS:
        whole = _characters(ROOT / "overrides" / "assets" / "fonts" / "vazirmatn" / name)
        path = site_dir / "assets" / "fonts" / "vazirmatn" / name
        kept = _characters(path)
        assert path.stat().st_size < 15 * 1024
        persian = {char for char in shown & whole if not (char.isascii() and char.isalnum())}
        assert persian - kept == set()
        assert len(persian) > 32  # the alphabet at least
        assert {char for char in kept if char.isascii() and char.isalnum()} == set()
        assert any(char.isascii() and char.isalnum() for char in shown)


def test_persian_pages_preload_their_fonts_and_english_pages_do_not(site_dir):
    for language, path in built_html(site_dir):
        html = path.read_text(encoding="utf-8")
        assert all((f'{name}" as="font"' in html) == (language == "fa") for name in FONTS), path
