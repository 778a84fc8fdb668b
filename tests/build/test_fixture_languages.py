"""Adding a language is configuration, content and strings; a missing translation fails the build."""

from sitegen.strings import STRINGS
from tests.build.fixture_site import with_language, write_site
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
