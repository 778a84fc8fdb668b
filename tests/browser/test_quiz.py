"""The decision quiz in Chromium: every tier, back and restart, keyboard only, privacy, no JavaScript."""

import pytest
from axe_playwright_python.sync_playwright import Axe

from tests.browser.quiz_steps import PATHS, TITLES, answer, visible_outcomes
from tests.build.site_pages import LANGUAGES

EMERGENCY_NUMBER = {"en": "999 (UK), 112 (EU) or 911 (US and Canada)", "fa": "اورژانس ۱۱۵"}
PROGRESS = {"en": "Question 1 of 13", "fa": "پرسش ۱ از ۱۳"}


@pytest.fixture
def quiz_page(page, site_url, request):
    language = request.param
    page.goto(f"{site_url}{LANGUAGES[language][0]}see-a-doctor/")
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
    title = page.locator(f"#quiz-outcome-{tier}-title")
    assert title.inner_text() == TITLES[language][tier]
    assert title.evaluate("element => element === document.activeElement")
    assert TITLES[language][tier] in page.locator("[data-quiz-status]").inner_text()
    signs = [item.get_attribute("data-sign") for item in page.locator("[data-sign]").all() if item.is_visible()]
    assert signs == [f"{q}:{a}" for q, a in PATHS[tier] if page.locator(f'[data-sign="{q}:{a}"]').count()]
    assert page.locator("[data-quiz-disclaimer]").is_visible()
    if tier == "emergency":
        assert EMERGENCY_NUMBER[language] in page.locator("#quiz-outcome-emergency").inner_text()


@pytest.mark.parametrize("quiz_page", ["fa"], indirect=True)
def test_back_returns_to_the_last_answer_and_restart_clears_everything(quiz_page):
    page, language = quiz_page
    answer(page, "injury", "no")
    answer(page, "weight", "yes")
    page.locator("[data-quiz-back]").click()
    assert page.locator("#quiz-weight").is_visible()
    assert page.locator("#quiz-weight-yes").is_checked()
    assert page.locator("[data-quiz-status]").inner_text() == "پرسش ۲ از ۱۲"
    page.locator("[data-quiz-back]").click()
    assert page.locator("#quiz-injury-no").is_checked()
    assert not page.locator("[data-quiz-back]").is_visible()
    for question, choice in PATHS["urgent"]:
        answer(page, question, choice)
    page.locator("[data-quiz-back]").click()
    assert page.locator("#quiz-fever").is_visible() and visible_outcomes(page) == []
    page.locator("[data-quiz-restart]").click()
    assert page.locator("#quiz-injury").is_visible()
    assert page.locator("input[type=radio]:checked").count() == 0
    assert page.locator("[data-quiz-status]").inner_text() == PROGRESS[language]


@pytest.mark.parametrize("quiz_page", ["en"], indirect=True)
def test_next_without_an_answer_asks_for_one(quiz_page):
    page, _ = quiz_page
    page.locator("[data-quiz-next]").click()
    assert page.locator("[data-quiz-status]").inner_text() == "Choose an answer to go on."
    assert page.locator("#quiz-injury").is_visible()


@pytest.mark.parametrize("quiz_page", LANGUAGES, indirect=True)
def test_the_quiz_works_with_the_keyboard_alone(quiz_page):
    page, language = quiz_page
    page.locator("#quiz-injury legend").focus()
    for question, choice in PATHS["urgent"]:
        assert page.evaluate("document.activeElement.closest('[data-question]').dataset.question") == question
        page.keyboard.press("Tab")
        page.keyboard.press("Space" if choice == "yes" else "ArrowDown")
        assert page.locator(f"#quiz-{question}-{choice}").is_checked()
        page.keyboard.press("Tab")
        page.keyboard.press("Enter")
    assert visible_outcomes(page) == ["urgent"]
    assert page.evaluate("document.activeElement.id") == "quiz-outcome-urgent-title"


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
    page.goto(f"{site_url}{LANGUAGES[language][0]}see-a-doctor/")
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
    page.goto(f"{site_url}{LANGUAGES[language][0]}see-a-doctor/")
    for question, choice in PATHS["urgent"]:
        answer(page, question, choice)
    violations = Axe().run(page).response["violations"]
    assert [(violation["id"], [node["target"] for node in violation["nodes"]]) for violation in violations] == []
