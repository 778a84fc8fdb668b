"""The component kinds a page can place (``/// routine | heel-raise``): every kind is one entry here.

An entry says how to make its template's context from the block's id, whether clinics can embed it on
its own (and at which heading level its title sits there, and how tall its iframe starts), and which
data items it shows (for the translation notice). Its template is ``components/<kind>.html``; its
stylesheet and script, if any, are ``assets/stylesheets/<kind>.css`` and ``assets/javascripts/<kind>.js``
(see ``components.component_assets``). Adding a kind is one entry and a template.
"""

from collections.abc import Callable, Iterable
from dataclasses import dataclass
from typing import Any

from sitegen.diagrams import DIAGRAMS_FILE, diagram_context
from sitegen.quiz import quiz_context, quiz_file
from sitegen.routines import ROUTINES_FILE, routine_context

# The build's data a context function reads (a ``site_build.SiteBuild``) and the page link finder.
Context = Callable[[Any, str, Callable[[str], dict | None]], dict]


@dataclass(frozen=True)
class ComponentKind:
    """One kind of component.

    Attributes:
        name: The block's name in Markdown, and the name of its template and assets.
        context: Its template context from the build, the block's id and a page link finder.
        embed_heading_level: The level of its top heading in its own embed; ``None``: not embeddable.
        frame_height: The iframe's height in the embed snippet until the loader script sizes it.
        data_items: The translated data items it shows, from its id and every outdated item.
    """

    name: str
    context: Context
    embed_heading_level: int | None = None
    frame_height: int | None = None
    data_items: Callable[[str, Iterable[str]], set[str]] = lambda component_id, outdated: set()

    @property
    def template(self) -> str:
        """Its template, relative to the theme folder."""
        return f"components/{self.name}.html"


@dataclass(frozen=True)
class RenderedComponent:
    """A component rendered on a page: its kind and id, title, and HTML for its own embed (if it has one)."""

    kind: str
    id: str
    title: str | None
    embed_html: str | None


KINDS = (
    # A drawing with labels: the drawing is diagrams/<id>.svg, its words are in data/diagrams.yml.
    ComponentKind(
        "diagram",
        lambda build, component_id, link: diagram_context(
            component_id, language=build.language, diagrams=build.diagrams
        ),
        data_items=lambda component_id, outdated: {f"{DIAGRAMS_FILE}#{component_id}"},
    ),
    # A routine card is the embed's title (h1).
    ComponentKind(
        "routine",
        lambda build, component_id, link: routine_context(
            component_id, language=build.language, routines=build.routines, sources=build.sources
        ),
        embed_heading_level=1,
        frame_height=900,
        data_items=lambda component_id, outdated: {f"{ROUTINES_FILE}#{component_id}", f"{ROUTINES_FILE}#actions"},
    ),
    # The quiz sits under the embed's h1; every question's texts are the quiz's.
    ComponentKind(
        "quiz",
        lambda build, component_id, link: quiz_context(
            build.quizzes,
            component_id,
            language=build.language,
            emergency_number=build.settings.emergency_number,
            link=link,
        ),
        embed_heading_level=2,
        frame_height=700,
        data_items=lambda component_id, outdated: {
            item for item in outdated if item.startswith(f"{quiz_file(component_id)}#")
        },
    ),
)
KIND_NAMES = tuple(kind.name for kind in KINDS)


def component_kind(name: str) -> ComponentKind:
    """The registry's entry for a kind the Markdown extension placed."""
    return next(kind for kind in KINDS if kind.name == name)
