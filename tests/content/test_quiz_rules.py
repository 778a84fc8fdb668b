"""The quiz the reader gets gives every situation in CLINICAL-BASIS.md section 6 its tier, in the browser.

The table below is for clinicians to read: each answer that matters, what it means, and the tier the
clinical basis gives it. Every way through the real quiz (from data/quizzes/see-a-doctor.yml) is walked in
Chromium in every language, and the outcome the page shows must be the most urgent tier among the answers
given.
"""

import pytest

from sitegen.quiz import load_quiz, quiz_paths
from tests import site_under_test
from tests.browser.quiz_steps import answer, visible_outcomes
from tests.build.site_pages import LANGUAGES, placed

URGENCY = ["emergency", "urgent", "soon", "self-care"]

RULES = {
    # Emergency now: a sudden pop or snap at the back of the heel or calf, or a feeling of being
    # kicked there, even with no fall (possible Achilles tendon rupture)
    ("emergency-signs", "achilles-snap"): "emergency",
    # Emergency now: cannot stand on tiptoe on the sore foot, or it is weak pushing off, whether or not
    # a pop was heard (possible Achilles tendon rupture; NHS: "unable to stand on tiptoe")
    ("emergency-signs", "no-tiptoe"): "emergency",
    # Emergency now: severe pain right after an injury
    ("emergency-signs", "injury-pain"): "emergency",
    # Emergency now: a snap, pop or grinding at the moment of injury
    ("emergency-signs", "injury-sound"): "emergency",
    # Emergency now: the foot or ankle looks deformed
    ("emergency-signs", "out-of-shape"): "emergency",
    # Emergency now: cannot move the foot or put weight on it (not a morning limp: "after the first few steps")
    ("emergency-signs", "no-weight"): "emergency",
    # Emergency now: diabetes with a foot wound and fever or feeling very unwell
    ("emergency-signs", "diabetes-wound-unwell"): "emergency",
    # Urgent, same day: heel pain with fever
    ("urgent-signs", "fever"): "urgent",
    # Urgent, same day: a hot, red, swollen heel
    ("urgent-signs", "hot-heel"): "urgent",
    # Urgent, same day: feeling very unwell, unexplained weight loss, or night sweats that soak the
    # sheets or clothes (not ordinary sweating) with heel pain
    ("urgent-signs", "unwell"): "urgent",
    ("urgent-signs", "weight-loss"): "urgent",
    ("urgent-signs", "night-sweats"): "urgent",
    # Urgent, same day: numbness or tingling in the foot
    ("urgent-signs", "numb"): "urgent",
    # Urgent, same day: diabetes with a new red, hot or swollen area or broken skin
    ("urgent-signs", "diabetes-skin"): "urgent",
    # Urgent, same day: cannot walk normally even after the first few steps
    ("urgent-signs", "cannot-walk"): "urgent",
    # Soon: any heel pain in a person with diabetes
    ("soon-signs", "diabetes"): "soon",
    # Soon: pain so bad the reader cannot do usual daily tasks, not just running (running-only pain is
    # the typical pattern and must not raise the tier)
    ("soon-signs", "severe"): "soon",
    # Soon: pain even when lying or sitting still, or that wakes the reader at night (not the typical
    # pain after resting)
    ("soon-signs", "rest-pain"): "soon",
    # Soon, stop running until checked: pain that builds up during a run or with every step (possible
    # stress fracture); asked alone, so a runner who never squeezed the heel still reaches it
    ("soon-signs", "builds-up"): "soon",
    # Soon, stop running until checked: a sore or swollen spot on the heel bone, or pain when the heel is
    # squeezed from both sides (possible stress fracture)
    ("soon-signs", "sore-spot"): "soon",
    # Soon: getting worse, or went away for weeks and came back (not the typical return after runs)
    ("soon-signs", "worse"): "soon",
    ("soon-signs", "comes-back"): "soon",
    # Soon: both heels plus other painful swollen joints or back stiffness
    ("soon-signs", "joints"): "soon",
    # Soon: a child aged about 8 to 14 with heel pain
    ("soon-signs", "child"): "soon",
    # Soon: no better after 2 weeks of home care
    ("home-care", "no"): "soon",
    # Soon (our reading, not in the clinical basis: self-care needs the typical pattern)
    ("pattern", "no"): "soon",
    # Self-care at home: the typical plantar fasciitis pattern and none of the above
    ("pattern", "yes"): "self-care",
}
RED_FLAGS = {step for step, tier in RULES.items() if tier in ("emergency", "urgent")}

QUIZ_ID, QUIZ_PAGE = placed("quiz")[0]
QUIZ = load_quiz(site_under_test.root(), QUIZ_ID, list(LANGUAGES))
PATHS = quiz_paths(QUIZ)


def expected(path) -> str:
    return min((RULES[step] for step in path if step in RULES), key=URGENCY.index)


def _walk(page, site_url, language, path):
    page.goto(f"{site_url}{LANGUAGES[language][0]}{QUIZ_PAGE}")
    for question, choice in path:
        answer(page, question, choice)
    return visible_outcomes(page)


@pytest.mark.parametrize("language", LANGUAGES)
@pytest.mark.parametrize("path", PATHS, ids=lambda path: " ".join(f"{q}={a}" for q, a in path))
def test_each_way_through_the_quiz_ends_in_the_tier_the_rules_require(page, site_url, language, path):
    assert _walk(page, site_url, language, path) == [expected(path)]


@pytest.mark.parametrize("language", LANGUAGES)
def test_ticking_several_signs_shows_each_of_them_with_the_tier(page, site_url, language):
    ticked = ["hot-heel", "numb", "cannot-walk"]
    path = [("emergency-signs", "none"), ("urgent-signs", ticked)]
    assert _walk(page, site_url, language, path) == ["urgent"]
    shown = [item.get_attribute("data-sign") for item in page.locator("[data-sign]").all() if item.is_visible()]
    assert shown == [f"urgent-signs:{sign}" for sign in ticked]


def test_the_table_covers_every_answer_that_sets_a_tier():
    tiered = {(q.id, a.id): a.tier for q in QUIZ.questions for a in q.answers if a.tier}
    assert tiered == RULES


def test_red_flags_are_asked_before_anything_else():
    order = [question.id for question in QUIZ.questions]
    last_red_flag = max(order.index(question) for question, _ in RED_FLAGS)
    first_other = min(order.index(question) for (question, _), tier in RULES.items() if tier in ("soon", "self-care"))
    assert last_red_flag < first_other


def test_self_care_needs_the_typical_pattern_and_no_sign():
    for path in PATHS:
        if expected(path) == "self-care":
            assert [step for step in path if step in RULES] == [("pattern", "yes")]


def test_a_runner_with_no_warning_sign_answers_five_questions():
    typical = [path for path in PATHS if expected(path) == "self-care"]
    assert typical and {len(path) for path in typical} == {5}


def _texts():
    return [question.text for question in QUIZ.questions] + [
        answer.text for question in QUIZ.questions for answer in question.answers
    ]


@pytest.mark.parametrize("language", LANGUAGES)
def test_no_question_or_answer_is_over_twenty_words(language):
    long = [getattr(text, language) for text in _texts() if len(getattr(text, language).split()) > 20]
    assert long == []


@pytest.mark.parametrize("language", LANGUAGES)
def test_each_checklist_has_a_heading_of_its_own(language):
    headings = [getattr(question.text, language) for question in QUIZ.questions if question.checklist]
    assert len(headings) == 3 and len(set(headings)) == 3


def test_the_quiz_says_first_that_a_parent_answers_for_their_child():
    assert "child" in QUIZ.intro.en
    assert "کودک" in QUIZ.intro.fa


def test_the_persian_soon_tier_names_who_an_iranian_reader_sees():
    """CLINICAL-BASIS.md section 6: in Iran a physiotherapist is reached through a doctor."""
    soon = next(tier for tier in QUIZ.tiers if tier.id == "soon")
    for who in ("پزشک عمومی", "متخصص ارتوپدی", "متخصص طب فیزیکی و توانبخشی"):
        assert who in soon.action.fa
    assert "فیزیوتراپیست" not in soon.title.fa + soon.action.fa
