"""Both stretching pages carry the six routine cards, with the numbers of data/routines.yml."""

import json
import re

import pytest
import yaml

from tests.build.site_pages import LANGUAGES
from tests.sitebuild import ROOT
from tests.textscan import prose

ROUTINES = yaml.safe_load((ROOT / "data" / "routines.yml").read_text(encoding="utf-8"))["routines"]
CARD = re.compile(
    r'<section class="routine" id="routine-([a-z-]+)"[^>]*data-routine="\1" data-repetitions="(\d+)" '
    r"data-sets=\"(\d+)\"\s+data-phases='([^']+)'>"
)


def _cards(site_dir, language):
    html = (site_dir / LANGUAGES[language][0] / "exercises" / "index.html").read_text(encoding="utf-8")
    return [
        {"id": id_, "repetitions": int(reps), "sets": int(sets), "phases": json.loads(phases)}
        for id_, reps, sets, phases in CARD.findall(html)
    ]


@pytest.mark.parametrize("language", LANGUAGES)
def test_the_stretching_page_carries_every_routine_with_its_numbers(site_dir, language):
    assert _cards(site_dir, language) == [
        {
            "id": routine["id"],
            "repetitions": routine["dose"]["repetitions"],
            "sets": routine["dose"]["sets"],
            "phases": [{"action": p["action"], "seconds": p["seconds"]} for p in routine["dose"]["phases"]],
        }
        for routine in ROUTINES
    ]


@pytest.mark.parametrize("language", LANGUAGES)
def test_each_card_has_its_steps_and_accessible_drawing_in_the_page_language(site_dir, language):
    path = site_dir / LANGUAGES[language][0] / "exercises" / "index.html"
    html, text = path.read_text(encoding="utf-8"), " ".join(prose(path))
    for routine in ROUTINES:
        assert routine["title"][language] in text
        for step in routine["steps"]:
            assert " ".join(step[language].split()) in text
        drawing = re.search(rf'<title id="routine-{routine["id"]}-drawing">([^<]+)</title>', html)
        assert drawing and routine["title"][language] in drawing.group(1)
        assert f'role="img" aria-labelledby="routine-{routine["id"]}-drawing"' in html


def test_persian_cards_write_their_numbers_in_persian_digits(site_dir):
    text = " ".join(prose(site_dir / "fa" / "exercises" / "index.html"))
    assert "۱۰ ثانیه" in text
    assert "هفتهٔ ۳ تا ۴: ۴ نوبت ۱۰تایی" in text
    assert "دست‌کم ۳ بار در روز" in text


def test_the_heel_raise_programme_is_the_one_in_the_facts_file(site_dir):
    """facts.md section 5 (Rathleff 2015): every stage says when it starts."""
    text = " ".join(prose(site_dir / "exercises" / "index.html"))
    for stage in ("Weeks 1 to 2: 3 sets of 12", "Weeks 3 to 4: 4 sets of 10", "Weeks 5 to 12: 5 sets of 8"):
        assert stage in text


@pytest.mark.parametrize("language", ["en", "fa"])
def test_each_card_gives_the_caution_of_its_kind_of_exercise(site_dir, site_strings, language):
    """A stretch should feel a gentle pull; a strengthening exercise hard last lifts (facts.md section 5)."""
    html = (site_dir / ("fa/" if language == "fa" else "") / "exercises" / "index.html").read_text(encoding="utf-8")
    for routine in ROUTINES:
        card = html[html.index(f'id="routine-{routine["id"]}"') :]
        cautions = card[card.index("routine__cautions") : card.index("</ul>", card.index("routine__cautions"))]
        expected = site_strings[f"routine_caution_{routine['kind']}"][language]
        other = site_strings[f"routine_caution_{'stretch' if routine['kind'] == 'strengthen' else 'strengthen'}"][
            language
        ]
        assert expected in cautions and other not in cautions, routine["id"]
