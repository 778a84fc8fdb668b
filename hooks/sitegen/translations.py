"""Every page must exist in every language: static-i18n would otherwise fall back silently."""

from collections.abc import Iterable
from pathlib import PurePosixPath


def missing_translations(page_paths: Iterable[str], languages: list[str], docs_dir: str = "docs") -> list[str]:
    """List the pages that some language lacks.

    Args:
        page_paths: Markdown pages relative to the docs folder, such as ``fa/causes.md``.
        languages: The locale codes of every built language, each a folder of ``docs/``.
        docs_dir: The docs folder as it should appear in messages.

    Returns:
        One message per missing page, naming the page and the language; empty when complete.
    """
    pages: dict[str, set[str]] = {language: set() for language in languages}
    for path in page_paths:
        parts = PurePosixPath(path).parts
        if len(parts) > 1 and parts[0] in pages:
            pages[parts[0]].add(PurePosixPath(*parts[1:]).as_posix())
    every_page = set().union(*pages.values())
    return [
        f"{docs_dir}/{language}/{page}: missing translation: the page '{page}' exists in "
        f"{', '.join(other for other in languages if page in pages[other])} but not in '{language}'"
        for language in languages
        for page in sorted(every_page - pages[language])
    ]
