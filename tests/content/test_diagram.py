"""The labelled diagrams: in-house SVGs whose words come from data/diagrams.yml, in every language."""

import pytest

from tests import site_under_test
from tests.build.site_pages import LANGUAGES

DIAGRAMS = site_under_test.data("diagrams")


@pytest.mark.parametrize("language", LANGUAGES)
def test_the_overview_shows_the_foot_diagram_in_its_language(site_dir, language):
    html = (site_dir / LANGUAGES[language][0] / "index.html").read_text(encoding="utf-8")
    foot = DIAGRAMS["foot"]
    assert 'role="img" aria-labelledby="foot-diagram-title"' in html
    assert f'<title id="foot-diagram-title">{foot["title"][language]}</title>' in html
    for label in foot["labels"].values():
        assert f">{label[language]}</text>" in html
    assert f"<figcaption>{foot['caption'][language]}</figcaption>" in html
