"""PDF handouts: every page as an A4 handout, and a booklet per language, rendered with WeasyPrint.

Each language's build stages every page (its rendered content and governance) as a JSON file; once
every language has built, ``build_handouts`` renders all the PDFs in parallel from the print
templates in ``overrides/print/``. Every handout embeds the site's web fonts (``fonts.site_fonts``; Vazirmatn
covers Persian and Latin), so the PDFs do not depend on the fonts of the machine that builds them and are
byte-identical from build to build.
"""

import hashlib
import io
import json
import shutil
from collections.abc import Callable, Iterable, Sequence
from concurrent.futures import ProcessPoolExecutor
from contextlib import nullcontext
from dataclasses import asdict, dataclass
from datetime import date
from importlib.metadata import version
from pathlib import Path

from sitegen.build_cache import cache_unusable
from sitegen.content_html import absolute_links
from sitegen.errors import SiteDataError
from sitegen.folder_templates import folder_templates, template_errors
from sitegen.fonts import FontFace
from sitegen.local_format import css_counter_style, local_date, local_number, text_direction
from sitegen.theme_files import theme_file

HANDOUTS_FOLDER = "handouts"
BOOKLET = "booklet"
PDF_VARIANT = "pdf/ua-1"
SIZE_MARKER = '<span class="site-handout__size" data-handout-size="{name}"></span>'


def staging_dir(site_dir: Path) -> Path:
    """Where each language's build leaves its pages for the handout step (removed by it)."""
    return site_dir / ".handouts-staging"


def handout_path(prefix: str, name: str) -> str:
    """Where a page's handout (or the booklet) is, relative to the site root: ``fa/handouts/causes.pdf``."""
    return f"{prefix}{HANDOUTS_FOLDER}/{name}.pdf"


@dataclass(frozen=True)
class StagedPage:
    """What a handout needs of one built page, saved by that language's build."""

    language: str
    site_name: str
    name: str
    order: int
    title: str
    url: str
    html_file: str
    content: str
    reviewed: str
    next_review: str
    calendar: str
    sources: list[dict]
    translation_notice: dict | None


def stage_page(staging_dir: Path, page: StagedPage) -> None:
    """Save one page for the final handout step, with its links made absolute."""
    folder = staging_dir / page.language
    folder.mkdir(parents=True, exist_ok=True)
    record = asdict(page) | {"content": absolute_links(page.content, page.url)}
    (folder / f"{page.name}.json").write_text(json.dumps(record, ensure_ascii=False, indent=0), encoding="utf-8")


def staged_pages(staging_dir: Path) -> dict[str, list[StagedPage]]:
    """Every staged page by language, in reading order."""
    languages: dict[str, list[StagedPage]] = {}
    for path in sorted(staging_dir.glob("*/*.json")):
        page = StagedPage(**json.loads(path.read_text(encoding="utf-8")))
        languages.setdefault(page.language, []).append(page)
    return {language: sorted(pages, key=lambda page: page.order) for language, pages in languages.items()}


@dataclass(frozen=True)
class HandoutJob:
    """One PDF to make: its HTML, where to write it, and the date its metadata carries."""

    html: str
    target: Path
    base_url: str
    font_families: frozenset[str]
    font_files: tuple[Path, ...] = ()
    # Which handout it is, for its cache entry (``fa-causes``): one entry a handout is kept.
    label: str = ""

    def cache_key(self, fonts: dict[Path, str]) -> str:
        """What the PDF is made from: its HTML, address, name, fonts (by content) and the renderer's version."""
        parts = [self.html, self.base_url, self.target.name, PDF_VARIANT, version("weasyprint")]
        parts += [fonts[path] for path in self.font_files]
        return hashlib.sha256("\0".join(parts).encode()).hexdigest()


def handout_jobs(
    pages: dict[str, list[StagedPage]],
    strings: dict[str, dict[str, str]],
    theme_dirs: Sequence[Path],
    fonts: Iterable[FontFace],
    output_dir: Callable[[str], Path],
) -> list[HandoutJob]:
    """The HTML of every handout and booklet, rendered from the print templates.

    Args:
        pages: The staged pages by language, in reading order.
        strings: The interface strings by language.
        theme_dirs: The theme folders (the site's, then the engine's): print templates in ``print/``,
            fonts where the site's stylesheets load them from.
        fonts: The site's web fonts, which every handout embeds; the first one's family is the text's.
        output_dir: Where a language's handouts go.

    Raises:
        SiteDataError: If the site has no web font or a print template is broken.
    """
    faces = [
        {"family": font.family, "weight": font.weight, "url": theme_file(theme_dirs, font.path).as_uri()}
        for font in fonts
    ]
    if not faces:
        raise SiteDataError([f"{theme_dirs[0]}: no @font-face in the site's stylesheets (the PDF handouts embed them)"])
    families = frozenset(face["family"] for face in faces)
    font_files = tuple(theme_file(theme_dirs, font.path) for font in fonts)
    folders = [theme_dir / "print" for theme_dir in theme_dirs]
    env = folder_templates(folders, html=True)
    jobs = []
    with template_errors(folders, "print"):
        for language, language_pages in pages.items():
            common = {
                "ui": strings[language],
                "language": language,
                "direction": text_direction(language),
                "counter_style": css_counter_style(language),
                "fonts": faces,
                "font_family": faces[0]["family"],
            }
            contexts = [_page_context(page, language, strings[language]) for page in language_pages]
            for page in contexts:
                html = env.get_template("handout.html").render(common | {"page": page, "pages": [page]})
                jobs.append(
                    HandoutJob(
                        html,
                        output_dir(language) / f"{page['name']}.pdf",
                        page["url"],
                        families,
                        font_files,
                        f"{language}-{page['name']}",
                    )
                )
            html = env.get_template("booklet.html").render(common | {"pages": contexts})
            jobs.append(
                HandoutJob(
                    html,
                    output_dir(language) / f"{BOOKLET}.pdf",
                    contexts[0]["url"],
                    families,
                    font_files,
                    f"{language}-{BOOKLET}",
                )
            )
    return jobs


def render_pdf(job: HandoutJob) -> Path:
    """Write one PDF (run in a worker process), checking that every font in it is one of the site's.

    Raises:
        SiteDataError: If any other font was used: WeasyPrint falls back to another font silently
            when a font does not load or lacks a character.
    """
    # Imported here, in the worker: WeasyPrint takes 0.4 s to import, which builds without handouts
    # (previews, the scale benchmark) need not pay.
    from weasyprint import HTML
    from weasyprint.text.fonts import FontConfiguration

    fonts = FontConfiguration()
    document = HTML(string=job.html, base_url=job.base_url).render(font_config=fonts)
    # PDF/UA-1: tagged (headings, lists, tables, figures with their alternative text, reading order),
    # with the document's language, XMP metadata, and its title shown as the window title.
    pdf = document.write_pdf(font_config=fonts, pdf_identifier=job.target.name.encode(), pdf_variant=PDF_VARIANT)
    others = sorted(name for name in embedded_fonts(pdf) if not any(name.startswith(f) for f in job.font_families))
    if others:
        families = ", ".join(sorted(job.font_families))
        raise SiteDataError(
            [f"{job.target.name}: fonts other than the site's ({families}) were used: {', '.join(others)}"]
        )
    job.target.parent.mkdir(parents=True, exist_ok=True)
    job.target.write_bytes(pdf)
    return job.target


def embedded_fonts(pdf: bytes) -> set[str]:
    """The names of the fonts a PDF uses, without their subset prefix (``Vazirmatn-Bold``)."""
    from pypdf import PdfReader  # only the final handout step needs it: builds without handouts skip the import

    names = set()
    for page in PdfReader(io.BytesIO(pdf)).pages:
        for font in page.get("/Resources", {}).get("/Font", {}).values():
            names.add(str(font.get_object()["/BaseFont"]).lstrip("/").split("+")[-1])
    return names


def render_all(
    jobs: list[HandoutJob], workers: int, progress: Callable[[int, int, Path], None], cache: Path | None = None
) -> list[Path]:
    """Make every job's PDF, rendering ``workers`` at a time (1: in this process), reporting each rendered.

    With a ``cache`` folder, a PDF made from the same HTML, fonts and renderer before is taken from it
    (the same input gives the same bytes), so a rebuild renders only the handouts whose page changed.

    Returns:
        The PDFs rendered (the others came from the cache).
    """
    fonts = {path: hashlib.sha256(path.read_bytes()).hexdigest() for job in jobs for path in job.font_files}
    entries = {job.target: f"{job.label}-{job.cache_key(fonts)[:32]}.pdf" for job in jobs}
    cached = [job for job in jobs if cache is not None and _from_cache(cache / entries[job.target], job.target)]
    to_render = [job for job in jobs if job not in cached]
    with ProcessPoolExecutor(max_workers=workers) if workers > 1 and len(to_render) > 1 else nullcontext() as pool:
        results: Iterable[Path] = pool.map(render_pdf, to_render) if pool else map(render_pdf, to_render)
        rendered = [_report(progress, index, len(to_render), path) for index, path in enumerate(results, 1)]
    if cache is not None:
        for job in jobs:
            if job not in cached:
                _to_cache(cache / entries[job.target], job)
    return rendered


def _from_cache(entry: Path, target: Path) -> bool:
    try:
        pdf = entry.read_bytes()
    except FileNotFoundError:
        return False
    except OSError as error:
        cache_unusable(entry, error)
        return False
    target.parent.mkdir(parents=True, exist_ok=True)
    target.write_bytes(pdf)
    return True


def _to_cache(entry: Path, job: HandoutJob) -> None:
    """Keep the PDF as the handout's one cache entry (its older ones removed)."""
    try:
        entry.parent.mkdir(parents=True, exist_ok=True)
        for old in entry.parent.glob(f"{job.label}-*.pdf"):
            old.unlink()
        shutil.copyfile(job.target, entry)
    except OSError as error:
        cache_unusable(entry, error)


def size_text(size_bytes: int, language: str, strings: dict[str, str]) -> str:
    """A file size for a link, in the page's language: ``124 KB``, ``۱۲۴ کیلوبایت``."""
    return strings["handout_size"].replace("{size}", local_number(max(1, round(size_bytes / 1024)), language))


def fill_size_markers(html: str, sizes: dict[str, str]) -> str:
    """Put each handout's size where the page left its marker."""
    for name, text in sizes.items():
        html = html.replace(SIZE_MARKER.format(name=name), f'<span class="site-handout__size">{text}</span>')
    return html


def _page_context(page: StagedPage, language: str, strings: dict[str, str]) -> dict:
    import segno  # as pypdf above

    reviewed, next_review = date.fromisoformat(page.reviewed), date.fromisoformat(page.next_review)
    return asdict(page) | {
        "reviewed_text": local_date(reviewed, language, page.calendar),
        "next_review_text": local_date(next_review, language, page.calendar),
        # Its <title> is the figure's alternative text in the tagged PDF: where the code leads.
        "qr_code": segno.make(page.url, error="m").svg_inline(
            scale=2, border=2, title=strings["handout_qr"].replace("{url}", page.url)
        ),
    }


def _report(progress: Callable[[int, int, Path], None], index: int, total: int, path: Path) -> Path:
    progress(index, total, path)
    return path
