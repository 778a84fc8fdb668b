"""The site the tests build and read: this repository's, or another made by this engine.

``pytest --site DIR`` (or ``SITE_UNDER_TEST=DIR``) points the engine tests at another site, such as one
made by ``python -m sitegen new``: the engine tests read its languages, pages, address and data from its
own ``mkdocs.yml`` and ``data/``, never from this repository's content.
"""

import functools
import os
from pathlib import Path

from mkdocs.config import load_config

from scripts.site_config import config_page_paths, nav_files
from sitegen.data_files import load_yaml
from sitegen.languages import site_languages
from sitegen.local_format import text_direction
from tests.sitebuild import ROOT

ENV = "SITE_UNDER_TEST"


def root() -> Path:
    """The folder of the site under test (its ``mkdocs.yml``)."""
    return Path(os.environ.get(ENV) or ROOT).resolve()


@functools.cache
def _config():
    return load_config(str(root() / "mkdocs.yml"))


def languages() -> dict[str, tuple[str, str]]:
    """Every built language, the default first: ``{code: (where its pages are written, text direction)}``."""
    return {
        language.code: (language.prefix, text_direction(language.code))
        for language in site_languages(_config().plugins["i18n"]).all
    }


def page_paths() -> dict[str, list[str]]:
    """Every page's path under the site root, by language, in reading order (``scripts/site_config.py``)."""
    return config_page_paths(_config())


def nav_pages() -> list[str]:
    """The Markdown files of ``nav``, in reading order ("index.md", "causes.md")."""
    return nav_files(_config().nav)


def site_url() -> str:
    """The site's public address."""
    return _config().site_url


def data(name: str):
    """A data file of the site under test (``data/<name>.yml``), loaded."""
    return load_yaml((root() / "data" / f"{name}.yml").read_text(encoding="utf-8"))


def own_settings(language: str) -> dict:
    """The ``extra`` settings a language states itself (none for the default language, or one not built)."""
    own = {entry.locale: entry.extra or {} for entry in _config().plugins["i18n"].config.languages}
    return own.get(language, {})


def setting(language: str, name: str):
    """An ``extra`` setting as a language's pages get it: its own, else the site's."""
    return own_settings(language).get(name, _config().extra.get(name))
