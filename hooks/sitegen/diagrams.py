"""Labelled diagrams: a drawing (``overrides/diagrams/<id>.svg``) and its words, from ``data/diagrams.yml``.

The file is optional: a site without diagrams has none. Every text needs each of the site's languages.
"""

from functools import cache
from pathlib import Path

from pydantic import BaseModel, Field, TypeAdapter, ValidationError

from sitegen.data_files import load_mapping
from sitegen.errors import SiteDataError, UnknownComponentError
from sitegen.schema import ID, StrictModel, describe_errors, in_language, text_model

DIAGRAMS_FILE = "data/diagrams.yml"


@cache
def diagrams_adapter(languages: tuple[str, ...]) -> TypeAdapter:
    """The model of the diagrams file, for a site built in ``languages``."""
    text = text_model(languages)

    class Diagram(StrictModel):
        title: text
        caption: text
        labels: dict[str, text] = Field(default_factory=dict)

    return TypeAdapter(dict[str, Diagram])


def load_diagrams(site_root: Path, languages: list[str]) -> dict[str, BaseModel]:
    """Load and check every diagram's words (none if the site has no diagrams file).

    Raises:
        SiteDataError: One message per problem: ``data/diagrams.yml: foot.labels.arch.fa: field required``.
    """
    if not (site_root / DIAGRAMS_FILE).is_file():
        return {}
    data = load_mapping(site_root, DIAGRAMS_FILE)
    problems = [
        f"{DIAGRAMS_FILE}: {diagram_id}: not an id (lower-case words joined by hyphens)"
        for diagram_id in data
        if not isinstance(diagram_id, str) or not ID.fullmatch(diagram_id)
    ]
    try:
        diagrams = diagrams_adapter(tuple(languages)).validate_python(data)
    except ValidationError as error:
        problems += describe_errors(error, DIAGRAMS_FILE)
    if problems:
        raise SiteDataError(problems)
    return diagrams


def diagram_context(diagram_id: str, *, language: str, diagrams: dict[str, BaseModel]) -> dict:
    """The template context of ``/// diagram | <id>``: its words in ``language``.

    Raises:
        UnknownComponentError: If the diagrams file has no diagram with that id.
    """
    if diagram_id not in diagrams:
        raise UnknownComponentError(f"unknown diagram: no diagram with id {diagram_id!r} in {DIAGRAMS_FILE}")
    diagram = diagrams[diagram_id]
    return {
        "diagram": {
            "id": diagram_id,
            "title": in_language(diagram.title, language),
            "caption": in_language(diagram.caption, language),
            "labels": {name: in_language(label, language) for name, label in diagram.labels.items()},
        }
    }
