"""Security headers as deployable files (``_headers``, ``nginx-headers.conf``), once every language has built."""

from pathlib import Path

from mkdocs.plugins import event_priority

from sitegen.built_pages import built_pages
from sitegen.languages import site_languages
from sitegen.mkdocs_adapter import all_languages_built, data_errors_stop_the_build
from sitegen.security_headers import frame_ancestors, header_files

# Who may frame the embeds, as CSP frame-ancestors sources; "*" is any site.
ANCESTORS_SETTING = "embed_frame_ancestors"


@event_priority(-102)
def on_post_build(config):
    if not all_languages_built(config):
        return
    site_dir = Path(config.site_dir)
    prefixes = [language.prefix for language in site_languages(config.plugins["i18n"]).all]
    with data_errors_stop_the_build():
        ancestors = frame_ancestors(config.extra.get(ANCESTORS_SETTING), f"extra.{ANCESTORS_SETTING}")
        files = header_files(built_pages(site_dir), Path(config.theme.custom_dir), prefixes, ancestors)
    for name, text in files.items():
        (site_dir / name).write_text(text, encoding="utf-8")
