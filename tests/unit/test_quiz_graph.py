"""The quiz file's checks: each kind of bad data gives its exact message."""

import copy

import pytest
import yaml

from sitegen.errors import SiteDataError, UnknownComponentError
from sitegen.quiz import load_quiz, load_quizzes, quiz_context


def _text(word: str) -> dict:
    return {"en": word, "fa": f"{word} (fa)"}


def _tier(tier_id: str) -> dict:
    return {
        "id": tier_id,
        "severity": "soon",
        "title": _text(tier_id),
        "urgency": _text("u"),
        "action": _text("Call {emergency_number}."),
        "explanation": _text("e"),
        "links": ["home.md"],
    }


def _answer(answer_id: str, next_: str, tier: str | None = None) -> dict:
    answer = {"id": answer_id, "text": _text(answer_id), "next": next_}
    if tier:
        answer.update(tier=tier, sign=_text(f"sign {answer_id}"))
    return answer


VALID = {
    "title": _text("Triage"),
    "tiers": [_tier("now"), _tier("later")],
    "questions": [
        {
            "id": "first",
            "text": _text("First?"),
            "answers": [_answer("yes", "result", "now"), _answer("no", "second")],
        },
        {
            "id": "second",
            "text": _text("Second?"),
            "answers": [_answer("yes", "result", "now"), _answer("no", "result", "later")],
        },
    ],
}


def _write(tmp_path, quiz, name="triage"):
    (tmp_path / "data" / "quizzes").mkdir(parents=True, exist_ok=True)
    (tmp_path / "data" / "quizzes" / f"{name}.yml").write_text(yaml.safe_dump(quiz, allow_unicode=True), "utf-8")


def _load(tmp_path, quiz):
    _write(tmp_path, quiz)
    return load_quiz(tmp_path, "triage", ["en", "fa"])


def _problems(tmp_path, change) -> list[str]:
    quiz = copy.deepcopy(VALID)
    change(quiz)
    with pytest.raises(SiteDataError) as error:
        _load(tmp_path, quiz)
    return error.value.problems


def test_a_valid_quiz_loads(tmp_path):
    assert [question.id for question in _load(tmp_path, VALID).questions] == ["first", "second"]


CASES = {
    "unknown next question": (
        lambda quiz: quiz["questions"][1]["answers"][1].update(next="third"),
        [
            "data/quizzes/triage.yml: questions[second].answers[no].next: unknown question 'third' (expected a question id or 'result')"
        ],
    ),
    "unknown tier": (
        lambda quiz: quiz["questions"][0]["answers"][0].update(tier="soonish"),
        ["data/quizzes/triage.yml: questions[first].answers[yes].tier: unknown tier 'soonish'"],
    ),
    "unreachable question": (
        lambda quiz: quiz["questions"][0]["answers"][1].update(next="result", tier="later", sign=_text("s")),
        ["data/quizzes/triage.yml: questions[second]: question 'second' cannot be reached from the first question"],
    ),
    "cycle": (
        lambda quiz: quiz["questions"][1]["answers"][1].update(next="first"),
        ["data/quizzes/triage.yml: questions: a cycle: first → second → first"],
    ),
    "path with no tier": (
        lambda quiz: quiz["questions"][1]["answers"][1].update(tier=None, sign=None),
        [
            "data/quizzes/triage.yml: a path reaches the result with no tier: first=no → second=no → result",
            "data/quizzes/triage.yml: tiers[later]: no answer leads to tier 'later'",
        ],
    ),
    "duplicate question id": (
        lambda quiz: quiz["questions"][1].update(id="first"),
        [
            "data/quizzes/triage.yml: questions[1].id: duplicate id 'first' (also questions[0])",
            "data/quizzes/triage.yml: questions[0].answers[no].next: unknown question 'second' (expected a question id or 'result')",
        ],
    ),
    "duplicate answer id": (
        lambda quiz: quiz["questions"][1]["answers"][1].update(id="yes"),
        [
            "data/quizzes/triage.yml: questions[second].answers[1].id: duplicate id 'yes' (also questions[second].answers[0])"
        ],
    ),
    "missing translation": (
        lambda quiz: quiz["questions"][1]["text"].pop("fa"),
        ["data/quizzes/triage.yml: questions[second].text.fa: field required"],
    ),
    "sign without tier": (
        lambda quiz: quiz["questions"][0]["answers"][1].update(sign=_text("s")),
        [
            "data/quizzes/triage.yml: questions[first].answers[no]: an answer with a tier needs a sign, and a sign needs a tier"
        ],
    ),
    "tier no answer reaches": (
        lambda quiz: quiz["tiers"].append(_tier("never")),
        ["data/quizzes/triage.yml: tiers[never]: no answer leads to tier 'never'"],
    ),
    "checklist without a none answer": (
        lambda quiz: quiz["questions"][1].update(checklist=True),
        [
            'data/quizzes/triage.yml: questions[second].answers: a checklist needs exactly one answer without a tier ("None of these"), found 0'
        ],
    ),
    "checklist whose signs lead to different places": (
        lambda quiz: quiz["questions"][0].update(
            checklist=True, answers=[*quiz["questions"][0]["answers"], _answer("also", "second", "later")]
        ),
        [
            "data/quizzes/triage.yml: questions[first].answers: every sign of a checklist must lead to the same next, found ['result', 'second']"
        ],
    ),
    "placeholder typo": (
        lambda quiz: quiz["tiers"][1].update(action=_text("Call {emergency_numbr}.")),
        [
            "data/quizzes/triage.yml: tiers[later].action.en: unknown placeholder {emergency_numbr} (expected {emergency_number})",
            "data/quizzes/triage.yml: tiers[later].action.fa: unknown placeholder {emergency_numbr} (expected {emergency_number})",
        ],
    ),
    "placeholder outside an action": (
        lambda quiz: quiz["questions"][0].update(text={"en": "Call {emergency_number}?", "fa": "؟"}),
        [
            "data/quizzes/triage.yml: questions[first].text.en: unknown placeholder {emergency_number} (this text takes none)"
        ],
    ),
    "unknown field": (
        lambda quiz: quiz["tiers"][0].update(colour="red"),
        ["data/quizzes/triage.yml: tiers[now].colour: unknown field"],
    ),
    "unknown severity": (
        lambda quiz: quiz["tiers"][0].update(severity="red"),
        [
            "data/quizzes/triage.yml: tiers[now].severity: input should be 'emergency', 'urgent', 'soon' or 'self-care', got 'red'"
        ],
    ),
}


@pytest.mark.parametrize("case", CASES)
def test_bad_data_gives_its_exact_message(tmp_path, case):
    change, problems = CASES[case]
    assert _problems(tmp_path, change) == problems


def test_the_outcome_names_the_configured_emergency_number_and_links(tmp_path):
    quiz = _load(tmp_path, VALID)
    context = quiz_context(
        {"triage": quiz},
        "triage",
        language="fa",
        emergency_number="۱۱۵",
        link=lambda path: {"url": "../home/", "title": "H"},
    )["quiz"]
    assert context["tiers"][0]["action"] == "Call {emergency_number}. (fa)".replace("{emergency_number}", "۱۱۵")
    assert context["tiers"][0]["links"] == [{"url": "../home/", "title": "H"}]
    assert context["questions"][0]["longest"] == 2
    assert context["questions"][0]["answers"][1]["next_number"] == 2
    assert context["questions"][0]["checklist"] is False
    assert context["intro"] is None


def test_an_intro_is_given_in_the_language_and_needs_every_language(tmp_path):
    quiz = _load(tmp_path, VALID | {"intro": _text("Answer for your child.")})
    context = quiz_context({"triage": quiz}, "triage", language="fa", emergency_number="115", link=lambda path: {})
    assert context["quiz"]["intro"] == "Answer for your child. (fa)"
    with pytest.raises(SiteDataError) as error:
        _load(tmp_path, VALID | {"intro": {"en": "Answer for your child."}})
    assert error.value.problems == ["data/quizzes/triage.yml: intro.fa: field required"]


def test_a_checklist_with_one_none_answer_and_one_target_loads(tmp_path):
    quiz = copy.deepcopy(VALID)
    quiz["questions"][0].update(
        checklist=True,
        answers=[_answer("a", "result", "now"), _answer("b", "result", "later"), _answer("none", "second")],
    )
    assert [question.checklist for question in _load(tmp_path, quiz).questions] == [True, False]


def test_an_outcome_linking_to_a_missing_page_is_an_error(tmp_path):
    with pytest.raises(SiteDataError) as error:
        quiz_context(
            {"triage": _load(tmp_path, VALID)}, "triage", language="en", emergency_number="112", link=lambda path: None
        )
    assert error.value.problems == [
        "data/quizzes/triage.yml: tiers[now].links[0]: no page 'home.md' in en",
        "data/quizzes/triage.yml: tiers[later].links[0]: no page 'home.md' in en",
    ]


def test_a_site_has_any_number_of_quizzes_each_named_by_its_file(tmp_path):
    assert load_quizzes(tmp_path, ["en", "fa"]) == {}
    _write(tmp_path, VALID, "triage")
    _write(tmp_path, VALID, "back-pain")
    quizzes = load_quizzes(tmp_path, ["en", "fa"])
    assert list(quizzes) == ["back-pain", "triage"] and [quiz.id for quiz in quizzes.values()] == list(quizzes)
    with pytest.raises(UnknownComponentError) as error:
        quiz_context(quizzes, "knee", language="en", emergency_number="112", link=lambda path: {})
    assert str(error.value) == "unknown quiz: no data/quizzes/knee.yml (the site's quizzes: back-pain, triage)"


def test_the_problems_of_every_quiz_file_come_at_once(tmp_path):
    _write(tmp_path, VALID | {"id": "other"}, "triage")
    _write(tmp_path, VALID, "Back Pain")
    _write(tmp_path, {**VALID, "tiers": [_tier("now")]}, "short")
    with pytest.raises(SiteDataError) as error:
        load_quizzes(tmp_path, ["en", "fa"])
    assert error.value.problems == [
        "data/quizzes/Back Pain.yml: a quiz's id is its file's name: use lower-case letters, digits and hyphens",
        "data/quizzes/short.yml: questions[second].answers[no].tier: unknown tier 'later'",
        "data/quizzes/triage.yml: id: a quiz's id is its file's name ('triage'): leave this field out",
    ]
