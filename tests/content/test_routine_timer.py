"""The routine cards' guided timer in Chromium, with the page's clock under the test's control."""

import pytest
from axe_playwright_python.sync_playwright import Axe

from tests.build.site_pages import LANGUAGES, placed

DIGITS = {"en": "0123456789", "fa": "۰۱۲۳۴۵۶۷۸۹"}
WORDS = {
    "en": {
        "start": "Start",
        "pause": "Pause",
        "resume": "Resume",
        "reset": "Reset",
        "hold": "Hold",
        "up": "Up",
    },
    "fa": {
        "start": "شروع",
        "pause": "مکث",
        "resume": "ادامه",
        "reset": "از نو",
        "hold": "نگه دارید",
        "up": "بالا",
    },
}
PROGRESS = {"en": "Repetition {n} of {total}", "fa": "تکرار {n} از {total}"}


def number(value: int, language: str) -> str:
    return str(value).translate(str.maketrans("0123456789", DIGITS[language]))


def progress(language: str, n: int, total: int) -> str:
    return PROGRESS[language].format(n=number(n, language), total=number(total, language))


@pytest.fixture
def exercises(page, site_url, request):
    language = request.param
    page.clock.install()
    page.goto(f"{site_url}{LANGUAGES[language][0]}exercises/")
    return page, language


def _timer(page, routine_id):
    card = page.locator(f'[data-routine="{routine_id}"]')
    return {
        "card": card,
        "toggle": card.locator("[data-timer-toggle]"),
        "reset": card.locator("[data-timer-reset]"),
        "count": card.locator("[data-timer-count]"),
        "phase": card.locator("[data-timer-phase]"),
        "progress": card.locator("[data-timer-progress]"),
        "status": card.locator("[data-timer-status]"),
    }


@pytest.mark.parametrize("exercises", LANGUAGES, indirect=True)
def test_the_hold_counts_down_and_repetitions_count_up(exercises):
    page, language = exercises
    timer = _timer(page, "plantar-fascia-stretch")
    assert timer["count"].inner_text() == number(10, language)
    timer["toggle"].click()
    assert timer["toggle"].inner_text() == WORDS[language]["pause"]
    assert timer["phase"].inner_text() == WORDS[language]["hold"]
    page.clock.run_for(3000)
    assert timer["count"].inner_text() == number(7, language)
    page.clock.run_for(7000)
    assert timer["count"].inner_text() == number(10, language)
    assert timer["progress"].inner_text() == progress(language, 2, 10)
    assert timer["status"].get_attribute("aria-live") == "polite"
    assert progress(language, 2, 10) in timer["status"].inner_text()


@pytest.mark.parametrize("exercises", LANGUAGES, indirect=True)
def test_pause_stops_the_count_and_reset_starts_again(exercises):
    page, language = exercises
    timer = _timer(page, "calf-stretch-straight-knee")
    timer["toggle"].click()
    page.clock.run_for(5000)
    timer["toggle"].click()
    assert timer["toggle"].inner_text() == WORDS[language]["resume"]
    page.clock.run_for(20000)
    assert timer["count"].inner_text() == number(25, language)
    timer["toggle"].click()
    page.clock.run_for(1000)
    assert timer["count"].inner_text() == number(24, language)
    timer["reset"].click()
    page.clock.run_for(5000)
    assert timer["count"].inner_text() == number(30, language)
    assert timer["progress"].inner_text() == progress(language, 1, 3)
    assert timer["toggle"].inner_text() == WORDS[language]["start"]


@pytest.mark.parametrize("exercises", ["en"], indirect=True)
def test_a_tempo_routine_steps_through_its_phases_and_sets_to_the_end(exercises):
    page, _ = exercises
    timer = _timer(page, "heel-raise")
    timer["toggle"].click()
    assert timer["phase"].inner_text() == "Up"
    page.clock.run_for(3000)
    assert (timer["phase"].inner_text(), timer["count"].inner_text()) == ("Hold", "2")
    page.clock.run_for(2000)
    assert (timer["phase"].inner_text(), timer["count"].inner_text()) == ("Down", "3")
    page.clock.run_for(3000)
    assert timer["progress"].inner_text() == "Repetition 2 of 12, Set 1 of 3"
    page.clock.run_for(12 * 8 * 1000)
    assert timer["progress"].inner_text() == "Repetition 2 of 12, Set 2 of 3"
    page.clock.run_for((12 * 8 * 3 - 8 - 12 * 8) * 1000)
    assert timer["phase"].inner_text() == "Done. Well done!"
    assert timer["status"].inner_text() == "Done. Well done!"
    assert timer["progress"].inner_text() == "Repetition 12 of 12, Set 3 of 3"
    page.clock.run_for(10000)
    assert timer["count"].inner_text() == "0"


@pytest.mark.parametrize("exercises", ["fa"], indirect=True)
def test_the_timer_works_from_the_keyboard(exercises):
    page, _ = exercises
    timer = _timer(page, "calf-stretch-bent-knee")
    timer["toggle"].focus()
    page.keyboard.press("Enter")
    page.clock.run_for(4000)
    page.keyboard.press("Space")
    page.clock.run_for(4000)
    assert timer["count"].inner_text() == "۲۶"
    page.keyboard.press("Tab")
    page.keyboard.press("Enter")
    assert timer["count"].inner_text() == "۳۰"


@pytest.mark.parametrize("language", LANGUAGES)
def test_without_javascript_the_card_is_complete_and_the_timer_hidden(browser, site_url, language):
    context = browser.new_context(java_script_enabled=False)
    page = context.new_page()
    page.goto(f"{site_url}{LANGUAGES[language][0]}exercises/")
    cards = page.locator("[data-routine]")
    on_the_page = [routine for routine, slug in placed("routine") if slug == "exercises/"]
    assert cards.count() == len(on_the_page) > 0
    for index in range(len(on_the_page)):
        card = cards.nth(index)
        assert card.locator(".routine__steps li").first.is_visible()
        assert card.locator(".routine__dose").is_visible()
        assert not card.locator("[data-routine-timer]").is_visible()
    context.close()


def test_timer_controls_are_not_printed(page, site_url):
    page.goto(f"{site_url}exercises/")
    page.emulate_media(media="print")
    assert not page.locator('[data-routine="heel-raise"] [data-routine-timer]').is_visible()
    assert page.locator('[data-routine="heel-raise"] .routine__steps').is_visible()


@pytest.mark.parametrize("language", LANGUAGES)
def test_axe_finds_no_violation_on_the_stretching_page(page, site_url, language):
    page.goto(f"{site_url}{LANGUAGES[language][0]}exercises/")
    page.locator('[data-routine="heel-raise"] [data-timer-toggle]').click()
    violations = Axe().run(page).response["violations"]
    assert [(violation["id"], [node["target"] for node in violation["nodes"]]) for violation in violations] == []


@pytest.mark.parametrize("language", LANGUAGES)
def test_numbered_steps_count_in_the_language_digits_on_pages_and_embeds(page, site_url, language):
    prefix = LANGUAGES[language][0]
    expected = {"en": "decimal", "fa": "persian"}[language]
    for path in ("exercises/", "embed/routine/heel-raise/"):
        page.goto(f"{site_url}{prefix}{path}")
        assert page.evaluate("getComputedStyle(document.querySelector('.routine__steps')).listStyleType") == expected
