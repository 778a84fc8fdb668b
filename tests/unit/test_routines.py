from pathlib import Path

import pytest
import yaml

from sitegen.errors import SiteDataError, UnknownComponentError
from sitegen.routines import load_routines, routine_card, routine_context
from sitegen.sources import Source

SOURCES = {
    "digiovanni-2003": Source("digiovanni-2003", "JBJS", "Stretching", "https://x.test/", "en", gives_doses=True),
    "nhs": Source("nhs", "NHS", "Heel pain", "https://nhs.test/", "en"),
}


def _routine(**changes) -> dict:
    routine = {
        "id": "stretch",
        "kind": "stretch",
        "title": {"en": "Stretch", "fa": "کشش"},
        "purpose": {"en": "Helps.", "fa": "کمک می‌کند."},
        "equipment": [],
        "steps": [{"en": "Sit.", "fa": "بنشینید."}, {"en": "Pull.", "fa": "بکشید."}],
        "dose": {"phases": [{"action": "hold", "seconds": 10}], "repetitions": 10, "sets": 1},
        "cautions": [],
        "sources": ["digiovanni-2003"],
    }
    routine.update(changes)
    return routine


def _load(tmp_path: Path, *routines: dict):
    (tmp_path / "data").mkdir(exist_ok=True)
    actions = {"hold": {"en": "Hold", "fa": "نگه دارید"}, "hold-left": {"en": "Hold left", "fa": "نگه دارید (چپ)"}}
    text = yaml.safe_dump({"actions": actions, "routines": list(routines)}, allow_unicode=True)
    (tmp_path / "data" / "routines.yml").write_text(text, encoding="utf-8")
    return load_routines(tmp_path, ["en", "fa"], SOURCES)


def _problems(tmp_path: Path, *routines: dict) -> list[str]:
    with pytest.raises(SiteDataError) as error:
        _load(tmp_path, *routines)
    return error.value.problems


def test_a_valid_routine_loads(tmp_path):
    assert list(_load(tmp_path, _routine())) == ["stretch"]


@pytest.mark.parametrize(
    ("changes", "problems"),
    [
        (
            {"steps": [{"en": "Sit."}, {"en": "Pull.", "fa": "بکشید."}]},
            ["data/routines.yml: routines[other].steps[0].fa: field required"],
        ),
        (
            {"dose": {"phases": [{"action": "hold", "seconds": 0}], "repetitions": -2, "sets": 1}},
            [
                "data/routines.yml: routines[other].dose.phases[0].seconds: input should be greater than 0, got 0",
                "data/routines.yml: routines[other].dose.repetitions: input should be greater than 0, got -2",
            ],
        ),
        (
            {"dose": {"phases": [{"action": "hold", "seconds": "10"}], "repetitions": 10, "sets": 1}},
            ["data/routines.yml: routines[other].dose.phases[0].seconds: input should be a valid integer, got '10'"],
        ),
        (
            {"dose": {"phases": [{"action": "hold", "seconds": 10**12}], "repetitions": 100000, "sets": 11}},
            [
                "data/routines.yml: routines[other].dose.phases[0].seconds: input should be less than or equal to 600, "
                "got 1000000000000",
                "data/routines.yml: routines[other].dose.repetitions: input should be less than or equal to 50, got 100000",
                "data/routines.yml: routines[other].dose.sets: input should be less than or equal to 10, got 11",
            ],
        ),
        ({"colour": "red"}, ["data/routines.yml: routines[other].colour: unknown field"]),
        (
            {"kind": "jump"},
            ["data/routines.yml: routines[other].kind: input should be 'stretch' or 'strengthen', got 'jump'"],
        ),
        ({"id": "stretch"}, ["data/routines.yml: routines[1].id: duplicate id 'stretch' (also routines[0])"]),
        (
            {"sources": ["nice"]},
            ["data/routines.yml: routines[other].sources[0]: unknown source 'nice' (not in data/sources.yml)"],
        ),
        (
            {"sources": ["digiovanni-2003", "nhs"]},
            [
                "data/routines.yml: routines[other].sources[1]: 'nhs' gives no doses: a routine's dose cites a "
                "source that states it (gives_doses: true in data/sources.yml)"
            ],
        ),
        (
            {"dose": {"phases": [{"action": "jump", "seconds": 3}], "repetitions": 1, "sets": 1}},
            [
                "data/routines.yml: routines[other].dose.phases[0].action: unknown action 'jump' "
                "(expected one of the file's actions: hold, hold-left)"
            ],
        ),
    ],
)
def test_each_problem_names_the_file_and_the_field(tmp_path, changes, problems):
    second = _routine(**{"id": "other", **changes})
    assert _problems(tmp_path, _routine(), second) == problems


def test_every_problem_is_reported_at_once(tmp_path):
    broken = _routine(id="Bad Id", title={"en": "T"}, steps=[])
    assert _problems(tmp_path, broken) == [
        "data/routines.yml: routines[0].id: string should match pattern '^[a-z0-9]+(-[a-z0-9]+)*$', got 'Bad Id'",
        "data/routines.yml: routines[0].title.fa: field required",
        "data/routines.yml: routines[0].steps: list should have at least 1 item after validation, not 0, got []",
    ]


@pytest.mark.parametrize(
    ("frequency", "problem"),
    [
        (
            {},
            "routines[stretch].dose.frequency: give exactly one of times_per_day and every_other_day",
        ),
        (
            {"times_per_day": {"min": 3, "max": 2}},
            "routines[stretch].dose.frequency.times_per_day: max (2) must be more than min (3)",
        ),
    ],
)
def test_frequency_must_make_sense(tmp_path, frequency, problem):
    dose = {
        "phases": [{"action": "hold", "seconds": 10}],
        "repetitions": 1,
        "sets": 1,
        "frequency": frequency,
    }
    assert _problems(tmp_path, _routine(dose=dose))[0].startswith(f"data/routines.yml: {problem}")


def test_the_card_context_is_in_the_page_language(tmp_path):
    routines = _load(tmp_path, _routine())
    card = routine_context("stretch", language="fa", routines=routines, sources=SOURCES)["routine"]
    assert card["title"] == "کشش"
    assert card["steps"] == ["بنشینید.", "بکشید."]
    assert card["phases"] == [
        {"action": "hold", "label": "نگه دارید", "seconds": 10, "about": False, "amount": 10, "unit": "seconds"}
    ]
    assert card["timer"] == {"phases": [{"action": "hold", "seconds": 10}], "repetitions": 10, "sets": 1}
    assert card["sources"] == [SOURCES["digiovanni-2003"]]


def test_whole_minutes_are_shown_as_minutes(tmp_path):
    dose = {"phases": [{"action": "hold", "seconds": 120, "about": True}], "repetitions": 1, "sets": 1}
    routines = _load(tmp_path, _routine(dose=dose))
    phase = routine_context("stretch", language="en", routines=routines, sources=SOURCES)["routine"]["phases"][0]
    assert (phase["amount"], phase["unit"], phase["about"]) == (2, "minutes", True)


def test_an_unknown_id_is_an_unknown_component(tmp_path):
    with pytest.raises(UnknownComponentError, match="no routine with id 'hop' in data/routines.yml"):
        routine_context("hop", language="en", routines=_load(tmp_path, _routine()), sources=SOURCES)


def _programme(*starts: int, total_weeks: int = 12) -> dict:
    return {
        "total_weeks": total_weeks,
        "stages": [{"from_week": start, "repetitions": 8, "sets": 4 + number} for number, start in enumerate(starts)],
        "load": {"en": "Make the last lifts hard.", "fa": "چند بار آخر سخت باشد."},
    }


def test_every_stage_of_a_programme_says_the_weeks_it_covers(tmp_path):
    routines = _load(tmp_path, _routine(progression=_programme(3, 5)))
    progression = routine_context("stretch", language="fa", routines=routines, sources=SOURCES)["routine"][
        "progression"
    ]
    assert [(stage["from_week"], stage["to_week"], stage["sets"]) for stage in progression["stages"]] == [
        (1, 2, 1),
        (3, 4, 4),
        (5, 12, 5),
    ]
    assert progression["load"] == "چند بار آخر سخت باشد."


@pytest.mark.parametrize(
    ("starts", "total_weeks", "problem"),
    [
        ((5, 3), 12, ": stages must start in later and later weeks, up to total_weeks (12): from_week [5, 3]"),
        ((3, 3), 12, ": stages must start in later and later weeks, up to total_weeks (12): from_week [3, 3]"),
        ((3, 14), 12, ": stages must start in later and later weeks, up to total_weeks (12): from_week [3, 14]"),
        ((1,), 12, ".stages[0].from_week: input should be greater than or equal to 2, got 1"),
    ],
)
def test_a_programme_whose_stages_are_out_of_order_is_an_error(tmp_path, starts, total_weeks, problem):
    routine = _routine(progression=_programme(*starts, total_weeks=total_weeks))
    assert _problems(tmp_path, routine) == [f"data/routines.yml: routines[stretch].progression{problem}"]


def test_a_routine_may_name_its_drawing_or_have_none(tmp_path):
    routines = _load(tmp_path, _routine(), _routine(id="other", drawing="other-drawing.svg"))
    assert [routine_card(routine, "en", SOURCES, routines.actions)["drawing"] for routine in routines.values()] == [
        None,
        "other-drawing.svg",
    ]
    assert _problems(tmp_path, _routine(drawing="../secret.html")) == [
        "data/routines.yml: routines[stretch].drawing: string should match pattern "
        "'^[a-z0-9]+(-[a-z0-9]+)*\\.svg$', got '../secret.html'"
    ]


def test_actions_are_named_from_the_data_in_the_page_language(tmp_path):
    dose = {
        "phases": [{"action": "hold-left", "seconds": 5}, {"action": "hold", "seconds": 5}],
        "repetitions": 2,
        "sets": 1,
    }
    card = routine_context("stretch", language="fa", routines=_load(tmp_path, _routine(dose=dose)), sources=SOURCES)
    assert [phase["label"] for phase in card["routine"]["phases"]] == ["نگه دارید (چپ)", "نگه دارید"]
    assert card["routine"]["action_labels"] == {"hold": "نگه دارید", "hold-left": "نگه دارید (چپ)"}
