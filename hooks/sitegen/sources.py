"""The authoritative sources that pages cite, kept once in ``data/sources.yml``."""

from dataclasses import dataclass
from pathlib import Path

from babel import Locale, UnknownLocaleError
from pydantic import Field, TypeAdapter, ValidationError, field_validator

from sitegen.data_files import load_mapping
from sitegen.errors import SiteDataError
from sitegen.schema import NonEmptyText, StrictModel, describe_errors

SOURCES_FILE = "data/sources.yml"


@dataclass(frozen=True)
class Source:
    """One cited source: who published it, its title, its address and the language it is written in.

    ``gives_doses``: whether it states exercise doses (only such a source may be cited for a routine).
    """

    id: str
    publisher: str
    title: str
    url: str
    language: str
    gives_doses: bool = False

    def citation(self) -> dict[str, str]:
        """What a page and its JSON record say of the source: id, publisher, title, url and language."""
        return {
            "id": self.id,
            "publisher": self.publisher,
            "title": self.title,
            "url": self.url,
            "language": self.language,
        }


class _SourceFields(StrictModel):
    publisher: NonEmptyText
    title: NonEmptyText
    url: str = Field(pattern=r"^https://[^\s\"'<>]+$")
    language: NonEmptyText
    gives_doses: bool = False

    @field_validator("language")
    @classmethod
    def _known_language(cls, value: str) -> str:
        try:
            Locale.parse(value)
        except (UnknownLocaleError, ValueError) as error:
            raise ValueError(f"expected a language code such as en or fa, got {value!r}") from error
        return value


_SOURCES = TypeAdapter(dict[str, _SourceFields])


def load_sources(site_root: Path) -> dict[str, Source]:
    """Load and check every source, reporting every problem at once.

    An id written twice is refused by the YAML loader, so one source can never replace another.

    Raises:
        SiteDataError: If a source lacks a field, has an unknown one, its url is not https, or its
            language is not one Babel knows.
    """
    data = load_mapping(site_root, SOURCES_FILE)
    try:
        sources = _SOURCES.validate_python(data)
    except ValidationError as error:
        raise SiteDataError(describe_errors(error, SOURCES_FILE)) from error
    return {source_id: Source(source_id, **fields.model_dump()) for source_id, fields in sources.items()}
