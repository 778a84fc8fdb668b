"""Compiled templates kept between builds, in the build's cache folder (sitegen.template_cache)."""

from mkdocs.plugins import event_priority

from sitegen.mkdocs_adapter import cache_dir
from sitegen.template_cache import use_template_cache


# Last, once every hook has added its filters: the cache is kept apart by them.
@event_priority(-100)
def on_env(env, config, files):
    use_template_cache(env, cache_dir(config) / "templates")
    return env
