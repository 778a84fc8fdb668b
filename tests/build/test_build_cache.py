"""What a build keeps in its cache folder for the next: compiled templates (fonts: tests/unit/test_fonts.py)."""

import shutil

import yaml

from tests.build.fixture_site import write_site
from tests.sitebuild import ROOT, build_site


def test_a_rebuild_compiles_only_the_template_that_changed(tmp_path, site_strings, monkeypatch):
    theme = tmp_path / "theme"
    shutil.copytree(ROOT / "overrides", theme)
    config = write_site(tmp_path / "source", {"en": "English"}, site_strings)
    settings = yaml.safe_load(config.read_text(encoding="utf-8"))
    config.write_text(yaml.safe_dump(settings | {"theme": {"custom_dir": str(theme)}}), encoding="utf-8")
    cache = tmp_path / "cache"
    monkeypatch.setenv("SITE_CACHE_DIR", str(cache))

    build_site(config, tmp_path / "first")
    compiled = {path.name: path.read_bytes() for path in (cache / "templates").iterdir()}
    assert len(compiled) > 20  # Material's templates and ours

    disclaimer = theme / "partials" / "disclaimer.html"
    disclaimer.write_text(disclaimer.read_text(encoding="utf-8").replace("site-disclaimer", "site-disclaimer edited"))
    build_site(config, tmp_path / "second")
    assert 'class="site-disclaimer edited"' in (tmp_path / "second" / "index.html").read_text(encoding="utf-8")
    recompiled = {path.name: path.read_bytes() for path in (cache / "templates").iterdir()}
    assert recompiled.keys() == compiled.keys()
    assert len([name for name in compiled if compiled[name] != recompiled[name]]) == 1


def test_a_cache_that_cannot_be_used_costs_only_speed(tmp_path, site_strings, monkeypatch, caplog):
    """A cache folder that cannot be made (here a file stands in its way): one warning, a complete build."""
    config = write_site(tmp_path / "source", {"en": "English"}, site_strings)
    blocked = tmp_path / "not-a-folder"
    blocked.write_text("")
    monkeypatch.setenv("SITE_CACHE_DIR", str(blocked / "cache"))
    with caplog.at_level("WARNING", logger="sitegen.cache"):
        build_site(config, tmp_path / "site")
    assert (tmp_path / "site" / "index.html").is_file()
    warnings = [record.getMessage() for record in caplog.records if record.name == "sitegen.cache"]
    assert len(warnings) == 1 and "build cache not used" in warnings[0]
