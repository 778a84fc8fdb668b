"""One language's build, made once in ``on_config``: where things are, the settings, every data file loaded.

Every later step reads it (``hooks/site.py`` keeps it on the MkDocs config, the one object every event
gets); nothing else carries data from one event to the next. Three fields are filled by the events that
make them: the files (``on_files``), the page order (``on_nav``) and the template environment
(``on_env``).
"""

import os
from dataclasses import dataclass, field
from datetime import date
from pathlib import Path
from typing import Any

from pydantic import BaseModel

from sitegen.cautions import Cautions, entry_caution_problems, load_cautions
from sitegen.diagrams import load_diagrams
from sitegen.errors import SiteDataError
from sitegen.fonts import FontFace
from sitegen.governance import review_today
from sitegen.languages import SiteLanguages
from sitegen.quiz import load_quizzes
from sitegen.routines import load_routines
from sitegen.search import SearchRules, load_search_rules
from sitegen.settings import SiteSettings
from sitegen.sources import Source, load_sources
from sitegen.strings import load_strings
from sitegen.translation_status import Translation, data_entries, outdated_items, strict_problems

# Set to 1 for a fast local preview without PDF handouts (never in CI: the tests need them).
SKIP_HANDOUTS_VARIABLE = "SITE_SKIP_HANDOUTS"
# Set to 1 to render the handouts after the build, in the background (a preview: scripts/serve.sh).
BACKGROUND_HANDOUTS_VARIABLE = "SITE_BACKGROUND_HANDOUTS"
# How many processes render the handouts (default: one per CPU core).
HANDOUT_WORKERS_VARIABLE = "SITE_HANDOUT_WORKERS"
# Set to 1 to make an outdated translation fail the build instead of showing a notice.
STRICT_TRANSLATIONS_VARIABLE = "SITE_STRICT_TRANSLATIONS"


@dataclass(frozen=True)
class Place:
    """Where the build reads and writes, and what it publishes as.

    Attributes:
        root: The folder of ``mkdocs.yml``; data paths and messages are relative to it.
        docs_dir: The pages' folder relative to ``root`` (``docs``).
        site_dir: Where the site is written.
        theme_dirs: The theme folders: the site's ``custom_dir``, then the engine's ``overrides/`` if the
            site has its own (a site made with ``python -m sitegen new``); a file in the first wins.
        cache_dir: What the build keeps for the next one.
        site_name: The site's name in the language being built.
        site_url: The site's public address.
        favicon: The favicon's path in the site.
        stylesheets: The site's own stylesheets (``extra_css``), every page's.
        scripts: The site's own deferred scripts (``extra_javascript`` with ``defer``), every page's.
        search: Whether the site has search (Material's search plugin).
    """

    root: Path
    docs_dir: str
    site_dir: Path
    theme_dirs: tuple[Path, ...]
    cache_dir: Path
    site_name: str
    site_url: str
    favicon: str
    stylesheets: tuple[str, ...]
    scripts: tuple[str, ...]
    search: bool


@dataclass(frozen=True)
class SitePage:
    """What the engine needs of a MkDocs page.

    Attributes:
        path: Its source as messages name it (``docs/fa/causes.md``).
        source: Its source within the docs folder (``fa/causes.md``).
        name: Its name within its language (``causes``, ``index``).
        url: Its URL relative to the site root (``fa/causes/``).
        canonical_url: Its public address.
        html_file: Its HTML file relative to the site folder.
        title: Its title as the theme prints it (escaped).
        description: Its front matter description (escaped).
    """

    path: str
    source: str
    name: str
    url: str
    canonical_url: str
    html_file: str
    title: str
    description: str


@dataclass
class SiteBuild:
    """Everything one language's build reads.

    Attributes:
        place: Where the build reads and writes.
        languages: Every language, the default first, and the one being built.
        settings: The site's settings (``extra``) for the language being built.
        fonts: The web fonts of the site's stylesheets (``@font-face``), which handouts embed too.
        today: The day reviews are checked against.
        strings, sources, routines, quizzes, diagrams, search_rules, cautions: The data files, checked, in
            every language.
        outdated: The translations into the language being built that fell behind their source.
        skip_handouts: Whether this build leaves the PDF handouts out.
        background_handouts: Whether they are rendered after the build, while the pages are served.
        handout_workers: How many processes render handouts.
        files: MkDocs' files of this build (``on_files``).
        positions: Each page's place in the reading order, by source (``fa/causes.md``; ``on_nav``).
        env: The template environment (``on_env``).
        bundles: The joined asset files this build has written (``asset_bundles``), each written once.
    """

    place: Place
    languages: SiteLanguages
    settings: SiteSettings
    fonts: tuple[FontFace, ...]
    today: date
    strings: dict[str, dict[str, str]]
    sources: dict[str, Source]
    routines: dict[str, BaseModel]
    quizzes: dict[str, BaseModel]
    diagrams: dict[str, BaseModel]
    search_rules: dict[str, SearchRules]
    cautions: Cautions
    outdated: dict[str, Translation]
    skip_handouts: bool
    background_handouts: bool
    handout_workers: int
    files: Any = None
    positions: dict[str, int] = field(default_factory=dict)
    env: Any = None
    bundles: set[str] = field(default_factory=set)

    @property
    def language(self) -> str:
        """The code of the language being built."""
        return self.languages.current.code

    def original_source(self, source: str) -> Path:
        """The default language's source of a page of the language being built (``fa/causes.md``)."""
        relative = source.removeprefix(f"{self.languages.current.code}/")
        return self.place.root / self.place.docs_dir / self.languages.all[0].code / relative

    @property
    def ui(self) -> dict[str, str]:
        """The interface strings of the language being built."""
        return self.strings[self.language]

    @property
    def preload_fonts(self) -> list[str]:
        """The font files this language's pages fetch early (every font of the site, if its settings ask)."""
        return [font.path for font in self.fonts] if self.settings.preload_fonts else []


def load_build(
    place: Place, languages: SiteLanguages, settings: SiteSettings, fonts: tuple[FontFace, ...]
) -> SiteBuild:
    """Load and check every data file of the site, reporting the problems of all of them at once.

    Raises:
        SiteDataError: Every problem of every file, each naming the file and the field.
    """
    codes = languages.codes
    loaded, problems = {}, []
    steps = {
        "strings": lambda: load_strings(place.root, codes),
        "sources": lambda: load_sources(place.root),
        "quizzes": lambda: load_quizzes(place.root, codes),
        "diagrams": lambda: load_diagrams(place.root, codes),
        "search_rules": lambda: load_search_rules(place.root),
        "cautions": lambda: load_cautions(place.root, codes),
        "outdated": lambda: outdated_items(place.root, place.docs_dir, codes, languages.current.code),
    }
    for name, step in steps.items():
        try:
            loaded[name] = step()
        except SiteDataError as error:
            problems += error.problems
    # Routines cite sources: checked against the sources file once it has loaded.
    if "sources" in loaded:
        try:
            loaded["routines"] = load_routines(place.root, codes, loaded["sources"])
        except SiteDataError as error:
            problems += error.problems
    # Advice in the data (a routine card's cold bottle) carries its caution, in the language being built.
    if not problems and loaded["cautions"]:
        language = languages.current.code
        problems += entry_caution_problems(data_entries(place.root, language), language, loaded["cautions"])
    if _switched_on(STRICT_TRANSLATIONS_VARIABLE) and "outdated" in loaded:
        problems += strict_problems(loaded["outdated"])
    if problems:
        raise SiteDataError(problems)
    return SiteBuild(
        place=place,
        languages=languages,
        settings=settings,
        fonts=fonts,
        today=review_today(),
        skip_handouts=_switched_on(SKIP_HANDOUTS_VARIABLE),
        background_handouts=_switched_on(BACKGROUND_HANDOUTS_VARIABLE),
        handout_workers=int(os.environ.get(HANDOUT_WORKERS_VARIABLE) or os.cpu_count() or 1),
        **loaded,
    )


def _switched_on(variable: str) -> bool:
    return os.environ.get(variable, "") not in ("", "0")
