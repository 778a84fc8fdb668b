"""Routines: stretching and strengthening exercises, from ``data/routines.yml``.

The schema depends on the site's languages (every text needs each of them), so the models are made
by ``routine_models`` for a given set of languages.
"""

from collections.abc import Iterator, Mapping
from dataclasses import dataclass
from functools import cache
from pathlib import Path
from typing import Annotated, Literal

from pydantic import BaseModel, Field, ValidationError, model_validator

from sitegen.data_files import load_mapping
from sitegen.errors import SiteDataError, UnknownComponentError
from sitegen.schema import (
    ID_PATTERN,
    StrictModel,
    describe_errors,
    duplicate_ids,
    entry_name,
    in_language,
    text_model,
)
from sitegen.sources import SOURCES_FILE, Source

ROUTINES_FILE = "data/routines.yml"

# Plausible bounds for an exercise done at home, named once: a value outside them is a typing mistake
# (a hold of 10^12 seconds, 100000 repetitions), never a dose.
MAX_SECONDS = 600
MAX_REPETITIONS = 50
MAX_SETS = 10
MAX_TIMES_PER_DAY = 10
MAX_WEEKS = 52
Seconds = Annotated[int, Field(gt=0, le=MAX_SECONDS)]
Repetitions = Annotated[int, Field(gt=0, le=MAX_REPETITIONS)]
Sets = Annotated[int, Field(gt=0, le=MAX_SETS)]
TimesADay = Annotated[int, Field(gt=0, le=MAX_TIMES_PER_DAY)]


class Phase(StrictModel):
    """One part of a repetition (hold a stretch, roll, rise, lower...: an action of the file), for some seconds."""

    # Words of lower-case letters joined by hyphens (the timer reads its name from data-label-<action>).
    action: str = Field(pattern=r"^[a-z]+(-[a-z]+)*$")
    seconds: Seconds
    about: bool = False


class TimesPerDay(StrictModel):
    """How many times a day: ``min`` alone means "at least"."""

    min: TimesADay
    max: TimesADay | None = None

    @model_validator(mode="after")
    def _max_above_min(self):
        if self.max is not None and self.max <= self.min:
            raise ValueError(f"max ({self.max}) must be more than min ({self.min})")
        return self


class Frequency(StrictModel):
    """How often to do the routine: some times a day, or every other day."""

    times_per_day: TimesPerDay | None = None
    every_other_day: Literal[True] | None = None

    @model_validator(mode="after")
    def _exactly_one(self):
        if (self.times_per_day is None) == (self.every_other_day is None):
            raise ValueError("give exactly one of times_per_day and every_other_day")
        return self


@cache
def routine_models(languages: tuple[str, ...]) -> type[BaseModel]:
    """The model of the whole routines file, for a site built in ``languages``."""
    text = text_model(languages)

    class Dose(StrictModel):
        phases: list[Phase] = Field(min_length=1)
        repetitions: Repetitions
        sets: Sets
        frequency: Frequency | None = None

    class Stage(StrictModel):
        from_week: int = Field(ge=2, le=MAX_WEEKS)
        repetitions: Repetitions
        sets: Sets
        note: text | None = None

    class Progression(StrictModel):
        total_weeks: int = Field(gt=0, le=MAX_WEEKS)
        stages: list[Stage] = Field(min_length=1)
        load: text | None = None

        @model_validator(mode="after")
        def _stages_in_order(self):
            starts = [stage.from_week for stage in self.stages]
            if starts != sorted(set(starts)) or starts[-1] > self.total_weeks:
                raise ValueError(
                    f"stages must start in later and later weeks, up to total_weeks ({self.total_weeks}): "
                    f"from_week {starts}"
                )
            return self

    class Routine(StrictModel):
        id: str = Field(pattern=ID_PATTERN)
        kind: Literal["stretch", "strengthen"]
        title: text
        purpose: text
        equipment: list[text]
        steps: list[text] = Field(min_length=1)
        # A line drawing in the theme's illustrations/ folder (``heel-raise.svg``); a card may have none.
        drawing: str | None = Field(default=None, pattern=ID_PATTERN.removesuffix("$") + r"\.svg$")
        dose: Dose
        progression: Progression | None = None
        cautions: list[text]
        sources: list[str] = Field(min_length=1)

    class RoutinesFile(StrictModel):
        # What each phase of a repetition is called on the card and by the timer, by id (hold, up...).
        actions: dict[Annotated[str, Field(pattern=r"^[a-z]+(-[a-z]+)*$")], text] = Field(min_length=1)
        routines: list[Routine] = Field(min_length=1)

    return RoutinesFile


@dataclass(frozen=True)
class RoutineSet(Mapping):
    """The routines by id, in file order (a mapping), and the names of the actions their phases use."""

    routines: dict[str, BaseModel]
    actions: dict[str, BaseModel]

    def __getitem__(self, routine_id: str) -> BaseModel:  # noqa: D105
        return self.routines[routine_id]

    def __iter__(self) -> Iterator[str]:  # noqa: D105
        return iter(self.routines)

    def __len__(self) -> int:  # noqa: D105
        return len(self.routines)


def load_routines(site_root: Path, languages: list[str], sources: dict[str, Source]) -> RoutineSet:
    """Load and check every routine, reporting every problem at once.

    Args:
        site_root: The folder of ``mkdocs.yml``.
        languages: Every language the site builds; each text must have all of them.
        sources: The sources of ``data/sources.yml``; a routine cites only those that give doses.

    Returns:
        The routines by id, in file order.

    Raises:
        SiteDataError: One message per problem, each naming the file and the field's path.
    """
    data = load_mapping(site_root, ROUTINES_FILE)
    try:
        loaded = routine_models(tuple(languages)).model_validate(data)
    except ValidationError as error:
        raise SiteDataError(describe_errors(error, ROUTINES_FILE, data)) from error
    routines = loaded.routines
    ids = [routine.id for routine in routines]
    problems = duplicate_ids(ROUTINES_FILE, "routines", ids)
    for index, routine in enumerate(routines):
        name = entry_name(ids, index)
        problems += [
            f"{ROUTINES_FILE}: routines[{name}].sources[{number}]: unknown source {source!r} (not in {SOURCES_FILE})"
            for number, source in enumerate(routine.sources)
            if source not in sources
        ]
        problems += [
            f"{ROUTINES_FILE}: routines[{name}].sources[{number}]: {source!r} gives no doses: a routine's dose "
            f"cites a source that states it (gives_doses: true in {SOURCES_FILE})"
            for number, source in enumerate(routine.sources)
            if source in sources and not sources[source].gives_doses
        ]
        problems += [
            f"{ROUTINES_FILE}: routines[{name}].dose.phases[{number}].action: unknown action {phase.action!r} "
            f"(expected one of the file's actions: {', '.join(loaded.actions)})"
            for number, phase in enumerate(routine.dose.phases)
            if phase.action not in loaded.actions
        ]
    if problems:
        raise SiteDataError(problems)
    return RoutineSet({routine.id: routine for routine in routines}, loaded.actions)


def routine_context(routine_id: str, *, language: str, routines: RoutineSet, sources: dict[str, Source]) -> dict:
    """The template context of the card for ``routine_id``, for ``/// routine | <id>``.

    Raises:
        UnknownComponentError: If no routine has that id.
    """
    if routine_id not in routines:
        raise UnknownComponentError(f"unknown routine: no routine with id {routine_id!r} in {ROUTINES_FILE}")
    return {"routine": routine_card(routines[routine_id], language, sources, routines.actions)}


def routine_card(routine: BaseModel, language: str, sources: dict[str, Source], actions: dict[str, BaseModel]) -> dict:
    """What the routine card template needs, with every text in ``language``.

    Numbers stay numbers: templates write them in the page's digits.
    """
    dose = routine.dose
    return {
        "id": routine.id,
        "kind": routine.kind,
        "title": in_language(routine.title, language),
        "purpose": in_language(routine.purpose, language),
        "equipment": [in_language(item, language) for item in routine.equipment],
        "steps": [in_language(step, language) for step in routine.steps],
        "drawing": routine.drawing,
        "cautions": [in_language(caution, language) for caution in routine.cautions],
        "phases": [_phase(phase) | {"label": in_language(actions[phase.action], language)} for phase in dose.phases],
        # Every action's name, for the timer to say whichever phase is running.
        "action_labels": {action: in_language(name, language) for action, name in actions.items()},
        "repetitions": dose.repetitions,
        "sets": dose.sets,
        "frequency": dose.frequency.model_dump() if dose.frequency else None,
        "progression": _progression(routine.progression, dose, language) if routine.progression else None,
        "sources": [sources[source_id] for source_id in routine.sources],
        "timer": {
            "phases": [{"action": phase.action, "seconds": phase.seconds} for phase in dose.phases],
            "repetitions": dose.repetitions,
            "sets": dose.sets,
        },
    }


def _phase(phase: Phase) -> dict:
    minutes = phase.seconds >= 60 and phase.seconds % 60 == 0
    return {
        "action": phase.action,
        "seconds": phase.seconds,
        "about": phase.about,
        "amount": phase.seconds // 60 if minutes else phase.seconds,
        "unit": "minutes" if minutes else "seconds",
    }


def _progression(progression: BaseModel, dose: BaseModel, language: str) -> dict:
    """The programme's stages, the dose first, each with the weeks it covers."""
    stages = [{"from_week": 1, "repetitions": dose.repetitions, "sets": dose.sets, "note": None}] + [
        {
            "from_week": stage.from_week,
            "repetitions": stage.repetitions,
            "sets": stage.sets,
            "note": in_language(stage.note, language) if stage.note else None,
        }
        for stage in progression.stages
    ]
    for stage, following in zip(stages, stages[1:] + [{"from_week": progression.total_weeks + 1}], strict=True):
        stage["to_week"] = following["from_week"] - 1
    return {
        "total_weeks": progression.total_weeks,
        "load": in_language(progression.load, language) if progression.load else None,
        "stages": stages,
    }
