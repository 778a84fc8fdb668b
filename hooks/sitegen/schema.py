"""Shared pieces of the data schemas: translated text, strict models, readable error paths."""

import re
from functools import cache
from typing import Annotated

from pydantic import AfterValidator, BaseModel, ConfigDict, ValidationError, create_model


def _not_blank(value: str) -> str:
    if not value.strip():
        raise ValueError(f"expected non-empty text, got {value!r}")
    return value


# Text kept as written (a separator's trailing space matters), but never empty or only white space.
NonEmptyText = Annotated[str, AfterValidator(_not_blank)]


# An id of a data entry (a routine, a quiz and its parts, a diagram): lower-case words and digits joined by
# hyphens. As a pattern for pydantic fields, and compiled for names checked by hand (file names, keys).
ID_PATTERN = r"^[a-z0-9]+(-[a-z0-9]+)*$"
ID = re.compile(ID_PATTERN)


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


# An id that can name a list entry in a message (``routines[heel-raise]``).
_ID = re.compile(r"[\w.-]+")


def describe_errors(error: ValidationError, file: str, data: object = None) -> list[str]:
    """One message per pydantic error: ``data/routines.yml: routines[heel-raise].steps[1].fa: field required``.

    An entry of a list is named by its ``id`` when ``data`` (what was validated) gives it one that no
    other entry of the list has, by its position otherwise. A check of a whole model names its field in
    its own message (``separator: not a valid ...``).
    """
    return [
        f"{file}: {_path(detail['loc'], data)}: {_message(detail)}" if detail["loc"] else f"{file}: {_message(detail)}"
        for detail in error.errors()
    ]


def _path(loc: tuple, data: object) -> str:
    path = ""
    for part in loc:
        if isinstance(part, int):
            path += f"[{data_entry_name(data, part)}]"
            data = data[part] if isinstance(data, list) and part < len(data) else None
        else:
            path += f".{part}" if path else str(part)
            data = data.get(part) if isinstance(data, dict) else None
    return path


def data_entry_name(entries: object, index: int) -> str | int:
    """A raw list entry's name in messages (see ``entry_name``)."""
    if not isinstance(entries, list) or index >= len(entries) or not isinstance(entries[index], dict):
        return index
    return entry_name([entry.get("id") if isinstance(entry, dict) else None for entry in entries], index)


def entry_name(ids: list, index: int) -> str | int:
    """How messages name entry ``index`` of a list whose entries have ``ids``.

    Its id if it has one of its own (text, unique in the list), else its position.
    """
    entry_id = ids[index]
    usable = isinstance(entry_id, str) and _ID.fullmatch(entry_id) and ids.count(entry_id) == 1
    return entry_id if usable else index


def duplicate_ids(file: str, field: str, ids: list[str]) -> list[str]:
    """One problem per entry of a list whose id an earlier entry has: ``routines[3].id: duplicate id ...``."""
    first: dict[str, int] = {}
    problems = []
    for index, item in enumerate(ids):
        if item in first:
            problems.append(f"{file}: {field}[{index}].id: duplicate id {item!r} (also {field}[{first[item]}])")
        first.setdefault(item, index)
    return problems


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
