"""Cautions that must stand beside the advice they belong to, checked at build in every language.

``data/cautions.yml`` names each caution (``cold``) with, per language, the words that give the advice
(``ice``, ``frozen``) and the words its caution holds (``diabetes``, ``numb``, ``circulation``,
``skin``). A block of a page (the text between two blank lines: a paragraph, a list, a table) that uses
any word of the advice must hold every word of the caution, or the blocks on either side of it must. Each
translated entry of ``data/`` (a routine, a quiz question or outcome, an interface string) is one block:
a routine card that advises cold carries the caution on the card. A site without the file checks none.

Words match at the start of a word, whatever follows (``numb`` finds ``numbness``, «یخ» finds
«یخ‌زده»), case and zero-width non-joiners aside.
"""

import re
from pathlib import Path
from typing import Annotated

from pydantic import Field, TypeAdapter, ValidationError

from sitegen.data_files import load_mapping
from sitegen.errors import SiteDataError
from sitegen.page_source import page_body
from sitegen.schema import NonEmptyText, StrictModel, describe_errors

CAUTIONS_FILE = "data/cautions.yml"
_ZWNJ = "\u200c"
_Words = Annotated[list[NonEmptyText], Field(min_length=1)]


class CautionWords(StrictModel):
    """One caution in one language: the words that give the advice, and the words the caution holds."""

    advice: _Words
    caution: _Words


_CAUTIONS = TypeAdapter(dict[Annotated[str, Field(pattern=r"^[a-z]+(-[a-z]+)*$")], dict[str, CautionWords]])
# Each caution's words, by caution name and language.
Cautions = dict[str, dict[str, CautionWords]]


def load_cautions(site_root: Path, languages: list[str]) -> Cautions:
    """The site's cautions (none if it has no ``data/cautions.yml``), each with its words in every language.

    Raises:
        SiteDataError: If a caution lacks a language of the site or a field, naming the file and the field.
    """
    if not (site_root / CAUTIONS_FILE).is_file():
        return {}
    data = load_mapping(site_root, CAUTIONS_FILE)
    try:
        cautions = _CAUTIONS.validate_python(data)
    except ValidationError as error:
        raise SiteDataError(describe_errors(error, CAUTIONS_FILE)) from error
    problems = [
        f"{CAUTIONS_FILE}: {name}.{language}: field required (every caution states its words in every language)"
        for name, words in cautions.items()
        for language in languages
        if language not in words
    ]
    if problems:
        raise SiteDataError(problems)
    return cautions


def page_caution_problems(text: str, page_path: str, language: str, cautions: Cautions) -> list[str]:
    """Each block of a page that gives advice without its caution in it or in the blocks on either side.

    Args:
        text: The page's Markdown, front matter included (lines are counted from the file's start).
        page_path: The page as messages name it (``docs/fa/home-treatment.md``).
        language: The page's language.
        cautions: The site's cautions.
    """
    body = page_body(text)
    first_line = text[: len(text) - len(body)].count("\n") + 1
    blocks = _blocks(body, first_line)
    problems = []
    for index, (line, block) in enumerate(blocks):
        beside = "\n".join(neighbour for _, neighbour in blocks[max(index - 1, 0) : index + 2])
        problems += [f"{page_path}: line {line}: {problem}" for problem in _problems(block, beside, language, cautions)]
    return problems


def entry_caution_problems(entries: dict[str, str], language: str, cautions: Cautions) -> list[str]:
    """Each data entry (named ``data/routines.yml#foot-roll``) that gives advice without its caution.

    Args:
        entries: Each entry's texts in ``language``, by the entry's name.
        language: The language of the texts.
        cautions: The site's cautions.
    """
    return [
        f"{name}: {language}: {problem}"
        for name, text in entries.items()
        for problem in _problems(text, text, language, cautions)
    ]


def _problems(block: str, beside: str, language: str, cautions: Cautions) -> list[str]:
    """What ``block`` advises without its caution in ``beside`` (the block and its neighbours)."""
    problems = []
    for name, by_language in cautions.items():
        # Every caution has every language of the site (load_cautions checks it).
        words = by_language[language]
        advice = [word for word in words.advice if _holds(block, word)]
        if not advice:
            continue
        missing = [word for word in words.caution if not _holds(beside, word)]
        if missing:
            words_missing = ", ".join(f"'{word}'" for word in missing)
            problems.append(
                f"advises '{advice[0]}' without its caution nearby: this block or one beside it must also say "
                f"{words_missing} ({CAUTIONS_FILE}: {name})"
            )
    return problems


def _holds(text: str, word: str) -> bool:
    """Whether ``word`` starts a word of ``text``, case and zero-width non-joiners aside."""
    plain, wanted = (part.replace(_ZWNJ, "").casefold() for part in (text, word))
    return re.search(rf"(?<!\w){re.escape(wanted)}", plain) is not None


def _blocks(body: str, first_line: int) -> list[tuple[int, str]]:
    """The blocks of a page's body (text between blank lines), each with the file line it starts on."""
    blocks, current, start = [], [], first_line
    for number, line in enumerate(body.splitlines(), first_line):
        if line.strip():
            if not current:
                start = number
            current.append(line)
        elif current:
            blocks.append((start, "\n".join(current)))
            current = []
    if current:
        blocks.append((start, "\n".join(current)))
    return blocks
