"""Templates in the language being built: strings, local dates and numbers, text direction, escaping."""

from functools import partial
from pathlib import Path

from sitegen.errors import SiteDataError
from sitegen.escaping import escape_policy
from sitegen.languages import site_languages
from sitegen.local_format import local_date, local_number, text_direction
from sitegen.mkdocs_adapter import data_errors_stop_the_build, site_root
from sitegen.settings import own_settings_problems, site_settings
from sitegen.static_templates import template_aliases
from sitegen.strings import load_strings


def on_config(config):
    # Every setting of the language being built, checked at once before anything uses one.
    languages = site_languages(config.plugins["i18n"])
    with data_errors_stop_the_build():
        own = {language.locale: language.extra for language in config.plugins["i18n"].config.languages}
        problems = [
            problem
            for language in languages.all[1:]
            for problem in own_settings_problems(own[language.code], language.code)
        ]
        if problems:
            raise SiteDataError(problems)
        site_settings(config.extra, languages.current.code)


def on_env(env, config, files):
    languages = site_languages(config.plugins["i18n"])
    env.autoescape = escape_policy(Path(config.theme.custom_dir), template_aliases(languages))
    with data_errors_stop_the_build():
        env.globals["ui"] = load_strings(site_root(config), languages.codes)[languages.current.code]
        calendar = site_settings(config.extra, languages.current.code).calendar
    env.filters["local_date"] = partial(local_date, language=languages.current.code, calendar=calendar)
    env.filters["local_number"] = partial(local_number, language=languages.current.code)
    env.globals["text_direction"] = text_direction
