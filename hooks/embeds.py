"""Embeds of every page and of the routines and quiz on it, and each page's "Embed this page" snippets."""

from functools import partial
from pathlib import Path

from sitegen.components import component_assets
from sitegen.deferred_writes import DeferredWriter
from sitegen.embeds import page_embeds, snippet
from sitegen.languages import site_languages
from sitegen.local_format import text_direction
from sitegen.mkdocs_adapter import file_exists, page_name
from sitegen.settings import site_settings

LAYOUT = "embed/layout.html"
_build = {}
# One for every build of the process: a language's files are written once it has built (or, at the
# latest, when the next language's build starts).
_writer = DeferredWriter()


def on_config(config):
    _writer.flush()


def on_env(env, config, files):
    # Looked up when rendering, once the template cache (attached last in on_env) is in place.
    _build["env"] = env
    _build["files"] = files
    _build["preload_fonts"] = site_settings(
        config.extra, site_languages(config.plugins["i18n"]).current.code
    ).preload_fonts


def on_page_context(context, page, config, nav):
    language = site_languages(config.plugins["i18n"]).current
    embeds = page_embeds(
        prefix=language.prefix,
        name=page_name(page, language),
        title=page.title,
        page_url=page.canonical_url,
        content=page.content,
        components=context["components"],
    )
    for embed in embeds:
        html = (
            _build["env"]
            .get_template(LAYOUT)
            .render(
                embed=embed,
                language=language.code,
                direction=text_direction(language.code),
                site_name=config.site_name,
                governance=context["governance"],
                review_overdue=context["review_overdue"],
                translation_notice=embed_notice(context["translation_notice"]),
                preload_fonts=_build["preload_fonts"],
                favicon=config.theme["favicon"],
                site_stylesheets=list(config.extra_css),
                assets=component_assets(embed.component_kinds, partial(file_exists, _build["files"])),
            )
        )
        _writer.write(Path(config.site_dir) / embed.file, html)
    context["embed_snippets"] = [snippet(embed, config.site_url) for embed in embeds]
    return context


def embed_notice(notice: dict | None) -> dict | None:
    """An embed is read on another site: its notice links to the source page's public address."""
    return notice and notice | {"url": notice["absolute_url"]}


def on_post_build(config):
    _writer.flush()
