"""The site's own settings in ``mkdocs.yml`` (``extra:``, per language), checked in one model.

static-i18n gives each language's build the ``extra`` of its language over the site's. Other keys
(Material's and static-i18n's own) are left to them.
"""

from typing import Literal

from pydantic import ConfigDict, Field, ValidationError

from sitegen.errors import SiteDataError
from sitegen.local_format import CALENDARS
from sitegen.schema import NonEmptyText, StrictModel, describe_errors
from sitegen.security_headers import frame_ancestors


class SiteSettings(StrictModel):
    """What the engine reads from ``extra``, for the language being built."""

    model_config = ConfigDict(extra="ignore", strict=True, frozen=True)

    # What the quiz tells readers to call in an emergency.
    emergency_number: NonEmptyText
    # The condition the pages are about (schema.org MedicalWebPage).
    condition: NonEmptyText
    # The calendar dates are written in for readers.
    calendar: Literal[CALENDARS] = "gregorian"  # type: ignore[valid-type]
    # Whether this language's pages fetch the site's web fonts early (they use them at once).
    preload_fonts: bool = False
    # Sites that may frame the embeds (checked by security_headers.frame_ancestors).
    embed_frame_ancestors: list = Field(default_factory=lambda: ["*"])


# Settings in a language's own words or for its readers' country: each language other than the default
# states them itself (static-i18n would quietly give it the default language's).
OWN_SETTINGS = ("emergency_number", "condition")


def own_settings_problems(language_extra: dict | None, language: str) -> list[str]:
    """What a language other than the default leaves to the default's settings that it must state itself."""
    return [
        f"mkdocs.yml: plugins.i18n.languages[{language}].extra.{name}: required for each language "
        "(in its own words, for its readers' country), not taken from the site's"
        for name in OWN_SETTINGS
        if name not in (language_extra or {})
    ]


def site_settings(extra: dict, language: str) -> SiteSettings:
    """The language's settings, checked.

    Raises:
        SiteDataError: One message per problem: ``mkdocs.yml: extra.condition: field required (language 'fa')``.
    """
    try:
        settings = SiteSettings.model_validate(dict(extra))
        frame_ancestors(settings.embed_frame_ancestors, "extra.embed_frame_ancestors")
        return settings
    except ValidationError as error:
        problems = [problem.replace(": ", ": extra.", 1) for problem in describe_errors(error, "mkdocs.yml")]
    except SiteDataError as error:
        problems = error.problems
    raise SiteDataError([f"{problem} (language {language!r})" for problem in problems])
