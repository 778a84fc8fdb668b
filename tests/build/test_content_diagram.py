"""The labelled foot diagram: an in-house SVG whose words come from the strings, in both languages."""

import pytest

from tests.build.site_pages import LANGUAGES

LABELS = ("foot_calf", "foot_achilles", "foot_heel_bone", "foot_plantar_fascia", "foot_arch")


@pytest.mark.parametrize("language", LANGUAGES)
def test_the_overview_shows_the_foot_diagram_in_its_language(site_dir, site_strings, language):
    html = (site_dir / LANGUAGES[language][0] / "index.html").read_text(encoding="utf-8")
    title = site_strings["foot_diagram_title"][language]
    assert 'role="img" aria-labelledby="foot-diagram-title"' in html
    assert f'<title id="foot-diagram-title">{title}</title>' in html
    for label in LABELS:
        assert f">{site_strings[label][language]}</text>" in html
    assert f"<figcaption>{site_strings['foot_diagram_caption'][language]}</figcaption>" in html
