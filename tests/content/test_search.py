"""Search in Chromium, typed as a reader types it: Persian however it is written, and each site's
results in its own language."""

import pytest
import regex

from sitegen.search import load_search_rules, word_separator
from tests import site_under_test

RULES = load_search_rules(site_under_test.root())
ZWNJ = "\u200c"
PERSIAN = [
    ("پاشنه", "fa/"),  # as stored
    ("دويدن", "fa/prevention/"),  # Arabic-keyboard ي
    ("كفش", "fa/prevention/"),  # Arabic-keyboard ك
    ("آسيب", "fa/see-a-doctor/"),  # Arabic-keyboard ي inside a word
    (f"کفش{ZWNJ}ها", "fa/prevention/"),  # with ZWNJ
    ("کفشها", "fa/prevention/"),  # without ZWNJ
    ("کفش ها", "fa/prevention/"),  # with a space
    ("نمیتوانید", "fa/see-a-doctor/"),  # verb prefix without ZWNJ
    ("توانید", "fa/see-a-doctor/"),  # the part after the ZWNJ
    ("شایعترین", "fa/"),  # superlative without ZWNJ
    ("۴۰", "fa/causes/"),  # Persian digits
    ("40", "fa/causes/"),  # Latin digits
    ("٤٠", "fa/causes/"),  # Arabic-Indic digits
    ("پاشـنه", "fa/"),  # tatweel
    ("پاشِنه", "fa/"),  # a diacritic
    ("«آتل»،", "fa/home-treatment/"),  # Persian punctuation around the word
]
# Inflected forms (data/search.yml, fa.stemming) and other names (fa.synonyms), as Persian readers type them.
PERSIAN_FORMS = [
    ("ورزشی", "fa/home-treatment/"),  # adjectival ی; the page says ورزش‌های
    ("کششی", "fa/exercises/"),
    ("پزشکی", "fa/medical-treatment/"),
    ("درمانی", "fa/medical-treatment/"),
    ("دیابتی", "fa/see-a-doctor/"),
    ("عفونتی", "fa/symptoms/"),
    ("تاندونی", "fa/causes/"),
    ("تمرینات", "fa/exercises/"),  # Arabic plural ات, for تمرین‌ها
    ("حرکات", "fa/exercises/"),
    ("تزریقات", "fa/medical-treatment/"),
    ("کودکان", "fa/causes/"),  # plural ان
    ("دردها", "fa/symptoms/"),  # plural ها without ZWNJ
    ("پاها", "fa/"),
    ("کفشها", "fa/prevention/"),
    ("پاشنه\u200cها", "fa/causes/"),  # with ZWNJ
    ("دونده\u200cها", "fa/symptoms/"),
    ("جراحی\u200cها", "fa/medical-treatment/"),
    ("مسکن\u200cها", "fa/home-treatment/"),
    ("بیماری\u200cها", "fa/causes/"),
    ("شکستگی\u200cها", "fa/symptoms/"),
    ("آتل\u200cها", "fa/home-treatment/"),
    ("کفی\u200cها", "fa/medical-treatment/"),
    ("داروهای", "fa/home-treatment/"),  # plural with ezafe
    ("کفش\u200cهای", "fa/prevention/"),
    ("کفی\u200cهای طبی", "fa/home-treatment/"),
    ("سفتتر", "fa/causes/"),  # comparative تر
    ("کفش ورزشی", "fa/prevention/"),
    ("تمرینات کششی", "fa/exercises/"),
    ("حرکات کششی", "fa/exercises/"),
    ("ورزش\u200cهای کششی", "fa/exercises/"),
    ("خار پاشنه", "fa/causes/"),  # what most Iranians call it
    ("خارپاشنه", "fa/causes/"),
    ("فاشئیت پلانتار", "fa/"),  # another name, on no page
    ("فاسیا", "fa/"),
    ("فاشیا", "fa/"),
    ("ارتز", "fa/home-treatment/"),  # for کفی طبی
    ("موج درمانی", "fa/medical-treatment/"),
]
ENGLISH_SYNONYMS = [
    ("heel spur", "causes/"),
    ("bone spur", "causes/"),
    ("runner's heel", ""),
    ("plantar fasciopathy", ""),
]
ENGLISH = [
    ("heel", ""),
    ("stretch", "exercises/"),
    ("ibuprofen", "home-treatment/"),
    ("Sever", "causes/"),
    ("shockwave", "medical-treatment/"),
]


def search(page, site_url, start, query):
    """Type the query key by key into the search box and return the result pages, without anchors."""
    page.goto(f"{site_url}{start}")
    box = page.locator("[data-md-component=search-query]")
    box.click()
    page.keyboard.type(query, delay=20)
    page.keyboard.press("End")
    # A locator wait, not wait_for_function: that one evaluates a string, which the site's CSP forbids.
    results = page.locator(".md-search-result__link")
    results.first.wait_for(state="attached", timeout=5000)
    # The worker answers each keystroke: read the results once two readings 300 ms apart agree.
    links, previous = None, []
    for _ in range(20):
        links = results.evaluate_all("links => links.map((link) => link.getAttribute('href'))")
        if links == previous:
            break
        previous = links
        page.wait_for_timeout(300)
    return [link.removeprefix(site_url).split("?")[0].split("#")[0] for link in links]


@pytest.mark.parametrize(("query", "expected"), PERSIAN)
def test_persian_is_found_however_it_is_typed(page, site_url, query, expected):
    results = search(page, site_url, "fa/", query)
    assert expected in results
    assert all(result.startswith("fa/") for result in results)


@pytest.mark.parametrize(("query", "expected"), PERSIAN_FORMS)
def test_persian_is_found_in_its_other_forms_and_names(page, site_url, query, expected):
    results = search(page, site_url, "fa/", query)
    assert expected in results
    assert all(result.startswith("fa/") for result in results)


@pytest.mark.parametrize(("query", "expected"), ENGLISH_SYNONYMS)
def test_english_is_found_by_its_other_names(page, site_url, query, expected):
    results = search(page, site_url, "", query)
    assert expected in results
    assert not any(result.startswith("fa/") for result in results)


@pytest.mark.parametrize(("query", "expected"), ENGLISH)
def test_english_search_still_works_and_stays_english(page, site_url, query, expected):
    results = search(page, site_url, "", query)
    assert expected in results
    assert not any(result.startswith("fa/") for result in results)


def test_an_english_word_on_the_persian_site_returns_only_persian_pages(page, site_url):
    assert all(result.startswith("fa/") for result in search(page, site_url, "fa/causes/", "heel"))


def test_persian_results_read_right_to_left_with_the_words_highlighted(page, site_url):
    search(page, site_url, "fa/", "آتل")
    result = page.locator(".md-search-result__article").first
    assert result.evaluate("element => getComputedStyle(element).direction") == "rtl"
    assert "آتل" in [mark.inner_text() for mark in page.locator(".md-search-result mark").all()]


def test_the_search_box_shows_the_persian_letters(page, site_url):
    search(page, site_url, "fa/", "دويدن")
    assert page.locator("[data-md-component=search-query]").input_value() == "دویدن"


@pytest.mark.parametrize("language", [language for language in sorted(RULES) if word_separator(RULES[language])])
def test_the_browser_splits_text_with_each_separator_as_the_build_does(page, site_url, language):
    separator = word_separator(RULES[language])
    sample = "کفش‌ها را می‌پوشید، پاشنه‌اش درد دارد؟ «کشش» (تمرینات) ورزشی فاسیای کمی heel-pain, 2 runs/week"
    page.goto(site_url)
    in_browser = page.evaluate("([separator, text]) => text.split(new RegExp(separator))", [separator, sample])
    assert in_browser == regex.split(separator, sample)
