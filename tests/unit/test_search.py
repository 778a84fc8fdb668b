import pytest
import regex

from sitegen.errors import SiteDataError
from sitegen.languages import Language
from sitegen.search import (
    SearchRules,
    character_map,
    load_search_rules,
    normalize,
    split_index,
    with_synonyms,
    word_separator,
)
from tests import site_under_test

RULES = load_search_rules(site_under_test.root())
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


def test_english_keeps_materials_word_rules_and_adds_only_synonyms():
    english = RULES["en"]
    assert (english.separator, english.pipeline, english.replace, english.stemming) == (None, None, {}, None)


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


def test_each_index_runs_only_its_own_language_through_lunr():
    """static-i18n gives the merged index every language lunr knows; a third language must not change the others."""
    merged = {"config": {"lang": ["en", "de"], "separator": "[\\s]+"}, "docs": []}
    languages = (Language("en", "English", ""), Language("fa", "فارسی", "fa/"), Language("de", "Deutsch", "de/"))
    indexes = split_index(merged, languages, {})
    assert {path: index["config"]["lang"] for path, index in indexes.items()} == {
        "search/search_index.json": ["en"],
        "fa/search/search_index.json": ["en"],
        "de/search/search_index.json": ["de"],
    }


# The Persian stemmer (data/search.yml, fa.stemming): one test per ending, and words it must leave whole.
SEPARATOR = word_separator(RULES["fa"])


def _words(text: str) -> list[str]:
    return [word for word in regex.split(SEPARATOR, text) if word]


@pytest.mark.parametrize(
    ("word", "stem", "ending"),
    [
        ("کتابهایی", "کتاب", "هایی"),
        ("ورزش\u200cهای", "ورزش", "های (after the ZWNJ)"),
        ("کفشهای", "کفش", "های"),
        ("پاها", "پا", "ها (a stem of 2 letters)"),
        ("شایعترین", "شایع", "ترین"),
        ("بیشتر", "بیش", "تر"),
        ("تمرینات", "تمرین", "ات"),
        ("کودکان", "کودک", "ان"),
        ("زیبایی", "زیبا", "یی"),
        ("فاسیای", "فاسی", "ای, not ی"),
        ("ورزشی", "ورزش", "ی"),
        ("کتابمان", "کتاب", "مان"),
        ("کفشتان", "کفش", "تان"),
        ("پاشنهشان", "پاشنه", "شان"),
    ],
)
def test_each_ending_is_shed(word, stem, ending):
    assert _words(word) == [stem], ending


@pytest.mark.parametrize(
    ("word", "why"),
    [
        ("کمی", "a stem of 2 letters before ی"),
        ("برای", "a stem of 2 letters before ای"),
        ("روی", "a stem of 2 letters before ی"),
        ("پا", "no ending"),
        ("دست", "the one-letter possessive ت is not an ending (درست is not درس + ت)"),
        ("درست", "the one-letter possessive ت is not an ending"),
        ("درمان", "kept: a word, not درم + ان"),
        ("ایران", "kept: a name"),
        ("آسپرین", "a name with no ending"),
        ("سیور", "a name with no ending"),
        ("heel", "Latin letters are not the script's"),
    ],
)
def test_words_it_must_leave_whole(word, why):
    assert _words(word) == [word], why


def test_the_separator_still_splits_words_and_verb_prefixes():
    assert _words("می\u200cشود، کفشها «کشش» (تمرین\u200cها)") == ["می", "شود", "کفش", "کشش", "تمرین"]


def test_a_section_holding_a_synonym_holds_the_others_unseen_in_both_directions():
    groups = [["heel spur", "bone spur"], ["runner's heel", "plantar fasciitis"]]
    text = "<p>A Heel spur is rare.</p>"
    assert with_synonyms(text, "Causes", groups, {}) == f"{text} <span hidden>bone spur</span>"
    assert with_synonyms("<p>bone spurs</p>", "T", groups, {}) == "<p>bone spurs</p>"  # a whole phrase only
    assert (
        with_synonyms("<p>x</p>", "Plantar fasciitis", groups, {}) == "<p>x</p> <span hidden>runner&#x27;s heel</span>"
    )


def test_synonyms_are_matched_as_the_index_writes_text():
    groups = [["فاسیای کف پا", "فاسیا"]]
    assert with_synonyms("<p>فاسياى کف پا</p>", "", groups, PERSIAN).endswith("<span hidden>فاسیا</span>")


def test_a_synonym_group_of_one_word_is_refused(data_file):
    root = data_file("search.yml", "en:\n  synonyms: [[heel spur]]\n")
    with pytest.raises(SiteDataError) as error:
        load_search_rules(root)
    assert error.value.problems == [
        "data/search.yml: en.synonyms: each group names at least two words that mean the same"
    ]
