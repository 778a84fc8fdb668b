"""A site whose data and front matter hold markup shows it as text: nothing runs, nothing is dropped,
and the security policy allows no script that came from them."""

import base64
import copy
import hashlib
import json

import pytest
import yaml

from tests.browser.fixtures import served_fixture
from tests.build.fixture_site import PAGES_FOR_QUIZ, QUIZ, QUIZ_FILE, ROUTINE, SOURCE, write_site

SCRIPT = "window.pwned = 1"
ATTACK = f'<script>{SCRIPT}</script><img src="x" onerror="window.pwned = 2"> "quoted" & more'


def _edit(path, change):
    data = yaml.safe_load(path.read_text(encoding="utf-8"))
    change(data)
    path.write_text(yaml.safe_dump(data, allow_unicode=True, sort_keys=False), encoding="utf-8")


@pytest.fixture(scope="module")
def hostile_site(tmp_path_factory, site_strings, build_cache):
    root = tmp_path_factory.mktemp("hostile")
    strings = copy.deepcopy(site_strings)
    for key in ("not_found_title", "disclaimer_label", "routine_steps", "quiz_intro"):
        strings[key]["en"] = f"{strings[key]['en']} {ATTACK}"
    config = write_site(
        root / "source",
        {"en": "English"},
        strings,
        pages=PAGES_FOR_QUIZ,
        front_matter={"title": f"Title {ATTACK}", "description": f"About {ATTACK}"},
        markdown=f"/// routine | {ROUTINE}\n///\n\n/// quiz | {QUIZ}\n///\n",
    )
    data = root / "source" / "data"
    _edit(data / "routines.yml", lambda d: d["routines"][0]["title"].update(en=f"Raise {ATTACK}"))
    _edit(root / "source" / QUIZ_FILE, lambda d: d["questions"][0]["text"].update(en=f"Question {ATTACK}"))
    _edit(data / "sources.yml", lambda d: d[SOURCE].update(title=f"Source {ATTACK}"))
    with served_fixture(config, root, build_cache) as served:
        yield served


@pytest.mark.parametrize(
    "path", ["", "causes/", "embed/page/index/", f"embed/routine/{ROUTINE}/", f"embed/quiz/{QUIZ}/", "missing/"]
)
def test_markup_in_data_is_shown_as_text_and_never_runs(page, hostile_site, path):
    _, url = hostile_site
    violations = []
    page.on("console", lambda message: violations.append(message.text) if "Content Security" in message.text else None)
    page.goto(url + path)
    page.wait_for_load_state("networkidle")
    assert page.evaluate("window.pwned") is None
    assert page.locator("body script:not([src])").evaluate_all("scripts => scripts.map(s => s.textContent)") == [
        text
        for text in page.locator("body script:not([src])").evaluate_all("s => s.map(x => x.textContent)")
        if SCRIPT not in text
    ]
    assert ATTACK in page.locator("body").inner_text() or ATTACK in page.title()
    assert violations == []


def test_the_title_and_description_stay_whole_in_the_head(page, hostile_site):
    _, url = hostile_site
    page.goto(url)
    assert page.title().startswith(f"Title {ATTACK}")
    assert page.locator('meta[name="description"]').get_attribute("content") == f"About {ATTACK}"
    assert page.locator('meta[property="og:title"]').get_attribute("content") == f"Title {ATTACK}"
    data = json.loads(page.locator('script[type="application/ld+json"]').text_content())
    assert data["name"] == f"Title {ATTACK}"


def test_no_script_from_data_is_allowed_by_the_policy(hostile_site):
    site, _ = hostile_site
    digest = base64.b64encode(hashlib.sha256(SCRIPT.encode()).digest()).decode()
    for name in ("_headers", "nginx-headers.conf"):
        assert digest not in (site / name).read_text(encoding="utf-8")
    assert f"<script>{SCRIPT}" not in "".join(path.read_text(encoding="utf-8") for path in site.glob("**/*.html"))


def test_the_json_export_carries_the_text_not_the_markup(hostile_site):
    site, _ = hostile_site
    record = json.loads((site / "api" / "v1" / "en" / "index.json").read_text(encoding="utf-8"))
    assert record["title"] == f"Title {ATTACK}" and record["description"] == f"About {ATTACK}"
    assert "<script" not in json.dumps([section["html"] for section in record["sections"]])
