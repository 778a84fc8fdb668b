"""Our templates escape what they print; front matter reaches Material's templates escaped once."""

import pytest
from jinja2 import DictLoader, Environment
from markupsafe import Markup

from sitegen.escaping import escape_policy, escaped_front_matter, mark_latin, plain_text

ATTACK = '<script>alert(1)</script> "quoted" & more'


def test_only_our_templates_and_their_aliases_escape(tmp_path):
    (tmp_path / "partials").mkdir()
    (tmp_path / "partials" / "card.html").write_text("{{ text }}")
    (tmp_path / "404.html").write_text("{{ text }}")
    policy = escape_policy([tmp_path], {"fa/404.html": "404.html", "fa/sitemap.xml": "sitemap.xml"})
    assert [policy(name) for name in ("partials/card.html", "404.html", "fa/404.html", "base.html", None)] == [
        True,
        True,
        True,
        False,
        False,
    ]
    env = Environment(loader=DictLoader({"partials/card.html": "{{ text }}", "base.html": "{{ text }}"}))
    env.autoescape = policy
    assert env.get_template("partials/card.html").render(text=ATTACK) == (
        "&lt;script&gt;alert(1)&lt;/script&gt; &#34;quoted&#34; &amp; more"
    )
    assert env.get_template("base.html").render(text=ATTACK) == ATTACK


def test_front_matter_text_is_escaped_once_and_can_be_read_back():
    meta = escaped_front_matter({"title": ATTACK, "description": "A & B", "reviewed": 1})
    assert meta["title"] == Markup("&lt;script&gt;alert(1)&lt;/script&gt; &#34;quoted&#34; &amp; more")
    assert Environment(autoescape=True).from_string("{{ t }}").render(t=meta["title"]) == str(meta["title"])
    assert plain_text(meta["title"]) == ATTACK and plain_text(meta["description"]) == "A & B"
    assert meta["reviewed"] == 1 and plain_text("plain") == "plain"


@pytest.mark.parametrize(
    ("text", "direction", "marked"),
    [
        ("(فایل PDF، {size})", "rtl", '(فایل <span lang="en" dir="ltr">PDF</span>، {size})'),
        (
            "کد QR code و <b>",
            "rtl",
            'کد <span lang="en" dir="ltr">QR code</span> و &lt;<span lang="en" dir="ltr">b</span>&gt;',
        ),
        ("(PDF, {size}) <b>", "ltr", "(PDF, {size}) &lt;b&gt;"),
    ],
    ids=["placeholder kept", "escaped around runs", "left-to-right page"],
)
def test_latin_words_are_marked_as_english_on_right_to_left_pages_and_the_rest_escaped(text, direction, marked):
    assert mark_latin(text, direction=direction) == marked
