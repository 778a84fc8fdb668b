"""Advice stands with its caution: which blocks need it, where it may stand, and the messages."""

import pytest

from sitegen.cautions import entry_caution_problems, load_cautions, page_caution_problems
from sitegen.errors import SiteDataError

ZWNJ = "\u200c"
CAUTIONS_YML = """cold:
  en:
    advice: [ice, frozen]
    caution: [diabetes, numb]
  fa:
    advice: [یخ]
    caution: [دیابت, بی‌حس]
"""
FRONT = "---\ntitle: T\n---\n"


@pytest.fixture
def cautions(data_file):
    return load_cautions(data_file("cautions.yml", CAUTIONS_YML), ["en", "fa"])


def _page(cautions, body: str, language: str = "en") -> list[str]:
    return page_caution_problems(FRONT + body, f"docs/{language}/p.md", language, cautions)


def test_a_site_without_the_file_checks_nothing(tmp_path):
    assert load_cautions(tmp_path, ["en"]) == {}


def test_advice_without_its_caution_names_the_page_the_line_and_the_missing_words(cautions):
    body = "# Title\n\nRest.\n\n- Wear good shoes.\n- Put ice on it for 15 minutes.\n\nMore.\n"
    assert _page(cautions, body) == [
        "docs/en/p.md: line 8: advises 'ice' without its caution nearby: this block or one beside it must also "
        "say 'diabetes', 'numb' (data/cautions.yml: cold)"
    ]


@pytest.mark.parametrize(
    "body",
    [
        "Put ice on it. Not if you have diabetes or numb feet.\n",
        "Put ice on it.\n\nNot if you have diabetes or numb feet.\n",
        "If you have diabetes or numbness, skip the next step.\n\nPut ice on it.\n",
        "- Put ice on it.\n- Not with diabetes.\n\nNor on numb feet.\n",
    ],
    ids=["same block", "block after", "block before", "split across neighbours"],
)
def test_the_caution_may_stand_in_the_block_or_beside_it(cautions, body):
    assert _page(cautions, body) == []


def test_a_caution_two_blocks_away_is_not_beside_the_advice(cautions):
    assert _page(cautions, "Put ice on it.\n\nRest.\n\nNot with diabetes or numb feet.\n") != []


@pytest.mark.parametrize("text", ["Good advice: rest.", "Notice the pain.", "A price list."])
def test_a_word_counts_only_where_a_word_starts(cautions, text):
    assert _page(cautions, text + "\n") == []


def test_words_match_whatever_follows_them_and_without_their_zero_width_non_joiner(cautions):
    assert _page(cautions, "A frozen bottle.\n") != []
    persian = "روی پاشنه یخ بگذارید. اگر دیابت یا پای بیحس دارید، نه.\n"
    assert _page(cautions, persian, "fa") == []
    assert _page(cautions, f"بطری یخ{ZWNJ}زده بگذارید.\n", "fa") == [
        f"docs/fa/p.md: line 4: advises 'یخ' without its caution nearby: this block or one beside it must also "
        f"say 'دیابت', 'بی{ZWNJ}حس' (data/cautions.yml: cold)"
    ]


def test_each_language_is_checked_with_its_own_words(cautions):
    assert _page(cautions, "Put ice on it.\n", "fa") == []


def test_a_data_entry_is_one_block_named_by_file_and_entry(cautions):
    entries = {
        "data/routines.yml#roll": "title: Roll\ncautions[0]: Not with diabetes or numb feet.\nsteps[0]: A frozen bottle.",
        "data/routines.yml#stretch": "title: Stretch\nsteps[0]: Put ice on the heel.",
    }
    assert entry_caution_problems(entries, "en", cautions) == [
        "data/routines.yml#stretch: en: advises 'ice' without its caution nearby: this block or one beside it "
        "must also say 'diabetes', 'numb' (data/cautions.yml: cold)"
    ]


@pytest.mark.parametrize(
    ("text", "problems"),
    [
        (
            "cold:\n  en:\n    advice: [ice]\n    caution: [numb]\n",
            ["data/cautions.yml: cold.fa: field required (every caution states its words in every language)"],
        ),
        (
            "cold:\n  en:\n    advice: []\n    caution: [numb]\n    also: [x]\n  fa:\n    advice: [یخ]\n",
            [
                "data/cautions.yml: cold.en.advice: list should have at least 1 item after validation, not 0, got []",
                "data/cautions.yml: cold.en.also: unknown field",
                "data/cautions.yml: cold.fa.caution: field required",
            ],
        ),
    ],
    ids=["a language missing", "fields"],
)
def test_every_problem_of_the_file_names_the_field(data_file, text, problems):
    with pytest.raises(SiteDataError) as error:
        load_cautions(data_file("cautions.yml", text), ["en", "fa"])
    assert error.value.problems == problems
