"""Material's built files fitted to the site, once every language has built.

Its stylesheet loses the rules no page or script of the site can use; its script is patched
(sitegen.theme_patches).
"""

from pathlib import Path

from mkdocs.plugins import event_priority, get_plugin_logger

from sitegen.built_pages import built_pages
from sitegen.mkdocs_adapter import all_languages_built, data_errors_stop_the_build
from sitegen.theme_patches import SCRIPT_PATCHES, patched
from sitegen.unused_css import class_names, without_unused_rules

# Material's main stylesheet and script (their names carry a content hash).
THEME_STYLESHEET = "assets/stylesheets/main.*.min.css"
THEME_SCRIPT = "assets/javascripts/bundle.*.min.js"
log = get_plugin_logger("theme_assets")


@event_priority(-102)
def on_post_build(config):
    if not all_languages_built(config):
        return
    site_dir = Path(config.site_dir)
    with data_errors_stop_the_build():
        for script in sorted(site_dir.glob(THEME_SCRIPT)):
            _rewrite(script, patched(script.read_text(encoding="utf-8"), SCRIPT_PATCHES, script.name))
    names = class_names(
        built_pages(site_dir).values(), (path.read_text(encoding="utf-8") for path in site_dir.glob("**/*.js"))
    )
    for stylesheet in sorted(site_dir.glob(THEME_STYLESHEET)):
        css = stylesheet.read_text(encoding="utf-8")
        _rewrite(stylesheet, without_unused_rules(css, names))
        log.info(f"{stylesheet.relative_to(site_dir)}: {len(css) // 1024} to {stylesheet.stat().st_size // 1024} KiB")


def _rewrite(path: Path, text: str) -> None:
    """Write a changed file and drop its source map, which no longer fits it."""
    path.write_text(text, encoding="utf-8")
    path.with_name(f"{path.name}.map").unlink(missing_ok=True)
