"""Theme template sources (print styles, drawings, headers) kept out of the site; our Material copies checked."""

import os
from pathlib import Path

from mkdocs.plugins import event_priority

from sitegen.errors import SiteDataError
from sitegen.languages import site_languages
from sitegen.mkdocs_adapter import all_languages_built, data_errors_stop_the_build
from sitegen.theme_copies import config_problems
from sitegen.theme_files import is_template_source


def on_files(files, config):
    theme_dir = os.path.abspath(config.theme.custom_dir)
    for file in [file for file in files if is_template_source(os.path.abspath(file.abs_src_path), theme_dir)]:
        files.remove(file)
    return files


@event_priority(-101)
def on_post_build(config):
    if not all_languages_built(config):
        return
    site_dir = Path(config.site_dir)
    with data_errors_stop_the_build():
        for language in site_languages(config.plugins["i18n"]).all:
            page = f"{language.prefix}index.html"
            if problems := config_problems((site_dir / page).read_text(encoding="utf-8"), page, site_dir):
                raise SiteDataError(problems)
