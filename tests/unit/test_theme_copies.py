"""Our copies of Material's templates fail the tests when Material changes the piece they copy, and
the build fails when the config block names a file the site does not have."""

from pathlib import Path

import material
import pytest

from sitegen.theme_copies import COPIES, config_problems, copied_piece, fingerprint

MATERIAL = Path(material.__file__).parent / "templates"


@pytest.mark.parametrize("copy", COPIES)
def test_materials_original_of_each_copy_is_still_the_one_we_copied(copy):
    template, block, expected = COPIES[copy]
    piece = copied_piece(MATERIAL, template, block)
    assert piece, f"Material's {template} has no block {block!r} any more"
    assert fingerprint(piece) == expected, (
        f"Material changed {template}{f' (block {block})' if block else ''} since overrides/{copy} copied it: "
        "compare the two, carry the change over, then record the new fingerprint in sitegen/theme_copies.py"
    )


def test_a_config_block_naming_a_missing_worker_is_an_error(tmp_path):
    (tmp_path / "assets").mkdir()
    (tmp_path / "assets" / "worker.js").write_text("")
    page = '<script id="__config" type="application/json">{{"search": "{}"}}</script>'
    assert config_problems(page.format("../assets/worker.js"), "fa/index.html", tmp_path) == []
    assert config_problems(page.format("../assets/search.abc.js"), "fa/index.html", tmp_path) == [
        "overrides/main.html: __config names '../assets/search.abc.js' (from fa/index.html), which this "
        "Material does not ship: copy its config block from Material's base.html again"
    ]
    assert config_problems("<html></html>", "index.html", tmp_path) == [
        "index.html: no __config block (overrides/main.html no longer fits Material's base.html)"
    ]
