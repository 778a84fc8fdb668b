"""Plain English: the Flesch-Kincaid grade of every English page (health-literacy guidance)."""

import statistics

import textstat

from tests.build.site_pages import page_slugs
from tests.textscan import prose

NOT_PROSE = frozenset({"site-review", "site-disclaimer"})


def _grade(blocks: list[str]) -> float:
    sentences = [block if block[-1] in ".!?:" else f"{block}." for block in blocks if block]
    return textstat.flesch_kincaid_grade(" ".join(sentences))


def test_the_grade_counts_a_list_item_as_a_sentence():
    hard = "Physiotherapists recommend individualised rehabilitation programmes incorporating eccentric loading"
    assert _grade([hard]) > 9
    assert _grade(["Rest.", "Use ice.", "Wear good shoes"]) < 3


def test_every_english_page_reads_at_grade_8_or_below_and_the_median_at_6(site_dir):
    grades = {slug or "home": _grade(prose(site_dir / slug / "index.html", NOT_PROSE)) for slug in page_slugs()}
    assert {slug: grade for slug, grade in grades.items() if grade > 8} == {}
    assert statistics.median(grades.values()) <= 6, grades
