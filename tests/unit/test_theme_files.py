import pytest

from sitegen.theme_files import is_template_source

THEME = "/site/overrides"


@pytest.mark.parametrize(
    ("path", "template_source"),
    [
        ("print/handout.css", True),
        ("headers/_headers", True),
        ("illustrations/heel-raise.svg", True),
        ("diagrams/foot.svg", True),
        ("assets/stylesheets/site.css", False),
        ("api/v1/page.schema.json", False),
        ("printing/notes.css", False),
        ("../print/elsewhere.css", False),
    ],
)
def test_only_files_in_template_source_folders_are_kept_from_the_site(path, template_source):
    assert is_template_source(f"{THEME}/{path}", [THEME]) is template_source
