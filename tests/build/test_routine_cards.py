"""Every page that shows routines carries their cards, with the numbers of data/routines.yml."""

import json
import re

import pytest

from tests import site_under_test
from tests.build.site_pages import LANGUAGES, placed
from tests.textscan import prose

ROUTINES = {routine["id"]: routine for routine in site_under_test.data("routines")["routines"]}
# The pages that show routines, and the routines each shows (their ids), in reading order.
PAGES = {slug: [item for item, on in placed("routine") if on == slug] for _, slug in placed("routine")}
CARD = re.compile(
    r'<section class="routine" id="routine-([a-z-]+)"[^>]*data-routine="\1" data-repetitions="(\d+)" '
    r"data-sets=\"(\d+)\"\s+data-phases='([^']+)'>"
)


def _cards(site_dir, language, slug):
    html = (site_dir / LANGUAGES[language][0] / slug / "index.html").read_text(encoding="utf-8")
    return [
        {"id": id_, "repetitions": int(reps), "sets": int(sets), "phases": json.loads(phases)}
        for id_, reps, sets, phases in CARD.findall(html)
    ]


@pytest.mark.parametrize("language", LANGUAGES)
@pytest.mark.parametrize("slug", PAGES)
def test_a_page_carries_the_cards_of_its_routines_with_their_numbers(site_dir, language, slug):
    assert _cards(site_dir, language, slug) == [
        {
            "id": routine["id"],
            "repetitions": routine["dose"]["repetitions"],
            "sets": routine["dose"]["sets"],
            "phases": [{"action": p["action"], "seconds": p["seconds"]} for p in routine["dose"]["phases"]],
        }
        for routine in map(ROUTINES.get, PAGES[slug])
    ]


@pytest.mark.parametrize("language", LANGUAGES)
@pytest.mark.parametrize("slug", PAGES)
def test_each_card_has_its_steps_and_accessible_drawing_in_the_page_language(site_dir, language, slug):
    path = site_dir / LANGUAGES[language][0] / slug / "index.html"
    html, text = path.read_text(encoding="utf-8"), " ".join(prose(path))
    for routine in map(ROUTINES.get, PAGES[slug]):
        assert routine["title"][language] in text
        for step in routine["steps"]:
            assert " ".join(step[language].split()) in text
        if "drawing" not in routine:
            assert f'id="routine-{routine["id"]}-drawing"' not in html
            continue
        drawing = re.search(rf'<title id="routine-{routine["id"]}-drawing">([^<]+)</title>', html)
        assert drawing and routine["title"][language] in drawing.group(1)
        assert f'role="img" aria-labelledby="routine-{routine["id"]}-drawing"' in html


@pytest.mark.parametrize("language", LANGUAGES)
@pytest.mark.parametrize("slug", PAGES)
def test_each_card_gives_the_caution_of_its_kind_of_exercise(site_dir, site_strings, language, slug):
    """A stretch should feel a gentle pull; a strengthening exercise hard last lifts."""
    html = (site_dir / LANGUAGES[language][0] / slug / "index.html").read_text(encoding="utf-8")
    for routine in map(ROUTINES.get, PAGES[slug]):
        card = html[html.index(f'id="routine-{routine["id"]}"') :]
        cautions = card[card.index("routine__cautions") : card.index("</ul>", card.index("routine__cautions"))]
        expected = site_strings[f"routine_caution_{routine['kind']}"][language]
        other = site_strings[f"routine_caution_{'stretch' if routine['kind'] == 'strengthen' else 'strengthen'}"][
            language
        ]
        assert expected in cautions and other not in cautions, routine["id"]
