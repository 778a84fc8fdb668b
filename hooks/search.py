"""Search in the reader's language: an index per language, and queries read as the index is written."""

import json
from pathlib import Path

from mkdocs.plugins import event_priority
from mkdocs.utils import get_relative_url

from sitegen.languages import site_languages
from sitegen.mkdocs_adapter import all_languages_built, data_errors_stop_the_build, site_root
from sitegen.search import INDEX_PATH, character_map, load_search_rules, split_index

_build = {}


def on_config(config):
    with data_errors_stop_the_build():
        _build["rules"] = load_search_rules(site_root(config))


def on_env(env, config, files):
    language = site_languages(config.plugins["i18n"]).current
    rules = _build["rules"].get(language.code)
    env.globals["search_characters"] = character_map(rules, language.code) if rules else {}
    _build["prefix"] = language.prefix


def on_page_context(context, page, config, nav):
    context["search_base"] = get_relative_url(_build["prefix"] or ".", page.url)
    return context


def on_template_context(context, template_name, config):
    context["search_base"] = f"{context['base_url'].rstrip('/')}/{_build['prefix']}"
    return context


@event_priority(-101)
def on_post_build(config):
    if not all_languages_built(config) or "material/search" not in config.plugins:
        return
    site_dir = Path(config.site_dir)
    merged = json.loads((site_dir / INDEX_PATH).read_text(encoding="utf-8"))
    languages = site_languages(config.plugins["i18n"]).all
    for path, index in split_index(merged, languages, _build["rules"]).items():
        (site_dir / path).parent.mkdir(parents=True, exist_ok=True)
        (site_dir / path).write_text(json.dumps(index, ensure_ascii=False, separators=(",", ":")), encoding="utf-8")
