"""Interface strings: the few words the templates print, in every configured language.

``STRINGS`` is the exact set the templates use, each with the placeholders its text must hold (the
templates fill them in: ``"Question {n} of {total}"``). A key missing, misspelt, unused or written
twice, a language missing, or a placeholder missing or unknown stops the build, naming the key.
"""

import re
from functools import cache
from pathlib import Path

from pydantic import BaseModel, ConfigDict, ValidationError, create_model

from sitegen.data_files import load_mapping
from sitegen.errors import SiteDataError
from sitegen.schema import describe_errors, text_model

STRINGS_FILE = "data/strings.yml"
_PLACEHOLDER = re.compile(r"\{([^{}]*)\}")

_PLAIN = """
    disclaimer_label disclaimer_text not_found_title not_found_text not_found_home last_reviewed
    next_review_due review_overdue sources_title routine_steps routine_dose
    routine_unit_seconds
    routine_unit_minutes routine_about routine_per_repetition routine_repetitions routine_repetitions_unit
    routine_sets routine_frequency routine_times_a_day routine_at_least routine_every_other_day
    routine_equipment routine_cautions routine_caution_stretch routine_caution_strengthen
    routine_caution_next_day routine_source
    timer_title timer_ready timer_start timer_pause timer_resume timer_reset timer_paused timer_done
    timer_seconds_left list_separator quiz_intro quiz_how_without_script quiz_tick_all quiz_or quiz_next
    quiz_back quiz_restart quiz_choose quiz_result quiz_results_heading quiz_because quiz_read_more
    quiz_care_table quiz_care_if quiz_care_then handout_page handout_online handout_download
    booklet_download booklet_contents embed_title embed_intro embed_this_page embed_copy embed_copied
    translation_read_source
"""
# Every string the templates print, and the placeholders its text must hold.
STRINGS: dict[str, frozenset[str]] = {key: frozenset() for key in _PLAIN.split()} | {
    "routine_progression": frozenset({"weeks"}),
    "routine_stage_weeks": frozenset({"from", "to"}),
    "routine_stage_dose": frozenset({"sets", "repetitions"}),
    "routine_drawing": frozenset({"title"}),
    "timer_repetition": frozenset({"n", "total"}),
    "timer_set": frozenset({"n", "total"}),
    "quiz_go_to_question": frozenset({"n"}),
    "quiz_progress": frozenset({"n", "total"}),
    "handout_size": frozenset({"size"}),
    "handout_file": frozenset({"size"}),
    "handout_qr": frozenset({"url"}),
    "embed_part": frozenset({"title"}),
    "embed_read_on": frozenset({"site"}),
    "translation_outdated": frozenset({"date"}),
}


@cache
def strings_model(languages: tuple[str, ...]) -> type[BaseModel]:
    """The model of the strings file: exactly the keys of ``STRINGS``, each a text in every language."""
    text = text_model(languages)
    config = ConfigDict(extra="forbid", strict=True, frozen=True)
    return create_model("Strings", __config__=config, **{key: (text, ...) for key in STRINGS})


def load_strings(site_root: Path, languages: list[str]) -> dict[str, dict[str, str]]:
    """Load and check the interface strings, reporting every problem at once.

    Args:
        site_root: The folder of ``mkdocs.yml``; the strings are in its ``data/strings.yml``, a YAML
            mapping of each string's key to its text per language.
        languages: Every language the site builds.

    Returns:
        For each language, the mapping of key to text.

    Raises:
        SiteDataError: If the file is unreadable, a key is missing, unknown or written twice, a string
            lacks a language, or its placeholders are not the ones the templates fill in.
    """
    data = load_mapping(site_root, STRINGS_FILE)
    try:
        strings = strings_model(tuple(languages)).model_validate(data)
    except ValidationError as error:
        raise SiteDataError(describe_errors(error, STRINGS_FILE)) from error
    texts = {language: {key: getattr(getattr(strings, key), language) for key in STRINGS} for language in languages}
    problems = [
        problem
        for language in languages
        for key, text in texts[language].items()
        for problem in placeholder_problems(text, STRINGS[key], f"{STRINGS_FILE}: {key}.{language}")
    ]
    if problems:
        raise SiteDataError(problems)
    return texts


def placeholder_problems(text: str, expected: frozenset[str], where: str, *, required: bool = True) -> list[str]:
    """What is wrong with the ``{placeholders}`` of a text.

    Each must be one of ``expected``, and each of ``expected`` must be there unless ``required`` is false.
    """
    found = set(_PLACEHOLDER.findall(text))
    problems = [f"{where}: unknown placeholder {{{name}}}{_expected(expected)}" for name in sorted(found - expected)]
    if required:
        problems += [f"{where}: placeholder {{{name}}} missing" for name in sorted(expected - found)]
    return problems


def _expected(expected: frozenset[str]) -> str:
    names = ", ".join(f"{{{name}}}" for name in sorted(expected))
    return f" (expected {names})" if expected else " (this text takes none)"
