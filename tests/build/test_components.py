"""A component block naming something that does not exist fails the build, naming the page and the id."""

import pytest

from tests.build.fixture_site import QUIZ, ROUTINE, write_site
from tests.sitebuild import build_errors

CASES = {
    "diagram": "docs/en/index.md: /// diagram | hand: unknown diagram: no diagram with id 'hand' in data/diagrams.yml",
    "routine": "docs/en/index.md: /// routine | hand: unknown routine: no routine with id 'hand' in data/routines.yml",
    "quiz": f"docs/en/index.md: /// quiz | hand: unknown quiz: no data/quizzes/hand.yml (the site's quizzes: {QUIZ})",
}


@pytest.mark.parametrize("kind", CASES)
def test_an_unknown_id_fails_the_build(tmp_path, site_strings, caplog, kind):
    config = write_site(tmp_path, {"en": "English"}, site_strings, markdown=f"/// {kind} | hand\n///\n")
    assert CASES[kind] in build_errors(config, tmp_path / "site", caplog)


def test_a_block_with_content_fails_the_build(tmp_path, site_strings, caplog):
    config = write_site(tmp_path, {"en": "English"}, site_strings, markdown=f"/// routine | {ROUTINE}\nMore.\n///\n")
    assert (
        "docs/en/index.md: line 12: a component block takes no content or options, only its closing '///'"
        in build_errors(config, tmp_path / "site", caplog)
    )
