"""Components (``/// diagram | foot``) rendered from templates in the page's language.

Rendering waits for ``on_page_context``: MkDocs converts Markdown before the template environment
exists. It runs early (priority 100) so the search index sees the rendered components.
"""

import jinja2
from mkdocs.plugins import event_priority

from sitegen.components import UnknownComponentError, render_components
from sitegen.mkdocs_adapter import data_errors_stop_the_build, page_path

_templates = {}


def on_env(env, config, files):
    _templates["env"] = env


@event_priority(100)
def on_page_context(context, page, config, nav):
    def render(kind, component_id):
        try:
            template = _templates["env"].get_template(f"components/{kind}.html")
            return template.render(component_id=component_id)
        except jinja2.TemplateNotFound as error:
            raise UnknownComponentError(f"unknown {kind}: there is no template {error.name}") from error

    with data_errors_stop_the_build():
        page.content = render_components(page.content, render, page_path(config, page))
    return context
