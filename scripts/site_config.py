"""The site's languages and pages as the scripts need them, read from ``mkdocs.yml`` (``nav``, static-i18n).

A site on another topic, or with another language, needs no change to the scripts.
"""

from pathlib import Path

from mkdocs.config import load_config

from sitegen.languages import site_languages

ROOT = Path(__file__).resolve().parent.parent


def nav_files(nav) -> list[str]:
    """The Markdown files of a ``nav`` setting, in reading order (sections and titled entries opened)."""
    if isinstance(nav, str):
        return [nav]
    if isinstance(nav, dict):
        return [file for value in nav.values() for file in nav_files(value)]
    return [file for item in nav or [] for file in nav_files(item)]


def page_paths(config_file: Path = ROOT / "mkdocs.yml") -> dict[str, list[str]]:
    """Every page's path under the site root, by language, in reading order.

    Returns:
        ``{"en": ["", "causes/", ...], "fa": ["fa/", "fa/causes/", ...]}``: the default language first.
    """
    return config_page_paths(load_config(str(config_file)))


def config_page_paths(config) -> dict[str, list[str]]:
    """``page_paths`` of a loaded MkDocs configuration."""
    files = nav_files(config.nav)
    pages = [file.removesuffix(".md").removesuffix("index") for file in files]
    paths = [f"{page}/" if page and not page.endswith("/") else page for page in pages]
    return {
        language.code: [language.prefix + path for path in paths]
        for language in site_languages(config.plugins["i18n"]).all
    }
