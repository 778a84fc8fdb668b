"""A routine card out of view is laid out only as a reader nears it (content-visibility: auto), so a page of
cards paints its text first; it is still there for links, print and embeds. A fixture site whose home page
puts its routine card below a phone's first screen."""

import pytest

from tests.browser.fixtures import served_fixture
from tests.build.fixture_site import ROUTINE, write_site

PHONE = {"width": 390, "height": 844}
CARD = f"#routine-{ROUTINE}"
RENDERED = "card => card.querySelector('.routine__title').checkVisibility({contentVisibilityAuto: true})"


@pytest.fixture(scope="module")
def card_below(tmp_path_factory, site_strings, build_cache):
    """The fixture site's address. Its home page holds several screens of text, then the routine card:
    Chromium lays out what is within one and a half screens of the viewport."""
    root = tmp_path_factory.mktemp("card-below")
    filler = "".join(f"Paragraph {n} of the text before the card.\n\n" for n in range(100))
    config = write_site(
        root / "source",
        {"en": "English", "fa": "فارسی"},
        site_strings,
        markdown=f"## Before\n\n{filler}## Routine\n\n/// routine | {ROUTINE}\n///\n",
    )
    with served_fixture(config, root, build_cache) as (_, url):
        yield url


@pytest.fixture
def phone(browser):
    context = browser.new_context(viewport=PHONE, is_mobile=True)
    yield context.new_page()
    context.close()


@pytest.mark.parametrize("prefix", ["", "fa/"])
def test_a_card_below_the_screen_is_laid_out_when_scrolled_to(phone, card_below, prefix):
    phone.goto(card_below + prefix, wait_until="networkidle")
    card = phone.locator(CARD)
    assert card.evaluate(RENDERED) is False
    card.scroll_into_view_if_needed()
    phone.wait_for_function(RENDERED, arg=card.element_handle())
    assert card.evaluate("card => card.getBoundingClientRect().height") > PHONE["height"] / 4


def test_a_link_to_a_card_shows_it(phone, card_below):
    phone.goto(f"{card_below}{CARD}", wait_until="networkidle")
    card = phone.locator(CARD)
    assert card.evaluate(RENDERED) is True
    assert 0 <= card.evaluate("card => card.getBoundingClientRect().top") < PHONE["height"]


def test_print_lays_out_every_card(phone, card_below):
    phone.goto(card_below, wait_until="networkidle")
    phone.emulate_media(media="print")
    assert phone.locator(CARD).evaluate("card => getComputedStyle(card).contentVisibility") == "visible"


def test_an_embedded_card_is_laid_out_at_once(phone, card_below):
    phone.set_viewport_size({"width": PHONE["width"], "height": 120})
    phone.goto(f"{card_below}embed/routine/{ROUTINE}/", wait_until="networkidle")
    card = phone.locator(CARD)
    assert card.evaluate("card => getComputedStyle(card).contentVisibility") == "visible"
    assert card.evaluate(RENDERED) is True
