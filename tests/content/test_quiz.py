"""The decision quiz in Chromium: every tier, back and restart, keyboard only, privacy, no JavaScript."""

import pytest
from axe_playwright_python.sync_playwright import Axe

from tests.browser.quiz_steps import answer, choices, visible_outcomes
from tests.build.site_pages import LANGUAGES, placed

EMERGENCY_NUMBER = {"en": "999 (UK), 112 (EU) or 911 (US and Canada)", "fa": "اورژانس ۱۱۵"}
PROGRESS = {"en": "Question 1 of 5", "fa": "پرسش ۱ از ۵"}
# The answers that lead to each tier of the heel-pain quiz, and the tiers' titles.
NO_SIGNS = [("emergency-signs", "none"), ("urgent-signs", "none"), ("soon-signs", "none")]
PATHS = {
    "emergency": [("emergency-signs", ["achilles-snap"])],
    "urgent": [("emergency-signs", "none"), ("urgent-signs", ["fever"])],
    "soon": [("emergency-signs", "none"), ("urgent-signs", "none"), ("soon-signs", ["diabetes"])],
    "self-care": [*NO_SIGNS, ("home-care", "not-yet"), ("pattern", "yes")],
}
TITLES = {
    "en": {
        "emergency": "Get emergency care now",
        "urgent": "See a doctor today",
        "soon": "Make an appointment with a doctor or physiotherapist",
        "self-care": "Start with care at home",
    },
    "fa": {
        "emergency": "همین حالا به اورژانس بروید",
        "urgent": "همین امروز به پزشک مراجعه کنید",
        "soon": "از پزشک نوبت بگیرید",
        "self-care": "با مراقبت در خانه شروع کنید",
    },
}


QUIZ_ID, QUIZ_PAGE = placed("quiz")[0]


@pytest.fixture
def quiz_page(page, site_url, request):
    language = request.param
    page.goto(f"{site_url}{LANGUAGES[language][0]}{QUIZ_PAGE}")
    return page, language


@pytest.mark.parametrize("quiz_page", LANGUAGES, indirect=True)
@pytest.mark.parametrize("tier", PATHS)
def test_each_path_reaches_its_tier(quiz_page, tier):
    page, language = quiz_page
    assert page.locator("[data-quiz-status]").inner_text() == PROGRESS[language]
    for question, choice in PATHS[tier]:
        assert [q.get_attribute("data-question") for q in page.locator("[data-question]").all() if q.is_visible()] == [
            question
        ]
        answer(page, question, choice)
    assert visible_outcomes(page) == [tier]
    title = page.locator(f"#{QUIZ_ID}__{tier}__title")
    assert title.inner_text() == TITLES[language][tier]
    assert title.evaluate("element => element === document.activeElement")
    assert TITLES[language][tier] in page.locator("[data-quiz-status]").inner_text()
    signs = [item.get_attribute("data-sign") for item in page.locator("[data-sign]").all() if item.is_visible()]
    given = [f"{q}:{a}" for q, choice in PATHS[tier] for a in choices(choice)]
    assert signs == [sign for sign in given if page.locator(f'[data-sign="{sign}"]').count()]
    assert page.locator("[data-quiz-disclaimer]").is_visible()
    if tier == "emergency":
        assert EMERGENCY_NUMBER[language] in page.locator(f"#{QUIZ_ID}__emergency").inner_text()


@pytest.mark.parametrize("quiz_page", ["fa"], indirect=True)
def test_back_returns_to_the_last_answer_and_restart_clears_everything(quiz_page):
    page, language = quiz_page
    answer(page, "emergency-signs", "none")
    answer(page, "urgent-signs", ["numb", "unwell"])
    page.locator("[data-quiz-back]").click()
    assert page.locator(f"#{QUIZ_ID}_urgent-signs").is_visible() and visible_outcomes(page) == []
    assert (
        page.locator(f"#{QUIZ_ID}_urgent-signs_numb").is_checked()
        and page.locator(f"#{QUIZ_ID}_urgent-signs_unwell").is_checked()
    )
    assert page.locator("[data-quiz-status]").inner_text() == "پرسش ۲ از ۵"
    page.locator("[data-quiz-back]").click()
    assert page.locator(f"#{QUIZ_ID}_emergency-signs_none").is_checked()
    assert not page.locator("[data-quiz-back]").is_visible()
    page.locator("[data-quiz-restart]").click()
    assert page.locator(f"#{QUIZ_ID}_emergency-signs").is_visible()
    assert page.locator("input:checked").count() == 0
    assert page.locator("[data-quiz-status]").inner_text() == PROGRESS[language]


@pytest.mark.parametrize("quiz_page", ["en"], indirect=True)
def test_none_of_these_and_the_signs_exclude_each_other(quiz_page):
    page, _ = quiz_page
    boxes = {
        name: page.locator(f"#{QUIZ_ID}_emergency-signs_{name}") for name in ("achilles-snap", "out-of-shape", "none")
    }
    page.locator(f'label[for="{QUIZ_ID}_emergency-signs_achilles-snap"]').click()
    page.locator(f'label[for="{QUIZ_ID}_emergency-signs_out-of-shape"]').click()
    assert boxes["achilles-snap"].is_checked() and boxes["out-of-shape"].is_checked()
    page.locator(f'label[for="{QUIZ_ID}_emergency-signs_none"]').click()
    assert [name for name, box in boxes.items() if box.is_checked()] == ["none"]
    page.locator(f'label[for="{QUIZ_ID}_emergency-signs_out-of-shape"]').click()
    assert [name for name, box in boxes.items() if box.is_checked()] == ["out-of-shape"]


@pytest.mark.parametrize("quiz_page", ["en"], indirect=True)
def test_next_without_an_answer_asks_for_one(quiz_page):
    page, _ = quiz_page
    page.locator("[data-quiz-next]").click()
    assert page.locator("[data-quiz-status]").inner_text() == "Choose an answer to go on."
    assert page.locator(f"#{QUIZ_ID}_emergency-signs").is_visible()


def _tab_to(page, selector):
    for _ in range(20):
        page.keyboard.press("Tab")
        if page.evaluate("selector => document.activeElement.matches(selector)", selector):
            return
    raise AssertionError(f"Tab never reached {selector}")


@pytest.mark.parametrize("quiz_page", LANGUAGES, indirect=True)
def test_the_quiz_works_with_the_keyboard_alone(quiz_page):
    page, language = quiz_page
    page.locator(f"#{QUIZ_ID}_emergency-signs legend").focus()
    steps = [("emergency-signs", "none"), ("urgent-signs", "none"), ("soon-signs", ["rest-pain", "child"])]
    for question, choice in steps:
        assert page.evaluate("document.activeElement.closest('[data-question]').dataset.question") == question
        for item in choices(choice):
            _tab_to(page, f"#{QUIZ_ID}_{question}_{item}")
            page.keyboard.press("Space")
            assert page.locator(f"#{QUIZ_ID}_{question}_{item}").is_checked()
        _tab_to(page, "[data-quiz-next]")
        page.keyboard.press("Enter")
    assert visible_outcomes(page) == ["soon"]
    assert page.evaluate("document.activeElement.id") == f"{QUIZ_ID}__soon__title"


@pytest.mark.parametrize("quiz_page", LANGUAGES, indirect=True)
def test_answers_never_leave_the_page(quiz_page):
    page, _ = quiz_page
    page.wait_for_load_state("networkidle")
    requests = []
    page.on("request", lambda request: requests.append(request.url))
    for question, choice in PATHS["soon"]:
        answer(page, question, choice)
    page.locator("[data-quiz-restart]").click()
    page.wait_for_timeout(300)
    assert requests == []
    assert page.context.cookies() == []
    assert page.evaluate("[localStorage.length, sessionStorage.length, document.cookie]") == [0, 0, ""]


@pytest.mark.parametrize("language", LANGUAGES)
def test_without_javascript_every_question_and_route_is_there(browser, site_url, language):
    context = browser.new_context(java_script_enabled=False)
    page = context.new_page()
    page.goto(f"{site_url}{LANGUAGES[language][0]}{QUIZ_PAGE}")
    assert all(question.is_visible() for question in page.locator("[data-question]").all())
    routes = page.locator(".quiz__route a").all()
    assert len(routes) == sum(question.locator("input").count() for question in page.locator("[data-question]").all())
    for route in routes:
        assert page.locator(route.get_attribute("href")).is_visible()
    assert visible_outcomes(page) == list(PATHS)
    assert page.locator(".quiz__care-table").is_visible()
    context.close()


@pytest.mark.parametrize("language", LANGUAGES)
def test_axe_finds_no_violation_on_the_quiz_page(page, site_url, language):
    page.goto(f"{site_url}{LANGUAGES[language][0]}{QUIZ_PAGE}")
    for question, choice in PATHS["urgent"]:
        answer(page, question, choice)
    violations = Axe().run(page).response["violations"]
    assert [(violation["id"], [node["target"] for node in violation["nodes"]]) for violation in violations] == []
