"""Theme files that templates read, which MkDocs would otherwise publish as static files.

MkDocs copies every file of the theme folders that is not an HTML template into the site, so the
print stylesheet, the drawings that templates inline and the header templates would be published.
"""

import os

# Folders of overrides/ whose files templates include; none is meant to be served.
TEMPLATE_SOURCE_FOLDERS = ("print", "headers", "diagrams", "illustrations")


def is_template_source(path: str, theme_dir: str) -> bool:
    """Whether a file (an absolute path) is in one of the theme's template-source folders."""
    return path.startswith(tuple(os.path.join(theme_dir, folder, "") for folder in TEMPLATE_SOURCE_FOLDERS))
