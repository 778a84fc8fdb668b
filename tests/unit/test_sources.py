import pytest

from sitegen.errors import SiteDataError
from sitegen.sources import Source, load_sources

NHS = "nhs:\n  publisher: NHS\n  title: Heel pain\n  url: https://nhs.uk/\n  language: en\n"


def test_sources_load_by_id(data_file):
    assert load_sources(data_file("sources.yml", NHS)) == {
        "nhs": Source("nhs", "NHS", "Heel pain", "https://nhs.uk/", "en")
    }


def test_a_source_may_be_marked_as_giving_doses_and_its_citation_does_not_say_so(data_file):
    source = load_sources(data_file("sources.yml", NHS + "  gives_doses: true\n"))["nhs"]
    assert source.gives_doses
    assert source.citation() == {
        "id": "nhs",
        "publisher": "NHS",
        "title": "Heel pain",
        "url": "https://nhs.uk/",
        "language": "en",
    }


@pytest.mark.parametrize(
    ("text", "problems"),
    [
        (
            "a:\n  title: T\n  url: http://x/\n  language: en\n  year: 2020\nb: text\n",
            [
                "data/sources.yml: a.publisher: field required",
                "data/sources.yml: a.url: string should match pattern '^https://[^\\s\\\"'<>]+$', got 'http://x/'",
                "data/sources.yml: a.year: unknown field",
                "data/sources.yml: b: expected a mapping of fields, got 'text'",
            ],
        ),
        (
            NHS + "nhs:\n  publisher: Other\n  title: T\n  url: https://other.test/\n  language: en\n",
            ["data/sources.yml: line 6: key 'nhs' is written twice (first on line 1)"],
        ),
        (
            NHS.replace("language: en", "language: english"),
            ["data/sources.yml: nhs.language: expected a language code such as en or fa, got 'english'"],
        ),
        (
            NHS + "  gives_doses: often\n",
            ["data/sources.yml: nhs.gives_doses: input should be a valid boolean, got 'often'"],
        ),
        (
            NHS.replace("language: en", "language: xx"),
            ["data/sources.yml: nhs.language: expected a language code such as en or fa, got 'xx'"],
        ),
        (
            NHS.replace("https://nhs.uk/", '"https://nhs.uk/\\" onclick=\\"x"'),
            [
                "data/sources.yml: nhs.url: string should match pattern '^https://[^\\s\\\"'<>]+$', "
                "got 'https://nhs.uk/\" onclick=\"x'"
            ],
        ),
    ],
    ids=["fields", "id twice", "language name", "gives doses not yes or no", "unknown language", "quote in url"],
)
def test_every_problem_is_reported_with_file_and_field(data_file, text, problems):
    with pytest.raises(SiteDataError) as error:
        load_sources(data_file("sources.yml", text))
    assert error.value.problems == problems
