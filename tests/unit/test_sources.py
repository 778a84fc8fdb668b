import pytest

from sitegen.errors import SiteDataError
from sitegen.sources import Source, load_sources


def test_sources_load_by_id(data_file):
    root = data_file(
        "sources.yml", "nhs:\n  publisher: NHS\n  title: Heel pain\n  url: https://nhs.uk/\n  language: en\n"
    )
    assert load_sources(root) == {"nhs": Source("nhs", "NHS", "Heel pain", "https://nhs.uk/", "en")}


def test_every_problem_is_reported_with_file_and_field(data_file):
    root = data_file("sources.yml", "a:\n  title: T\n  url: http://x/\n  language: en\n  year: 2020\nb: text\n")
    with pytest.raises(SiteDataError) as error:
        load_sources(root)
    assert error.value.problems == [
        "data/sources.yml: a.publisher: field required",
        "data/sources.yml: a.year: unknown field",
        "data/sources.yml: a.url: expected an https:// address",
        "data/sources.yml: b: expected a mapping of publisher, title, url, language",
    ]
