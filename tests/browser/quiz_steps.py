"""Walking the decision quiz in a page or a frame: the answers that lead to each tier, and their titles.

A step is (question id, answer id) or, for a checklist, (question id, [answer ids to tick]).
"""

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
        "soon": "از پزشک یا فیزیوتراپیست نوبت بگیرید",
        "self-care": "با مراقبت در خانه شروع کنید",
    },
}


def choices(choice) -> list[str]:
    """The answers a step gives: one, or every box it ticks."""
    return [choice] if isinstance(choice, str) else list(choice)


def answer(page, question, choice):
    for item in choices(choice):
        page.locator(f'label[for="quiz-{question}-{item}"]').click()
    page.locator("[data-quiz-next]").click()


def visible_outcomes(page):
    return [
        section.get_attribute("data-outcome")
        for section in page.locator("[data-outcome]").all()
        if section.is_visible()
    ]
