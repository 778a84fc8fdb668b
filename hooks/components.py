"""Components placed in pages (``/// routine | heel-raise``), rendered in the page's language.

Rendering waits for ``on_page_context``: MkDocs converts Markdown before the template environment
exists. It runs early (priority 100) so the search index sees the rendered components.
"""

from functools import partial

import jinja2
from mkdocs.plugins import event_priority

from sitegen.components import UnknownComponentError, render_components
from sitegen.languages import site_languages
from sitegen.mkdocs_adapter import data_errors_stop_the_build, page_path, site_root
from sitegen.routines import load_routines, routine_context
from sitegen.sources import load_sources

_build = {}


def on_config(config):
    _build.clear()
    languages = site_languages(config.plugins["i18n"])
    with data_errors_stop_the_build():
        sources = load_sources(site_root(config))
        routines = load_routines(site_root(config), languages.codes, set(sources))
    _build["contexts"] = {
        "diagram": lambda component_id, language: {"component_id": component_id},
        "routine": partial(routine_context, routines=routines, sources=sources),
    }


def on_env(env, config, files):
    _build["env"] = env
    _build["language"] = site_languages(config.plugins["i18n"]).current.code


@event_priority(100)
def on_page_context(context, page, config, nav):
    with data_errors_stop_the_build():
        page.content = render_components(page.content, _render, page_path(config, page))
    return context


def _render(kind, component_id):
    context = _build["contexts"][kind](component_id, _build["language"])
    try:
        return _build["env"].get_template(f"components/{kind}.html").render(**context)
    except jinja2.TemplateNotFound as error:
        raise UnknownComponentError(f"unknown {kind}: there is no template {error.name}") from error
