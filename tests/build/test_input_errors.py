"""Every mistake an editor can make stops the build with one line naming the file, the field (or the
line) and what was expected: a table of mutations of a small fixture site, each with its exact message."""

import re
from collections.abc import Callable
from pathlib import Path

import pytest
import yaml

from tests.build.fixture_site import DATA, PAGES_FOR_QUIZ, QUIZ, QUIZ_FILE, ROUTINE, SOURCE, write_site
from tests.sitebuild import build_errors

PAGE = "docs/en/index.md"
FRONT = (
    f"---\ntitle: Home\ndescription: A page.\nreviewed: 2026-01-01\nnext_review: 2027-01-01\nsources: [{SOURCE}]\n---\n"
)


def _append(path: str, text: str) -> Callable[[Path], None]:
    def change(root: Path) -> None:
        with (root / path).open("a", encoding="utf-8") as file:
            file.write(text)

    return change


def _page(text: str, path: str = PAGE) -> Callable[[Path], None]:
    def change(root: Path) -> None:
        (root / path).write_text(text, encoding="utf-8")

    return change


def _front(*replacements: tuple[str, str]) -> Callable[[Path], None]:
    """The page with its front matter edited (each ``(old, new)`` in turn) and one paragraph."""
    front = FRONT
    for old, new in replacements:
        front = front.replace(old, new)
    return _page(f"{front}\nText.\n")


def _data(path: str, edit: Callable[[dict], None]) -> Callable[[Path], None]:
    def change(root: Path) -> None:
        data = yaml.safe_load((root / path).read_text(encoding="utf-8"))
        edit(data)
        (root / path).write_text(yaml.safe_dump(data, allow_unicode=True, sort_keys=False), encoding="utf-8")

    return change


def _extra(**settings) -> Callable[[Path], None]:
    return _data("mkdocs.yml", lambda config: config.setdefault("extra", {}).update(settings))


def _routine(field: str, value) -> Callable[[Path], None]:
    return _data("data/routines.yml", lambda data: data["routines"][0]["dose"].update({field: value}))


def _block(markdown: str, path: str = PAGE) -> Callable[[Path], None]:
    return _page(f"{FRONT}\nText.\n\n{markdown}", path)


# Where ``_block`` puts its block: after the front matter, a blank line, a paragraph and a blank line.
BLOCK_LINE = FRONT.count("\n") + 4
CAUTIONS = (
    "cold:\n  en:\n    advice: [ice]\n    caution: [numb, skin]\n  fa:\n    advice: [یخ]\n    caution: [بی‌حس, پوست]\n"
)


def _with_cautions(change: Callable[[Path], None], cautions: str = CAUTIONS) -> Callable[[Path], None]:
    """The fixture with its own ``data/cautions.yml`` (any site under test's replaced), then ``change``."""

    def both(root: Path) -> None:
        (root / "data" / "cautions.yml").write_text(cautions, encoding="utf-8")
        change(root)

    return both


EN, EN_FA = {"en": "English"}, {"en": "English", "fa": "فارسی"}
# Messages name list entries by id: the first routine, tier and question of the data the fixtures copy.
QUIZ_DATA = yaml.safe_load((DATA.parent / QUIZ_FILE).read_text(encoding="utf-8"))
TIER = QUIZ_DATA["tiers"][0]["id"]
QUESTION = QUIZ_DATA["questions"][0]
CASES = {
    # data/strings.yml
    "string key removed": (
        EN,
        _data("data/strings.yml", lambda data: data.pop("not_found_title")),
        [
            "data/strings.yml: not_found_title: field required",
        ],
    ),
    "string key misspelt": (
        EN,
        _data("data/strings.yml", lambda data: data.update(quiz_orr=data.pop("quiz_or"))),
        [
            "data/strings.yml: quiz_or: field required",
            "data/strings.yml: quiz_orr: unknown field",
        ],
    ),
    "string key extra": (
        EN,
        _append("data/strings.yml", "hello:\n  en: Hello\n  fa: سلام\n"),
        [
            "data/strings.yml: hello: unknown field",
        ],
    ),
    "string key twice": (
        EN,
        _append("data/strings.yml", "quiz_or:\n  en: or\n  fa: یا\n"),
        [
            "re:data/strings.yml: line \\d+: key 'quiz_or' is written twice \\(first on line \\d+\\)",
        ],
    ),
    "string placeholder typo": (
        EN,
        _data("data/strings.yml", lambda data: data["quiz_progress"].update(en="Question {n} of {totl}")),
        [
            "data/strings.yml: quiz_progress.en: unknown placeholder {totl} (expected {n}, {total})",
            "data/strings.yml: quiz_progress.en: placeholder {total} missing",
        ],
    ),
    "string not in a built language": (
        EN_FA,
        _data("data/strings.yml", lambda data: data["quiz_or"].pop("fa")),
        [
            "data/strings.yml: quiz_or.fa: field required",
        ],
    ),
    # data/sources.yml
    "source id twice": (
        EN,
        _append(
            "data/sources.yml",
            f"{SOURCE}:\n  publisher: Other\n  title: T\n  url: https://other.test/\n  language: en\n",
        ),
        [
            f"re:data/sources.yml: line \\d+: key '{SOURCE}' is written twice \\(first on line \\d+\\)",
        ],
    ),
    "source language unknown": (
        EN,
        _data("data/sources.yml", lambda data: data[f"{SOURCE}"].update(language="english")),
        [
            f"data/sources.yml: {SOURCE}.language: expected a language code such as en or fa, got 'english'",
        ],
    ),
    "source url not https": (
        EN,
        _data("data/sources.yml", lambda data: data[f"{SOURCE}"].update(url="http://nhs.uk/")),
        [
            f"data/sources.yml: {SOURCE}.url: string should match pattern '^https://[^\\s\\\"'<>]+$', got 'http://nhs.uk/'",
        ],
    ),
    "source field missing": (
        EN,
        _data("data/sources.yml", lambda data: data[f"{SOURCE}"].pop("publisher")),
        [
            f"data/sources.yml: {SOURCE}.publisher: field required",
        ],
    ),
    # data/routines.yml
    "hold of 10^12 seconds": (
        EN,
        _data("data/routines.yml", lambda data: data["routines"][0]["dose"]["phases"][0].update(seconds=10**12)),
        [
            f"data/routines.yml: routines[{ROUTINE}].dose.phases[0].seconds: input should be less than or equal to 600, got 1000000000000",
        ],
    ),
    "100000 repetitions": (
        EN,
        _routine("repetitions", 100000),
        [
            f"data/routines.yml: routines[{ROUTINE}].dose.repetitions: input should be less than or equal to 50, got 100000",
        ],
    ),
    "sets out of bounds": (
        EN,
        _routine("sets", 0),
        [
            f"data/routines.yml: routines[{ROUTINE}].dose.sets: input should be greater than 0, got 0",
        ],
    ),
    "routine cites an unknown source": (
        EN,
        _data("data/routines.yml", lambda data: data["routines"][0].update(sources=["nice"])),
        [
            f"data/routines.yml: routines[{ROUTINE}].sources[0]: unknown source 'nice' (not in data/sources.yml)",
        ],
    ),
    "routine drawing missing": (
        EN,
        lambda root: (
            _data(
                "data/routines.yml",
                lambda data: data["routines"][0].update(id="toe-stretch", drawing="toe-stretch.svg"),
            )(root),
            _block("/// routine | toe-stretch\n///\n")(root),
        ),
        [
            f"{PAGE}: /// routine | toe-stretch: overrides/illustrations/toe-stretch.svg: template not found",
        ],
    ),
    "routine unknown": (
        EN,
        _block("/// routine | hop\n///\n"),
        [
            f"{PAGE}: /// routine | hop: unknown routine: no routine with id 'hop' in data/routines.yml",
        ],
    ),
    # data/quizzes/
    "quiz placeholder typo": (
        EN,
        _data(QUIZ_FILE, lambda data: data["tiers"][0]["action"].update(en="Call {emergency_numbr}.")),
        [
            f"{QUIZ_FILE}: tiers[{TIER}].action.en: unknown placeholder {{emergency_numbr}} (expected {{emergency_number}})",
        ],
    ),
    "quiz tier no answer reaches": (
        EN,
        _data(QUIZ_FILE, lambda data: data["tiers"].append({**data["tiers"][0], "id": "never"})),
        [
            f"{QUIZ_FILE}: tiers[never]: no answer leads to tier 'never'",
        ],
    ),
    "quiz answer leads nowhere": (
        EN,
        _data(QUIZ_FILE, lambda data: data["questions"][0]["answers"][-1].update(next="nowhere")),
        [
            f"{QUIZ_FILE}: questions[{QUESTION['id']}].answers[{QUESTION['answers'][-1]['id']}].next: unknown question "
            "'nowhere' (expected a question id or 'result')",
        ],
    ),
    "quiz text missing a language": (
        EN_FA,
        _data(QUIZ_FILE, lambda data: data["title"].pop("fa")),
        [
            f"{QUIZ_FILE}: title.fa: field required",
        ],
    ),
    # data/search.yml
    "search separator not a regular expression": (
        EN,
        _data("data/search.yml", lambda data: data["fa"].update(separator="[\\s")),
        [
            "re:data/search.yml: fa.separator: not a valid regular expression: unterminated character set at position \\d+",
        ],
    ),
    "search characters not a mapping": (
        EN,
        _data("data/search.yml", lambda data: data["fa"].update(replace=["ي"])),
        [
            "data/search.yml: fa.replace: expected a mapping, got ['ي']",
        ],
    ),
    "data file missing": (
        EN,
        lambda root: (root / "data" / "routines.yml").unlink(),
        ["data/routines.yml: file not found"],
    ),
    "data file not a mapping": (
        EN,
        _page("- a\n- b\n", "data/routines.yml"),
        [
            "data/routines.yml: expected a mapping at the top level",
        ],
    ),
    # component blocks in Markdown
    "block misspelt": (
        EN,
        _block(f"/// rutine | {ROUTINE}\n///\n"),
        [
            f"{PAGE}: line {BLOCK_LINE}: unknown block 'rutine' (expected one of: diagram, routine, quiz)",
        ],
    ),
    "block without an id": (
        EN,
        _block("/// routine\n///\n"),
        [
            f"{PAGE}: line {BLOCK_LINE}: /// routine: an id is required (/// routine | <id>)",
        ],
    ),
    "block with options": (
        EN,
        _block(f"/// routine | {ROUTINE}\n    sets: 5\n///\n"),
        [
            f"{PAGE}: line {BLOCK_LINE}: a component block takes no content or options, only its closing '///'",
        ],
    ),
    "block never closed": (
        EN,
        _block(f"/// routine | {ROUTINE}\n"),
        [
            f"{PAGE}: line {BLOCK_LINE}: the block is never closed (a line '///' must end it)",
        ],
    ),
    "translation without the original's routine": (
        EN_FA,
        _block(f"/// routine | {ROUTINE}\n///\n"),
        [
            f"docs/fa/index.md: components differ from docs/en/index.md: expected, in order: routine | {ROUTINE}",
        ],
    ),
    "translation with components in another order": (
        EN_FA,
        lambda root: (
            _block(f"/// routine | {ROUTINE}\n///\n\n/// quiz | {QUIZ}\n///\n")(root),
            _block(f"/// quiz | {QUIZ}\n///\n\n/// routine | {ROUTINE}\n///\n", "docs/fa/index.md")(root),
        ),
        [
            f"docs/fa/index.md: components differ from docs/en/index.md: expected, in order: routine | {ROUTINE}, quiz | {QUIZ}",
        ],
    ),
    "script in a page": (
        EN,
        _block("<script>alert(1)</script>\n"),
        [
            f"{PAGE}: a <script> in the page's content: scripts come only from the templates "
            "(put it in a file under overrides/assets/javascripts and list it in extra_javascript)",
        ],
    ),
    # front matter
    "front matter not YAML": (
        EN,
        _front((f"sources: [{SOURCE}]", f"sources: [{SOURCE}")),
        [
            f"{PAGE}: front matter: line 7: did not find expected ',' or ']'",
        ],
    ),
    "front matter key twice": (
        EN,
        _front(("description: A page.\n", "description: A page.\ntitle: Again\n")),
        [
            f"{PAGE}: front matter: line 4: key 'title' is written twice (first on line 2)",
        ],
    ),
    "date that does not exist": (
        EN,
        _front(("2026-01-01", "2026-13-01")),
        [
            f"{PAGE}: front matter: line 4: '2026-13-01' is not a real date (month must be in 1..12)",
        ],
    ),
    "reviewed in the future": (
        EN,
        _front(("reviewed: 2026-01-01", "reviewed: 2030-01-01"), ("2027-01-01", "2031-01-01")),
        [
            f"{PAGE}: reviewed: 2030-01-01 is in the future (today is 2026-12-01)",
        ],
    ),
    "next review before review": (
        EN,
        _front(("2027-01-01", "2025-01-01")),
        [
            f"{PAGE}: next_review: must be after reviewed (2026-01-01)",
        ],
    ),
    "page cites nothing": (
        EN,
        _front((f"sources: [{SOURCE}]", "sources: []")),
        [
            f"{PAGE}: sources: field required (a list of ids from data/sources.yml)",
        ],
    ),
    "page cites an unknown source": (
        EN,
        _front((f"{SOURCE}", "nice")),
        [
            f"{PAGE}: sources[0]: unknown source 'nice' (not in data/sources.yml)",
        ],
    ),
    "page without a title": (
        EN,
        _front(("title: Home\n", "")),
        [
            f"{PAGE}: title: field required (non-empty text)",
        ],
    ),
    # mkdocs.yml
    "framing site with a directive": (
        EN,
        _extra(embed_frame_ancestors=["https://a.test; script-src *"]),
        [
            "mkdocs.yml: extra.embed_frame_ancestors[0]: expected *, 'self' or a site such as https://clinic.example "
            "(scheme, host and an optional port, nothing else), got 'https://a.test; script-src *' (language 'en')",
        ],
    ),
    "framing site with a quote and a new line": (
        EN,
        _extra(embed_frame_ancestors=['https://a.test"\nadd_header X 1']),
        [
            "mkdocs.yml: extra.embed_frame_ancestors[0]: expected *, 'self' or a site such as https://clinic.example "
            "(scheme, host and an optional port, nothing else), got 'https://a.test\"\\nadd_header X 1' (language 'en')",
        ],
    ),
    "unknown calendar": (
        EN,
        _extra(calendar="lunar"),
        [
            "mkdocs.yml: extra.calendar: input should be 'gregorian' or 'persian', got 'lunar' (language 'en')",
        ],
    ),
    "empty emergency number": (
        EN,
        _extra(emergency_number=""),
        [
            "mkdocs.yml: extra.emergency_number: expected non-empty text, got '' (language 'en')",
        ],
    ),
    "a language without its own emergency number": (
        EN_FA,
        _data("mkdocs.yml", lambda config: config["plugins"]["i18n"]["languages"][1]["extra"].pop("emergency_number")),
        [
            "mkdocs.yml: plugins.i18n.languages[fa].extra.emergency_number: required for each language "
            "(in its own words, for its readers' country), not taken from the site's",
        ],
    ),
    "site stylesheet in another folder": (
        EN,
        _data("mkdocs.yml", lambda config: config.update(extra_css=["assets/stylesheets/site.css", "css/clinic.css"])),
        [
            "mkdocs.yml: extra_css, extra_javascript: assets/stylesheets/site.css, css/clinic.css: a page's own "
            "stylesheets, and its deferred scripts, are joined into one file each: put each kind in one folder "
            "(assets/stylesheets/, assets/javascripts/)",
        ],
    ),
    "site stylesheet missing": (
        EN,
        _data(
            "mkdocs.yml",
            lambda config: config.update(extra_css=["assets/stylesheets/site.css", "assets/stylesheets/gone.css"]),
        ),
        [
            "mkdocs.yml: extra_css, extra_javascript: assets/stylesheets/gone.css: no such file in the theme or docs folder",
        ],
    ),
    "page left out of nav": (
        EN,
        _data("mkdocs.yml", lambda config: config.update(nav=["index.md"])),
        [
            "docs/en/causes.md: not in nav (mkdocs.yml): add it to nav, in reading order",
        ],
    ),
    "language whose digits the engine does not know": (
        {"en": "English", "my": "Burmese"},
        lambda root: None,
        [
            "mkdocs.yml: plugins.i18n.languages[my]: language 'my': no digits known for numbering system 'mymr' "
            "(known: latn, arab, arabext, deva, beng)",
        ],
    ),
    # data/cautions.yml
    "advice on a page without its caution": (
        EN_FA,
        _with_cautions(_page(f"{FRONT}\nیخ بگذارید. روی پوست نه.\n", "docs/fa/index.md")),
        [
            f"docs/fa/index.md: line {FRONT.count(chr(10)) + 2}: advises 'یخ' without its caution nearby: this block "
            "or one beside it must also say 'بی\u200cحس' (data/cautions.yml: cold)",
        ],
    ),
    "advice in data without its caution": (
        EN,
        _with_cautions(
            _data("data/routines.yml", lambda data: data["routines"][0]["steps"].append({"en": "Put ice on it."}))
        ),
        [
            f"data/routines.yml#{ROUTINE}: en: advises 'ice' without its caution nearby: this block or one beside "
            "it must also say 'numb', 'skin' (data/cautions.yml: cold)",
        ],
    ),
    "caution without a language of the site": (
        EN_FA,
        _with_cautions(lambda root: None, CAUTIONS.split("  fa:")[0]),
        [
            "data/cautions.yml: cold.fa: field required (every caution states its words in every language)",
        ],
    ),
    "page missing in a language": (
        EN_FA,
        lambda root: (root / "docs" / "fa" / "causes.md").unlink(),
        [
            "docs/fa/causes.md: missing translation: the page 'causes.md' exists in en but not in 'fa'",
        ],
    ),
}


@pytest.mark.parametrize("case", CASES)
def test_each_mistake_stops_the_build_with_its_message(tmp_path, site_strings, caplog, case):
    languages, change, expected = CASES[case]
    # With every page the quiz links to, so that a page may show it.
    config = write_site(tmp_path / "site", languages, site_strings, pages=PAGES_FOR_QUIZ)
    change(tmp_path / "site")
    errors = build_errors(config, tmp_path / "out", caplog)
    for line in expected:
        if line.startswith("re:"):
            assert any(re.fullmatch(line[3:], error) for error in errors), (line, errors)
        else:
            assert line in errors, errors
    assert not any("Traceback" in error for error in errors)


def test_the_table_holds_forty_mistakes():
    assert len(CASES) >= 40
