import markdown
import pytest

from sitegen.components import compact, component_assets, render_components
from sitegen.errors import SiteDataError, UnknownComponentError

EXTENSIONS = {
    "extensions": ["sitegen.components"],
    "extension_configs": {"sitegen.components": {"kinds": ["diagram"]}},
}


def _html(text: str) -> str:
    return markdown.markdown(
        text, extensions=EXTENSIONS["extensions"], extension_configs=EXTENSIONS["extension_configs"]
    )


def _render(kind: str, component_id: str, level: int) -> str:
    if component_id != "foot":
        raise UnknownComponentError(f"unknown {kind}")
    return f"<figure>{kind}:{component_id}:h{level}</figure>"


def test_a_block_becomes_a_placeholder_then_its_rendering():
    html = _html("Text.\n\n/// diagram | foot\n///\n")
    assert '<div data-site-component="diagram" data-site-id="foot" data-site-level="3"></div>' in html
    assert render_components(html, _render, "docs/en/a.md") == "<p>Text.</p>\n<figure>diagram:foot:h3</figure>"


@pytest.mark.parametrize(
    ("markdown", "level"),
    [
        ("# Title\n\n", 2),
        ("# Title\n\n## Part\n\nText.\n\n", 3),
        ("## A\n\n### B\n\n#### C\n\n##### D\n\n###### E\n\n", 6),
    ],
)
def test_a_component_title_comes_one_level_below_the_heading_before_it(markdown, level):
    html = _html(f"{markdown}/// diagram | foot\n///\n")
    assert render_components(html, _render, "docs/en/a.md").endswith(f"<figure>diagram:foot:h{level}</figure>")


def test_every_unknown_id_is_reported_at_once():
    html = _html("/// diagram | hand\n///\n\n/// diagram | foot\n///\n\n/// diagram | knee\n///\n")
    with pytest.raises(SiteDataError) as error:
        render_components(html, _render, "docs/en/a.md")
    assert error.value.problems == [
        "docs/en/a.md: /// diagram | hand: unknown diagram",
        "docs/en/a.md: /// diagram | knee: unknown diagram",
    ]


def test_an_unregistered_kind_stays_text():
    assert "data-site-component" not in _html("/// routine | foot\n///\n")


def test_a_page_loads_the_styles_and_scripts_of_its_component_kinds_only():
    existing = {"assets/stylesheets/quiz.css", "assets/javascripts/quiz.js", "assets/stylesheets/routine.css"}
    assert component_assets(["routine", "quiz", "diagram", "quiz"], existing.__contains__) == {
        "stylesheets": ["assets/stylesheets/quiz.css", "assets/stylesheets/routine.css"],
        "scripts": ["assets/javascripts/components.js", "assets/javascripts/quiz.js"],
    }


def test_a_page_without_component_scripts_loads_no_shared_helper():
    assert component_assets(["diagram"], lambda path: False) == {"stylesheets": [], "scripts": []}


def test_compact_drops_the_indentation_of_each_line_and_keeps_the_words():
    assert compact('<div class="a">\n    <p>One  two</p>\n\n  <p>three</p>\n</div>') == (
        '<div class="a">\n<p>One  two</p>\n<p>three</p>\n</div>'
    )
