"""Every way through the real quiz ends in the tier that facts.md section 6 requires.

The table below is for clinicians to read: each answer that matters, and the tier the facts file gives
it. A reader's outcome is the most urgent tier among their answers.
"""

import pytest

from sitegen.quiz import load_quiz, outcome, quiz_paths
from tests.sitebuild import ROOT

URGENCY = ["emergency", "urgent", "soon", "self-care"]

RULES = {
    # Emergency now: severe pain, a snap, pop or grinding, or a deformed foot or ankle after an injury
    ("injury-signs", "yes"): "emergency",
    # Emergency now: cannot move the foot or put weight on it
    ("weight", "no"): "emergency",
    # Emergency now: diabetes with a foot wound and fever or feeling very unwell
    ("diabetes-foot", "wound-and-unwell"): "emergency",
    # Urgent, same day: diabetes with a new red, hot or swollen area or broken skin
    ("diabetes-foot", "new-change"): "urgent",
    # Urgent, same day: heel pain with fever, or a hot, red, swollen heel
    ("fever", "yes"): "urgent",
    # Urgent, same day: numbness or tingling in the foot
    ("numbness", "yes"): "urgent",
    # Urgent, same day: cannot walk normally
    ("walking", "no"): "urgent",
    # See a doctor or physiotherapist soon: a child aged about 8 to 14 with heel pain
    ("child", "yes"): "soon",
    # Soon: no better after 2 weeks of home care, getting worse or keeps coming back
    ("not-better", "yes"): "soon",
    # Soon: pain at night or at rest
    ("rest-pain", "yes"): "soon",
    # Soon: both heels plus other painful swollen joints or back stiffness
    ("joints", "yes"): "soon",
    # Soon (our reading, not in the facts file: self-care needs the typical pattern)
    ("pattern", "no"): "soon",
    # Self-care at home: the typical plantar fasciitis pattern and none of the above
    ("pattern", "yes"): "self-care",
}
RED_FLAGS = {answer for answer, tier in RULES.items() if tier in ("emergency", "urgent")}

QUIZ = load_quiz(ROOT, ["en", "fa"])
PATHS = quiz_paths(QUIZ)


def expected(path) -> str:
    return min((RULES[step] for step in path if step in RULES), key=URGENCY.index)


@pytest.mark.parametrize("path", PATHS, ids=lambda path: " ".join(f"{q}={a}" for q, a in path))
def test_each_path_ends_in_the_tier_the_rules_require(path):
    assert outcome(QUIZ, path) == expected(path)


def test_any_red_flag_answer_yields_emergency_or_urgent_whatever_else_is_answered():
    flagged = [path for path in PATHS if RED_FLAGS & set(path)]
    assert flagged
    assert {outcome(QUIZ, path) for path in flagged} <= {"emergency", "urgent"}


def test_red_flags_are_asked_before_anything_else():
    order = [question.id for question in QUIZ.questions]
    last_red_flag = max(order.index(question) for question, _ in RED_FLAGS)
    first_other = min(order.index(question) for (question, _), tier in RULES.items() if tier in ("soon", "self-care"))
    assert last_red_flag < first_other


def test_self_care_needs_the_typical_pattern_and_no_sign():
    for path in PATHS:
        if outcome(QUIZ, path) == "self-care":
            assert path[-1] == ("pattern", "yes")
            assert [step for step in path if step in RULES] == [("pattern", "yes")]


def test_every_answer_that_sets_a_tier_is_in_the_table():
    tiered = {(q.id, a.id): a.tier for q in QUIZ.questions for a in q.answers if a.tier}
    assert tiered == RULES


def test_every_tier_is_reached_by_some_path():
    assert {outcome(QUIZ, path) for path in PATHS} == set(URGENCY)
