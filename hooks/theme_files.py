"""Keep the theme's template sources (print styles, drawings, header templates) out of the site."""

import os

from sitegen.theme_files import is_template_source


def on_files(files, config):
    theme_dir = os.path.abspath(config.theme.custom_dir)
    for file in [file for file in files if is_template_source(os.path.abspath(file.abs_src_path), theme_dir)]:
        files.remove(file)
    return files
