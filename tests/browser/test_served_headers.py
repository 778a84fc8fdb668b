"""The generated nginx snippet, as nginx serves the site with it: each kind of response gets its
headers, each language its 404 page, and the header files themselves are not served."""

import urllib.error
import urllib.request

import pytest

from tests.build.site_pages import LANGUAGES, page_slugs, placed

LAST = list(LANGUAGES.values())[-1][0]  # where the last language's pages are ("fa/")
PAGE = page_slugs()[-1]


def _get(url: str):
    try:
        with urllib.request.urlopen(url) as response:
            return response.status, response.headers, response.read().decode("utf-8", "replace")
    except urllib.error.HTTPError as error:
        return error.code, error.headers, error.read().decode("utf-8", "replace")


@pytest.mark.parametrize(
    ("path", "framing", "frame_options"),
    [
        (PAGE, "'self'", "SAMEORIGIN"),
        (LAST, "'self'", "SAMEORIGIN"),
        (f"embed/page/{PAGE}", "*", None),
        (f"{LAST}embed/quiz/{placed('quiz')[0][0]}/", "*", None),
    ],
)
def test_pages_and_embeds_get_their_policy(site_url, path, framing, frame_options):
    status, headers, _ = _get(site_url + path)
    assert status == 200
    assert headers["Content-Security-Policy"].endswith(f"frame-ancestors {framing}")
    assert headers["X-Frame-Options"] == frame_options
    assert (headers["X-Content-Type-Options"], headers["Referrer-Policy"]) == ("nosniff", "no-referrer")


def test_the_json_export_may_be_read_by_other_sites_and_assets_carry_no_policy(site_url):
    _, headers, _ = _get(site_url + "api/v1/index.json")
    assert headers["Access-Control-Allow-Origin"] == "*"
    _, headers, _ = _get(site_url + "assets/stylesheets/site.css")
    assert headers["Content-Security-Policy"] is None and headers["X-Content-Type-Options"] == "nosniff"


@pytest.mark.parametrize(("path", "language"), [("missing/", "en"), ("fa/missing/", "fa")])
def test_a_missing_page_gets_the_404_page_of_its_language(site_url, path, language):
    status, headers, body = _get(site_url + path)
    assert status == 404
    assert f'<html lang="{language}"' in body
    assert "frame-ancestors 'self'" in headers["Content-Security-Policy"]


@pytest.mark.parametrize("name", ["_headers", "nginx-headers.conf"])
def test_the_header_files_are_not_served(site_url, name):
    assert _get(site_url + name)[0] == 404


@pytest.mark.parametrize(
    ("path", "language"),
    [("assets/javascripts/missing.js", "en"), ("embed/page/missing/", "en"), ("fa/a/b/c/missing/", "fa")],
)
def test_any_missing_address_gets_our_404_and_no_server_version(site_url, path, language):
    status, headers, body = _get(site_url + path)
    assert status == 404 and f'<html lang="{language}"' in body
    assert headers["Server"] == "nginx"


def test_a_404_page_deep_in_a_language_folder_is_styled(page, site_url):
    response = page.goto(site_url + "fa/a/b/c/missing/")
    assert response.status == 404
    assert page.evaluate("document.styleSheets.length") >= 2
    assert "Vazirmatn" in page.evaluate("getComputedStyle(document.body).fontFamily")
