"""Web fonts cut down to the characters the built site uses, once every language has built."""

from pathlib import Path

from mkdocs.plugins import event_priority, get_plugin_logger

from sitegen.built_pages import built_pages
from sitegen.fonts import characters_for, font_face_ranges, subset_fonts, used_characters
from sitegen.mkdocs_adapter import all_languages_built, cache_dir

FONTS_FOLDER = "assets/fonts"
STYLESHEETS_FOLDER = "assets/stylesheets"
log = get_plugin_logger("fonts")


@event_priority(-102)
def on_post_build(config):
    if not all_languages_built(config):
        return
    site_dir = Path(config.site_dir)
    used = used_characters(built_pages(site_dir).values(), site_dir)
    stylesheets = sorted((site_dir / STYLESHEETS_FOLDER).glob("*.css"))
    texts = (path.read_text(encoding="utf-8") for path in stylesheets)
    ranges = font_face_ranges(text for text in texts if "@font-face" in text)
    fonts = {path: characters_for(path, used, ranges) for path in sorted((site_dir / FONTS_FOLDER).glob("**/*.woff2"))}
    for path, (before, after, from_cache) in subset_fonts(fonts, cache_dir(config) / "fonts").items():
        log.info(
            f"{path.relative_to(site_dir)}: {before // 1024} to {after // 1024} KiB, {len(fonts[path])} characters"
            + (" (cached)" if from_cache else "")
        )
