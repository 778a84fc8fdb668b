"""Persian written as Persian: Persian letters and digits, the zero-width non-joiner, Persian punctuation.

Checked on the built pages, so templates, strings and Markdown are all covered. Text marked with
another language (``lang="en"``), code and SVG drawings are left out.
"""

import re

import pytest

from tests.build.site_pages import built_html
from tests.textscan import text_runs

ZWNJ = "\u200c"
RULES = {
    "Arabic letter (use Persian ی ک)": re.compile("[\u064a\u0643\u0649]"),
    "Latin digit (use Persian digits, or mark the text lang=en)": re.compile("[0-9]"),
    "Arabic-Indic digit (use Persian digits)": re.compile("[\u0660-\u0669]"),
    "missing ZWNJ after می/نمی": re.compile(r"(?<![\w\u200c])ن?می (?=[\u0600-\u06ff])"),
    "missing ZWNJ before ها/های/ترین": re.compile(r"[\u0600-\u06ff] (?:ها|های|هایی|ترین)(?![\u0600-\u06ff\u200c])"),
    "Latin comma or question mark (use ، ؟)": re.compile(r"[\u0600-\u06ff]\s*[,?]"),
}


def lint(text: str) -> list[str]:
    """The Persian-typography rules a piece of Persian text breaks."""
    return [rule for rule, pattern in RULES.items() if pattern.search(text)]


@pytest.mark.parametrize(
    ("text", "broken"),
    [
        ("این کار می" + ZWNJ + "شود.", []),
        ("این کار می شود.", ["missing ZWNJ after می/نمی"]),
        ("نمی توانید", ["missing ZWNJ after می/نمی"]),
        ("کفش ها", ["missing ZWNJ before ها/های/ترین"]),
        ("شایع ترین علت", ["missing ZWNJ before ها/های/ترین"]),
        ("كفش", ["Arabic letter (use Persian ی ک)"]),
        ("دويدن", ["Arabic letter (use Persian ی ک)"]),
        ("۱۲ ماه", []),
        ("12 ماه", ["Latin digit (use Persian digits, or mark the text lang=en)"]),
        ("١٢ ماه", ["Arabic-Indic digit (use Persian digits)"]),
        ("چرا?", ["Latin comma or question mark (use ، ؟)"]),
        ("چرا؟ پاشنه، پا", []),
        ("کمی سخت", []),
    ],
)
def test_the_lint_finds_what_it_should(text, broken):
    assert lint(text) == broken


def test_persian_pages_follow_persian_typography(site_dir):
    problems, checked = [], 0
    for language, path in built_html(site_dir):
        if language != "fa":
            continue
        for run in text_runs(path):
            if run.lang == "fa":
                checked += 1
                if broken := lint(run.text):
                    problems.append(f"{path.relative_to(site_dir)}: {run.text.strip()[:60]!r}: {broken}")
    assert problems == []
    assert checked > 500
