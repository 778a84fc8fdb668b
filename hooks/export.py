"""The JSON export: a record of every page in every language, and an index once all are built."""

from pathlib import Path
from urllib.parse import urljoin

from mkdocs.plugins import event_priority

from sitegen.content_export import page_record, record_json, record_path, write_index
from sitegen.deferred_writes import DeferredWriter
from sitegen.embeds import PAGE, embed_path
from sitegen.escaping import plain_text
from sitegen.handouts import handout_path
from sitegen.languages import site_languages
from sitegen.local_format import text_direction
from sitegen.mkdocs_adapter import all_languages_built, page_name, reading_positions

_build = {}
# One for every build of the process: a language's files are written once it has built (or, at the
# latest, when the next language's build starts).
_writer = DeferredWriter()


def on_config(config):
    _writer.flush()


def on_nav(nav, config, files):
    _build["positions"] = reading_positions(nav)


def on_env(env, config, files):
    _build["ui"] = env.globals["ui"]


def on_page_context(context, page, config, nav):
    language = site_languages(config.plugins["i18n"]).current
    name = page_name(page, language)
    record = page_record(
        language=language.code,
        direction=text_direction(language.code),
        name=name,
        position=_build["positions"][page.file.src_uri],
        title=plain_text(page.title),
        description=plain_text(page.meta["description"]),
        content=page.content,
        governance=context["governance"],
        disclaimer=_build["ui"]["disclaimer_text"],
        urls={
            "url": page.canonical_url,
            "pdf_url": urljoin(config.site_url, handout_path(language.prefix, name)),
            "embed_url": urljoin(config.site_url, embed_path(language.prefix, PAGE, name)),
            "json_url": urljoin(config.site_url, record_path(language.code, name)),
        },
    )
    _writer.write(Path(config.site_dir) / record_path(language.code, name), record_json(record))
    return context


@event_priority(-101)
def on_post_build(config):
    _writer.flush()
    if not all_languages_built(config):
        return
    write_index(Path(config.site_dir), site_languages(config.plugins["i18n"]).codes, config.site_url)
