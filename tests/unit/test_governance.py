from datetime import date

import pytest

from sitegen.errors import SiteDataError
from sitegen.governance import Governance, page_governance, review_today
from sitegen.sources import Source

TODAY = date(2026, 12, 1)
NHS = Source("nhs", "NHS", "Plantar fasciitis", "https://www.nhs.uk/", "en")
VALID = {
    "title": "Causes",
    "description": "Why it hurts.",
    "reviewed": date(2026, 11, 26),
    "next_review": date(2027, 11, 26),
    "sources": ["nhs"],
}


def test_valid_front_matter_gives_dates_and_sources():
    assert page_governance(VALID, "docs/en/causes.md", {"nhs": NHS}, TODAY) == Governance(
        date(2026, 11, 26), date(2027, 11, 26), (NHS,)
    )


@pytest.mark.parametrize(
    ("change", "problems"),
    [
        ({"title": None}, ["docs/en/causes.md: title: field required (non-empty text)"]),
        ({"description": " "}, ["docs/en/causes.md: description: field required (non-empty text)"]),
        ({"reviewed": None}, ["docs/en/causes.md: reviewed: field required (a date YYYY-MM-DD)"]),
        ({"next_review": "soon"}, ["docs/en/causes.md: next_review: expected a date YYYY-MM-DD, got 'soon'"]),
        (
            {"next_review": date(2026, 11, 26)},
            ["docs/en/causes.md: next_review: must be after reviewed (2026-11-26)"],
        ),
        (
            {"reviewed": date(2026, 12, 2), "next_review": date(2027, 12, 2)},
            ["docs/en/causes.md: reviewed: 2026-12-02 is in the future (today is 2026-12-01)"],
        ),
        (
            {"sources": []},
            ["docs/en/causes.md: sources: field required (a list of ids from data/sources.yml)"],
        ),
        (
            {"sources": ["nhs", "nice"]},
            ["docs/en/causes.md: sources[1]: unknown source 'nice' (not in data/sources.yml)"],
        ),
        (
            {"title": "", "reviewed": "2026-13-01", "sources": "nhs"},
            [
                "docs/en/causes.md: title: field required (non-empty text)",
                "docs/en/causes.md: reviewed: expected a date YYYY-MM-DD, got '2026-13-01'",
                "docs/en/causes.md: sources: field required (a list of ids from data/sources.yml)",
            ],
        ),
    ],
)
def test_every_problem_names_the_page_and_field(change, problems):
    meta = {key: value for key, value in {**VALID, **change}.items() if value is not None}
    with pytest.raises(SiteDataError) as error:
        page_governance(meta, "docs/en/causes.md", {"nhs": NHS}, TODAY)
    assert error.value.problems == problems


@pytest.mark.parametrize(
    ("today", "overdue"),
    [(date(2027, 11, 25), False), (date(2027, 11, 26), False), (date(2027, 11, 27), True)],
)
def test_a_page_is_overdue_after_its_next_review_date(today, overdue):
    assert page_governance(VALID, "p", {"nhs": NHS}, TODAY).is_overdue(today) is overdue


def test_today_can_be_injected(monkeypatch):
    monkeypatch.setenv("SITE_TODAY", "2030-01-02")
    assert review_today() == date(2030, 1, 2)
    monkeypatch.setenv("SITE_TODAY", "tomorrow")
    with pytest.raises(ValueError, match="SITE_TODAY: expected a date YYYY-MM-DD, got 'tomorrow'"):
        review_today()
