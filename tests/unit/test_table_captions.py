import markdown

TABLE = "| A | B |\n|---|---|\n| 1 | 2 |\n"


def _html(text: str) -> str:
    return markdown.markdown(text, extensions=["tables", "sitegen.table_captions"])


def test_a_table_paragraph_after_a_table_becomes_its_caption():
    html = _html(f"{TABLE}\nTable: Signs and *what* they mean\n")
    assert html.startswith("<table>\n<caption>Signs and <em>what</em> they mean</caption>")
    assert "<p>" not in html


def test_other_paragraphs_and_tables_stay_as_they_are():
    assert _html(f"{TABLE}\nA note: Table: not at the start.\n").count("<caption>") == 0
    assert _html(f"Table: before a table\n\n{TABLE}").count("<caption>") == 0
