"""Languages: every page in every language, a 404 page per language, lang and dir on <html>."""

from pathlib import Path
from urllib.parse import urlsplit

from mkdocs.commands.build import get_context
from mkdocs.utils import is_error_template

import sitegen.html_lang
from sitegen.errors import SiteDataError
from sitegen.languages import site_languages
from sitegen.mkdocs_adapter import data_errors_stop_the_build, pages_outside_nav, site_root
from sitegen.static_templates import aliased_loader, localized_static_templates, template_aliases
from sitegen.translations import missing_translations


def on_config(config):
    languages = site_languages(config.plugins["i18n"])
    config.theme.static_templates = localized_static_templates(config.theme.static_templates, languages)


def on_env(env, config, files):
    languages = site_languages(config.plugins["i18n"])
    env.loader = aliased_loader(env.loader, languages)
    # Whose page a reader of no listed language gets (hreflang x-default).
    env.globals["default_language"] = languages.all[0].code


def on_files(files, config):
    pages = [file.src_uri for file in files if file.is_documentation_page()]
    docs_dir = Path(config.docs_dir).relative_to(site_root(config)).as_posix()
    problems = missing_translations(pages, site_languages(config.plugins["i18n"]).codes, docs_dir)
    with data_errors_stop_the_build():
        if problems:
            raise SiteDataError(problems)


def on_template_context(context, template_name, config):
    # An error page is served at any depth: MkDocs gives the root 404.html absolute URLs; give a
    # language's own (fa/404.html) the same.
    original = template_aliases(site_languages(config.plugins["i18n"])).get(template_name)
    if original and is_error_template(original):
        base_url = urlsplit(config.site_url or "/").path
        context.update(get_context(context["nav"], context["pages"], config, base_url=base_url))
    return context


def on_nav(nav, config, files):
    with data_errors_stop_the_build():
        if problems := pages_outside_nav(config, nav, files):
            raise SiteDataError(problems)
    return nav


def on_post_page(output, page, config):
    return sitegen.html_lang.mark_html_lang_dir(output)


def on_post_template(output_content, template_name, config):
    if template_name.endswith(".html"):
        return sitegen.html_lang.mark_html_lang_dir(output_content)
    return output_content
