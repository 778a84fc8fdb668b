"""Review dates and sources on every page; a page past its review date fails a strict build."""

from mkdocs.plugins import get_plugin_logger

from sitegen.escaping import escaped_front_matter
from sitegen.governance import page_governance, review_today
from sitegen.mkdocs_adapter import data_errors_stop_the_build, page_path, page_source, site_root
from sitegen.page_source import read_front_matter
from sitegen.sources import load_sources

log = get_plugin_logger("governance")
_sources = {}


def on_config(config):
    _sources.clear()
    with data_errors_stop_the_build():
        _sources.update(load_sources(site_root(config)))


def on_page_markdown(markdown, page, config, files):
    # MkDocs drops front matter it cannot read and builds on: read it again, naming the line.
    with data_errors_stop_the_build():
        page.meta = escaped_front_matter(read_front_matter(page_source(page), page_path(config, page)))
    return markdown


def on_page_context(context, page, config, nav):
    with data_errors_stop_the_build():
        governance = page_governance(page.meta, page_path(config, page), _sources, review_today())
    context["governance"] = governance
    context["review_overdue"] = governance.is_overdue(review_today())
    if context["review_overdue"]:
        log.warning(f"{page_path(config, page)}: next_review {governance.next_review} has passed: review the page")
    return context
