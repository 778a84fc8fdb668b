"""Build a MkDocs site in-process, strictly, the way `mkdocs build --strict` does."""

import logging
from pathlib import Path

import pytest
from mkdocs.commands.build import build
from mkdocs.config import load_config
from mkdocs.exceptions import Abort

ROOT = Path(__file__).resolve().parent.parent
# Reviews are checked against this date, never today's, so the suite does not age.
TODAY = "2026-12-01"


def build_site(config_file: Path, site_dir: Path, strict: bool = True) -> Path:
    """Build the site of ``config_file`` into ``site_dir``, in strict mode unless told otherwise.

    Raises:
        mkdocs.exceptions.Abort: On any warning (strict mode).
        mkdocs.exceptions.PluginError: On an error raised by a hook.
    """
    logging.getLogger("mkdocs").setLevel(logging.INFO)
    config = load_config(str(config_file), site_dir=str(site_dir), strict=strict)
    build(config)
    return site_dir


def build_errors(config_file: Path, site_dir: Path, caplog: pytest.LogCaptureFixture) -> list[str]:
    """Build a site that must fail and return the lines of the errors it logged."""
    with caplog.at_level(logging.ERROR, logger="mkdocs"), pytest.raises(Abort):
        build_site(config_file, site_dir)
    return [
        line
        for record in caplog.records
        if record.levelno >= logging.ERROR
        for line in record.getMessage().splitlines()
    ]
