"""Components placed in pages (``/// routine | heel-raise``), rendered in the page's language.

Rendering waits for ``on_page_context``: MkDocs converts Markdown before the template environment
exists. It runs early (priority 100) so the search index sees the rendered components.
"""

from functools import partial

import jinja2
from mkdocs.plugins import event_priority

from sitegen.components import UnknownComponentError, compact, component_assets, render_components
from sitegen.embeds import EMBED_HEADING_LEVELS
from sitegen.errors import SiteDataError
from sitegen.languages import site_languages
from sitegen.mkdocs_adapter import (
    data_errors_stop_the_build,
    file_exists,
    page_link,
    page_path,
    page_source,
    site_root,
    twin_path,
)
from sitegen.page_source import component_blocks, parity_problems
from sitegen.quiz import load_quiz, quiz_context
from sitegen.routines import load_routines, routine_context
from sitegen.settings import site_settings
from sitegen.sources import load_sources

_build = {}


def on_config(config):
    _build.clear()
    languages = site_languages(config.plugins["i18n"])
    with data_errors_stop_the_build():
        _build["sources"] = load_sources(site_root(config))
        _build["routines"] = load_routines(site_root(config), languages.codes, set(_build["sources"]))
        _build["quiz"] = load_quiz(site_root(config), languages.codes)


def on_page_markdown(markdown, page, config, files):
    # Blocks as the editor wrote them: a misspelt or malformed one would otherwise show as text, and a
    # translation must place the same components as its original.
    languages = site_languages(config.plugins["i18n"])
    kinds = config.mdx_configs["sitegen.components"]["kinds"]
    path = page_path(config, page)
    with data_errors_stop_the_build():
        blocks = component_blocks(page_source(page), path, kinds)
        default = languages.all[0]
        if languages.current != default:
            original = twin_path(config, page, languages.current, default)
            twin = component_blocks(original.read_text(encoding="utf-8-sig"), str(original), kinds)
            problems = parity_problems(blocks, twin, path, original.relative_to(site_root(config)).as_posix())
            if problems:
                raise SiteDataError(problems)
    return markdown


def on_env(env, config, files):
    language = site_languages(config.plugins["i18n"]).current.code
    with data_errors_stop_the_build():
        number = site_settings(config.extra, language).emergency_number
    routine = partial(routine_context, language=language, routines=_build["routines"], sources=_build["sources"])
    quiz = partial(quiz_context, _build["quiz"], language=language, emergency_number=number)
    _build["env"] = env
    _build["files"] = files
    # Each kind's template context, from the block's id and the page it stands on.
    _build["contexts"] = {
        "diagram": lambda component_id, page: {"component_id": component_id},
        "routine": lambda component_id, page: routine(component_id),
        "quiz": lambda component_id, page: quiz(component_id, link=partial(page_link, files, page)),
    }


@event_priority(100)
def on_page_context(context, page, config, nav):
    rendered = []
    with data_errors_stop_the_build():
        page.content = render_components(
            page.content, partial(_render, page=page, rendered=rendered), page_path(config, page)
        )
    # What later hooks (embeds) need of each component on the page, and the files the page loads for them.
    context["components"] = rendered
    kinds = [entry["kind"] for entry in rendered]
    context["component_assets"] = component_assets(kinds, partial(file_exists, _build["files"]))
    return context


def _render(kind, component_id, page, rendered):
    try:
        template = _build["env"].get_template(f"components/{kind}.html")
        component = _build["contexts"][kind](component_id, page)
        html = compact(template.render(**component))
    except jinja2.TemplateNotFound as error:
        # A diagram is its template; a routine's drawing is one it includes.
        raise UnknownComponentError(f"overrides/{error.name}: template not found") from error
    entry = {"kind": kind, "id": component_id, "title": component.get(kind, {}).get("title")}
    if kind in EMBED_HEADING_LEVELS:
        entry["embed_html"] = compact(template.render(**component, heading_level=EMBED_HEADING_LEVELS[kind]))
    rendered.append(entry)
    return html
