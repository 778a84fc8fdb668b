import os
from pathlib import Path

import pytest

from tests import site_under_test
from tests.browser.fixtures import browser, clinic, page, site_url  # noqa: F401 (the browser tests' fixtures)
from tests.sitebuild import TODAY, build_site


def pytest_addoption(parser):
    parser.addoption(
        "--site",
        metavar="DIR",
        help="the site the engine tests build and read (default: this repository's; see tests/site_under_test.py)",
    )


def pytest_configure(config):
    if config.getoption("--site"):
        os.environ[site_under_test.ENV] = str(Path(config.getoption("--site")).resolve())


def pytest_ignore_collect(collection_path, config):
    """The content tests (tests/content) are this site's own: a run on another site leaves them out."""
    if config.getoption("--site") and collection_path == Path(__file__).parent / "content":
        return True
    return None


@pytest.fixture(scope="session")
def build_cache(tmp_path_factory) -> Path:
    """The builds' cache folder for the session (never the checkout's own .cache)."""
    return tmp_path_factory.mktemp("cache")


@pytest.fixture(scope="session")
def site_dir(tmp_path_factory, build_cache) -> Path:
    """The site under test, built once per test session with `--strict`."""
    with pytest.MonkeyPatch.context() as patch:
        patch.setenv("SITE_TODAY", TODAY)
        patch.setenv("SITE_CACHE_DIR", str(build_cache))
        patch.delenv("SITE_SKIP_HANDOUTS", raising=False)
        return build_site(site_under_test.root() / "mkdocs.yml", tmp_path_factory.mktemp("site") / "site")


@pytest.fixture(scope="session")
def site_strings() -> dict:
    return site_under_test.data("strings")


@pytest.fixture(autouse=True)
def _no_real_today(monkeypatch, build_cache):
    """Builds inside tests see the fixed date and the session's cache, and small fixture sites skip the
    PDF handouts (the real site's build makes them, and tests/build/test_handouts.py checks them)."""
    monkeypatch.setenv("SITE_TODAY", TODAY)
    monkeypatch.setenv("SITE_CACHE_DIR", str(build_cache))
    monkeypatch.setenv("SITE_SKIP_HANDOUTS", "1")
