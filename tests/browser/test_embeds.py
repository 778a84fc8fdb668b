"""Embeds on a clinic's page (another origin), with the snippet each page offers: they render, the
loader sizes the frame to its content as it changes, foreign or malformed messages are ignored, links
leave the frame, the quiz works inside it, and other pages refuse to be framed."""

import re
import time

import pytest
from axe_playwright_python.sync_playwright import Axe
from playwright.sync_api import expect

from sitegen.quiz import load_quiz
from tests import site_under_test
from tests.browser.quiz_steps import answer, path_to, visible_outcomes
from tests.build.site_pages import LANGUAGES, embed_snippets, page_slugs, placed
from tests.build.site_pages import site_url as public_url

QUIZ_ID, QUIZ_PAGE = placed("quiz")[0]
QUIZ = load_quiz(site_under_test.root(), QUIZ_ID, list(LANGUAGES))
ROUTINE, ROUTINE_PAGE = placed("routine")[-1]
ROUTINES_ON_QUIZ_PAGE = [item for item, on in placed("routine") if on == QUIZ_PAGE]
# Each kind of embed, by the page that offers its snippet and the snippet's place there: the page's own
# first, then its routines', then its quiz's.
KINDS = {
    "page": (page_slugs()[-1], 0),
    "routine": (ROUTINE_PAGE, 1 + [item for item, on in placed("routine") if on == ROUTINE_PAGE].index(ROUTINE)),
    "quiz": (QUIZ_PAGE, 1 + len(ROUTINES_ON_QUIZ_PAGE)),
}
HEIGHT_OF_CONTENT = "Math.ceil(document.querySelector('[data-embed]').getBoundingClientRect().height)"
HEIGHT_OF_FRAME = "(id) => document.getElementById(id).clientHeight"
TOLERANCE = 2
# Where embeds and snippets point: the site's public address, not the test server.
PUBLIC_URL = public_url()


def _snippet(site_dir, base, language, kind) -> str:
    """The snippet a page offers, pointed at the site as served in the test."""
    slug, index = KINDS[kind]
    code = embed_snippets(site_dir, LANGUAGES[language][0], slug)[index]
    return code.replace(PUBLIC_URL, base).replace("<iframe ", f'<iframe id="{kind}" ', 1)


def _clinic_page(clinic, name, body) -> str:
    url, folder = clinic
    (folder / f"{name}.html").write_text(
        f'<!doctype html><html lang="en"><head><meta charset="utf-8"><title>Clinic</title><link rel="icon" href="data:,"></head>'
        f"<body><main><h1>Our clinic</h1>{body}</main></body></html>",
        encoding="utf-8",
    )
    return f"{url}{name}.html"


def _frame(page, frame_id):
    frame = page.locator(f"#{frame_id}").element_handle().content_frame()
    frame.wait_for_selector("[data-embed]")
    return frame


def _settled_heights(page, frame, frame_id) -> tuple[int, float]:
    """The content's height and the frame's, once the frame has caught up (or after 5 seconds)."""
    deadline = time.monotonic() + 5
    while True:
        content, outer = frame.evaluate(HEIGHT_OF_CONTENT), page.evaluate(HEIGHT_OF_FRAME, frame_id)
        if abs(content - outer) <= TOLERANCE or time.monotonic() > deadline:
            return content, outer
        page.wait_for_timeout(50)


@pytest.fixture
def watched(page):
    """The test's page, collecting script errors and console errors from it and its frames."""
    problems = []
    page.on("pageerror", lambda error: problems.append(f"script error: {error}"))
    page.on("console", lambda message: message.type == "error" and problems.append(message.text))
    return page, problems


@pytest.mark.parametrize("language", LANGUAGES)
@pytest.mark.parametrize("kind", KINDS)
def test_an_embed_renders_on_another_origin_and_its_frame_fits_its_content(
    watched, site_dir, site_url, clinic, site_strings, language, kind
):
    page, problems = watched
    page.goto(_clinic_page(clinic, f"{kind}-{language}", _snippet(site_dir, site_url, language, kind)))
    frame = _frame(page, kind)
    assert frame.evaluate("document.documentElement.lang") == language
    assert frame.locator("h1").count() == 1 and frame.locator("h1").is_visible()
    disclaimer = " ".join(site_strings["disclaimer_text"][language].split())
    assert disclaimer in " ".join(frame.locator(".site-disclaimer").inner_text().split())
    content, outer = _settled_heights(page, frame, kind)
    assert abs(content - outer) <= TOLERANCE
    assert outer > 400
    assert problems == []


@pytest.mark.parametrize("language", LANGUAGES)
def test_the_quiz_works_in_its_frame_which_follows_its_height(watched, site_dir, site_url, clinic, language):
    page, problems = watched
    page.goto(_clinic_page(clinic, f"quiz-run-{language}", _snippet(site_dir, site_url, language, "quiz")))
    frame = _frame(page, "quiz")
    before, _ = _settled_heights(page, frame, "quiz")
    most_urgent = QUIZ.tiers[0]
    for question, choice in path_to(QUIZ, most_urgent.id):
        answer(frame, question, choice)
    assert visible_outcomes(frame) == [most_urgent.id]
    title = frame.locator(f'[data-outcome="{most_urgent.id}"] .quiz__outcome-title').inner_text()
    assert title == getattr(most_urgent.title, language)
    after, outer = _settled_heights(page, frame, "quiz")
    assert after != before
    assert abs(after - outer) <= TOLERANCE
    assert problems == []


def test_messages_from_another_origin_or_of_another_shape_are_ignored(watched, site_dir, site_url, clinic):
    page, _ = watched
    clinic_url, folder = clinic
    # An impostor on the clinic's own origin, in a frame like ours, sending a well-formed message.
    (folder / "impostor.html").write_text(
        "<!doctype html><title>x</title><script>"
        "parent.postMessage({type: 'sitegen-embed-height', height: 4321}, '*');</script>",
        encoding="utf-8",
    )
    body = _snippet(site_dir, site_url, "en", "page") + (
        '<iframe id="impostor" title="Impostor" height="150" src="impostor.html"></iframe>'
    )
    page.goto(_clinic_page(clinic, "messages", body))
    frame = _frame(page, "page")
    _settled_heights(page, frame, "page")
    page.evaluate(
        "window.heights = []; new MutationObserver(() => heights.push(document.getElementById('page').style.height))"
        ".observe(document.getElementById('page'), {attributes: true})"
    )
    for message in (
        "{type: 'sitegen-embed-height', height: 4321, extra: 1}",
        "{type: 'other', height: 4321}",
        "{type: 'sitegen-embed-height', height: '4321'}",
        "{type: 'sitegen-embed-height', height: -5}",
        "'sitegen-embed-height 4321'",
    ):
        frame.evaluate(f"parent.postMessage({message}, '*')")
    page.evaluate("postMessage({type: 'sitegen-embed-height', height: 4321}, '*')")
    # A real change after the bad messages: once the frame follows it, they have all been handled.
    frame.evaluate(
        "document.querySelector('[data-embed]').append(Object.assign(document.createElement('p'), {textContent: 'More'}))"
    )
    content, outer = _settled_heights(page, frame, "page")
    assert abs(content - outer) <= TOLERANCE
    assert "4321px" not in page.evaluate("heights") and page.evaluate("heights")
    assert page.evaluate(HEIGHT_OF_FRAME, "impostor") == 150
    assert clinic_url.split(":")[2] != site_url.split(":")[2]


def test_without_the_loader_the_frame_keeps_its_height_and_scrolls(watched, site_dir, site_url, clinic):
    page, problems = watched
    snippet = _snippet(site_dir, site_url, "fa", "page").split("<script")[0]
    page.goto(_clinic_page(clinic, "no-loader", snippet))
    frame = _frame(page, "page")
    frame.wait_for_load_state("load")
    page.wait_for_timeout(300)
    assert page.evaluate(HEIGHT_OF_FRAME, "page") == 800
    assert frame.evaluate("document.documentElement.scrollHeight") > 800
    assert problems == []


@pytest.mark.parametrize("kind", ["page", "quiz"])
def test_a_link_opens_outside_the_frame(watched, site_dir, site_url, clinic, kind):
    page, _ = watched
    # Embeds link to the site's public address; answer for it here.
    page.context.route(f"{PUBLIC_URL}**", lambda route: route.fulfill(body="the site", content_type="text/plain"))
    clinic_page = _clinic_page(clinic, f"links-{kind}", _snippet(site_dir, site_url, "en", kind))
    page.goto(clinic_page)
    frame = _frame(page, kind)
    embed_url = frame.url
    if kind == "quiz":
        least_urgent = QUIZ.tiers[-1].id
        for question, choice in path_to(QUIZ, least_urgent):
            answer(frame, question, choice)
        link = frame.locator(f'[data-outcome="{least_urgent}"] .quiz__links a').first
    else:
        link = frame.locator(".embed__source a")
    with page.context.expect_page() as opened:
        link.click()
    assert opened.value.url.startswith(PUBLIC_URL) and "/embed/" not in opened.value.url
    assert frame.url == embed_url
    assert page.url == clinic_page


def test_a_page_that_is_not_an_embed_refuses_to_be_framed_by_another_origin(watched, site_url, clinic):
    page, problems = watched
    page.goto(
        _clinic_page(clinic, "framing", f'<iframe id="site" title="Site" src="{site_url}{page_slugs()[-1]}"></iframe>')
    )
    page.wait_for_timeout(500)
    frame = page.locator("#site").element_handle().content_frame()
    assert frame.locator("[data-md-component=content], article").count() == 0
    assert any("frame-ancestors" in problem for problem in problems)


@pytest.mark.parametrize("language", LANGUAGES)
def test_the_embed_section_is_closed_accessible_open_and_its_copy_button_copies_the_snippet(
    browser, site_dir, site_url, site_strings, language
):
    context = browser.new_context(permissions=["clipboard-read", "clipboard-write"])
    page = context.new_page()
    page.goto(f"{site_url}{LANGUAGES[language][0]}{QUIZ_PAGE}")
    section = page.locator("details.site-embed")
    assert section.get_attribute("open") is None
    section.locator("summary").click()
    violations = Axe().run(page, context=".site-embed").response["violations"]
    assert [(violation["id"], [node["target"] for node in violation["nodes"]]) for violation in violations] == []
    assert section.locator(".md-code__button").count() == 0
    copy = section.locator("[data-embed-copy]").nth(KINDS["quiz"][1])
    copy.locator("button").click()
    expect(copy.locator("[role=status]")).to_have_text(site_strings["embed_copied"][language])
    copied = page.evaluate("navigator.clipboard.readText()")
    expected = _snippet(site_dir, PUBLIC_URL, language, "quiz").replace(' id="quiz"', "")
    context.close()
    assert copied == expected


@pytest.mark.parametrize("language", LANGUAGES)
def test_material_sets_up_the_embed_codes_only_when_the_section_is_opened(page, site_url, language):
    # Setting up a code block measures it, which lays out the page (engine.yml: content.lazy).
    # Material names each block it has set up (pre id="__code_…").
    page.goto(f"{site_url}{LANGUAGES[language][0]}{QUIZ_PAGE}")
    blocks = page.locator("details.site-embed pre")
    assert blocks.count() > 0
    assert [blocks.nth(index).get_attribute("id") for index in range(blocks.count())] == [None] * blocks.count()
    page.locator("details.site-embed summary").click()
    for index in range(blocks.count()):
        blocks.nth(index).scroll_into_view_if_needed()
        expect(blocks.nth(index)).to_have_id(re.compile("^__code_"))
