"""The steps that run on the built folder once every language has built, in the order listed in ``STEPS``.

Each step takes the typed build (``site_build.SiteBuild``: its folders, languages, data) and a logger,
and reads and writes only files of the built site. The order matters where a step reads what an
earlier one wrote: the handouts fill their sizes into the pages before the headers hash the pages'
scripts and the fonts collect their characters; the search indexes are split before the fonts read them.
"""

import json
import logging
import os
import shutil
import threading
from collections.abc import Callable

from sitegen.built_pages import built_pages
from sitegen.content_export import write_index
from sitegen.errors import SiteDataError
from sitegen.fonts import characters_for, font_face_ranges, subset_fonts, used_characters
from sitegen.handouts import (
    HANDOUTS_FOLDER,
    fill_size_markers,
    handout_jobs,
    render_all,
    size_text,
    staged_pages,
    staging_dir,
)
from sitegen.search import INDEX_PATH, split_index
from sitegen.security_headers import header_files
from sitegen.site_build import SKIP_HANDOUTS_VARIABLE, SiteBuild
from sitegen.theme_copies import config_problems
from sitegen.theme_patches import SCRIPT_PATCHES, patched
from sitegen.unused_css import class_names, without_unused_rules

FONTS_FOLDER = "assets/fonts"
STYLESHEETS_FOLDER = "assets/stylesheets"
# Material's main stylesheet and script (their names carry a content hash).
THEME_STYLESHEET = "assets/stylesheets/main.*.min.css"
THEME_SCRIPT = "assets/javascripts/bundle.*.min.js"


def check_theme_config(build: SiteBuild, log: logging.Logger) -> None:
    """Every file our copy of Material's config block names exists (a Material update may move one)."""
    for language in build.languages.all:
        page = f"{language.prefix}index.html"
        html = (build.place.site_dir / page).read_text(encoding="utf-8")
        if problems := config_problems(html, page, build.place.site_dir):
            raise SiteDataError(problems)


def render_handouts(build: SiteBuild, log: logging.Logger) -> None:
    """Every page's PDF handout and each language's booklet, then their sizes on the pages that link them."""
    if build.skip_handouts:
        log.info(f"PDF handouts skipped ({SKIP_HANDOUTS_VARIABLE} is set)")
        return
    site_dir = build.place.site_dir
    prefixes = {language.code: language.prefix for language in build.languages.all}
    pages = staged_pages(staging_dir(site_dir))
    jobs = handout_jobs(
        pages,
        build.strings,
        build.place.theme_dirs,
        build.fonts,
        lambda code: site_dir / prefixes[code] / HANDOUTS_FOLDER,
    )
    shutil.rmtree(staging_dir(site_dir))

    def render() -> None:
        rendered = render_all(
            jobs,
            build.handout_workers,
            lambda done, total, path: log.info(f"{done}/{total} {path.relative_to(site_dir)}"),
            build.place.cache_dir / "handouts",
        )
        log.info(f"{len(rendered)} of {len(jobs)} handouts rendered, the others unchanged (from the cache)")
        for code, language_pages in pages.items():
            folder = site_dir / prefixes[code] / HANDOUTS_FOLDER
            sizes = {pdf.stem: size_text(pdf.stat().st_size, code, build.strings[code]) for pdf in folder.glob("*.pdf")}
            for page in language_pages:
                html = site_dir / page.html_file
                # Written whole, then moved into place: a page being served is never seen half written.
                filled = html.with_name(f".{html.name}.filled")
                filled.write_text(fill_size_markers(html.read_text(encoding="utf-8"), sizes), encoding="utf-8")
                os.replace(filled, html)

    if build.background_handouts:
        # A preview (scripts/serve.sh) reloads at once; the handouts follow, their sizes with them.
        log.info(f"Rendering {len(jobs)} PDF handouts after the pages, in the background")
        threading.Thread(target=_logged(render, log), name="handouts", daemon=True).start()
        return
    log.info(f"Rendering {len(jobs)} PDF handouts with {build.handout_workers} workers")
    render()


def _logged(step: Callable[[], None], log: logging.Logger) -> Callable[[], None]:
    """A step for a background thread: its problems are logged (no build is left to stop)."""

    def run() -> None:
        try:
            step()
        except (SiteDataError, OSError) as error:
            log.error(f"PDF handouts: {error}")

    return run


def write_export_index(build: SiteBuild, log: logging.Logger) -> None:
    """The JSON export's index of every page record the languages wrote."""
    write_index(build.place.site_dir, build.languages.codes, build.place.site_url)


def split_search_index(build: SiteBuild, log: logging.Logger) -> None:
    """A search index per language, each in its own folder, from the one static-i18n merged."""
    if not build.place.search:
        return
    site_dir = build.place.site_dir
    merged = json.loads((site_dir / INDEX_PATH).read_text(encoding="utf-8"))
    for path, index in split_index(merged, build.languages.all, build.search_rules).items():
        (site_dir / path).parent.mkdir(parents=True, exist_ok=True)
        (site_dir / path).write_text(json.dumps(index, ensure_ascii=False, separators=(",", ":")), encoding="utf-8")


def write_headers(build: SiteBuild, log: logging.Logger) -> None:
    """Security headers as deployable files (``_headers``, ``nginx-headers.conf``) for the pages as built."""
    site_dir = build.place.site_dir
    prefixes = [language.prefix for language in build.languages.all]
    # One policy for every language's embeds: the site's setting (checked with each language's).
    ancestors = build.settings.embed_frame_ancestors
    for name, text in header_files(built_pages(site_dir), build.place.theme_dirs, prefixes, ancestors).items():
        (site_dir / name).write_text(text, encoding="utf-8")


def cut_fonts(build: SiteBuild, log: logging.Logger) -> None:
    """Each web font cut down to the characters the built pages and search indexes use."""
    site_dir = build.place.site_dir
    used = used_characters(built_pages(site_dir).values(), site_dir)
    stylesheets = sorted((site_dir / STYLESHEETS_FOLDER).glob("*.css"))
    texts = (path.read_text(encoding="utf-8") for path in stylesheets)
    ranges = font_face_ranges(text for text in texts if "@font-face" in text)
    fonts = {path: characters_for(path, used, ranges) for path in sorted((site_dir / FONTS_FOLDER).glob("**/*.woff2"))}
    for path, (before, after, from_cache) in subset_fonts(fonts, build.place.cache_dir / "fonts").items():
        log.info(
            f"{path.relative_to(site_dir)}: {before // 1024} to {after // 1024} KiB, {len(fonts[path])} characters"
            + (" (cached)" if from_cache else "")
        )


def fit_theme_assets(build: SiteBuild, log: logging.Logger) -> None:
    """Material's script patched (``theme_patches``); its stylesheet without the rules no page can use."""
    site_dir = build.place.site_dir
    for script in sorted(site_dir.glob(THEME_SCRIPT)):
        _rewrite(script, patched(script.read_text(encoding="utf-8"), SCRIPT_PATCHES, script.name))
    names = class_names(
        built_pages(site_dir).values(), (path.read_text(encoding="utf-8") for path in site_dir.glob("**/*.js"))
    )
    for stylesheet in sorted(site_dir.glob(THEME_STYLESHEET)):
        css = stylesheet.read_text(encoding="utf-8")
        _rewrite(stylesheet, without_unused_rules(css, names))
        log.info(f"{stylesheet.relative_to(site_dir)}: {len(css) // 1024} to {stylesheet.stat().st_size // 1024} KiB")


STEPS: tuple[Callable[[SiteBuild, logging.Logger], None], ...] = (
    check_theme_config,
    render_handouts,
    write_export_index,
    split_search_index,
    write_headers,
    cut_fonts,
    fit_theme_assets,
)


def finish_site(build: SiteBuild, log: logging.Logger) -> None:
    """Run every step on the built folder, in order.

    Raises:
        SiteDataError: The first step that finds a problem stops the build with every problem it found.
    """
    for step in STEPS:
        step(build, log)


def _rewrite(path, text: str) -> None:
    """Write a changed file and drop its source map, which no longer fits it."""
    path.write_text(text, encoding="utf-8")
    path.with_name(f"{path.name}.map").unlink(missing_ok=True)
