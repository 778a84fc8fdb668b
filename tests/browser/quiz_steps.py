"""Walking a decision quiz in a page or a frame, and the answers that lead to a tier, found in its data.

A step is (question id, answer id) or, for a checklist, (question id, [answer ids to tick]).
"""

from sitegen.quiz import quiz_paths


def choices(choice) -> list[str]:
    """The answers a step gives: one, or every box it ticks."""
    return [choice] if isinstance(choice, str) else list(choice)


def answer(page, question, choice):
    """Answer a question as a reader does: click each answer's label, then "Next"."""
    for item in choices(choice):
        box = page.locator(f'[data-question="{question}"] input[value="{item}"]')
        page.locator(f'label[for="{box.get_attribute("id")}"]').click()
    page.locator("[data-quiz-next]").click()


def path_to(quiz, tier: str) -> list[tuple[str, str]]:
    """The shortest way through ``quiz`` (a loaded quiz) whose outcome is ``tier``."""
    order = [each.id for each in quiz.tiers]
    answers = {(question.id, answer.id): answer.tier for question in quiz.questions for answer in question.answers}

    def outcome(path):
        return min((answers[step] for step in path if answers[step]), key=order.index)

    return list(min((path for path in quiz_paths(quiz) if outcome(path) == tier), key=len))


def visible_outcomes(page):
    return [
        section.get_attribute("data-outcome")
        for section in page.locator("[data-outcome]").all()
        if section.is_visible()
    ]
