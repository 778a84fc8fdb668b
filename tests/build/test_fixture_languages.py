"""Adding a language is configuration, content and strings; a missing translation fails the build."""

import yaml

from sitegen.strings import STRINGS
from tests.build.fixture_site import DATA, QUIZ_FILE, with_language, write_site
from tests.htmlscan import scan
from tests.sitebuild import build_errors, build_site

THREE = {"en": "English", "fa": "فارسی", "ar": "العربية"}


def test_a_third_language_builds_with_no_code_change(tmp_path, site_strings):
    config = write_site(tmp_path, THREE, with_language(site_strings, "ar"))
    site = build_site(config, tmp_path / "site")
    page = scan(site / "ar" / "causes" / "index.html")
    assert {key: page.html_attrs[key] for key in ("lang", "dir")} == {"lang": "ar", "dir": "rtl"}
    assert "Text of causes.md in ar." in page.text
    assert " ".join(f"[ar] {site_strings['disclaimer_text']['en']}".split()) in page.text
    assert set(page.alternates) == {"en", "fa"}
    assert f"[ar] {site_strings['not_found_title']['en']}" in scan(site / "ar" / "404.html").text
    assert scan(site / "fa" / "404.html").html_attrs["lang"] == "fa"


def test_a_missing_page_translation_fails_the_build_naming_page_and_language(tmp_path, site_strings, caplog):
    config = write_site(tmp_path, THREE, with_language(site_strings, "ar"))
    (tmp_path / "docs" / "fa" / "causes.md").unlink()
    (tmp_path / "docs" / "en" / "index.md").unlink()
    assert build_errors(config, tmp_path / "site", caplog) == [
        "docs/en/index.md: missing translation: the page 'index.md' exists in fa, ar but not in 'en'",
        "docs/fa/causes.md: missing translation: the page 'causes.md' exists in en, ar but not in 'fa'",
    ]


def test_a_missing_interface_string_fails_the_build_naming_file_and_field(tmp_path, site_strings, caplog):
    config = write_site(tmp_path, THREE, site_strings)
    assert build_errors(config, tmp_path / "site", caplog) == [
        f"data/strings.yml: {key}.ar: field required" for key in STRINGS
    ]


def _without(data, code: str):
    """Data with the texts of language ``code`` taken out."""
    if isinstance(data, list):
        return [_without(item, code) for item in data]
    if isinstance(data, dict):
        return {key: _without(value, code) for key, value in data.items() if key != code}
    return data


def test_every_missing_translation_of_every_file_comes_in_one_build_named_by_id(tmp_path, site_strings, caplog):
    config = write_site(tmp_path, THREE, site_strings)
    # The translated data files (a site may have no diagrams).
    translated = [name for name in ("data/routines.yml", QUIZ_FILE, "data/diagrams.yml") if (tmp_path / name).is_file()]
    for name in translated:
        path = tmp_path / name
        path.write_text(
            yaml.safe_dump(_without(yaml.safe_load(path.read_text(encoding="utf-8")), "ar")), encoding="utf-8"
        )
    errors = build_errors(config, tmp_path / "site", caplog)
    assert {error.split(":")[0] for error in errors} == {"data/strings.yml", *translated}
    routines = yaml.safe_load((DATA / "routines.yml").read_text(encoding="utf-8"))["routines"]
    quiz = yaml.safe_load((DATA.parent / QUIZ_FILE).read_text(encoding="utf-8"))
    assert {f"data/routines.yml: routines[{routine['id']}].title.ar: field required" for routine in routines} <= set(
        errors
    )
    assert f"{QUIZ_FILE}: tiers[{quiz['tiers'][0]['id']}].title.ar: field required" in errors
    assert f"data/strings.yml: {next(iter(STRINGS))}.ar: field required" in errors
