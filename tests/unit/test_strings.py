import pytest

from sitegen.errors import SiteDataError
from sitegen.strings import load_strings


def test_strings_are_returned_per_language(data_file):
    root = data_file("strings.yml", "hello:\n  en: Hello\n  fa: سلام\n")
    assert load_strings(root, ["en", "fa"]) == {"en": {"hello": "Hello"}, "fa": {"hello": "سلام"}}


def test_every_problem_is_reported_at_once_with_file_and_field(data_file):
    root = data_file("strings.yml", "hello:\n  en: Hello\nbye:\n  en: ''\n  fa: 3\nlist: [a]\n")
    with pytest.raises(SiteDataError) as error:
        load_strings(root, ["en", "fa"])
    assert error.value.problems == [
        "data/strings.yml: hello.fa: field required",
        "data/strings.yml: bye.en: expected non-empty text",
        "data/strings.yml: bye.fa: expected non-empty text",
        "data/strings.yml: list: expected a mapping of language to text",
    ]


@pytest.mark.parametrize(
    ("text", "message"),
    [
        ("- a\n- b\n", "data/strings.yml: expected a mapping at the top level"),
        ("a: [\n", "data/strings.yml: cannot be read as YAML"),
    ],
)
def test_a_malformed_file_is_a_clear_error(data_file, text, message):
    with pytest.raises(SiteDataError, match=message.replace(".", r"\.")):
        load_strings(data_file("strings.yml", text), ["en"])


def test_a_missing_file_is_a_clear_error(tmp_path):
    with pytest.raises(SiteDataError, match=r"^data/strings\.yml: file not found$"):
        load_strings(tmp_path, ["en"])
