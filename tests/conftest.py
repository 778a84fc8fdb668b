from pathlib import Path

import pytest
import yaml

from tests.sitebuild import ROOT, build_site


@pytest.fixture(scope="session")
def site_dir(tmp_path_factory) -> Path:
    """The real site, built once per test session with `--strict`."""
    return build_site(ROOT / "mkdocs.yml", tmp_path_factory.mktemp("site") / "site")


@pytest.fixture(scope="session")
def site_strings() -> dict:
    return yaml.safe_load((ROOT / "data" / "strings.yml").read_text(encoding="utf-8"))
