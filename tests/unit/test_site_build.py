"""The typed build: every data file loaded once, their problems reported together; the registry and step order."""

import shutil
from pathlib import Path

import pytest

from sitegen import post_build
from sitegen.component_kinds import KIND_NAMES, KINDS
from sitegen.errors import SiteDataError
from sitegen.languages import Language, SiteLanguages
from sitegen.settings import site_settings
from sitegen.site_build import Place, load_build
from tests import site_under_test
from tests.sitebuild import ROOT

LANGUAGES = SiteLanguages(
    (Language("en", "English", ""), Language("fa", "فارسی", "fa/")), Language("fa", "فارسی", "fa/")
)


def _place(root: Path) -> Place:
    return Place(
        root, "docs", root / "site", root / "overrides", root / ".cache", "Site", "https://site.test/", "", (), (), True
    )


def _load(root: Path):
    settings = site_settings({"emergency_number": "115", "condition": "A condition"}, "fa")
    return load_build(_place(root), LANGUAGES, settings, ())


@pytest.fixture
def site_root(tmp_path):
    shutil.copytree(site_under_test.root() / "data", tmp_path / "data")
    (tmp_path / "docs").mkdir()
    return tmp_path


def test_every_data_file_is_loaded_once_for_the_build(site_root):
    build = _load(site_root)
    assert build.language == "fa"
    assert set(build.strings) == {"en", "fa"} and build.ui is build.strings["fa"]
    assert set(build.routines) and set(build.sources) and build.quizzes
    assert all(quiz.questions for quiz in build.quizzes.values())


def test_problems_of_several_data_files_come_in_one_message(site_root):
    (site_root / "data/sources.yml").write_text("one:\n  title: x\none:\n  title: y\n", encoding="utf-8")
    quiz = min((site_root / "data/quizzes").glob("*.yml"))
    quiz.write_text(quiz.read_text(encoding="utf-8") + "\nunexpected: 1\n", encoding="utf-8")
    with pytest.raises(SiteDataError) as error:
        _load(site_root)
    files = {problem.split(":")[0] for problem in error.value.problems}
    assert files == {"data/sources.yml", quiz.relative_to(site_root).as_posix()}


def test_each_component_kind_is_named_once_and_has_its_template():
    assert KIND_NAMES == tuple(kind.name for kind in KINDS)
    assert len(set(KIND_NAMES)) == len(KIND_NAMES)
    for kind in KINDS:
        assert (ROOT / "overrides" / kind.template).is_file(), kind.template
        assert (kind.embed_heading_level is None) == (kind.frame_height is None), kind.name


def test_post_build_steps_run_after_what_they_read():
    steps = post_build.STEPS
    # Sizes filled into the pages before their scripts are hashed and their characters counted.
    assert steps.index(post_build.render_handouts) < steps.index(post_build.write_headers)
    assert steps.index(post_build.render_handouts) < steps.index(post_build.cut_fonts)
    # The search indexes hold characters the fonts must keep.
    assert steps.index(post_build.split_search_index) < steps.index(post_build.cut_fonts)
    # Material's stylesheet is cut by the class names of the final pages.
    assert steps[-1] == post_build.fit_theme_assets
