"""Shared pieces of the data schemas: translated text, strict models, readable error paths."""

from functools import cache
from typing import Annotated

from pydantic import AfterValidator, BaseModel, ConfigDict, ValidationError, create_model


def _not_blank(value: str) -> str:
    if not value.strip():
        raise ValueError(f"expected non-empty text, got {value!r}")
    return value


# Text kept as written (a separator's trailing space matters), but never empty or only white space.
NonEmptyText = Annotated[str, AfterValidator(_not_blank)]


class StrictModel(BaseModel):
    """A model that rejects unknown fields and values of the wrong type."""

    model_config = ConfigDict(extra="forbid", strict=True, frozen=True)


@cache
def text_model(languages: tuple[str, ...]) -> type[BaseModel]:
    """A model for one text in every language: ``{en: ..., fa: ...}``, each required and non-empty.

    Languages not built are ignored, so a data file may be translated ahead of the site.
    """
    fields = {language: (NonEmptyText, ...) for language in languages}
    return create_model("Text", __config__=ConfigDict(extra="ignore", strict=True, frozen=True), **fields)


def in_language(text: BaseModel, language: str) -> str:
    """The version of a translated text in one language."""
    return getattr(text, language)


def describe_errors(error: ValidationError, file: str) -> list[str]:
    """One message per pydantic error: ``data/routines.yml: routines[2].steps[1].fa: field required``.

    A check of a whole model names its field in its own message (``separator: not a valid ...``).
    """
    return [
        f"{file}: {_path(detail['loc'])}: {_message(detail)}" if detail["loc"] else f"{file}: {_message(detail)}"
        for detail in error.errors()
    ]


def _path(loc: tuple) -> str:
    path = ""
    for part in loc:
        path += f"[{part}]" if isinstance(part, int) else f".{part}" if path else str(part)
    return path


def _message(detail: dict) -> str:
    if detail["type"] == "missing":
        return "field required"
    if detail["type"] == "extra_forbidden":
        return "unknown field"
    if detail["type"] == "value_error":
        return str(detail["ctx"]["error"])
    if detail["type"] == "model_type":
        return f"expected a mapping of fields, got {detail['input']!r}"
    if detail["type"] == "dict_type":
        return f"expected a mapping, got {detail['input']!r}"
    message = detail["msg"][0].lower() + detail["msg"][1:]
    return f"{message}, got {detail['input']!r}"
