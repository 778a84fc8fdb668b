"""Translations that fell behind their source say so, at the top of the page, its handout and its embed.

Set SITE_STRICT_TRANSLATIONS=1 to make an outdated translation fail the build instead.
"""

import os
from pathlib import Path
from urllib.parse import urljoin

from mkdocs.utils import get_relative_url

from sitegen.errors import SiteDataError
from sitegen.languages import site_languages
from sitegen.local_format import local_date
from sitegen.mkdocs_adapter import data_errors_stop_the_build, page_path, site_root, twin_path
from sitegen.page_source import read_front_matter
from sitegen.settings import site_settings
from sitegen.translation_status import outdated_items, strict_problems, translation_notice_needed

STRICT_VARIABLE = "SITE_STRICT_TRANSLATIONS"
_build = {}


def on_config(config):
    languages = site_languages(config.plugins["i18n"])
    docs_dir = Path(config.docs_dir).relative_to(site_root(config)).as_posix()
    with data_errors_stop_the_build():
        _build["outdated"] = outdated_items(site_root(config), docs_dir, languages.codes, languages.current.code)
        if os.environ.get(STRICT_VARIABLE, "") not in ("", "0") and (problems := strict_problems(_build["outdated"])):
            raise SiteDataError(problems)


def on_page_context(context, page, config, nav):
    context["translation_notice"] = None
    languages = site_languages(config.plugins["i18n"])
    source_language, language = languages.all[0], languages.current
    # The components hook (priority 100) has listed the page's components already.
    shown = [(entry["kind"], entry["id"]) for entry in context["components"]]
    if language == source_language or not translation_notice_needed(page_path(config, page), shown, _build["outdated"]):
        return context
    source = twin_path(config, page, language, source_language)
    reviewed = read_front_matter(source.read_text(encoding="utf-8-sig"), str(source))["reviewed"]
    source_url = page.url.removeprefix(language.prefix)
    context["translation_notice"] = {
        "language": source_language.code,
        "url": get_relative_url(source_url, page.url),
        # Embeds and handouts are read elsewhere: they link to the public address.
        "absolute_url": urljoin(config.site_url, source_url),
        "date": local_date(reviewed, language.code, site_settings(config.extra, language.code).calendar),
    }
    return context
