"""Theme files that templates read, which MkDocs would otherwise publish as static files.

MkDocs copies every file of the theme folders that is not an HTML template into the site, so the
print stylesheet, the drawings that templates inline and the header templates would be published.
"""

import os
from collections.abc import Sequence
from pathlib import Path

# Folders of overrides/ whose files templates include; none is meant to be served.
TEMPLATE_SOURCE_FOLDERS = ("print", "headers", "diagrams", "illustrations")


def is_template_source(path: str, theme_dirs: Sequence[str]) -> bool:
    """Whether a file (an absolute path) is in a template-source folder of one of the theme folders."""
    return path.startswith(
        tuple(os.path.join(theme_dir, folder, "") for theme_dir in theme_dirs for folder in TEMPLATE_SOURCE_FOLDERS)
    )


def theme_file(theme_dirs: Sequence[Path], relative: str) -> Path:
    """A theme file: from the first theme folder that has it (the site's, then the engine's)."""
    return next((folder / relative for folder in theme_dirs if (folder / relative).exists()), theme_dirs[0] / relative)
