"""What each page tells search engines and link previews."""

import json
import re

import pytest
import yaml

from tests.build.site_pages import LANGUAGES, page_slugs
from tests.sitebuild import ROOT

CONDITION = {"en": "Plantar fasciitis", "fa": "التهاب فاسیای کف پا"}
LOCALE = {"en": "en_US", "fa": "fa_IR"}


@pytest.mark.parametrize("language", LANGUAGES)
@pytest.mark.parametrize("slug", page_slugs())
def test_page_has_open_graph_and_medical_web_page_data(site_dir, language, slug):
    prefix = LANGUAGES[language][0]
    html = (site_dir / prefix / slug / "index.html").read_text(encoding="utf-8")
    meta = yaml.safe_load(
        (ROOT / "docs" / language / f"{slug.strip('/') or 'index'}.md").read_text(encoding="utf-8").split("---\n")[1]
    )
    url = f"https://heelpain.example.org/{prefix}{slug}"
    properties = dict(re.findall(r'<meta property="(og:[a-z_]+)" content="([^"]*)">', html))
    assert properties == {
        "og:type": "article",
        "og:site_name": properties["og:site_name"],
        "og:title": meta["title"],
        "og:description": meta["description"],
        "og:url": url,
        "og:locale": LOCALE[language],
    }
    assert f'<link rel="canonical" href="{url}">' in html
    data = json.loads(re.search(r'<script type="application/ld\+json">(.*?)</script>', html).group(1))
    assert data["@type"] == "MedicalWebPage"
    assert (data["url"], data["inLanguage"], data["lastReviewed"]) == (url, language, meta["reviewed"].isoformat())
    assert data["about"] == {"@type": "MedicalCondition", "name": CONDITION[language]}
    assert data["audience"] == {"@type": "PatientsAudience"}


@pytest.mark.parametrize("language", LANGUAGES)
@pytest.mark.parametrize("slug", page_slugs())
def test_page_names_its_address_in_every_language_and_the_default_for_others(site_dir, language, slug):
    html = (site_dir / LANGUAGES[language][0] / slug / "index.html").read_text(encoding="utf-8")
    alternates = dict(re.findall(r'<link rel="alternate" hreflang="([a-z-]+)" href="([^"]+)">', html))
    expected = {code: f"https://heelpain.example.org/{prefix}{slug}" for code, (prefix, _) in LANGUAGES.items()}
    assert alternates == expected | {"x-default": expected["en"]}
