"""The sitemap lists every page of both languages, with its review date and its language alternates."""

import re

import yaml

from tests import site_under_test
from tests.build.site_pages import LANGUAGES, page_slugs, site_url


def test_every_page_of_both_languages_is_listed_with_alternates_and_review_date(site_dir):
    xml = (site_dir / "sitemap.xml").read_text(encoding="utf-8")
    entries = re.findall(r"<url>(.*?)</url>", xml, re.S)
    listed = {}
    for entry in entries:
        location = re.search(r"<loc>([^<]+)</loc>", entry).group(1)
        listed[location] = {
            "lastmod": re.search(r"<lastmod>([^<]+)</lastmod>", entry).group(1),
            "alternates": dict(re.findall(r'hreflang="([^"]+)" href="([^"]+)"', entry)),
        }
    SITE = site_url()
    expected = {}
    for language, (prefix, _) in LANGUAGES.items():
        for slug in page_slugs():
            source = site_under_test.root() / "docs" / language / f"{slug.strip('/') or 'index'}.md"
            reviewed = yaml.safe_load(source.read_text(encoding="utf-8").split("---\n")[1])["reviewed"]
            expected[f"{SITE}{prefix}{slug}"] = {
                "lastmod": reviewed.isoformat(),
                "alternates": {code: f"{SITE}{other}{slug}" for code, (other, _) in LANGUAGES.items()}
                | {"x-default": f"{SITE}{slug}"},
            }
    assert listed == expected


def test_robots_txt_lets_crawlers_in_and_names_the_sitemap(site_dir):
    assert (site_dir / "robots.txt").read_text(encoding="utf-8") == (
        f"User-agent: *\nAllow: /\n\nSitemap: {site_url()}sitemap.xml\n"
    )
