"""The few facts the engine needs from MkDocs objects, in one place."""

import os
from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path

from mkdocs.config.config_options import ExtraScriptValue
from mkdocs.exceptions import PluginError
from mkdocs.utils import get_relative_url

from sitegen.errors import SiteDataError
from sitegen.fonts import site_fonts
from sitegen.languages import site_languages
from sitegen.local_format import digits_problems
from sitegen.settings import own_settings_problems, site_settings
from sitegen.site_build import Place, SiteBuild, SitePage, load_build

# Where the build keeps what it can reuse in the next build (default: .cache beside mkdocs.yml).
CACHE_VARIABLE = "SITE_CACHE_DIR"
# The engine's templates and assets, which a site with a theme folder of its own builds on.
ENGINE_THEME = Path(__file__).resolve().parents[2] / "overrides"
# The folder of the sitemap template mkdocs-static-i18n adds to the theme (reconfigure.py).
I18N_SITEMAP = "custom_i18n_sitemap"
# Where the site's every-page stylesheets and deferred scripts are kept once taken out of the config.
PAGE_ASSETS_KEY = "site_page_assets"


def site_root(config) -> Path:
    """The folder of ``mkdocs.yml``, which data paths are relative to."""
    return Path(os.path.abspath(config.config_file_path)).parent


def cache_dir(config) -> Path:
    """The build's cache folder: ``$SITE_CACHE_DIR``, or ``.cache`` beside ``mkdocs.yml``."""
    return Path(os.environ.get(CACHE_VARIABLE) or site_root(config) / ".cache")


def all_languages_built(config) -> bool:
    """Whether every language has built: false in each other language's own build.

    Meaningful in ``on_post_build`` below priority -100, after mkdocs-static-i18n's, which runs the
    other languages' builds.
    """
    return not config.plugins["i18n"].building


def page_path(config, page) -> str:
    """A page's source file as messages show it, relative to the site root (``docs/fa/causes.md``)."""
    return Path(page.file.abs_src_path).relative_to(site_root(config)).as_posix()


@contextmanager
def data_errors_stop_the_build() -> Iterator[None]:
    """Turn the engine's ``SiteDataError`` into MkDocs' ``PluginError``, keeping every message."""
    try:
        yield
    except SiteDataError as error:
        raise PluginError(str(error)) from error


def page_link(files, from_page, path: str) -> dict | None:
    """Find a page of the language being built by its path in ``docs/<language>/``.

    Returns:
        Its ``url`` relative to ``from_page`` and its ``title``, or ``None`` if there is no such page.
    """
    file = files.get_file_from_path(path)
    if file is None or file.page is None:
        return None
    return {"url": file.url_relative_to(from_page.file), "title": file.page.title}


def reading_positions(nav) -> dict[str, int]:
    """Each page's place in the site's reading order, from 1, by its source (``fa/causes.md``).

    Made once per build in ``on_nav``: looking each page up in ``nav.pages`` is quadratic.
    """
    return {page.file.src_uri: position for position, page in enumerate(nav.pages, start=1)}


def page_source(page) -> str:
    """A page's Markdown file as the editor wrote it, front matter included."""
    return Path(page.file.abs_src_path).read_text(encoding="utf-8-sig")


def pages_outside_nav(config, nav, files) -> list[str]:
    """A problem for each page of the language being built that ``nav`` leaves out.

    Every page has a place in the reading order (handouts, booklet, export); MkDocs would only warn.
    """
    in_nav = {page.file.src_uri for page in nav.pages}
    docs = Path(config.docs_dir).relative_to(site_root(config)).as_posix()
    return [
        f"{docs}/{file.src_uri}: not in nav (mkdocs.yml): add it to nav, in reading order"
        for file in files.documentation_pages()
        if file.src_uri not in in_nav
    ]


def page_name(page, language) -> str:
    """A page's name within its language, for file names: ``causes``, ``index``, ``guide-setup``."""
    relative = Path(page.file.src_uri).with_suffix("").as_posix()
    return relative.removeprefix(f"{language.code}/").replace("/", "-")


def file_text(files, path: str) -> str:
    """The text of a file the site being built has (an asset, a theme file) at ``path``."""
    return Path(files.get_file_from_path(path).abs_src_path).read_text(encoding="utf-8")


def file_exists(files, path: str) -> bool:
    """Whether the site being built has a file (a page, an asset, a theme file) at ``path``."""
    return files.get_file_from_path(path) is not None


def relative_url(path: str, from_url: str) -> str:
    """A site path (``fa/handouts/causes.pdf``) relative to a page's URL (``fa/causes/``)."""
    return get_relative_url(path, from_url)


def take_page_assets(config) -> tuple[tuple[str, ...], tuple[str, ...]]:
    """The site's every-page stylesheets and deferred scripts, taken out of MkDocs' config.

    The theme would link each of ``extra_css`` and of the ``extra_javascript`` entries with ``defer`` on
    its own; the engine links them joined with the page's component assets (``asset_bundles``). Other
    scripts stay with the theme. Every language's build runs on the same config: the first takes them,
    the others find them kept.
    """
    if PAGE_ASSETS_KEY not in config:
        joinable = [script for script in config.extra_javascript if _deferred(script)]
        config[PAGE_ASSETS_KEY] = (
            tuple(str(path) for path in config.extra_css),
            tuple(script.path for script in joinable),
        )
        config["extra_css"] = []
        config["extra_javascript"] = [script for script in config.extra_javascript if script not in joinable]
    return config[PAGE_ASSETS_KEY]


def _deferred(script) -> bool:
    """Whether an ``extra_javascript`` entry is a classic script of the site's, run once the page is parsed."""
    return (
        isinstance(script, ExtraScriptValue)
        and script.defer
        and not script.async_
        and script.type in ("", "text/javascript")
        and "://" not in script.path
    )


def new_build(config) -> SiteBuild:
    """The typed build of the language being built, from MkDocs' config (after static-i18n's ``on_config``).

    Raises:
        SiteDataError: Every problem of the settings and data files.
    """
    i18n = config.plugins["i18n"]
    languages = site_languages(i18n)
    root = site_root(config)
    own = {language.locale: language.extra for language in i18n.config.languages}
    problems = [
        problem
        for language in languages.all[1:]
        for problem in own_settings_problems(own[language.code], language.code)
    ]
    problems += [
        f"mkdocs.yml: plugins.i18n.languages[{code}]: {reason}" for code, reason in digits_problems(languages.codes)
    ]
    if problems:
        raise SiteDataError(problems)
    stylesheets, scripts = take_page_assets(config)
    custom_dir = Path(config.theme.custom_dir)
    theme_dirs = (custom_dir,) if custom_dir.resolve() == ENGINE_THEME.resolve() else (custom_dir, ENGINE_THEME)
    place = Place(
        root=root,
        docs_dir=Path(config.docs_dir).relative_to(root).as_posix(),
        site_dir=Path(config.site_dir),
        theme_dirs=theme_dirs,
        cache_dir=cache_dir(config),
        site_name=config.site_name,
        site_url=config.site_url,
        favicon=config.theme["favicon"],
        stylesheets=stylesheets,
        scripts=scripts,
        search="material/search" in config.plugins,
    )
    settings = site_settings(config.extra, languages.current.code)
    return load_build(place, languages, settings, site_fonts(theme_dirs, place.stylesheets))


def use_engine_theme(config, build: SiteBuild) -> None:
    """Give MkDocs' theme the engine's templates and assets after the site's own (if it has its own).

    static-i18n puts its own sitemap first when the site's folder has none (a site made by
    ``python -m sitegen new``): the engine's is the one (review dates, no build date, x-default).
    """
    for folder in build.place.theme_dirs[1:]:
        if str(folder) not in config.theme.dirs:
            config.theme.dirs.insert(1, str(folder))
    config.theme.dirs[:] = [folder for folder in config.theme.dirs if Path(folder).name != I18N_SITEMAP]


def site_page(config, page, language) -> SitePage:
    """What the engine needs of a MkDocs page (its title and description escaped, as the theme prints them)."""
    return SitePage(
        path=page_path(config, page),
        source=page.file.src_uri,
        name=page_name(page, language),
        url=page.url,
        canonical_url=page.canonical_url,
        html_file=page.file.dest_path,
        title=page.title,
        description=page.meta.get("description", ""),
    )
