"""Search in each language: one index per language, and words found however they are typed.

mkdocs-static-i18n merges every language's pages into one search index at the site root. After the
build, ``split_index`` writes one index per language under the language's own folder, with that
language's rules from ``data/search.yml`` (how to split words, which characters are written alike);
each page's search loads its own language's index, and the same rules normalise the reader's query.
"""

from pathlib import Path

import regex
from pydantic import Field, ValidationError, field_validator

from sitegen.data_files import load_mapping
from sitegen.errors import SiteDataError
from sitegen.languages import Language
from sitegen.local_format import native_digits
from sitegen.schema import StrictModel, describe_errors

SEARCH_FILE = "data/search.yml"
INDEX_PATH = "search/search_index.json"
_OTHER_DIGITS = ("0123456789", "\u0660\u0661\u0662\u0663\u0664\u0665\u0666\u0667\u0668\u0669", "۰۱۲۳۴۵۶۷۸۹")


class SearchRules(StrictModel):
    """How one language's text is split into words and which characters are written alike."""

    separator: str = Field(min_length=1)
    pipeline: list[str]
    replace: dict[str, str]
    digits: str | None = Field(default=None, pattern="^native$")

    @field_validator("separator")
    @classmethod
    def _a_regular_expression(cls, value: str) -> str:
        # The browser runs it as a JavaScript regular expression. The regex package reads the same syntax
        # where Python's re does not (lookbehind of varying length); a browser test compiles it in Chromium.
        try:
            regex.compile(value)
        except regex.error as error:
            raise ValueError(f"not a valid regular expression: {error}") from error
        return value


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
        config = dict(index["config"])
        mapping = {}
        if language.code in rules:
            language_rules = rules[language.code]
            config |= {"separator": language_rules.separator, "pipeline": language_rules.pipeline}
            mapping = character_map(language_rules, language.code)
        indexes[f"{language.prefix}{INDEX_PATH}"] = {
            "config": config,
            "docs": [
                doc
                | {
                    "location": doc["location"].removeprefix(language.prefix),
                    "title": normalize(doc["title"], mapping),
                    "text": normalize(doc["text"], mapping),
                }
                for doc in docs
            ],
        }
    return indexes
