"""A quiz on its page in every language: the same graph in each, from its one file."""

import re

import pytest

from tests import site_under_test
from tests.build.site_pages import LANGUAGES, placed
from tests.textscan import prose

QUIZ_ID, PAGE = placed("quiz")[0]
QUIZ = site_under_test.data(f"quizzes/{QUIZ_ID}")
ANSWER = re.compile(
    r'<input type="(radio|checkbox)" name="([a-z0-9-]+)" id="[^"]+" value="([a-z-]+)"\s+'
    r'data-next="([a-z-]+)"(?: data-tier="([a-z-]+)"| (data-exclusive))?>'
)


def _graph(site_dir, language):
    html = (site_dir / LANGUAGES[language][0] / PAGE / "index.html").read_text(encoding="utf-8")
    return ANSWER.findall(html)


@pytest.mark.parametrize("language", LANGUAGES)
def test_the_page_carries_the_quiz_graph_of_the_data_file(site_dir, language):
    checklist = {question["id"] for question in QUIZ["questions"] if question.get("checklist")}
    assert _graph(site_dir, language) == [
        (
            "checkbox" if question["id"] in checklist else "radio",
            question["id"],
            answer["id"],
            answer["next"],
            answer.get("tier", ""),
            "data-exclusive" if question["id"] in checklist and "tier" not in answer else "",
        )
        for question in QUIZ["questions"]
        for answer in question["answers"]
    ]


@pytest.mark.parametrize("language", LANGUAGES)
def test_the_care_table_lists_every_sign_under_its_tier(site_dir, language):
    html = (site_dir / LANGUAGES[language][0] / PAGE / "index.html").read_text(encoding="utf-8")
    rows = re.findall(r'<tr class="quiz__care-row quiz__care-row--([a-z-]+)">.*?<td><ul>(.*?)</ul></td>', html, re.S)
    signs = {
        tier["severity"]: [
            answer["sign"][language]
            for question in QUIZ["questions"]
            for answer in question["answers"]
            if answer.get("tier") == tier["id"]
        ]
        for tier in QUIZ["tiers"]
    }
    assert [(tier, re.findall(r'<li data-care-sign="[^"]+">(.*?)</li>', items)) for tier, items in rows] == list(
        signs.items()
    )


def test_the_persian_quiz_numbers_its_questions_in_persian_digits(site_dir):
    text = " ".join(prose(site_dir / "fa" / PAGE / "index.html"))
    last = len(QUIZ["questions"])
    assert f"{last}. {QUIZ['questions'][-1]['text']['fa']}".translate(str.maketrans("0123456789", "۰۱۲۳۴۵۶۷۸۹")) in text
    go_to = site_under_test.data("strings")["quiz_go_to_question"]["fa"]
    assert go_to.replace("{n}", "۲") in text and go_to.replace("{n}", "2") not in text
