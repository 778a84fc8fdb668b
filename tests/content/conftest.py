# The content tests that run in Chromium use the engine tests' browser and server.
from tests.browser.conftest import browser, clinic, page, site_url  # noqa: F401
