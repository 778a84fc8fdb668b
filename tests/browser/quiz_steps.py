"""Walking the decision quiz in a page or a frame: the answers that lead to each tier, and their titles."""

START = [("injury", "no"), ("weight", "yes"), ("diabetes", "no")]
PATHS = {
    "emergency": [("injury", "yes"), ("injury-signs", "yes")],
    "urgent": [*START, ("fever", "yes")],
    "soon": [*START, ("fever", "no"), ("numbness", "no"), ("walking", "yes"), ("child", "yes")],
    "self-care": [
        *START,
        ("fever", "no"),
        ("numbness", "no"),
        ("walking", "yes"),
        ("child", "no"),
        ("not-better", "no"),
        ("rest-pain", "no"),
        ("joints", "no"),
        ("pattern", "yes"),
    ],
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


def answer(page, question, choice):
    page.locator(f'label[for="quiz-{question}-{choice}"]').click()
    page.locator("[data-quiz-next]").click()


def visible_outcomes(page):
    return [
        section.get_attribute("data-outcome")
        for section in page.locator("[data-outcome]").all()
        if section.is_visible()
    ]
