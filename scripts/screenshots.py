"""Take screenshots of built pages at phone and desktop width, to look at layout and direction.

Usage: .venv/bin/python scripts/screenshots.py SITE_DIR OUT_DIR [PAGE ...]
PAGE is a path under the site root such as "fa/causes/" (default: the first two pages of nav in every
language). Needs Debian's chromium (scripts/setup.sh --test installs it).
"""

import functools
import sys
import threading
from http.server import SimpleHTTPRequestHandler, ThreadingHTTPServer
from pathlib import Path

from playwright.sync_api import sync_playwright
from site_config import page_paths

WIDTHS = {"phone": (390, 844), "desktop": (1280, 900)}


class _QuietHandler(SimpleHTTPRequestHandler):
    def log_message(self, format, *args):
        pass


def main(site_dir: str, out_dir: str, pages: list[str]) -> None:
    """Serve ``site_dir`` on loopback and write one full-page PNG per page and width to ``out_dir``."""
    handler = functools.partial(_QuietHandler, directory=site_dir)
    server = ThreadingHTTPServer(("127.0.0.1", 0), handler)
    threading.Thread(target=server.serve_forever, daemon=True).start()
    base = f"http://127.0.0.1:{server.server_address[1]}/"
    Path(out_dir).mkdir(parents=True, exist_ok=True)
    with sync_playwright() as playwright:
        browser = playwright.chromium.launch(
            executable_path="/usr/bin/chromium",
            args=["--no-sandbox", "--disable-background-networking", "--disable-component-update"],
        )
        for name, (width, height) in WIDTHS.items():
            page = browser.new_page(viewport={"width": width, "height": height})
            for path in pages:
                page.goto(base + path, wait_until="networkidle")
                # A full-page capture is not "on screen": parts laid out only near the viewport
                # (content-visibility: auto) would show empty. Show them as a reader scrolling would.
                page.add_style_tag(content="* { content-visibility: visible !important; }")
                target = Path(out_dir) / f"{path.strip('/').replace('/', '-') or 'home'}-{name}.png"
                page.screenshot(path=str(target), full_page=True)
                print(target)
            page.close()
        browser.close()
    server.shutdown()


if __name__ == "__main__":
    main(sys.argv[1], sys.argv[2], sys.argv[3:] or [path for paths in page_paths().values() for path in paths[:2]])
