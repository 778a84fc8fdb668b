"""Interface strings: the words templates print (disclaimer, 404), in the language being built."""

from pathlib import Path

from mkdocs.exceptions import PluginError

from sitegen.errors import SiteDataError
from sitegen.languages import site_languages
from sitegen.strings import load_strings


def on_env(env, config, files):
    languages = site_languages(config.plugins["i18n"])
    try:
        strings = load_strings(Path(config.config_file_path).parent, languages.codes)
        env.globals["ui"] = strings[languages.current.code]
    except SiteDataError as error:
        raise PluginError(str(error)) from error
