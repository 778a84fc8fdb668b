import json
from datetime import date

from sitegen.content_export import page_record, record_json, record_path, write_index
from sitegen.governance import Governance
from sitegen.sources import Source

SOURCE = Source(id="nhs", publisher="NHS", title="Heel pain", url="https://www.nhs.uk/heel-pain/", language="en")


def _record(language="en", name="causes", position=2, title="Causes"):
    base = f"https://site.test/{'' if language == 'en' else language + '/'}"
    return page_record(
        language=language,
        direction="rtl" if language == "fa" else "ltr",
        name=name,
        position=position,
        title=title,
        description="Why it hurts.",
        content='<h1 id="causes">Causes</h1><p>See <a href="../symptoms/">symptoms</a>.</p><h2 id="why">Why</h2><p>B</p>',
        governance=Governance(reviewed=date(2026, 11, 26), next_review=date(2027, 11, 26), sources=[SOURCE]),
        disclaimer="Not medical advice.",
        urls={
            "url": f"{base}{name}/",
            "pdf_url": f"{base}handouts/{name}.pdf",
            "embed_url": f"{base}embed/page/{name}/",
            "json_url": f"https://site.test/api/v1/{language}/{name}.json",
        },
    )


def test_a_record_holds_the_page_its_governance_and_its_sections_with_absolute_links():
    record = _record()
    assert record["reviewed"] == "2026-11-26" and record["next_review"] == "2027-11-26"
    assert record["sources"] == [
        {
            "id": "nhs",
            "publisher": "NHS",
            "title": "Heel pain",
            "url": "https://www.nhs.uk/heel-pain/",
            "language": "en",
        }
    ]
    assert record["sections"] == [
        {"id": None, "heading": None, "html": '<p>See <a href="https://site.test/symptoms/">symptoms</a>.</p>'},
        {"id": "why", "heading": "Why", "html": "<p>B</p>"},
    ]


def test_the_index_lists_languages_in_order_and_pages_in_reading_order(tmp_path):
    for record in [_record("fa", "causes", 2), _record("fa", "index", 1), _record("en", "causes", 2)]:
        path = tmp_path / record_path(record["language"], record["name"])
        path.parent.mkdir(parents=True, exist_ok=True)
        path.write_text(record_json(record), encoding="utf-8")
    index = json.loads(write_index(tmp_path, ["en", "fa"], "https://site.test/").read_text(encoding="utf-8"))
    assert [(page["language"], page["name"]) for page in index["pages"]] == [
        ("en", "causes"),
        ("fa", "index"),
        ("fa", "causes"),
    ]
    assert index["pages"][0]["json_url"] == "https://site.test/api/v1/en/causes.json"
    assert index["schema"] == "https://site.test/api/v1/index.schema.json"
