"""Embeds: every page, and each routine card and quiz on a page, as a bare document for an iframe.

Clinics show embeds on their own sites.

An embed lives at a stable URL in its language's folder, ``<language prefix>embed/<kind>/<id>/``
(``embed/page/causes/``, ``fa/embed/routine/heel-raise/``). It carries the content, its title, the
review dates, the disclaimer and a link to read it on the site, without the site's header,
navigation, search or footer. Its links open outside the iframe (``<base target="_blank">``); its
script reports its height to the host page (``embed-frame.js``), which ``embed-loader.js`` uses to
size the iframe.
"""

from collections.abc import Sequence
from dataclasses import dataclass
from urllib.parse import urljoin

from sitegen.component_kinds import component_kind
from sitegen.content_html import portable, without_title

EMBED_FOLDER = "embed"
PAGE = "page"
# A page's iframe height in the snippet, until the loader script sizes it (components: component_kinds).
PAGE_FRAME_HEIGHT = 800
LOADER_SCRIPT = "assets/javascripts/embed-loader.js"


@dataclass(frozen=True)
class Embed:
    """One embed of a page or of a component on it.

    Attributes:
        kind: ``page`` or a component kind (``routine``, ``quiz``).
        id: The page's name or the component's id.
        title: What the embed is called, in its language.
        url: Where it is written, relative to the site root (``fa/embed/quiz/see-a-doctor/``).
        read_url: The absolute URL of the page (and place on it) it comes from.
        content: Its HTML, with links absolute and no heading permalinks.
        component_kinds: The kinds of the components in it, whose styles and scripts it loads.
        has_own_title: Whether the content starts with the embed's title as its h1 (a routine card does).
    """

    kind: str
    id: str
    title: str
    url: str
    read_url: str
    content: str
    component_kinds: tuple[str, ...]
    has_own_title: bool = False

    @property
    def file(self) -> str:
        """Where its HTML is written, relative to the site root."""
        return f"{self.url}index.html"

    @property
    def root(self) -> str:
        """The site root relative to the embed (``../../../``), for its styles and scripts."""
        return "../" * self.url.count("/")


def page_embeds(
    *, prefix: str, name: str, title: str, page_url: str, content: str, components: Sequence
) -> list[Embed]:
    """The embed of a page and of each embeddable component on it.

    Args:
        prefix: The language's folder (``""`` or ``"fa/"``).
        name: The page's name (``causes``).
        title: The page's title.
        page_url: The page's absolute URL.
        content: The page's rendered HTML.
        components: The components rendered on the page (``page_context.RenderedComponent``): those with
            ``embed_html`` (rendered at their kind's embed heading level) get an embed of their own.
    """
    kinds = tuple(sorted({component.kind for component in components}))
    embeds = [_embed(prefix, PAGE, name, title, page_url, without_title(content), kinds)]
    for component in components:
        if component.embed_html is not None:
            anchor = f"{page_url}#{component.kind}-{component.id}"
            embeds.append(_embed(prefix, component.kind, component.id, component.title, anchor, component.embed_html))
    return embeds


def snippet(embed: Embed, site_url: str) -> dict:
    """What the "Embed this page" section shows for one embed: its title, kind and the iframe's attributes."""
    return {
        "kind": embed.kind,
        "title": embed.title,
        "src": urljoin(site_url, embed.url),
        "height": PAGE_FRAME_HEIGHT if embed.kind == PAGE else component_kind(embed.kind).frame_height,
        "loader": urljoin(site_url, LOADER_SCRIPT),
    }


def embed_path(prefix: str, kind: str, item_id: str) -> str:
    """An embed's URL relative to the site root: ``fa/embed/routine/heel-raise/``."""
    return f"{prefix}{EMBED_FOLDER}/{kind}/{item_id}/"


def _embed(prefix: str, kind: str, item_id: str, title: str, read_url: str, content: str, kinds=None) -> Embed:
    """A page's embed (``kinds``: its components'), or a component's (its own kind, maybe its title as h1)."""
    url, body = embed_path(prefix, kind, item_id), portable(content, read_url)
    if kinds is not None:
        return Embed(kind, item_id, title, url, read_url, body, kinds)
    return Embed(kind, item_id, title, url, read_url, body, (kind,), component_kind(kind).embed_heading_level == 1)
