from sitegen.component_kinds import RenderedComponent
from sitegen.embeds import page_embeds, snippet

CONTENT = (
    '<h1 id="exercises">Exercises</h1><p>See <a href="../causes/">causes</a>.</p>'
    '<h2 id="how">How<a class="headerlink" href="#how" title="Permanent link">¶</a></h2>'
)
COMPONENTS = [
    RenderedComponent("diagram", "foot", None, None),
    RenderedComponent("routine", "heel-raise", "Heel raise", '<a href="../prevention/">p</a>'),
    RenderedComponent("quiz", "see-a-doctor", "See a doctor?", '<a href="#quiz-q2">2</a>'),
]


def _embeds(prefix=""):
    return page_embeds(
        prefix=prefix,
        name="exercises",
        title="Exercises",
        page_url=f"https://site.test/{prefix}exercises/",
        content=CONTENT,
        components=COMPONENTS,
    )


def test_a_page_and_each_embeddable_component_on_it_get_an_embed_in_the_language_folder():
    assert [(embed.kind, embed.url) for embed in _embeds("fa/")] == [
        ("page", "fa/embed/page/exercises/"),
        ("routine", "fa/embed/routine/heel-raise/"),
        ("quiz", "fa/embed/quiz/see-a-doctor/"),
    ]


def test_an_embed_links_back_to_its_place_on_the_page():
    assert [embed.read_url for embed in _embeds()] == [
        "https://site.test/exercises/",
        "https://site.test/exercises/#routine-heel-raise",
        "https://site.test/exercises/#quiz-see-a-doctor",
    ]


def test_embed_content_has_absolute_links_no_permalinks_and_no_page_title():
    page, routine, quiz = _embeds()
    assert page.content == '<p>See <a href="https://site.test/causes/">causes</a>.</p><h2 id="how">How</h2>'
    assert routine.content == '<a href="https://site.test/prevention/">p</a>'
    assert quiz.content == '<a href="#quiz-q2">2</a>'


def test_a_routine_card_titles_its_embed_itself_the_page_and_quiz_are_titled_by_the_layout():
    assert [embed.has_own_title for embed in _embeds()] == [False, True, False]


def test_assets_are_reached_from_the_embed_folder():
    assert [embed.root for embed in _embeds("fa/")] == ["../../../../"] * 3
    assert _embeds()[0].root == "../../../"


def test_the_snippet_points_at_the_public_embed_and_the_loader():
    assert snippet(_embeds("fa/")[2], "https://site.test/") == {
        "kind": "quiz",
        "title": "See a doctor?",
        "src": "https://site.test/fa/embed/quiz/see-a-doctor/",
        "height": 700,
        "loader": "https://site.test/assets/javascripts/embed-loader.js",
    }
