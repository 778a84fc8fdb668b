"""The documented switch for fast previews: SITE_SKIP_HANDOUTS=1 builds the site without PDFs."""

import re
import threading

from tests.build.fixture_site import write_site
from tests.sitebuild import build_site


def test_handouts_can_be_skipped_for_a_preview(tmp_path, site_strings, caplog, monkeypatch):
    monkeypatch.setenv("SITE_SKIP_HANDOUTS", "1")
    site = build_site(write_site(tmp_path, {"en": "English", "fa": "فارسی"}, site_strings), tmp_path / "site")
    assert list(site.glob("**/*.pdf")) == []
    assert "PDF handouts skipped (SITE_SKIP_HANDOUTS is set)" in caplog.text


def test_handouts_are_made_when_not_skipped(tmp_path, site_strings, monkeypatch):
    monkeypatch.delenv("SITE_SKIP_HANDOUTS")
    site = build_site(write_site(tmp_path, {"en": "English", "fa": "فارسی"}, site_strings), tmp_path / "site")
    assert sorted(path.relative_to(site).as_posix() for path in site.glob("**/*.pdf")) == [
        "fa/handouts/booklet.pdf",
        "fa/handouts/causes.pdf",
        "fa/handouts/index.pdf",
        "handouts/booklet.pdf",
        "handouts/causes.pdf",
        "handouts/index.pdf",
    ]
    assert not (site / ".handouts-staging").exists()


def test_a_preview_renders_handouts_after_the_build_and_fills_their_sizes(tmp_path, site_strings, monkeypatch):
    """scripts/serve.sh: the pages are served at once, the PDFs and their sizes follow."""
    monkeypatch.delenv("SITE_SKIP_HANDOUTS")
    monkeypatch.setenv("SITE_BACKGROUND_HANDOUTS", "1")
    site = build_site(write_site(tmp_path, {"en": "English", "fa": "فارسی"}, site_strings), tmp_path / "site")
    for thread in threading.enumerate():
        if thread.name == "handouts":  # gone already if every PDF came from the cache
            thread.join(timeout=120)
            assert not thread.is_alive()
    assert len(list(site.glob("**/*.pdf"))) == 6
    page = (site / "causes" / "index.html").read_text(encoding="utf-8")
    assert "data-handout-size" not in page and re.search(r'site-handout__size">\d+ KB<', page)
