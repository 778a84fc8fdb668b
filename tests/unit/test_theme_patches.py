from pathlib import Path

import material
import pytest

from sitegen.errors import SiteDataError
from sitegen.theme_patches import SCRIPT_PATCHES, patched

(BUNDLE,) = (Path(material.__file__).parent / "templates" / "assets" / "javascripts").glob("bundle.*.min.js")


def test_the_installed_material_script_takes_each_patch_once():
    text = patched(BUNDLE.read_text(encoding="utf-8"), SCRIPT_PATCHES, BUNDLE.name)
    for new in SCRIPT_PATCHES.values():
        assert text.count(new) == 1


def test_a_patch_that_no_longer_applies_stops_the_build():
    with pytest.raises(SiteDataError) as error:
        patched("a b a", {"a": "c", "d": "e"}, "bundle.js")
    assert error.value.problems == [
        "bundle.js: expected a once to patch it, found it 2 times",
        "bundle.js: expected d once to patch it, found it 0 times",
    ]


def test_a_file_patched_already_is_left_as_it_is():
    assert patched('x "b(1)" y', {'"b"': '"b(1)"'}, "bundle.js") == 'x "b(1)" y'
