"""Components placed in Markdown with one line, rendered later from Jinja templates.

A page writes a pymdown-extensions block naming the kind and the id, the same in every language::

    /// diagram | foot
    ///

The block leaves a placeholder element in the page's HTML; ``render_components`` then replaces each
placeholder with the HTML its renderer makes in the page's language. Blocks are the idiomatic
pymdown-extensions way to add a Markdown construct: they nest, take options, and fail loudly on
malformed syntax, where a home-made marker would be parsed by hand.
"""

import re
import xml.etree.ElementTree as etree
from collections.abc import Callable, Iterable

from pymdownx.blocks import BlocksExtension
from pymdownx.blocks.block import Block

from sitegen.component_kinds import KIND_NAMES
from sitegen.errors import SiteDataError, UnknownComponentError

# What the component scripts share (siteComponents.fill, .onEveryPage).
SHARED_SCRIPT = "assets/javascripts/components.js"
_PLACEHOLDER = re.compile(r'<div data-site-component="([a-z-]+)" data-site-id="([^"]*)" data-site-level="(\d)"></div>')
_HEADING = re.compile(r"h([1-6])")
# A component's title where no heading comes before it (its templates' own default).
DEFAULT_LEVEL = 3


_INDENTATION = re.compile(r"\n\s+")


def compact(html: str) -> str:
    """A component's HTML without the indentation its template leaves at the start of each line.

    Components hold no ``<pre>`` or ``<textarea>``, where white space would matter; the bytes saved keep
    the quiz page within its first-visit budget.
    """
    return _INDENTATION.sub("\n", html)


class _ComponentBlock(Block):
    ARGUMENT = True

    def on_create(self, parent: etree.Element) -> etree.Element:
        attributes = {"data-site-component": self.NAME, "data-site-id": self.argument.strip()}
        attributes["data-site-level"] = str(_level_after(parent))
        return etree.SubElement(parent, "div", attributes)


def _level_after(parent: etree.Element) -> int:
    """The heading level of a component's title: one below the last heading before it.

    The page's outline then skips no level: under "# Title" its title is an h2, under "## Section" an h3.
    """
    levels = [int(match.group(1)) for child in parent if (match := _HEADING.fullmatch(str(child.tag)))]
    return min(levels[-1] + 1, 6) if levels else DEFAULT_LEVEL


class ComponentsExtension(BlocksExtension):
    """Registers one block per component kind named in the ``kinds`` option."""

    def __init__(self, *args, **kwargs):  # noqa: D107
        self.config = {"kinds": [list(KIND_NAMES), "Component kinds, each a block name (default: every kind)."]}
        super().__init__(*args, **kwargs)

    def extendMarkdownBlocks(self, md, block_mgr):  # noqa: D102, N802 (the name pymdownx calls)
        for kind in self.getConfig("kinds"):
            block_mgr.register(type(f"{kind.title()}Block", (_ComponentBlock,), {"NAME": kind}), {})


def makeExtension(*args, **kwargs):  # noqa: N802 (the name Python-Markdown calls)
    """Entry point for Python-Markdown (``markdown_extensions: [sitegen.components]``)."""
    return ComponentsExtension(*args, **kwargs)


def render_components(html: str, render: Callable[[str, str, int], str], page_path: str) -> str:
    """Replace every component placeholder in a page with its rendered HTML.

    Args:
        html: The page's HTML from Markdown.
        render: Makes the HTML of one component from its kind, its id and its title's heading level;
            raises ``UnknownComponentError`` for an id it does not know.
        page_path: The page as messages should name it.

    Returns:
        The page's HTML with every component rendered.

    Raises:
        SiteDataError: One problem per unknown id, naming the page (``sitegen.page_source`` checks the
            blocks' form, with their lines, before Markdown runs).
    """
    problems = []

    def _replace(match: re.Match) -> str:
        kind, component_id, level = match.groups()
        try:
            return render(kind, component_id, int(level))
        except UnknownComponentError as error:
            problems.append(f"{page_path}: /// {kind} | {component_id}: {error}")
            return ""

    html = _PLACEHOLDER.sub(_replace, html)
    if problems:
        raise SiteDataError(problems)
    return html


def component_assets(kinds: Iterable[str], exists: Callable[[str], bool]) -> dict[str, list[str]]:
    """The stylesheets and scripts that components of these kinds need, so a page loads only its own.

    A kind's files follow one naming rule: ``assets/stylesheets/<kind>.css`` and
    ``assets/javascripts/<kind>.js``, each if it exists. Their shared helper script comes first
    whenever any component script is loaded.

    Args:
        kinds: The kinds of the components on the page, in any order, repeats allowed.
        exists: Whether the site has a file at a path (``assets/javascripts/quiz.js``).
    """
    unique = sorted(set(kinds))
    stylesheets = [path for kind in unique if exists(path := f"assets/stylesheets/{kind}.css")]
    scripts = [path for kind in unique if exists(path := f"assets/javascripts/{kind}.js")]
    return {"stylesheets": stylesheets, "scripts": [SHARED_SCRIPT, *scripts] if scripts else []}
