"""Interface strings: the few words the templates print, in every configured language."""

from pathlib import Path

from sitegen.data_files import load_mapping
from sitegen.errors import SiteDataError

STRINGS_FILE = "data/strings.yml"


def load_strings(site_root: Path, languages: list[str]) -> dict[str, dict[str, str]]:
    """Load and check the interface strings, reporting every problem at once.

    Args:
        site_root: The folder of ``mkdocs.yml``; the strings are in its ``data/strings.yml``, a YAML
            mapping of each string's key to its text per language.
        languages: Every language the site builds.

    Returns:
        For each language, the mapping of key to text.

    Raises:
        SiteDataError: If the file is unreadable, or a string lacks a language or is not text.
    """
    data = load_mapping(site_root, STRINGS_FILE)
    problems = []
    for key, texts in data.items():
        if not isinstance(texts, dict):
            problems.append(f"{STRINGS_FILE}: {key}: expected a mapping of language to text")
            continue
        for language in languages:
            text = texts.get(language)
            if text is None:
                problems.append(f"{STRINGS_FILE}: {key}.{language}: field required")
            elif not isinstance(text, str) or not text.strip():
                problems.append(f"{STRINGS_FILE}: {key}.{language}: expected non-empty text")
    if problems:
        raise SiteDataError(problems)
    return {language: {key: texts[language] for key, texts in data.items()} for language in languages}
