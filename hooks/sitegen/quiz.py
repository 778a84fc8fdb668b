"""Decision quizzes ("Should I see a doctor?"), one file each in ``data/quizzes/``, named by its id.

The quiz is a graph: the first question starts it, every answer leads to another question or to the
result, and answers may carry a tier. The outcome is the most urgent tier any answer reached (tiers are
listed most urgent first). A checklist question is answered by ticking any of its signs (answers with a
tier, which all lead to the same place) or its one answer without a tier ("None of these") alone.
The browser runs these rules (``quiz.js``); this module checks the data and renders it.
"""

import re
from collections.abc import Callable
from functools import cache
from pathlib import Path
from typing import Literal

from pydantic import BaseModel, Field, ValidationError, model_validator

from sitegen.data_files import load_mapping
from sitegen.errors import SiteDataError, UnknownComponentError
from sitegen.schema import (
    ID,
    ID_PATTERN,
    StrictModel,
    data_entry_name,
    describe_errors,
    duplicate_ids,
    entry_name,
    in_language,
    text_model,
)
from sitegen.strings import placeholder_problems

QUIZZES_DIR = "data/quizzes"
# The looks an outcome can take, most urgent first (quiz.css styles each: quiz__outcome--<severity>).
SEVERITIES = ("emergency", "urgent", "soon", "self-care")
RESULT = "result"
# The one placeholder a tier's action may hold; no other text of the quiz holds any.
EMERGENCY_NUMBER = "emergency_number"
QuizPath = tuple[tuple[str, str], ...]


@cache
def quiz_model(languages: tuple[str, ...]) -> type[BaseModel]:
    """The model of the quiz file, for a site built in ``languages``."""
    translated = text_model(languages)
    identifier = Field(pattern=ID_PATTERN)

    class Tier(StrictModel):
        id: str = identifier
        # How the outcome looks (its colour and border): how urgent it is, whatever the tier is called.
        severity: Literal[SEVERITIES]  # type: ignore[valid-type]
        title: translated
        urgency: translated
        action: translated
        explanation: translated
        links: list[str] = Field(min_length=1)

    class Answer(StrictModel):
        id: str = identifier
        text: translated
        next: str
        tier: str | None = None
        sign: translated | None = None

        @model_validator(mode="after")
        def _sign_with_tier(self):
            if (self.tier is None) != (self.sign is None):
                raise ValueError("an answer with a tier needs a sign, and a sign needs a tier")
            return self

    class Question(StrictModel):
        id: str = identifier
        text: translated
        checklist: bool = False
        answers: list[Answer] = Field(min_length=2)

    class Quiz(StrictModel):
        id: str = identifier
        title: translated
        # A line the reader sees first, before the first question.
        intro: translated | None = None
        tiers: list[Tier] = Field(min_length=1)
        questions: list[Question] = Field(min_length=1)

    return Quiz


def quiz_file(quiz_id: str) -> str:
    """The file of a quiz, as messages name it (``data/quizzes/see-a-doctor.yml``)."""
    return f"{QUIZZES_DIR}/{quiz_id}.yml"


def load_quizzes(site_root: Path, languages: list[str]) -> dict[str, BaseModel]:
    """Load every quiz of the site (none if it has no ``data/quizzes/``), by id, in the order of their files.

    Raises:
        SiteDataError: Every problem of every quiz file at once, each naming the file and the field.
    """
    quizzes, problems = {}, []
    for path in sorted((site_root / QUIZZES_DIR).glob("*.yml")):
        try:
            quizzes[path.stem] = load_quiz(site_root, path.stem, languages)
        except SiteDataError as error:
            problems += error.problems
    if problems:
        raise SiteDataError(problems)
    return quizzes


def load_quiz(site_root: Path, quiz_id: str, languages: list[str]) -> BaseModel:
    """Load one quiz (its id is its file's name) and check its data and its graph, every problem at once.

    Raises:
        SiteDataError: One message per problem, each naming the file and the field.
    """
    file = quiz_file(quiz_id)
    if not ID.fullmatch(quiz_id):
        raise SiteDataError([f"{file}: a quiz's id is its file's name: use lower-case letters, digits and hyphens"])
    data = load_mapping(site_root, file)
    if "id" in data:
        raise SiteDataError([f"{file}: id: a quiz's id is its file's name ({quiz_id!r}): leave this field out"])
    try:
        quiz = quiz_model(tuple(languages)).model_validate({"id": quiz_id, **data})
    except ValidationError as error:
        raise SiteDataError(describe_errors(error, file, data)) from error
    problems = graph_problems(quiz) + _placeholder_problems(data, tuple(languages), file)
    if problems:
        raise SiteDataError(problems)
    return quiz


def graph_problems(quiz: BaseModel) -> list[str]:
    """Every problem of the quiz's graph.

    Unknown targets and tiers, duplicate ids, malformed checklists, unreachable questions, cycles, paths
    that reach the result without any tier, and tiers that no answer reaches.
    """
    file = quiz_file(quiz.id)
    problems = duplicate_ids(file, "tiers", [tier.id for tier in quiz.tiers])
    problems += duplicate_ids(file, "questions", [question.id for question in quiz.questions])
    tiers = {tier.id for tier in quiz.tiers}
    questions = {question.id: index for index, question in enumerate(quiz.questions)}
    question_ids = [question.id for question in quiz.questions]
    for index, question in enumerate(quiz.questions):
        name = entry_name(question_ids, index)
        answer_ids = [answer.id for answer in question.answers]
        problems += duplicate_ids(file, f"questions[{name}].answers", answer_ids)
        for number, answer in enumerate(question.answers):
            where = f"{file}: questions[{name}].answers[{entry_name(answer_ids, number)}]"
            if answer.next != RESULT and answer.next not in questions:
                problems.append(
                    f"{where}.next: unknown question {answer.next!r} (expected a question id or {RESULT!r})"
                )
            if answer.tier is not None and answer.tier not in tiers:
                problems.append(f"{where}.tier: unknown tier {answer.tier!r}")
        if question.checklist:
            problems += _checklist_problems(question, f"{file}: questions[{name}]")
    if problems:
        return problems
    reached = _reachable(quiz)
    problems += [
        f"{file}: questions[{entry_name(question_ids, index)}]: question {question.id!r} cannot be reached "
        "from the first question"
        for index, question in enumerate(quiz.questions)
        if question.id not in reached
    ]
    cycle = _cycle(quiz)
    if cycle:
        problems.append(f"{file}: questions: a cycle: {' → '.join(cycle)}")
    if problems:
        return problems
    problems = [
        f"{file}: a path reaches the result with no tier: {_describe(path)}"
        for path in quiz_paths(quiz)
        if not any(_answer(quiz, step).tier for step in path)
    ]
    reached_tiers = {answer.tier for question in quiz.questions for answer in question.answers}
    return problems + [
        f"{file}: tiers[{entry_name([tier.id for tier in quiz.tiers], index)}]: no answer leads to tier {tier.id!r}"
        for index, tier in enumerate(quiz.tiers)
        if tier.id not in reached_tiers
    ]


def quiz_paths(quiz: BaseModel) -> list[QuizPath]:
    """Every way through the quiz: the (question id, answer id) pairs from the first question to the result.

    The graph must have no cycle.
    """
    questions = {question.id: question for question in quiz.questions}

    def walk(question_id: str) -> list[QuizPath]:
        paths = []
        for answer in questions[question_id].answers:
            step = ((question_id, answer.id),)
            paths += [step] if answer.next == RESULT else [step + rest for rest in walk(answer.next)]
        return paths

    return walk(quiz.questions[0].id)


def quiz_context(
    quizzes: dict[str, BaseModel],
    quiz_id: str,
    *,
    language: str,
    emergency_number: str,
    link: Callable[[str], dict | None],
) -> dict:
    """The template context of the quiz, with every text in ``language``.

    Args:
        quizzes: The site's quizzes, by id.
        quiz_id: The id a page asked for (``/// quiz | <id>``).
        language: The page's language.
        emergency_number: What to call in an emergency, as configured for the language.
        link: Finds a page by its path (``home-treatment.md``): its ``url`` from the current page and
            its ``title``, or ``None`` if there is no such page.

    Raises:
        UnknownComponentError: If the site has no quiz of that id.
        SiteDataError: If an outcome links to a page that does not exist.
    """
    if quiz_id not in quizzes:
        known = ", ".join(quizzes) or "none"
        raise UnknownComponentError(f"unknown quiz: no {quiz_file(quiz_id)} (the site's quizzes: {known})")
    quiz, file = quizzes[quiz_id], quiz_file(quiz_id)
    numbers = {question.id: index + 1 for index, question in enumerate(quiz.questions)}
    longest = _longest_from(quiz)
    links, problems = {}, []
    for index, tier in enumerate(quiz.tiers):
        for number, path in enumerate(tier.links):
            links[path] = link(path)
            if links[path] is None:
                name = entry_name([tier.id for tier in quiz.tiers], index)
                problems.append(f"{file}: tiers[{name}].links[{number}]: no page {path!r} in {language}")
    if problems:
        raise SiteDataError(problems)
    return {
        "quiz": {
            "id": quiz.id,
            "title": in_language(quiz.title, language),
            "intro": in_language(quiz.intro, language) if quiz.intro else None,
            "first": quiz.questions[0].id,
            "questions": [
                {
                    "id": question.id,
                    "number": numbers[question.id],
                    "text": in_language(question.text, language),
                    "checklist": question.checklist,
                    "longest": longest[question.id],
                    "answers": [
                        {
                            "id": answer.id,
                            "text": in_language(answer.text, language),
                            "next": answer.next,
                            "next_number": numbers.get(answer.next),
                            "tier": answer.tier,
                        }
                        for answer in question.answers
                    ],
                }
                for question in quiz.questions
            ],
            "tiers": [
                {
                    "id": tier.id,
                    "severity": tier.severity,
                    "title": in_language(tier.title, language),
                    "urgency": in_language(tier.urgency, language),
                    "action": in_language(tier.action, language).replace(f"{{{EMERGENCY_NUMBER}}}", emergency_number),
                    "explanation": in_language(tier.explanation, language),
                    "links": [links[path] for path in tier.links],
                    "signs": [
                        {"answer": f"{question.id}:{answer.id}", "text": in_language(answer.sign, language)}
                        for question in quiz.questions
                        for answer in question.answers
                        if answer.tier == tier.id
                    ],
                }
                for tier in quiz.tiers
            ],
        }
    }


def _answer(quiz: BaseModel, step: tuple[str, str]):
    question = next(question for question in quiz.questions if question.id == step[0])
    return next(answer for answer in question.answers if answer.id == step[1])


def _placeholder_problems(data, languages: tuple[str, ...], file: str, path: str = "") -> list[str]:
    """Unknown ``{placeholders}`` anywhere in the quiz's texts (a typo would be printed as it is)."""
    if isinstance(data, dict):
        if set(languages) <= set(data) and all(isinstance(data[language], str) for language in languages):
            allowed = frozenset({EMERGENCY_NUMBER}) if re.fullmatch(r"tiers\[[^\]]+\]\.action", path) else frozenset()
            return [
                problem
                for language in languages
                for problem in placeholder_problems(
                    data[language], allowed, f"{file}: {path}.{language}", required=False
                )
            ]
        return [
            problem
            for key, value in data.items()
            for problem in _placeholder_problems(value, languages, file, f"{path}.{key}" if path else str(key))
        ]
    if isinstance(data, list):
        return [
            problem
            for index, item in enumerate(data)
            for problem in _placeholder_problems(item, languages, file, f"{path}[{data_entry_name(data, index)}]")
        ]
    return []


def _checklist_problems(question: BaseModel, where: str) -> list[str]:
    """A checklist has one answer without a tier ("None of these"), and its signs all lead to one place."""
    untiered = [answer.id for answer in question.answers if answer.tier is None]
    problems = []
    if len(untiered) != 1:
        problems.append(
            f'{where}.answers: a checklist needs exactly one answer without a tier ("None of these"), '
            f"found {len(untiered)}"
        )
    targets = sorted({answer.next for answer in question.answers if answer.tier is not None})
    if len(targets) > 1:
        problems.append(f"{where}.answers: every sign of a checklist must lead to the same next, found {targets}")
    return problems


def _reachable(quiz: BaseModel) -> set[str]:
    questions = {question.id: question for question in quiz.questions}
    seen, todo = set(), [quiz.questions[0].id]
    while todo:
        current = todo.pop()
        if current in seen or current == RESULT:
            continue
        seen.add(current)
        todo += [answer.next for answer in questions[current].answers]
    return seen


def _cycle(quiz: BaseModel) -> list[str]:
    questions = {question.id: question for question in quiz.questions}
    done: set[str] = set()

    def visit(question_id: str, trail: list[str]) -> list[str]:
        if question_id in trail:
            return [*trail[trail.index(question_id) :], question_id]
        if question_id == RESULT or question_id in done:
            return []
        for answer in questions[question_id].answers:
            if found := visit(answer.next, [*trail, question_id]):
                return found
        done.add(question_id)
        return []

    for question in quiz.questions:
        if found := visit(question.id, []):
            return found
    return []


def _longest_from(quiz: BaseModel) -> dict[str, int]:
    """For each question, the most questions a reader may still answer, counting this one."""
    questions = {question.id: question for question in quiz.questions}

    @cache
    def longest(question_id: str) -> int:
        return 1 + max(
            (0 if answer.next == RESULT else longest(answer.next)) for answer in questions[question_id].answers
        )

    return {question.id: longest(question.id) for question in quiz.questions}


def _describe(path: QuizPath) -> str:
    return " → ".join(f"{question}={answer}" for question, answer in path) + f" → {RESULT}"
