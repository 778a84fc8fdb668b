"""The interface strings: exactly the keys the templates print, every language, the right placeholders."""

import re

import pytest
import yaml

from sitegen.errors import SiteDataError
from sitegen.strings import STRINGS, load_strings
from tests.sitebuild import ROOT

REAL = (ROOT / "data" / "strings.yml").read_text(encoding="utf-8")


def _problems(data_file, text: str, languages=("en", "fa")) -> list[str]:
    with pytest.raises(SiteDataError) as error:
        load_strings(data_file("strings.yml", text), list(languages))
    return error.value.problems


def test_the_real_strings_load_in_every_language(data_file):
    strings = load_strings(data_file("strings.yml", REAL), ["en", "fa"])
    assert set(strings["en"]) == set(strings["fa"]) == set(STRINGS)


def test_the_templates_print_exactly_the_strings_the_engine_knows():
    used = set()
    for template in (ROOT / "overrides").glob("**/*"):
        if template.suffix in (".html", ".svg"):
            text = template.read_text(encoding="utf-8")
            used |= set(re.findall(r"\bui\.([a-z_]+)", text))
            for prefix in re.findall(r'\bui\["([a-z_]+)" ~', text):
                used |= {key for key in STRINGS if key.startswith(prefix)}
    for module in (ROOT / "hooks").glob("**/*.py"):
        used |= set(re.findall(r'\["([a-z_]+)"\]', module.read_text(encoding="utf-8"))) & set(STRINGS)
    assert used == set(STRINGS)


@pytest.mark.parametrize(
    ("change", "problems"),
    [
        (
            lambda text: text.replace("quiz_or:", "quiz_orr:"),
            [
                "data/strings.yml: quiz_or: field required",
                "data/strings.yml: quiz_orr: unknown field",
            ],
        ),
        (
            lambda text: text + "not_found_title:\n  en: Again\n  fa: دوباره\n",
            [
                f"data/strings.yml: line {REAL.count(chr(10)) + 1}: key 'not_found_title' is written twice (first on line 14)"
            ],
        ),
        (
            lambda text: text.replace('  fa: "پرسش {n} از {total}"', '  fa: "پرسش {n} از {totl}"'),
            [
                "data/strings.yml: quiz_progress.fa: unknown placeholder {totl} (expected {n}, {total})",
                "data/strings.yml: quiz_progress.fa: placeholder {total} missing",
            ],
        ),
        (
            lambda text: text.replace("  en: Page not found", "  en: Page {name} not found"),
            ["data/strings.yml: not_found_title.en: unknown placeholder {name} (this text takes none)"],
        ),
        (
            lambda text: text.replace("  fa: صفحه پیدا نشد\n", ""),
            ["data/strings.yml: not_found_title.fa: field required"],
        ),
        (
            lambda text: text.replace("  en: Page not found", "  en: ''"),
            ["data/strings.yml: not_found_title.en: expected non-empty text, got ''"],
        ),
        (
            lambda text: text.replace("  en: Page not found", "  en: 404"),
            ["data/strings.yml: not_found_title.en: input should be a valid string, got 404"],
        ),
    ],
    ids=["misspelt key", "key twice", "placeholder typo", "unknown placeholder", "missing language", "empty", "number"],
)
def test_each_mistake_in_the_strings_is_named(data_file, change, problems):
    assert _problems(data_file, change(REAL)) == problems


@pytest.mark.parametrize(
    ("text", "message"),
    [
        ("- a\n- b\n", "data/strings.yml: expected a mapping at the top level"),
        ("a: [\n", "data/strings.yml: line 2: did not find expected node content"),
    ],
)
def test_a_malformed_file_is_a_clear_error(data_file, text, message):
    assert _problems(data_file, text, ["en"]) == [message]


def test_a_missing_file_is_a_clear_error(tmp_path):
    with pytest.raises(SiteDataError, match=r"^data/strings\.yml: file not found$"):
        load_strings(tmp_path, ["en"])


def test_the_real_file_has_no_key_twice():
    keys = re.findall(r"^([a-z_]+):", REAL, re.M)
    assert len(keys) == len(set(keys)) == len(yaml.safe_load(REAL))
