"""Any number of quizzes: two on one page (a fixture site) each run on their own, with ids of their own."""

import re
import shutil
from collections import Counter

import pytest
from axe_playwright_python.sync_playwright import Axe

from sitegen.quiz import load_quiz
from tests.browser.fixtures import served_fixture
from tests.browser.quiz_steps import answer, path_to, visible_outcomes
from tests.build.fixture_site import PAGES_FOR_QUIZ, QUIZ, QUIZ_FILE, write_site

SECOND = "second-quiz"


@pytest.fixture(scope="module")
def two_quizzes(tmp_path_factory, site_strings, build_cache):
    """A fixture site whose home page shows its quiz and a copy of it under another id."""
    root = tmp_path_factory.mktemp("two-quizzes")
    config = write_site(
        root / "source",
        {"en": "English", "fa": "فارسی"},
        site_strings,
        pages=PAGES_FOR_QUIZ,
        markdown=f"## First\n\n/// quiz | {QUIZ}\n///\n\n## Second\n\n/// quiz | {SECOND}\n///\n",
    )
    shutil.copy(root / "source" / QUIZ_FILE, root / "source" / "data" / "quizzes" / f"{SECOND}.yml")
    with served_fixture(config, root, build_cache) as (site, url):
        yield site, url, load_quiz(root / "source", QUIZ, ["en", "fa"])


@pytest.mark.parametrize("prefix", ["", "fa/"])
def test_each_quiz_has_its_embed_and_no_id_repeats_on_the_page(two_quizzes, prefix):
    site, _, _ = two_quizzes
    for quiz in (QUIZ, SECOND):
        assert (site / prefix / "embed" / "quiz" / quiz / "index.html").is_file()
    text = (site / prefix / "index.html").read_text(encoding="utf-8")
    assert text.count('class="quiz"') == 2
    ids = Counter(re.findall(r'\sid="([^"]+)"', text))
    assert [id_ for id_, count in ids.items() if count > 1] == []


def test_two_quizzes_on_a_page_run_apart(page, two_quizzes):
    _, url, quiz = two_quizzes
    page.goto(url)
    first, second = page.locator(f'[data-quiz="{QUIZ}"]'), page.locator(f'[data-quiz="{SECOND}"]')
    most_urgent, least_urgent = quiz.tiers[0].id, quiz.tiers[-1].id
    for question, choice in path_to(quiz, most_urgent):
        answer(first, question, choice)
    for question, choice in path_to(quiz, least_urgent):
        answer(second, question, choice)
    assert visible_outcomes(first) == [most_urgent] and visible_outcomes(second) == [least_urgent]
    first.locator("[data-quiz-restart]").click()
    assert visible_outcomes(first) == [] and visible_outcomes(second) == [least_urgent]
    violations = Axe().run(page).response["violations"]
    assert [(violation["id"], [node["target"] for node in violation["nodes"]]) for violation in violations] == []
