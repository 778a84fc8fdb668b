from pathlib import Path

import pytest
import yaml

from tests.sitebuild import ROOT, build_site

# Reviews are checked against this date, never today's, so the suite does not age.
TODAY = "2026-12-01"


@pytest.fixture(scope="session")
def build_cache(tmp_path_factory) -> Path:
    """The builds' cache folder for the session (never the checkout's own .cache)."""
    return tmp_path_factory.mktemp("cache")


@pytest.fixture(scope="session")
def site_dir(tmp_path_factory, build_cache) -> Path:
    """The real site, built once per test session with `--strict`."""
    with pytest.MonkeyPatch.context() as patch:
        patch.setenv("SITE_TODAY", TODAY)
        patch.setenv("SITE_CACHE_DIR", str(build_cache))
        patch.delenv("SITE_SKIP_HANDOUTS", raising=False)
        return build_site(ROOT / "mkdocs.yml", tmp_path_factory.mktemp("site") / "site")


@pytest.fixture(scope="session")
def site_strings() -> dict:
    return yaml.safe_load((ROOT / "data" / "strings.yml").read_text(encoding="utf-8"))


@pytest.fixture(autouse=True)
def _no_real_today(monkeypatch, build_cache):
    """Builds inside tests see the fixed date and the session's cache, and small fixture sites skip the
    PDF handouts (the real site's build makes them, and tests/build/test_handouts.py checks them)."""
    monkeypatch.setenv("SITE_TODAY", TODAY)
    monkeypatch.setenv("SITE_CACHE_DIR", str(build_cache))
    monkeypatch.setenv("SITE_SKIP_HANDOUTS", "1")
