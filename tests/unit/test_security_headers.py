import base64
import fnmatch
import hashlib

import pytest

from sitegen.errors import SiteDataError
from sitegen.security_headers import (
    content_script_problems,
    content_security_policy,
    frame_ancestors,
    header_files,
    inline_script_hashes,
)
from tests.sitebuild import ROOT

# SHA-256 of the empty string, base64: the well-known value.
EMPTY_HASH = "'sha256-47DEQpj8HBSa+/TImW+5JCeuQeRkm5NMpJWZG3hSuFU='"


def test_only_inline_scripts_that_run_are_hashed_once_each():
    pages = [
        b'<script></script><script src="a.js"></script><script type="application/json">{"a": 1}</script>',
        b'<script type="application/ld+json">{}</script><script></script>',
    ]
    assert inline_script_hashes(pages) == [EMPTY_HASH]


def test_different_scripts_get_different_hashes():
    assert len(inline_script_hashes([b"<script>a()</script>", b"<script>b()</script>"])) == 2


def test_a_script_is_hashed_as_its_utf8_bytes():
    """The browser hashes the script's text as UTF-8: sha256("'پا'") in base64."""
    assert inline_script_hashes(["<script>'پا'</script>".encode()]) == [
        "'sha256-" + base64.b64encode(hashlib.sha256("'پا'".encode()).digest()).decode() + "'"
    ]


def test_the_policy_allows_the_hashed_scripts_and_names_who_may_frame():
    policy = content_security_policy([EMPTY_HASH], ["'self'"])
    directives = dict(part.split(" ", 1) for part in policy.split("; "))
    assert directives["script-src"] == f"'self' {EMPTY_HASH}"
    assert directives["frame-ancestors"] == "'self'"
    assert directives["default-src"] == "'none'"


@pytest.fixture
def built() -> dict[str, bytes]:
    pages = ["index.html", "causes/index.html", "404.html", "fa/index.html", "fa/404.html"]
    embeds = ["embed/page/causes/index.html", "fa/embed/quiz/q/index.html"]
    return {path: b"<script></script>" for path in pages} | {path: b"<p>embed</p>" for path in embeds}


def _rules(text: str) -> dict[str, dict[str, str]]:
    """The _headers file as {path pattern: {header: value}}."""
    rules, current = {}, None
    for line in text.splitlines():
        if not line.strip() or line.startswith("#"):
            continue
        if line.startswith("/"):
            current = rules.setdefault(line.strip(), {})
        else:
            name, value = line.strip().split(": ", 1)
            current[name] = value
    return rules


def _headers_for(rules: dict, path: str) -> dict[str, list[str]]:
    found: dict[str, list[str]] = {}
    for pattern, headers in rules.items():
        if fnmatch.fnmatchcase(path, pattern):
            for name, value in headers.items():
                found.setdefault(name, []).append(value)
    return found


@pytest.mark.parametrize(
    ("path", "framing"),
    [
        ("/", "'self'"),
        ("/index.html", "'self'"),
        ("/causes/", "'self'"),
        ("/fa/", "'self'"),
        ("/fa/404.html", "'self'"),
        ("/embed/page/causes/", "https://clinic.test"),
        ("/fa/embed/quiz/q/", "https://clinic.test"),
    ],
)
def test_every_page_gets_the_policy_and_one_framing_rule(built, path, framing):
    """Hosts send every matching rule's headers; a browser enforces each policy it gets."""
    files = header_files(built, [ROOT / "overrides"], ["", "fa/"], ["https://clinic.test"])
    headers = _headers_for(_rules(files["_headers"]), path)
    policy, framing_rule = headers["Content-Security-Policy"]
    assert EMPTY_HASH in policy and "frame-ancestors" not in policy
    assert framing_rule == f"frame-ancestors {framing}"
    assert headers["X-Content-Type-Options"] == ["nosniff"]
    assert headers["Referrer-Policy"] == ["no-referrer"]
    assert headers.get("X-Frame-Options", []) == ([] if "embed/" in path else ["SAMEORIGIN"])


def test_the_nginx_snippet_serves_each_language_its_404_and_frames_embeds_by_the_configured_sites(built):
    text = header_files(built, [ROOT / "overrides"], ["", "fa/"], ["https://clinic.test"])["nginx-headers.conf"]
    assert "location /fa/ {\n    error_page 404 /fa/404.html;" in text
    assert "location ~ ^/(embed/|fa/embed/) {" in text
    assert text.count("frame-ancestors https://clinic.test") == 1
    assert text.count("frame-ancestors 'self'") == 2


def test_a_missing_template_is_named(built, tmp_path):
    with pytest.raises(SiteDataError) as error:
        header_files(built, [tmp_path / "theme"], [""], ["*"])
    folder = tmp_path / "theme" / "headers"
    assert error.value.problems == [
        f"{folder / '_headers'}: header template error: '_headers' not found in search path: '{folder}'"
    ]


@pytest.mark.parametrize("value", [None, "*", []])
def test_the_sites_that_may_frame_embeds_must_be_a_list_of_sources(value):
    with pytest.raises(SiteDataError) as error:
        frame_ancestors(value, "extra.embed_frame_ancestors")
    assert error.value.problems == [
        "mkdocs.yml: extra.embed_frame_ancestors: expected a list of the sites that may frame the embeds (CSP "
        f'frame-ancestors sources, such as https://clinic.example), or ["*"] for any, got {value!r}'
    ]


@pytest.mark.parametrize(
    "item",
    ["", 3, "https://a.test; script-src *", 'https://a.test" always;\nadd_header X 1', "https://a.test/page", "a.test"],
)
def test_each_site_is_a_source_and_nothing_more(item):
    with pytest.raises(SiteDataError) as error:
        frame_ancestors(["https://ok.test", item], "extra.embed_frame_ancestors")
    assert error.value.problems == [
        "mkdocs.yml: extra.embed_frame_ancestors[1]: expected *, 'self' or a site such as https://clinic.example "
        f"(scheme, host and an optional port, nothing else), got {item!r}"
    ]


def test_a_list_of_sources_is_taken_as_it_is():
    sources = ["https://a.test", "'self'", "*", "https://*.clinic.example:8443", "http://localhost:8000"]
    assert frame_ancestors(sources, "x") == sources


def test_a_script_in_a_page_content_is_refused_naming_the_page():
    assert content_script_problems("<p>Hi</p><SCRIPT>alert(1)</SCRIPT>", "docs/en/a.md") == [
        "docs/en/a.md: a <script> in the page's content: scripts come only from the templates "
        "(put it in a file under overrides/assets/javascripts and list it in extra_javascript)"
    ]
    assert content_script_problems("<p>A description of a script</p>", "docs/en/a.md") == []


def test_a_missing_address_served_the_404_page_still_gets_the_policy(built):
    files = header_files(built, [ROOT / "overrides"], ["", "fa/"], ["*"])
    headers = _headers_for(_rules(files["_headers"]), "/no/such/page/")
    [policy] = headers["Content-Security-Policy"]
    assert policy.startswith("default-src 'none'; script-src 'self'") and EMPTY_HASH in policy


def test_nginx_hides_its_version_and_serves_our_404_at_any_depth(built):
    nginx = header_files(built, [ROOT / "overrides"], ["", "fa/"], ["*"])["nginx-headers.conf"]
    assert "\nserver_tokens off;\nerror_page 404 /404.html;\n" in nginx
    assert "location /fa/ {\n    error_page 404 /fa/404.html;" in nginx
