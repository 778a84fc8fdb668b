"""Security headers as deployable files (``_headers``, ``nginx-headers.conf``), once every language has built."""

from pathlib import Path

from mkdocs.exceptions import PluginError
from mkdocs.plugins import event_priority

from sitegen.languages import site_languages
from sitegen.mkdocs_adapter import data_errors_stop_the_build
from sitegen.security_headers import header_files

# Who may frame the embeds, as CSP frame-ancestors sources; "*" is any site.
ANCESTORS_SETTING = "embed_frame_ancestors"


@event_priority(-102)
def on_post_build(config):
    if config.plugins["i18n"].building:
        return
    site_dir = Path(config.site_dir)
    prefixes = [language.prefix for language in site_languages(config.plugins["i18n"]).all]
    ancestors = config.extra.get(ANCESTORS_SETTING)
    if not isinstance(ancestors, list) or not ancestors or not all(isinstance(item, str) for item in ancestors):
        raise PluginError(
            f"mkdocs.yml: extra.{ANCESTORS_SETTING}: expected a list of the sites that may frame the embeds "
            f'(CSP frame-ancestors sources, such as https://clinic.example), or ["*"] for any, got {ancestors!r}'
        )
    with data_errors_stop_the_build():
        files = header_files(site_dir, Path(config.theme.custom_dir), prefixes, ancestors)
    for name, text in files.items():
        (site_dir / name).write_text(text, encoding="utf-8")
