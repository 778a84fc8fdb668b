"""A page's own stylesheets, and its deferred scripts, joined into one file each, named by their parts."""

import pytest

from sitegen.asset_bundles import Bundle, bundle, joined
from sitegen.errors import SiteDataError

SITE, ROUTINE = "assets/stylesheets/site.css", "assets/stylesheets/routine.css"


def test_no_parts_no_file_and_a_lone_part_is_linked_as_it_is():
    assert bundle([]) is None
    assert bundle([SITE]) == Bundle(SITE, (SITE,))
    assert not bundle([SITE]).is_joined


def test_parts_join_into_a_file_of_their_folder_named_after_them_in_order():
    joint = bundle([SITE, ROUTINE])
    assert joint == Bundle("assets/stylesheets/site+routine.css", (SITE, ROUTINE))
    assert joint.is_joined
    assert bundle([ROUTINE, SITE]).path == "assets/stylesheets/routine+site.css"


def test_joined_scripts_cannot_run_into_each_other():
    texts = {"assets/javascripts/a.js": "window.a = 1\n", "assets/javascripts/b.js": "(function () {})()\n"}
    assert joined(bundle(list(texts)), texts.__getitem__) == "window.a = 1;\n(function () {})()\n"
    styles = {SITE: "a { color: red }\n\n", ROUTINE: "b { color: blue }"}
    assert joined(bundle(list(styles)), styles.__getitem__) == "a { color: red }\nb { color: blue }\n"


@pytest.mark.parametrize(
    ("parts", "message"),
    [
        (
            [SITE, "css/clinic.css"],
            f"mkdocs.yml: extra_css, extra_javascript: {SITE}, css/clinic.css: a page's own stylesheets, and its "
            "deferred scripts, are joined into one file each: put each kind in one folder "
            "(assets/stylesheets/, assets/javascripts/)",
        ),
        ([SITE, "assets/stylesheets/extra.js"], "one folder"),
        (
            ["assets/stylesheets/site.scss"],
            "mkdocs.yml: extra_css, extra_javascript: assets/stylesheets/site.scss: expected a .css or .js file",
        ),
    ],
)
def test_parts_one_file_cannot_hold_are_named(parts, message):
    with pytest.raises(SiteDataError) as error:
        bundle(parts)
    assert message in str(error.value)
