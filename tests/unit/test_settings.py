"""The site's settings in mkdocs.yml (extra:), per language: every mistake named, with its language."""

import pytest

from sitegen.errors import SiteDataError
from sitegen.settings import own_settings_problems, site_settings

VALID = {"emergency_number": "115", "condition": "Plantar fasciitis", "alternate": [{"link": "/fa/"}]}


def test_settings_take_their_defaults_and_leave_other_keys_to_their_owners():
    settings = site_settings(VALID, "en")
    assert (settings.emergency_number, settings.condition) == ("115", "Plantar fasciitis")
    assert (settings.calendar, settings.preload_fonts, settings.embed_frame_ancestors) == ("gregorian", False, ["*"])
    assert site_settings(VALID | {"calendar": "persian"}, "fa").calendar == "persian"


@pytest.mark.parametrize(
    ("change", "problems"),
    [
        (
            {"emergency_number": None, "condition": " "},
            [
                "mkdocs.yml: extra.emergency_number: input should be a valid string, got None (language 'fa')",
                "mkdocs.yml: extra.condition: expected non-empty text, got ' ' (language 'fa')",
            ],
        ),
        (
            {"calendar": "jalali"},
            ["mkdocs.yml: extra.calendar: input should be 'gregorian' or 'persian', got 'jalali' (language 'fa')"],
        ),
        (
            {"preload_fonts": "a.woff2"},
            ["mkdocs.yml: extra.preload_fonts: input should be a valid boolean, got 'a.woff2' (language 'fa')"],
        ),
        (
            {"embed_frame_ancestors": ["https://a.test;", "*"]},
            [
                "mkdocs.yml: extra.embed_frame_ancestors[0]: expected *, 'self' or a site such as "
                "https://clinic.example (scheme, host and an optional port, nothing else), got 'https://a.test;' "
                "(language 'fa')"
            ],
        ),
    ],
    ids=["missing", "calendar", "fonts", "framing"],
)
def test_each_mistake_names_the_setting_and_the_language(change, problems):
    extra = {key: value for key, value in (VALID | change).items()}
    with pytest.raises(SiteDataError) as error:
        site_settings(extra, "fa")
    assert error.value.problems == problems


def test_a_language_without_a_required_setting_is_named():
    with pytest.raises(SiteDataError) as error:
        site_settings({"condition": "x"}, "de")
    assert error.value.problems == ["mkdocs.yml: extra.emergency_number: field required (language 'de')"]


def test_a_language_other_than_the_default_states_its_own_emergency_number_and_condition():
    assert own_settings_problems({"emergency_number": "115", "condition": "x", "calendar": "persian"}, "fa") == []
    assert own_settings_problems(None, "de") == [
        f"mkdocs.yml: plugins.i18n.languages[de].extra.{name}: required for each language "
        "(in its own words, for its readers' country), not taken from the site's"
        for name in ("emergency_number", "condition")
    ]
