"""Audit the built site as a real host serves it: nginx (gzip), Lighthouse 12 (mobile), first-visit bytes.

Reports; asserts nothing. First-visit bytes are measured in Chromium with an empty cache.

Usage: .venv/bin/python scripts/audit.py [SITE_DIR]

Builds the site into a temporary folder unless SITE_DIR is given. Needs Debian's nginx-light and
chromium, and `npm ci` in scripts/audit/ (Lighthouse 12.2.3, pinned in its lock file). Keeps the
Lighthouse reports in audit-reports/.
"""

import json
import os
import subprocess
import sys
import tempfile
from pathlib import Path

from hosting import start_nginx
from page_weight import BUDGETS_KIB, first_visit
from playwright.sync_api import sync_playwright

ROOT = Path(__file__).resolve().parent.parent
LIGHTHOUSE = ROOT / "scripts" / "audit" / "node_modules" / ".bin" / "lighthouse"
REPORTS = ROOT / "audit-reports"
PAGES = ["", "home-treatment/", "exercises/", "see-a-doctor/"]
LANGUAGES = {"en": "", "fa": "fa/"}
CATEGORIES = ["performance", "accessibility", "best-practices", "seo"]
CHROMIUM_FLAGS = "--headless=new --no-sandbox --disable-background-networking --disable-component-update"


def first_visit_bytes(base: str, paths: list[str]) -> dict[str, int]:
    """Bytes a first visit to each page transfers (see page_weight.first_visit)."""
    with sync_playwright() as playwright:
        browser = playwright.chromium.launch(executable_path="/usr/bin/chromium", args=CHROMIUM_FLAGS.split()[1:])
        sizes = {path: sum(first_visit(browser, base + path).values()) for path in paths}
        browser.close()
    return sizes


def lighthouse(url: str, report: Path) -> dict[str, float]:
    """Lighthouse's mobile scores for one page; the JSON report is kept at ``report``."""
    subprocess.run(
        [
            str(LIGHTHOUSE),
            url,
            "--quiet",
            "--output=json",
            f"--output-path={report}",
            f"--only-categories={','.join(CATEGORIES)}",
            f"--chrome-flags={CHROMIUM_FLAGS}",
        ],
        env={"CHROME_PATH": "/usr/bin/chromium", "PATH": "/usr/bin:/bin"},
        check=True,
    )
    result = json.loads(report.read_text(encoding="utf-8"))
    return {category: result["categories"][category]["score"] for category in CATEGORIES}


def main(site: Path | None) -> None:
    """Print the scores and first-visit bytes of the audited pages."""
    with tempfile.TemporaryDirectory() as folder:
        folder = Path(folder)
        if site is None:
            site = folder / "site"
            command = [str(ROOT / ".venv" / "bin" / "mkdocs"), "build", "--quiet", "-d", str(site)]
            subprocess.run(command, cwd=ROOT, check=True, env=os.environ | {"NO_MKDOCS_2_WARNING": "1"})
        nginx, base = start_nginx(site.resolve(), folder)
        try:
            REPORTS.mkdir(exist_ok=True)
            pages = {prefix + page: code for code, prefix in LANGUAGES.items() for page in PAGES}
            weights = first_visit_bytes(base, list(pages))
            print(f"{'page':24} {'KiB':>6} {'budget':>6}  " + "  ".join(f"{c[:13]:>13}" for c in CATEGORIES))
            for path, language in pages.items():
                report = REPORTS / f"{path.strip('/').replace('/', '-') or 'home'}.json"
                scores = lighthouse(base + path, report)
                row = "  ".join(f"{scores[category]:>13.2f}" for category in CATEGORIES)
                print(f"/{path:23} {weights[path] / 1024:6.1f} {BUDGETS_KIB[language]:6}  {row}")
        finally:
            nginx.terminate()
            nginx.wait()


if __name__ == "__main__":
    main(Path(sys.argv[1]) if len(sys.argv) > 1 else None)
