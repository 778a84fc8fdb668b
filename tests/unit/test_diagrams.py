"""The diagrams file: optional, every text in every language, words by the label the drawing gives them."""

import pytest

from sitegen.diagrams import diagram_context, load_diagrams
from sitegen.errors import SiteDataError, UnknownComponentError

VALID = """\
knee:
  title: {en: The knee, fa: زانو}
  caption: {en: From the side., fa: از کنار.}
  labels:
    kneecap: {en: Kneecap, fa: کشکک}
"""


def test_a_site_without_a_diagrams_file_has_no_diagrams(tmp_path):
    assert load_diagrams(tmp_path, ["en", "fa"]) == {}


def test_a_diagram_gives_its_words_in_the_page_language(data_file):
    diagrams = load_diagrams(data_file("diagrams.yml", VALID), ["en", "fa"])
    assert diagram_context("knee", language="fa", diagrams=diagrams) == {
        "diagram": {"id": "knee", "title": "زانو", "caption": "از کنار.", "labels": {"kneecap": "کشکک"}}
    }
    with pytest.raises(UnknownComponentError, match="unknown diagram: no diagram with id 'hip' in data/diagrams.yml"):
        diagram_context("hip", language="en", diagrams=diagrams)


def test_each_problem_names_the_diagram_and_the_field(data_file):
    root = data_file(
        "diagrams.yml",
        VALID.replace("kneecap: {en: Kneecap, fa: کشکک}", "kneecap: {en: Kneecap}") + "Hip:\n  title: {en: H, fa: ه}\n",
    )
    with pytest.raises(SiteDataError) as error:
        load_diagrams(root, ["en", "fa"])
    assert error.value.problems == [
        "data/diagrams.yml: Hip: not an id (lower-case words joined by hyphens)",
        "data/diagrams.yml: knee.labels.kneecap.fa: field required",
        "data/diagrams.yml: Hip.caption: field required",
    ]
