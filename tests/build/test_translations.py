"""Translations that stay true: an English edit shows up in the status, on the page, its handout and
its embed; strict builds refuse it; marking clears it; white space and review dates never count."""

import subprocess
import sys

import pytest
import yaml

from sitegen.translation_status import CURRENT, OUTDATED, mark, translation_statuses
from tests.build.fixture_site import QUIZ_FILE, ROUTINE, write_site
from tests.sitebuild import ROOT, build_errors, build_site

LANGUAGES = {"en": "English", "fa": "فارسی"}
NOTICE = 'data-translation-status="outdated"'


@pytest.fixture
def site(tmp_path, site_strings):
    """A two-language fixture site whose translations are all marked current, and its folder."""
    config = write_site(tmp_path / "site", LANGUAGES, site_strings, markdown=f"/// routine | {ROUTINE}\n///\n")
    root = config.parent
    mark(root, translation_statuses(root, "docs", list(LANGUAGES)))
    return config, root


def _statuses(root) -> dict[str, str]:
    return {item.item: item.status for item in translation_statuses(root, "docs", list(LANGUAGES))}


def _edit(path, old, new):
    text = path.read_text(encoding="utf-8")
    assert old in text
    path.write_text(text.replace(old, new), encoding="utf-8")


def _edit_data(path, change):
    data = yaml.safe_load(path.read_text(encoding="utf-8"))
    change(data)
    path.write_text(yaml.safe_dump(data, allow_unicode=True, sort_keys=False), encoding="utf-8")


def test_a_marked_site_is_current_and_builds_without_a_notice(site, tmp_path):
    config, root = site
    assert set(_statuses(root).values()) == {CURRENT}
    built = build_site(config, tmp_path / "out")
    assert NOTICE not in (built / "fa" / "index.html").read_text(encoding="utf-8")


def test_an_english_sentence_change_makes_its_translation_outdated_everywhere(site, tmp_path, monkeypatch):
    config, root = site
    _edit(root / "docs" / "en" / "causes.md", "Text of causes.md in en.", "Text of causes.md in en, changed.")
    statuses = translation_statuses(root, "docs", list(LANGUAGES))
    outdated = [item for item in statuses if item.status == OUTDATED]
    assert [item.item for item in outdated] == ["docs/fa/causes.md"]
    assert "-Text of causes.md in en." in outdated[0].diff and "+Text of causes.md in en, changed." in outdated[0].diff
    monkeypatch.delenv("SITE_SKIP_HANDOUTS")
    built = build_site(config, tmp_path / "out")
    page = (built / "fa" / "causes" / "index.html").read_text(encoding="utf-8")
    assert NOTICE in page and 'href="../../causes/"' in page
    assert NOTICE not in (built / "fa" / "index.html").read_text(encoding="utf-8")
    embed = (built / "fa" / "embed" / "page" / "causes" / "index.html").read_text(encoding="utf-8")
    assert NOTICE in embed and 'href="https://fixture.test/causes/"' in embed
    handout = subprocess.run(
        ["pdftotext", str(built / "fa" / "handouts" / "causes.pdf"), "-"], capture_output=True, text=True, check=True
    ).stdout
    assert "https://fixture.test/causes/" in handout


def test_strict_builds_refuse_an_outdated_translation_naming_it(site, tmp_path, caplog, monkeypatch):
    config, root = site
    _edit(root / "docs" / "en" / "causes.md", "Text of causes.md in en.", "New text.")
    monkeypatch.setenv("SITE_STRICT_TRANSLATIONS", "1")
    assert (
        "docs/fa/causes.md: outdated translation: its source changed since it was checked "
        "(scripts/translations.py status shows how; mark it once updated)"
    ) in build_errors(config, tmp_path / "out", caplog)


def test_marking_clears_it(site, tmp_path):
    config, root = site
    _edit(root / "docs" / "en" / "causes.md", "Text of causes.md in en.", "New text.")
    statuses = translation_statuses(root, "docs", list(LANGUAGES))
    mark(root, [item for item in statuses if item.item == "docs/fa/causes.md"])
    assert set(_statuses(root).values()) == {CURRENT}
    assert NOTICE not in (build_site(config, tmp_path / "out") / "fa" / "causes" / "index.html").read_text("utf-8")


@pytest.mark.parametrize(
    ("old", "new"),
    [
        ("Text of causes.md in en.", "Text  of\ncauses.md   in en.\n\n\n"),  # white space only
        ("reviewed: 2026-01-01", "reviewed: 2026-02-01"),  # a new review date
        ("next_review: 2027-01-01", "next_review: 2027-06-01"),
    ],
)
def test_white_space_and_dates_do_not_count(site, old, new):
    _, root = site
    _edit(root / "docs" / "en" / "causes.md", old, new)
    assert set(_statuses(root).values()) == {CURRENT}


def test_a_dose_change_outdates_the_routine_and_warns_on_the_page_that_shows_it(site, tmp_path):
    config, root = site
    _edit_data(root / "data" / "routines.yml", lambda data: data["routines"][0]["dose"].update(repetitions=15))
    assert {item for item, status in _statuses(root).items() if status == OUTDATED} == {f"data/routines.yml#{ROUTINE}"}
    built = build_site(config, tmp_path / "out")
    assert NOTICE in (built / "fa" / "index.html").read_text(encoding="utf-8")
    assert NOTICE not in (built / "index.html").read_text(encoding="utf-8")


def test_a_quiz_answer_change_outdates_its_question(site):
    _, root = site
    _edit_data(root / QUIZ_FILE, lambda data: data["questions"][0]["answers"][1]["text"].update(en="Changed answer"))
    first = yaml.safe_load((root / QUIZ_FILE).read_text(encoding="utf-8"))["questions"][0]["id"]
    assert {item for item, status in _statuses(root).items() if status == OUTDATED} == {
        f"{QUIZ_FILE}#questions[{first}]"
    }


def test_a_translation_stating_other_numbers_is_named(site):
    _, root = site
    _edit(root / "docs" / "fa" / "causes.md", "Text of causes.md in fa.", "Text of causes.md in fa, ۱۲ ماه.")
    [item] = [item for item in translation_statuses(root, "docs", list(LANGUAGES)) if item.problem]
    assert (item.item, item.problem) == ("docs/fa/causes.md", "states other numbers than its source")


def test_the_real_site_has_every_translation_current():
    result = subprocess.run(
        [sys.executable, str(ROOT / "scripts" / "translations.py"), "status"], capture_output=True, text=True
    )
    assert result.returncode == 0, result.stdout + result.stderr
    assert result.stdout.strip().endswith("translations") and " 0 to look at" in result.stdout


def test_a_page_not_translated_yet_is_missing(site):
    _, root = site
    (root / "docs" / "fa" / "causes.md").unlink()
    assert _statuses(root)["docs/fa/causes.md"] == "missing"


def test_marking_drops_what_no_longer_exists_from_the_lock_file(site):
    _, root = site
    statuses = translation_statuses(root, "docs", list(LANGUAGES))
    known = {item.item for item in statuses} - {"data/strings.yml#quiz_or"}
    mark(root, [item for item in statuses if item.item == "docs/fa/causes.md"], known=known)
    lock = yaml.safe_load((root / "translations.lock.yml").read_text(encoding="utf-8"))
    assert "data/strings.yml#quiz_or" not in lock["fa"] and "docs/fa/causes.md" in lock["fa"]
