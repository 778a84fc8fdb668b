"""Open Graph tags and schema.org MedicalWebPage data on every page."""

from mkdocs.exceptions import PluginError

from sitegen.languages import site_languages
from sitegen.metadata import medical_web_page, open_graph_locale


def on_page_context(context, page, config, nav):
    language = site_languages(config.plugins["i18n"]).current.code
    condition = config.extra.get("condition")
    if not condition:
        raise PluginError(
            f"mkdocs.yml: extra.condition: required, the condition pages are about (language {language!r})"
        )
    context["open_graph_locale"] = open_graph_locale(language)
    context["structured_data"] = medical_web_page(
        title=page.title,
        description=page.meta["description"],
        url=page.canonical_url,
        language=language,
        governance=context["governance"],
        condition=condition,
    )
    return context
