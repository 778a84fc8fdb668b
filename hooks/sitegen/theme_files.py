"""Theme files that templates read, which MkDocs would otherwise publish as static files.

MkDocs copies every file of the theme folders that is not an HTML template into the site, so the
print stylesheet, the drawings that templates inline and the header templates would be published.
"""

from pathlib import Path

# Folders of overrides/ whose files templates include; none is meant to be served.
TEMPLATE_SOURCE_FOLDERS = ("print", "headers", "diagrams", "illustrations")


def is_template_source(path: Path, theme_dir: Path) -> bool:
    """Whether a file is in one of the theme's template-source folders."""
    return any(path.is_relative_to(theme_dir / folder) for folder in TEMPLATE_SOURCE_FOLDERS)
