import pytest

from sitegen.errors import SiteDataError
from sitegen.languages import Language
from sitegen.search import SearchRules, character_map, load_search_rules, normalize, split_index
from tests.sitebuild import ROOT

RULES = load_search_rules(ROOT)
PERSIAN = character_map(RULES["fa"], "fa")


@pytest.mark.parametrize(
    ("typed", "stored"),
    [
        ("دويدن", "دویدن"),
        ("كفش", "کفش"),
        ("مصطفى", "مصطفی"),
        ("پاشـنه", "پاشنه"),
        ("پاشِنه", "پاشنه"),
        ("شدّت", "شدت"),
        ("40", "۴۰"),
        ("٤٠", "۴۰"),
        ("۴۰", "۴۰"),
        ("کفش\u200cها", "کفش\u200cها"),
        ("heel 2", "heel ۲"),
    ],
)
def test_persian_is_written_one_way(typed, stored):
    assert normalize(typed, PERSIAN) == stored


def test_runs_of_white_space_become_one_space_and_zwnj_stays():
    assert normalize("<p>a →\n               b</p>  کفش\u200cها", {}) == "<p>a → b</p> کفش\u200cها"


def test_english_has_no_rules():
    assert "en" not in RULES


def test_rules_are_checked_with_file_and_field(data_file):
    root = data_file("search.yml", "fa:\n  separator: ''\n  pipeline: []\n  replace: {}\n  digits: latin\n  extra: 1\n")
    with pytest.raises(SiteDataError) as error:
        load_search_rules(root)
    assert error.value.problems == [
        "data/search.yml: fa.separator: string should have at least 1 character, got ''",
        "data/search.yml: fa.digits: string should match pattern '^native$', got 'latin'",
        "data/search.yml: fa.extra: unknown field",
    ]


def test_a_separator_that_is_not_a_regular_expression_is_named(data_file):
    root = data_file("search.yml", "fa:\n  separator: '[\\s\\u200c'\n  pipeline: []\n  replace: {}\n")
    with pytest.raises(SiteDataError) as error:
        load_search_rules(root)
    [problem] = error.value.problems
    assert problem.startswith(
        "data/search.yml: fa.separator: not a valid regular expression: unterminated character set"
    )


def test_the_merged_index_is_split_by_language():
    merged = {
        "config": {"lang": ["en"], "separator": "[\\s]+", "pipeline": ["stopWordFilter"]},
        "docs": [
            {"location": "", "title": "Heel", "text": "Rest 2 weeks."},
            {"location": "causes/#why", "title": "Why", "text": "Load."},
            {"location": "fa/", "title": "پاشنه", "text": "دويدن ۲ هفته 3"},
        ],
    }
    languages = (Language("en", "English", ""), Language("fa", "فارسی", "fa/"))
    rules = {"fa": SearchRules(separator="[\\s\u200c]+", pipeline=[], replace={"ي": "ی"}, digits="native")}
    indexes = split_index(merged, languages, rules)
    assert indexes["search/search_index.json"] == {
        "config": merged["config"],
        "docs": merged["docs"][:2],
    }
    assert indexes["fa/search/search_index.json"] == {
        "config": {"lang": ["en"], "separator": "[\\s\u200c]+", "pipeline": []},
        "docs": [{"location": "", "title": "پاشنه", "text": "دویدن ۲ هفته ۳"}],
    }
