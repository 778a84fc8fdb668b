"""PDF handouts of every page and a booklet per language, made once every language has built.

Set SITE_SKIP_HANDOUTS=1 for a fast local preview without them (never in CI: the tests need them).
SITE_HANDOUT_WORKERS sets how many processes render them (default: one per CPU core).
"""

import os
import shutil
from pathlib import Path

from markupsafe import Markup
from mkdocs.plugins import event_priority, get_plugin_logger
from mkdocs.utils import get_relative_url

from sitegen.escaping import plain_text
from sitegen.handouts import (
    BOOKLET,
    HANDOUTS_FOLDER,
    SIZE_MARKER,
    StagedPage,
    fill_size_markers,
    handout_jobs,
    handout_path,
    render_all,
    size_text,
    stage_page,
    staged_pages,
)
from sitegen.languages import site_languages
from sitegen.mkdocs_adapter import (
    all_languages_built,
    data_errors_stop_the_build,
    page_name,
    reading_positions,
    site_root,
)
from sitegen.settings import site_settings
from sitegen.strings import load_strings

SKIP_VARIABLE = "SITE_SKIP_HANDOUTS"
WORKERS_VARIABLE = "SITE_HANDOUT_WORKERS"
log = get_plugin_logger("handouts")
# Each page's place in the reading order of the language being built.
_positions = {}


def on_nav(nav, config, files):
    _positions.clear()
    _positions.update(reading_positions(nav))


def on_page_context(context, page, config, nav):
    languages = site_languages(config.plugins["i18n"])
    name = page_name(page, languages.current)
    prefix = languages.current.prefix
    context["handout"] = {
        "url": get_relative_url(handout_path(prefix, name), page.url),
        "size_marker": Markup(SIZE_MARKER).format(name=name),
        "booklet_url": get_relative_url(handout_path(prefix, BOOKLET), page.url),
        "booklet_size_marker": Markup(SIZE_MARKER).format(name=BOOKLET),
    }
    if not _skipped():
        governance = context["governance"]
        staged = StagedPage(
            language=languages.current.code,
            site_name=config.site_name,
            name=name,
            order=_positions[page.file.src_uri],
            title=plain_text(page.title),
            url=page.canonical_url,
            html_file=page.file.dest_path,
            content=page.content,
            reviewed=governance.reviewed.isoformat(),
            next_review=governance.next_review.isoformat(),
            calendar=site_settings(config.extra, languages.current.code).calendar,
            sources=[vars(source) for source in governance.sources],
            translation_notice=context["translation_notice"],
        )
        stage_page(_staging(config), staged)
    return context


@event_priority(-101)
def on_post_build(config):
    if not all_languages_built(config):
        return
    if _skipped():
        log.info(f"PDF handouts skipped ({SKIP_VARIABLE} is set)")
        return
    site_dir, languages = Path(config.site_dir), site_languages(config.plugins["i18n"])
    prefixes = {language.code: language.prefix for language in languages.all}
    with data_errors_stop_the_build():
        pages = staged_pages(_staging(config))
        strings = load_strings(site_root(config), languages.codes)
        theme_dir = Path(config.theme.custom_dir)
        jobs = handout_jobs(pages, strings, theme_dir, lambda code: site_dir / prefixes[code] / HANDOUTS_FOLDER)
    workers = int(os.environ.get(WORKERS_VARIABLE) or os.cpu_count() or 1)
    log.info(f"Rendering {len(jobs)} PDF handouts with {workers} workers")
    render_all(jobs, workers, lambda done, total, path: log.info(f"{done}/{total} {path.relative_to(site_dir)}"))
    for code, language_pages in pages.items():
        folder = site_dir / prefixes[code] / HANDOUTS_FOLDER
        sizes = {path.stem: size_text(path.stat().st_size, code, strings[code]) for path in folder.glob("*.pdf")}
        for page in language_pages:
            html_file = site_dir / page.html_file
            html_file.write_text(fill_size_markers(html_file.read_text(encoding="utf-8"), sizes), encoding="utf-8")
    shutil.rmtree(_staging(config))


def _staging(config) -> Path:
    return Path(config.site_dir) / ".handouts-staging"


def _skipped() -> bool:
    return os.environ.get(SKIP_VARIABLE, "") not in ("", "0")
