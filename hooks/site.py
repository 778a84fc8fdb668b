"""The site's build, event by event: what runs in what order, and where each piece of data comes from.

MkDocs builds the default language; mkdocs-static-i18n then builds every other language with the same
config (its ``on_post_build``, priority -100), each build running every event below again. Each build
makes one typed build (``sitegen.site_build.SiteBuild``) in ``on_config`` and keeps it on the config;
every later event reads it from there. This module is MkDocs glue: the work is done by plain functions
of ``sitegen`` (``page_context.page_context`` per page, ``post_build.STEPS`` once the site is built),
which a port to another builder (Zensical) would keep.

1. ``on_config`` (after static-i18n's, which sets the language's settings): settings checked, every data
   file loaded and checked (``mkdocs_adapter.new_build``); 404 and sitemap templates per language.
2. ``on_files``: theme template sources kept out of the site; every page in every language.
3. ``on_nav``: every page in ``nav``; the reading order (handouts, export).
4. ``on_env``: templates in the language being built (strings, dates, numbers, direction, escaping,
   search characters, the site's own stylesheet and script), then the compiled-template cache.
5. Per page: ``on_page_markdown`` (front matter, component blocks checked against the original, advice
   beside its caution),
   ``on_page_content`` (no script in Markdown), ``on_page_context`` (``page_context``: components, its
   own stylesheet and script, review, translation notice, handout links, embeds, JSON record, metadata;
   before search indexes the page),
   ``on_post_page`` (``lang``/``dir`` on ``<html>``).
6. ``on_post_build``: once every language has built, the steps of ``post_build.STEPS`` in order (theme
   check, handouts, export index, search split, headers, fonts, theme assets).
"""

import os
from functools import partial
from urllib.parse import urlsplit

from mkdocs.commands.build import get_context
from mkdocs.plugins import event_priority, get_plugin_logger
from mkdocs.utils import is_error_template

import sitegen.html_lang
from sitegen.cautions import page_caution_problems
from sitegen.component_kinds import KIND_NAMES
from sitegen.errors import SiteDataError
from sitegen.escaping import escape_policy, escaped_front_matter, mark_latin
from sitegen.local_format import local_date, local_number, native_digits, text_direction
from sitegen.mkdocs_adapter import (
    all_languages_built,
    data_errors_stop_the_build,
    new_build,
    page_link,
    page_path,
    page_source,
    pages_outside_nav,
    reading_positions,
    site_page,
    use_engine_theme,
)
from sitegen.page_context import page_context, site_assets
from sitegen.page_source import component_blocks, parity_problems, read_front_matter
from sitegen.post_build import finish_site
from sitegen.search import character_map
from sitegen.security_headers import content_script_problems
from sitegen.site_build import SiteBuild
from sitegen.static_templates import aliased_loader, localized_static_templates, template_aliases
from sitegen.template_cache import use_template_cache
from sitegen.theme_files import is_template_source
from sitegen.translations import missing_translations

# Where each build keeps its SiteBuild on MkDocs' config.
BUILD_KEY = "site_build"
log = get_plugin_logger("site")


def _build(config) -> SiteBuild:
    return config[BUILD_KEY]


@event_priority(-110)
def on_config(config):
    with data_errors_stop_the_build():
        build = new_build(config)
    config[BUILD_KEY] = build
    use_engine_theme(config, build)
    config.theme.static_templates = localized_static_templates(config.theme.static_templates, build.languages)
    return config


def on_files(files, config):
    build = _build(config)
    theme_dirs = [os.path.abspath(folder) for folder in build.place.theme_dirs]
    for file in [file for file in files if is_template_source(os.path.abspath(file.abs_src_path), theme_dirs)]:
        files.remove(file)
    pages = [file.src_uri for file in files if file.is_documentation_page()]
    with data_errors_stop_the_build():
        if problems := missing_translations(pages, build.languages.codes, build.place.docs_dir):
            raise SiteDataError(problems)
    return files


def on_nav(nav, config, files):
    with data_errors_stop_the_build():
        if problems := pages_outside_nav(config, nav, files):
            raise SiteDataError(problems)
    _build(config).positions = reading_positions(nav)
    return nav


# Last, once every plugin has added its filters: the template cache is kept apart by them.
@event_priority(-100)
def on_env(env, config, files):
    build = _build(config)
    language = build.language
    env.loader = aliased_loader(env.loader, build.languages)
    env.autoescape = escape_policy(build.place.theme_dirs, template_aliases(build.languages))
    env.globals["ui"] = build.ui
    # Whose page a reader of no listed language gets (hreflang x-default).
    env.globals["default_language"] = build.languages.all[0].code
    env.globals["text_direction"] = text_direction
    env.globals["preload_fonts"] = build.preload_fonts
    rules = build.search_rules.get(language)
    env.globals["search_characters"] = character_map(rules, language) if rules else {}
    env.filters["local_date"] = partial(local_date, language=language, calendar=build.settings.calendar)
    env.filters["local_number"] = partial(local_number, language=language)
    env.filters["mark_latin"] = partial(mark_latin, direction=text_direction(language))
    # The page's ten digits, for its scripts to write numbers as local_number does.
    env.globals["digits"] = native_digits(language)
    build.env, build.files = env, files
    with data_errors_stop_the_build():
        env.globals.update(site_assets(build))
    use_template_cache(env, build.place.cache_dir / "templates")
    return env


def on_page_markdown(markdown, page, config, files):
    build = _build(config)
    path = page_path(config, page)
    with data_errors_stop_the_build():
        # MkDocs drops front matter it cannot read and builds on: read it again, naming the line.
        text = page_source(page)
        page.meta = escaped_front_matter(read_front_matter(text, path))
        # Blocks as the editor wrote them: a misspelt or malformed one would otherwise show as text, and a
        # translation must place the same components as its original.
        blocks = component_blocks(text, path, KIND_NAMES)
        if problems := page_caution_problems(text, path, build.language, build.cautions):
            raise SiteDataError(problems)
        if build.languages.current != build.languages.all[0]:
            original = build.original_source(page.file.src_uri)
            twin = component_blocks(original.read_text(encoding="utf-8-sig"), str(original), KIND_NAMES)
            if problems := parity_problems(blocks, twin, path, original.relative_to(build.place.root).as_posix()):
                raise SiteDataError(problems)
    return markdown


def on_page_content(html, page, config, files):
    # The policy allows the scripts the built pages hold; none may come from a page's Markdown.
    with data_errors_stop_the_build():
        if problems := content_script_problems(html, page_path(config, page)):
            raise SiteDataError(problems)
    return html


# Before the search plugin indexes the page: it must see the rendered components.
@event_priority(100)
def on_page_context(context, page, config, nav):
    build = _build(config)
    with data_errors_stop_the_build():
        page.content, context["site_page"] = page_context(
            build,
            site_page(config, page, build.languages.current),
            page.meta,
            page.content,
            partial(page_link, build.files, page),
        )
    if context["site_page"].review_overdue:
        governance = context["site_page"].governance
        log.warning(f"{page_path(config, page)}: next_review {governance.next_review} has passed: review the page")
    return context


def on_template_context(context, template_name, config):
    build = _build(config)
    # An error page is served at any depth: MkDocs gives the root 404.html absolute URLs; give a
    # language's own (fa/404.html) the same.
    original = template_aliases(build.languages).get(template_name)
    if original and is_error_template(original):
        base_url = urlsplit(config.site_url or "/").path
        context.update(get_context(context["nav"], context["pages"], config, base_url=base_url))
    # Templates without a page (404, sitemap) search in the language's folder too.
    context["search_base"] = f"{context['base_url'].rstrip('/')}/{build.languages.current.prefix}"
    return context


def on_post_page(output, page, config):
    return sitegen.html_lang.mark_html_lang_dir(output)


def on_post_template(output_content, template_name, config):
    if template_name.endswith(".html"):
        return sitegen.html_lang.mark_html_lang_dir(output_content)
    return output_content


# After static-i18n's (-100), which builds the other languages from the default language's post-build.
@event_priority(-101)
def on_post_build(config):
    # False in every other language's own build.
    if all_languages_built(config):
        with data_errors_stop_the_build():
            finish_site(_build(config), log)
