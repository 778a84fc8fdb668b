from pathlib import Path
from types import SimpleNamespace

from sitegen.mkdocs_adapter import cache_dir, site_root


def test_the_site_root_is_absolute_when_mkdocs_is_given_a_relative_config_path(tmp_path, monkeypatch):
    """`mkdocs build -f mkdocs.yml` gives a relative path; the docs folder is absolute."""
    monkeypatch.chdir(tmp_path)
    assert site_root(SimpleNamespace(config_file_path="mkdocs.yml")) == tmp_path


def test_the_cache_is_beside_mkdocs_yml_unless_site_cache_dir_says_where(tmp_path, monkeypatch):
    config = SimpleNamespace(config_file_path=str(tmp_path / "mkdocs.yml"))
    monkeypatch.delenv("SITE_CACHE_DIR", raising=False)
    assert cache_dir(config) == tmp_path / ".cache"
    monkeypatch.setenv("SITE_CACHE_DIR", "/elsewhere/cache")
    assert cache_dir(config) == Path("/elsewhere/cache")
