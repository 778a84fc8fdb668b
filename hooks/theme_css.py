"""Material's stylesheet without the rules no page or script of the site can use, once every language has built."""

from pathlib import Path

from mkdocs.plugins import event_priority, get_plugin_logger

from sitegen.unused_css import names_in, without_unused_rules

# Material's main stylesheet (its name carries a content hash) and what may use its classes.
THEME_STYLESHEET = "assets/stylesheets/main.*.min.css"
USERS = ("*.html", "*.js")
log = get_plugin_logger("theme_css")


@event_priority(-102)
def on_post_build(config):
    if config.plugins["i18n"].building:
        return
    site_dir = Path(config.site_dir)
    names = names_in(
        path.read_text(encoding="utf-8") for pattern in USERS for path in sorted(site_dir.glob(f"**/{pattern}"))
    )
    for stylesheet in sorted(site_dir.glob(THEME_STYLESHEET)):
        css = stylesheet.read_text(encoding="utf-8")
        trimmed = without_unused_rules(css, names)
        stylesheet.write_text(trimmed, encoding="utf-8")
        stylesheet.with_name(f"{stylesheet.name}.map").unlink(missing_ok=True)
        log.info(f"{stylesheet.relative_to(site_dir)}: {len(css) // 1024} to {len(trimmed) // 1024} KiB")
