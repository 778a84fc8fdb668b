"""Interface strings: the few words the templates print, in every configured language."""

from pathlib import Path

import yaml

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
    path = STRINGS_FILE
    try:
        data = yaml.safe_load((site_root / path).read_text(encoding="utf-8"))
    except (OSError, yaml.YAMLError) as error:
        raise SiteDataError([f"{path}: cannot be read as YAML: {error}"]) from error
    if not isinstance(data, dict):
        raise SiteDataError([f"{path}: expected a mapping of string keys to translations"])
    problems = []
    for key, texts in data.items():
        if not isinstance(texts, dict):
            problems.append(f"{path}: {key}: expected a mapping of language to text")
            continue
        for language in languages:
            text = texts.get(language)
            if text is None:
                problems.append(f"{path}: {key}.{language}: field required")
            elif not isinstance(text, str) or not text.strip():
                problems.append(f"{path}: {key}.{language}: expected non-empty text")
    if problems:
        raise SiteDataError(problems)
    return {language: {key: texts[language] for key, texts in data.items()} for language in languages}
