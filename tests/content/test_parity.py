"""Each Persian page has the structure and the numbers of its English twin.

Read from the Markdown: the same headings in the same order, under each the same number of list items,
table rows and component blocks, and the same numbers once Persian digits are read as numbers.
"""

import re
from pathlib import Path

import pytest
import yaml

from sitegen.translation_status import numbers
from tests import site_under_test


def split_front_matter(text: str) -> tuple[dict, str]:
    _, meta, body = text.split("---\n", 2)
    return yaml.safe_load(meta), body


def outline(body: str) -> list[dict]:
    """Per heading: its level, list items, table rows, component blocks and numbers."""

    def section(level: int) -> dict:
        return {"level": level, "items": 0, "rows": 0, "blocks": [], "numbers": []}

    sections = [section(0)]
    for line in body.splitlines():
        if heading := re.match(r"(#+) ", line):
            sections.append(section(len(heading.group(1))))
            line = ""
        current = sections[-1]
        current["items"] += bool(re.match(r"\s*(?:[-*]|\d+\.) ", line))
        current["rows"] += line.startswith("|")
        if block := re.match(r"/// (\S.*)", line):
            current["blocks"].append(block.group(1))
        current["numbers"] += numbers(line)
    for current in sections:
        current["numbers"].sort(key=int)
    return sections


def test_outline_reads_structure_and_persian_numbers():
    english = "# T\n\nHold 10 s, 3 times.\n\n## A?\n\n- one [x](a2.md)\n- two\n\n/// diagram | foot\n///\n"
    persian = "# ت\n\n۳ بار، ۱۰ ثانیه.\n\n## الف؟\n\n- یک [x](a2.md)\n- دو\n\n/// diagram | foot\n///\n"
    assert outline(english) == outline(persian)
    assert outline(english)[2]["items"] == 2
    assert outline(persian.replace("۱۰", "۱۲")) != outline(english)


PAGES = sorted(path.name for path in (site_under_test.root() / "docs" / "en").glob("*.md"))


@pytest.mark.parametrize("page", PAGES)
def test_persian_page_matches_its_english_twin(page):
    en_meta, en_body = split_front_matter((site_under_test.root() / "docs" / "en" / page).read_text(encoding="utf-8"))
    fa_meta, fa_body = split_front_matter((site_under_test.root() / "docs" / "fa" / page).read_text(encoding="utf-8"))
    assert outline(fa_body) == outline(en_body)
    assert fa_meta["sources"] == en_meta["sources"]


def test_every_page_is_compared():
    assert PAGES == sorted(path.name for path in Path(site_under_test.root() / "docs" / "fa").glob("*.md"))
