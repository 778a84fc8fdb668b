"""Everything a page gets besides its Markdown, made in one function, in the order written below.

``page_context`` renders the page's components, reads its governance, decides its translation notice,
links (and stages) its handout, writes its embeds and its JSON record, and returns the page's HTML with
one typed ``PageContext``, which the templates read as ``site_page``. It knows nothing of MkDocs' objects: the
hook hands it a ``site_build.SitePage`` (``mkdocs_adapter.site_page``) and a page link finder.
"""

from collections.abc import Callable
from dataclasses import dataclass, replace
from functools import partial
from pathlib import Path
from urllib.parse import urljoin

import jinja2
from markupsafe import Markup

from sitegen.asset_bundles import Bundle, bundle, joined
from sitegen.component_kinds import RenderedComponent, component_kind
from sitegen.components import compact, component_assets, render_components
from sitegen.content_export import page_record, record_json, record_path
from sitegen.embeds import PAGE, embed_path, page_embeds, snippet
from sitegen.errors import SiteDataError, UnknownComponentError
from sitegen.escaping import plain_text
from sitegen.governance import Governance, page_governance
from sitegen.handouts import BOOKLET, SIZE_MARKER, StagedPage, handout_path, stage_page, staging_dir
from sitegen.local_format import local_date, text_direction
from sitegen.metadata import medical_web_page, open_graph_locale
from sitegen.mkdocs_adapter import file_exists, file_text, relative_url
from sitegen.page_source import read_front_matter
from sitegen.site_build import SiteBuild, SitePage
from sitegen.translation_status import translation_notice_needed

EMBED_LAYOUT = "embed/layout.html"
# What an embed adds to the site's own assets: its frame's styles, and the script that sizes the frame.
EMBED_STYLESHEET = "assets/stylesheets/embed.css"
EMBED_SCRIPT = "assets/javascripts/embed-frame.js"
# Finds a page of the language being built by its path in docs/<language>/ (None if there is none).
Link = Callable[[str], dict | None]


@dataclass(frozen=True)
class PageContext:
    """What a page's templates show besides its content (``site_page`` in templates)."""

    components: tuple[RenderedComponent, ...]
    stylesheet: str | None
    script: str | None
    governance: Governance
    review_overdue: bool
    translation_notice: dict | None
    handout: dict
    embed_snippets: tuple[dict, ...]
    open_graph_locale: str
    structured_data: dict
    search_base: str


def page_context(build: SiteBuild, page: SitePage, meta: dict, content: str, link: Link) -> tuple[str, PageContext]:
    """The page's HTML with its components rendered, and its context; its embeds and record are written.

    Raises:
        SiteDataError: A component id no data has, a governance field missing or wrong.
    """
    content, components = _rendered_components(build, content, page.path, link)
    governance = page_governance(meta, page.path, build.sources, build.today)
    notice = _translation_notice(build, page, components)
    own = _component_assets(build, {component.kind for component in components})
    context = PageContext(
        components=components,
        stylesheet=_bundled(build, [*build.place.stylesheets, *own["stylesheets"]]),
        script=_bundled(build, [*build.place.scripts, *own["scripts"]]),
        governance=governance,
        review_overdue=governance.is_overdue(build.today),
        translation_notice=notice,
        handout=_handout_links(build, page),
        embed_snippets=(),
        open_graph_locale=open_graph_locale(build.language),
        structured_data=medical_web_page(
            title=plain_text(page.title),
            description=plain_text(page.description),
            url=page.canonical_url,
            language=build.language,
            governance=governance,
            condition=build.settings.condition,
        ),
        search_base=relative_url(build.languages.current.prefix or ".", page.url),
    )
    if not build.skip_handouts:
        _stage_handout(build, page, content, context)
    embeds = page_embeds(
        prefix=build.languages.current.prefix,
        name=page.name,
        title=page.title,
        page_url=page.canonical_url,
        content=content,
        components=components,
    )
    for embed in embeds:
        _write(build.place.site_dir / embed.file, _embed_html(build, embed, context))
    _write_record(build, page, content, governance)
    return content, replace(context, embed_snippets=tuple(snippet(embed, build.place.site_url) for embed in embeds))


def _rendered_components(
    build: SiteBuild, content: str, page_path: str, link: Link
) -> tuple[str, tuple[RenderedComponent, ...]]:
    rendered = []

    def render(kind_name: str, component_id: str, heading_level: int) -> str:
        kind = component_kind(kind_name)
        try:
            template = build.env.get_template(kind.template)
            component = kind.context(build, component_id, link)
            html = compact(template.render(**component, heading_level=heading_level))
        except jinja2.TemplateNotFound as error:
            # A diagram is its template; a routine's drawing is one it includes.
            raise UnknownComponentError(f"overrides/{error.name}: template not found") from error
        embed_html = None
        if kind.embed_heading_level is not None:
            embed_html = compact(template.render(**component, heading_level=kind.embed_heading_level))
        title = component.get(kind.name, {}).get("title")
        rendered.append(RenderedComponent(kind.name, component_id, title, embed_html))
        return html

    return render_components(content, render, page_path), tuple(rendered)


def site_assets(build: SiteBuild) -> dict[str, str | None]:
    """The site's own stylesheet and script for a template without a page (the 404 page): every page's.

    Raises:
        SiteDataError: Every ``extra_css`` or deferred ``extra_javascript`` file the site does not have, and
            any that one file cannot join (``asset_bundles.bundle``), at once.
    """
    own = (*build.place.stylesheets, *build.place.scripts)
    problems = [
        f"mkdocs.yml: extra_css, extra_javascript: {path}: no such file in the theme or docs folder"
        for path in own
        if not file_exists(build.files, path)
    ]
    joints = {}
    for name, parts in (("page_stylesheet", build.place.stylesheets), ("page_script", build.place.scripts)):
        try:
            joints[name] = bundle(parts)
        except SiteDataError as error:
            problems += error.problems
    if problems:
        raise SiteDataError(problems)
    return {name: _written(build, joint) for name, joint in joints.items()}


def _component_assets(build: SiteBuild, kinds: set[str]) -> dict[str, list[str]]:
    return component_assets(kinds, partial(file_exists, build.files))


def _bundled(build: SiteBuild, parts: list[str]) -> str | None:
    """The one file a page links for these of its own assets (written if it joins several), or ``None``."""
    return _written(build, bundle(parts))


def _written(build: SiteBuild, joint: Bundle | None) -> str | None:
    """The path of ``joint``'s file, written once a build if it joins several parts, or ``None``."""
    if joint and joint.is_joined and joint.path not in build.bundles:
        _write(build.place.site_dir / joint.path, joined(joint, partial(file_text, build.files)))
        build.bundles.add(joint.path)
    return joint and joint.path


def _translation_notice(build: SiteBuild, page: SitePage, components: tuple[RenderedComponent, ...]) -> dict | None:
    """Where a translation that fell behind its source (or data it shows) points readers, or ``None``."""
    source_language, language = build.languages.all[0], build.languages.current
    if language == source_language:
        return None
    shown = set().union(*(component_kind(c.kind).data_items(c.id, build.outdated) for c in components))
    if not translation_notice_needed(page.path, shown, build.outdated):
        return None
    source = build.original_source(page.source)
    reviewed = read_front_matter(source.read_text(encoding="utf-8-sig"), str(source))["reviewed"]
    source_url = page.url.removeprefix(language.prefix)
    return {
        "language": source_language.code,
        "url": relative_url(source_url, page.url),
        # Embeds and handouts are read elsewhere: they link to the public address.
        "absolute_url": urljoin(build.place.site_url, source_url),
        "date": local_date(reviewed, language.code, build.settings.calendar),
    }


def _handout_links(build: SiteBuild, page: SitePage) -> dict:
    """The page's links to its handout and the booklet, with markers the handout step fills with sizes."""
    prefix = build.languages.current.prefix
    return {
        "url": relative_url(handout_path(prefix, page.name), page.url),
        "size_marker": Markup(SIZE_MARKER).format(name=page.name),
        "booklet_url": relative_url(handout_path(prefix, BOOKLET), page.url),
        "booklet_size_marker": Markup(SIZE_MARKER).format(name=BOOKLET),
    }


def _stage_handout(build: SiteBuild, page: SitePage, content: str, context: PageContext) -> None:
    governance = context.governance
    staged = StagedPage(
        language=build.language,
        site_name=build.place.site_name,
        name=page.name,
        order=build.positions[page.source],
        title=plain_text(page.title),
        url=page.canonical_url,
        html_file=page.html_file,
        content=content,
        reviewed=governance.reviewed.isoformat(),
        next_review=governance.next_review.isoformat(),
        calendar=build.settings.calendar,
        sources=[source.citation() for source in governance.sources],
        translation_notice=context.translation_notice,
    )
    stage_page(staging_dir(build.place.site_dir), staged)


def _embed_html(build: SiteBuild, embed, context: PageContext) -> str:
    language = build.languages.current.code
    notice = context.translation_notice
    # An embed is read on another site: its notice links to the source page's public address.
    embedded = replace(context, translation_notice=notice and notice | {"url": notice["absolute_url"]})
    own = _component_assets(build, set(embed.component_kinds))
    return build.env.get_template(EMBED_LAYOUT).render(
        embed=embed,
        site_page=embedded,
        language=language,
        direction=text_direction(language),
        site_name=build.place.site_name,
        preload_fonts=build.preload_fonts,
        favicon=build.place.favicon,
        stylesheet=_bundled(build, [*build.place.stylesheets, EMBED_STYLESHEET, *own["stylesheets"]]),
        script=_bundled(build, [*own["scripts"], EMBED_SCRIPT]),
    )


def _write_record(build: SiteBuild, page: SitePage, content: str, governance: Governance) -> None:
    """Write the page's JSON record (the export)."""
    language = build.languages.current
    site_url = build.place.site_url
    record = page_record(
        language=language.code,
        direction=text_direction(language.code),
        name=page.name,
        position=build.positions[page.source],
        title=plain_text(page.title),
        description=plain_text(page.description),
        content=content,
        governance=governance,
        disclaimer=build.ui["disclaimer_text"],
        urls={
            "url": page.canonical_url,
            "pdf_url": urljoin(site_url, handout_path(language.prefix, page.name)),
            "embed_url": urljoin(site_url, embed_path(language.prefix, PAGE, page.name)),
            "json_url": urljoin(site_url, record_path(language.code, page.name)),
        },
    )
    _write(build.place.site_dir / record_path(language.code, page.name), record_json(record))


def _write(path: Path, text: str) -> None:
    path.parent.mkdir(parents=True, exist_ok=True)
    path.write_text(text, encoding="utf-8")
