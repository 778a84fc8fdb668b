"""Templates in the language being built: interface strings, local dates and numbers, text direction."""

from functools import partial

from sitegen.languages import site_languages
from sitegen.local_format import date_calendar, local_date, local_number, text_direction
from sitegen.mkdocs_adapter import data_errors_stop_the_build, site_root
from sitegen.strings import load_strings


def on_env(env, config, files):
    languages = site_languages(config.plugins["i18n"])
    with data_errors_stop_the_build():
        env.globals["ui"] = load_strings(site_root(config), languages.codes)[languages.current.code]
        calendar = date_calendar(config.extra, languages.current.code)
    env.filters["local_date"] = partial(local_date, language=languages.current.code, calendar=calendar)
    env.filters["local_number"] = partial(local_number, language=languages.current.code)
    env.globals["text_direction"] = text_direction
