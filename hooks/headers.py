"""Security headers as deployable files (``_headers``, ``nginx-headers.conf``), once every language has built."""

from pathlib import Path

from mkdocs.plugins import event_priority

from sitegen.built_pages import built_pages
from sitegen.errors import SiteDataError
from sitegen.languages import site_languages
from sitegen.mkdocs_adapter import all_languages_built, data_errors_stop_the_build, page_path
from sitegen.security_headers import content_script_problems, header_files
from sitegen.settings import site_settings


def on_page_content(html, page, config, files):
    # The policy allows the scripts the built pages hold; none may come from a page's Markdown.
    with data_errors_stop_the_build():
        if problems := content_script_problems(html, page_path(config, page)):
            raise SiteDataError(problems)
    return html


@event_priority(-102)
def on_post_build(config):
    if not all_languages_built(config):
        return
    site_dir = Path(config.site_dir)
    languages = site_languages(config.plugins["i18n"])
    prefixes = [language.prefix for language in languages.all]
    with data_errors_stop_the_build():
        # One policy for every language's embeds: the site's setting (checked with each language's).
        ancestors = site_settings(config.extra, languages.current.code).embed_frame_ancestors
        files = header_files(built_pages(site_dir), Path(config.theme.custom_dir), prefixes, ancestors)
    for name, text in files.items():
        (site_dir / name).write_text(text, encoding="utf-8")
