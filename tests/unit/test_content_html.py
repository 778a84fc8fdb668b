import pytest

from sitegen.content_html import absolute_links, sections, without_permalinks, without_title

PAGE = "https://site.test/fa/causes/"


@pytest.mark.parametrize(
    ("link", "absolute"),
    [
        ("../symptoms/#when", "https://site.test/fa/symptoms/#when"),
        ("../../assets/a.svg", "https://site.test/assets/a.svg"),
        ("https://nhs.uk/", "https://nhs.uk/"),
        ("#quiz-fever", "#quiz-fever"),
    ],
)
def test_links_become_absolute_except_those_within_the_page(link, absolute):
    assert absolute_links(f'<p><a href="{link}">x</a></p>', PAGE) == f'<p><a href="{absolute}">x</a></p>'


def test_heading_permalinks_are_removed():
    html = '<h2 id="why">Why?<a class="headerlink" href="#why" title="Permanent link">&para;</a></h2>'
    assert without_permalinks(html) == '<h2 id="why">Why?</h2>'


def test_only_the_first_h1_is_removed():
    assert without_title('<h1 id="t">Title</h1>\n<p>Text</p><h1>Other</h1>') == "<p>Text</p><h1>Other</h1>"


def test_sections_split_at_h2_with_the_text_before_the_first_heading_first():
    html = (
        "<p>Intro</p>\n"
        '<h2 id="rest">Rest &amp; ice<a class="headerlink" href="#rest">¶</a></h2>\n<p>A</p>\n<h3 id="x">X</h3>'
        '<h2 id="when">When <em>to</em> stop</h2><ul><li>B</li></ul>'
    )
    assert sections(html) == [
        {"id": None, "heading": None, "html": "<p>Intro</p>"},
        {"id": "rest", "heading": "Rest & ice", "html": '<p>A</p>\n<h3 id="x">X</h3>'},
        {"id": "when", "heading": "When to stop", "html": "<ul><li>B</li></ul>"},
    ]


def test_a_page_that_opens_with_a_heading_has_no_untitled_section():
    assert sections('<h2 id="a">A</h2><p>x</p>') == [{"id": "a", "heading": "A", "html": "<p>x</p>"}]
