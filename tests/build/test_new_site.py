"""`python -m sitegen new` starts a site on another topic that builds strictly at once, with no word of heel pain."""

import os
import re
import subprocess
import sys
from datetime import date

import pytest
import yaml

from sitegen.errors import SiteDataError
from sitegen.new_site import engine_strings, new_site
from tests.sitebuild import ROOT, TODAY, build_site

# Words of the heel-pain site that a site on another topic must not carry (English and Persian).
TOPIC_WORDS = re.compile(r"\b(heel|plantar|fascia|fasciitis|foot|feet|achilles)\b|پاشنه|فاسیا|کف پا", re.I)
LANGUAGES = {"en": "", "fa": "fa/"}
PAGES = ("", "exercises/", "when-to-get-help/")


def _new(folder, *options, today: str) -> subprocess.CompletedProcess:
    """Run the command as a user does, on the date ``today`` (SITE_TODAY)."""
    return subprocess.run(
        [sys.executable, "-m", "sitegen", "new", str(folder), *options],
        capture_output=True,
        text=True,
        env=os.environ | {"SITE_TODAY": today},
    )


@pytest.fixture(scope="module")
def new_site_dir(tmp_path_factory):
    """A site made by the command (as a user runs it), built with its handouts."""
    folder = tmp_path_factory.mktemp("new") / "knee"
    made = _new(folder, "--languages", "en,fa", "--title", "Knee pain", today=TODAY)
    assert made.returncode == 0, made.stderr
    with pytest.MonkeyPatch.context() as patch:
        patch.setenv("SITE_TODAY", TODAY)
        patch.setenv("SITE_CACHE_DIR", str(tmp_path_factory.mktemp("new-cache")))
        patch.delenv("SITE_SKIP_HANDOUTS", raising=False)
        return folder, build_site(folder / "mkdocs.yml", folder / "site")


def test_the_new_site_holds_only_its_own_files(new_site_dir):
    folder, _ = new_site_dir
    files = sorted(path.relative_to(folder).as_posix() for path in folder.rglob("*") if path.is_file())
    own = [name for name in files if not name.startswith("site/")]
    assert own == [
        "data/quizzes/when-to-get-help.yml",
        "data/routines.yml",
        "data/search.yml",
        "data/sources.yml",
        "data/strings.yml",
        *(
            f"docs/{language}/{page}"
            for language in LANGUAGES
            for page in ("exercises.md", "index.md", "when-to-get-help.md")
        ),
        "mkdocs.yml",
        "overrides/assets/images/favicon.svg",
        "translations.lock.yml",
    ]
    config = yaml.safe_load(re.sub(r"!!python\S*", "", (folder / "mkdocs.yml").read_text(encoding="utf-8")))
    assert config["INHERIT"] == (ROOT / "engine.yml").as_posix()
    assert config["hooks"] == [(ROOT / "hooks" / "site.py").as_posix()]


def test_the_new_site_shows_its_routine_quiz_handouts_and_embeds_in_each_language(new_site_dir):
    _, site = new_site_dir
    for language, prefix in LANGUAGES.items():
        exercises = (site / prefix / "exercises" / "index.html").read_text(encoding="utf-8")
        assert 'id="routine-example-exercise"' in exercises and f'<html lang="{language}"' in exercises
        quiz = (site / prefix / "when-to-get-help" / "index.html").read_text(encoding="utf-8")
        # Its tier "see-a-doctor" looks as its severity says, whatever it is called.
        assert "data-quiz" in quiz and "quiz__outcome--soon" in quiz and "quiz__outcome--see-a-doctor" not in quiz
        assert sorted(path.name for path in (site / prefix / "handouts").glob("*.pdf")) == [
            "booklet.pdf",
            "exercises.pdf",
            "index.pdf",
            "when-to-get-help.pdf",
        ]
        for embed in ("page/index", "routine/example-exercise", "quiz/when-to-get-help"):
            assert (site / prefix / "embed" / embed / "index.html").is_file(), (language, embed)
    persian = (site / "fa" / "index.html").read_text(encoding="utf-8")
    assert 'dir="rtl"' in persian and "Text: CC BY" not in persian
    assert 'متن: <span lang="en" dir="ltr">CC BY 4.0</span>' in persian


def test_the_new_site_carries_no_word_of_heel_pain(new_site_dir):
    folder, site = new_site_dir
    texts = [
        path for path in folder.rglob("*") if path.suffix in {".md", ".yml", ".html", ".json", ".xml", ".txt", ".svg"}
    ]
    found = {
        path.relative_to(folder).as_posix(): sorted({m.group(0) for m in TOPIC_WORDS.finditer(path.read_text("utf-8"))})
        for path in texts
        if TOPIC_WORDS.search(path.read_text(encoding="utf-8"))
    }
    assert found == {}


def test_a_language_without_interface_strings_is_refused_with_every_string_named(tmp_path):
    with pytest.raises(SiteDataError) as error:
        new_site(tmp_path / "site", ["en", "de"], "Knie", "https://knie.example/", date(2026, 12, 1))
    strings = engine_strings()
    assert error.value.problems[: len(strings)] == [
        f"data/strings.yml: {key}.de: no text in this language yet (translate it from '{texts['en']}')"
        for key, texts in strings.items()
    ]
    assert error.value.problems[len(strings) :] == [
        "hooks/sitegen/starter: no example pages in 'de' yet (docs/de/ and the texts of data/)"
    ]
    assert not (tmp_path / "site").exists()


def test_the_example_pages_are_reviewed_on_the_day_the_site_is_made(tmp_path):
    made = _new(tmp_path / "site", "--languages", "en", today="2031-05-04")
    assert made.returncode == 0, made.stderr
    front_matter = yaml.safe_load((tmp_path / "site" / "docs" / "en" / "index.md").read_text().split("---")[1])
    assert (front_matter["reviewed"], front_matter["next_review"]) == (date(2031, 5, 4), date(2032, 5, 4))


def test_a_malformed_date_to_make_the_site_on_is_named(tmp_path):
    made = _new(tmp_path / "site", today="4 May 2031")
    assert (made.returncode, made.stderr.strip()) == (1, "SITE_TODAY: expected a date YYYY-MM-DD, got '4 May 2031'")
    assert not (tmp_path / "site").exists()
