"""The quiz on both "when to see a doctor" pages: the same graph in both languages, from one file."""

import re

import pytest
import yaml

from tests.build.site_pages import LANGUAGES
from tests.sitebuild import ROOT
from tests.textscan import prose

QUIZ = yaml.safe_load((ROOT / "data" / "quiz.yml").read_text(encoding="utf-8"))
RADIO = re.compile(
    r'<input type="radio" name="quiz-([a-z-]+)" id="[^"]+" value="([a-z-]+)"\s+data-next="([a-z-]+)"(?: data-tier="([a-z-]+)")?>'
)


def _graph(site_dir, language):
    html = (site_dir / LANGUAGES[language][0] / "see-a-doctor" / "index.html").read_text(encoding="utf-8")
    return RADIO.findall(html)


@pytest.mark.parametrize("language", LANGUAGES)
def test_the_page_carries_the_quiz_graph_of_the_data_file(site_dir, language):
    assert _graph(site_dir, language) == [
        (question["id"], answer["id"], answer["next"], answer.get("tier", ""))
        for question in QUIZ["questions"]
        for answer in question["answers"]
    ]


@pytest.mark.parametrize("language", LANGUAGES)
def test_the_care_table_lists_every_sign_under_its_tier(site_dir, language):
    html = (site_dir / LANGUAGES[language][0] / "see-a-doctor" / "index.html").read_text(encoding="utf-8")
    rows = re.findall(r'<tr class="quiz__care-row quiz__care-row--([a-z-]+)">.*?<td><ul>(.*?)</ul></td>', html, re.S)
    signs = {
        tier["id"]: [
            answer["sign"][language]
            for question in QUIZ["questions"]
            for answer in question["answers"]
            if answer.get("tier") == tier["id"]
        ]
        for tier in QUIZ["tiers"]
    }
    assert [(tier, re.findall(r"<li>(.*?)</li>", items)) for tier, items in rows] == list(signs.items())


def test_the_persian_quiz_numbers_its_questions_in_persian_digits(site_dir):
    text = " ".join(prose(site_dir / "fa" / "see-a-doctor" / "index.html"))
    assert "۱۳. آیا درد زیر پاشنه است" in text
    assert "بروید به پرسش ۳" in text
