"""Keep the theme's template sources (print styles, drawings, header templates) out of the site."""

from pathlib import Path

from sitegen.theme_files import is_template_source


def on_files(files, config):
    theme_dir = Path(config.theme.custom_dir).resolve()
    for file in [file for file in files if is_template_source(Path(file.abs_src_path).resolve(), theme_dir)]:
        files.remove(file)
    return files
