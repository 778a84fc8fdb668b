"""Open Graph tags and schema.org MedicalWebPage data on every page."""

from sitegen.escaping import plain_text
from sitegen.languages import site_languages
from sitegen.metadata import medical_web_page, open_graph_locale
from sitegen.mkdocs_adapter import data_errors_stop_the_build
from sitegen.settings import site_settings


def on_page_context(context, page, config, nav):
    language = site_languages(config.plugins["i18n"]).current.code
    with data_errors_stop_the_build():
        condition = site_settings(config.extra, language).condition
    context["open_graph_locale"] = open_graph_locale(language)
    context["structured_data"] = medical_web_page(
        title=plain_text(page.title),
        description=plain_text(page.meta["description"]),
        url=page.canonical_url,
        language=language,
        governance=context["governance"],
        condition=condition,
    )
    return context
