"""Search in each language: one index per language, and words found however they are typed.

mkdocs-static-i18n merges every language's pages into one search index at the site root. After the
build, ``split_index`` writes one index per language under the language's own folder, with that
language's rules from ``data/search.yml``: how to split words, which characters are written alike,
which endings a word sheds (stemming), and which words mean the same (synonyms). Each page's search
loads its own language's index, and the same rules read the reader's query.

Stemming works by splitting, so that it is one rule in both places: each ending becomes part of the
word separator (``word_separator``), matched and dropped like a space, which Material's search applies
to the index when the browser builds it and to every query, so «ورزشی» and «ورزش‌های» both give
the one word «ورزش». Synonyms are applied
once, at build: a section that holds a word of a group also holds, invisibly, the others.
"""

import html
import re
from pathlib import Path
from typing import Annotated

import regex
from pydantic import Field, ValidationError, field_validator, model_validator

from sitegen.data_files import load_mapping
from sitegen.errors import SiteDataError
from sitegen.languages import Language
from sitegen.local_format import native_digits
from sitegen.schema import NonEmptyText, StrictModel, describe_errors

SEARCH_FILE = "data/search.yml"
INDEX_PATH = "search/search_index.json"
_OTHER_DIGITS = ("0123456789", "\u0660\u0661\u0662\u0663\u0664\u0665\u0666\u0667\u0668\u0669", "۰۱۲۳۴۵۶۷۸۹")
_TAG = re.compile(r"<[^>]+>")


class Stemming(StrictModel):
    """The endings a word sheds, split off at index and query alike."""

    letters: str = Field(min_length=3)  # a character class of the script's letters: "[\\u0600-\\u06ff]"
    joiner: str | None = Field(default=None, max_length=1)  # may stand before an ending (ZWNJ: کفش‌ها)
    # Each ending, and the fewest letters the word must keep before it.
    endings: dict[NonEmptyText, Annotated[int, Field(ge=1, le=8)]] = Field(min_length=1)
    keep: list[NonEmptyText] = Field(default_factory=list)  # words never split, though they end so


class SearchRules(StrictModel):
    """How one language's text is split into words, written alike, stemmed, and its synonyms."""

    separator: str | None = Field(default=None, min_length=1)
    pipeline: list[str] | None = None
    replace: dict[str, str] = Field(default_factory=dict)
    digits: str | None = Field(default=None, pattern="^native$")
    stemming: Stemming | None = None
    synonyms: list[list[NonEmptyText]] = Field(default_factory=list)

    @field_validator("separator")
    @classmethod
    def _a_regular_expression(cls, value: str | None) -> str | None:
        if value is not None:
            _compile(value)
        return value

    @model_validator(mode="after")
    def _stemming_and_synonyms(self):
        if self.stemming is not None:
            try:
                _compile(word_separator(self))
            except ValueError as error:
                raise ValueError(f"stemming: the separator it makes is {error}") from error
        if any(len(group) < 2 for group in self.synonyms):
            raise ValueError("synonyms: each group names at least two words that mean the same")
        return self


def _compile(expression: str) -> None:
    # The browser runs it as a JavaScript regular expression. The regex package reads the same syntax
    # where Python's re does not (lookbehind of varying length); a browser test compiles it in Chromium.
    try:
        regex.compile(expression)
    except regex.error as error:
        raise ValueError(f"not a valid regular expression: {error}") from error


def word_separator(rules: SearchRules) -> str | None:
    """The separator words are split with: the configured one, then each ending, dropped like a space.

    An ending is dropped only where it closes the word, the word keeps at least the ending's number of
    letters before it, the word is not one to keep, and no longer ending would start one letter
    earlier (``فاسیای`` sheds «ای», not «ی»).
    """
    if rules.stemming is None:
        return rules.separator
    stemming, letter = rules.stemming, rules.stemming.letters
    keep = "|".join(sorted(map(regex.escape, stemming.keep), key=len, reverse=True))
    guard = f"(?!(?:{keep})(?!{letter}))" if keep else ""
    splits = []
    for ending, shortest in sorted(stemming.endings.items(), key=lambda item: -len(item[0])):
        longer = [other[: -len(ending)] for other in stemming.endings if other != ending and other.endswith(ending)]
        before = f"(?<!{'|'.join(map(regex.escape, longer))})" if longer else ""
        stem = f"(?<=(?:^|(?!{letter}).){guard}{letter}{{{shortest},}})"
        joiner = f"{regex.escape(stemming.joiner)}?" if stemming.joiner else ""
        splits.append(f"{stem}{before}{joiner}{regex.escape(ending)}(?!{letter})")
    # Endings first: where the joiner stands before one, the ending goes with it, not left as a word.
    return "|".join(splits + ([rules.separator] if rules.separator else []))


def load_search_rules(site_root: Path) -> dict[str, SearchRules]:
    """The search rules of every language that has some.

    Raises:
        SiteDataError: One message per problem, naming the file and the field.
    """
    data = load_mapping(site_root, SEARCH_FILE)
    rules, problems = {}, []
    for language, fields in data.items():
        try:
            rules[language] = SearchRules.model_validate(fields)
        except ValidationError as error:
            problems += [problem.replace(": ", f": {language}.", 1) for problem in describe_errors(error, SEARCH_FILE)]
    if problems:
        raise SiteDataError(problems)
    return rules


def character_map(rules: SearchRules, language: str) -> dict[str, str]:
    """Every character a query or an index entry should be written with instead: ``{"ي": "ی", "١": "۱"}``."""
    mapping = dict(rules.replace)
    if rules.digits:
        own = native_digits(language)
        for digits in _OTHER_DIGITS:
            mapping |= {digit: own[value] for value, digit in enumerate(digits) if digit != own[value]}
    return mapping


def normalize(text: str, mapping: dict[str, str]) -> str:
    """Write ``text`` the way the index stores it: characters mapped, runs of white space made one space."""
    return " ".join(text.translate(str.maketrans(mapping)).split())


def with_synonyms(text: str, title: str, groups: list[list[str]], mapping: dict[str, str]) -> str:
    """A section's text with, hidden at its end, the synonyms of every word of a group it holds."""
    plain = normalize(f"{title} {_TAG.sub(' ', text)}", mapping).casefold()
    others = []
    for group in groups:
        words = [normalize(word, mapping) for word in group]
        if any(_holds(plain, word.casefold()) for word in words):
            others += [word for word in words if not _holds(plain, word.casefold()) and word not in others]
    return f"{text} <span hidden>{html.escape(' '.join(others))}</span>" if others else text


def _holds(text: str, phrase: str) -> bool:
    """Whether ``text`` holds ``phrase`` as whole words (not inside a longer word)."""
    return regex.search(rf"(?<!\w){regex.escape(phrase)}(?!\w)", text) is not None


def _lunr_languages(merged: list[str], language: Language, languages: tuple[Language, ...]) -> list[str]:
    """The lunr languages (stemmers, stop words) of one language's index.

    static-i18n gives the merged index every site language lunr knows (``['en', 'de']``), which would run
    the German stemmer on English and Persian queries and load its scripts on every page. Each index
    gets its own language if lunr knows it, the default language's otherwise (Persian: its own search
    rules, ``data/search.yml``, do the work).
    """
    if language.code in merged:
        return [language.code]
    return [languages[0].code] if languages[0].code in merged else list(merged)


def split_index(index: dict, languages: tuple[Language, ...], rules: dict[str, SearchRules]) -> dict[str, dict]:
    """One search index per language, from the merged index of the whole site.

    Args:
        index: The merged index (``config`` and ``docs``), its locations relative to the site root.
        languages: Every language built, the default first.
        rules: The search rules of the languages that have some.

    Returns:
        For each language, where its index goes (``fa/search/search_index.json``) and the index, its
        locations relative to the language's folder and its texts normalised.
    """
    indexes = {}
    prefixes = [language.prefix for language in languages if language.prefix]
    for language in languages:
        if language.prefix:
            docs = [doc for doc in index["docs"] if doc["location"].startswith(language.prefix)]
        else:
            docs = [doc for doc in index["docs"] if not doc["location"].startswith(tuple(prefixes))]
        config = dict(index["config"]) | {"lang": _lunr_languages(index["config"].get("lang", []), language, languages)}
        language_rules = rules.get(language.code, SearchRules())
        if (separator := word_separator(language_rules)) is not None:
            config["separator"] = separator
        if language_rules.pipeline is not None:
            config["pipeline"] = language_rules.pipeline
        mapping = character_map(language_rules, language.code)
        synonyms = language_rules.synonyms
        indexes[f"{language.prefix}{INDEX_PATH}"] = {
            "config": config,
            "docs": [
                doc
                | {
                    "location": doc["location"].removeprefix(language.prefix),
                    "title": normalize(doc["title"], mapping),
                    "text": with_synonyms(normalize(doc["text"], mapping), doc["title"], synonyms, mapping),
                }
                for doc in docs
            ],
        }
    return indexes
