"""The same commit gives the same site, byte for byte, whatever day it is built: pages, sitemaps,
search indexes, fonts and PDFs. The second build has a cache of its own, so its fonts are made anew."""

from tests import site_under_test
from tests.build.site_pages import LANGUAGES, page_slugs
from tests.sitebuild import build_site


def test_two_builds_on_different_days_are_byte_identical(site_dir, tmp_path_factory, monkeypatch):
    monkeypatch.delenv("SITE_SKIP_HANDOUTS")
    monkeypatch.setenv("SITE_TODAY", "2027-03-01")
    monkeypatch.setenv("SITE_CACHE_DIR", str(tmp_path_factory.mktemp("cache-again")))
    again = build_site(site_under_test.root() / "mkdocs.yml", tmp_path_factory.mktemp("again") / "site")
    first = sorted(path.relative_to(site_dir) for path in site_dir.glob("**/*") if path.is_file())
    assert first == sorted(path.relative_to(again) for path in again.glob("**/*") if path.is_file())
    assert [path for path in first if (site_dir / path).read_bytes() != (again / path).read_bytes()] == []
    # A handout per page and a booklet, in each language.
    assert len([path for path in first if path.suffix == ".pdf"]) == (len(page_slugs()) + 1) * len(LANGUAGES)
