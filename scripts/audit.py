"""Audit the built site as a real host serves it, and beside stock Material + static-i18n on the same text.

Reports; asserts nothing. Needs Debian's nginx-light, openssl and chromium, and
`npm ci --prefix scripts/audit` (Lighthouse 12.2.3, pinned in its lock file). Keeps the Lighthouse
reports in audit-reports/.

Usage: .venv/bin/python scripts/audit.py [--site SITE_DIR] [--pages exercises,see-a-doctor] [--runs 3] [--http1]

1. Scores: Lighthouse 12 (mobile) categories and first-visit bytes (Chromium, empty cache) of each page
   in each language, served by nginx with gzip and the site's generated headers.
2. Against stock: the same pages' text (component blocks left out) built with stock Material +
   static-i18n (the configuration of scripts/bench_build.py, without our hooks, templates and assets),
   served alike, over HTTPS with HTTP/2 as public hosts serve (--http1: plain HTTP/1.1, as in part 1);
   largest contentful paint and total blocking time of each page, the median of RUNS Lighthouse runs,
   ours and stock taking turns, over all runs and over the runs in which headless Chromium did not
   stall before its first paint (see paint_figures). Over HTTP/1.1 each request in flight at the same
   time needs a connection of its own, and Lighthouse's simulation charges a round trip to open each
   one; over HTTP/2 they share one connection.

Pages default to every page in nav (mkdocs.yml); the site is built into a temporary folder unless
SITE_DIR is given.
"""

import argparse
import json
import os
import statistics
import subprocess
import tempfile
from pathlib import Path

from bench_build import scale_configs
from hosting import start_nginx
from page_weight import BUDGETS_KIB, first_visit
from playwright.sync_api import sync_playwright
from site_config import ROOT, page_paths

MKDOCS = ROOT / ".venv" / "bin" / "mkdocs"
LIGHTHOUSE = ROOT / "scripts" / "audit" / "node_modules" / ".bin" / "lighthouse"
REPORTS = ROOT / "audit-reports"
CATEGORIES = ["performance", "accessibility", "best-practices", "seo"]
# Paint holding keeps back a navigation's first frame (see paint_figures); the HTTPS server's certificate
# is made for the run (hosting.start_nginx).
CHROMIUM_FLAGS = (
    "--headless=new --no-sandbox --disable-background-networking --disable-component-update"
    " --disable-features=PaintHolding --ignore-certificate-errors"
)


def first_visit_bytes(base: str, paths: list[str]) -> dict[str, int]:
    """Bytes a first visit to each page transfers (see page_weight.first_visit)."""
    with sync_playwright() as playwright:
        browser = playwright.chromium.launch(executable_path="/usr/bin/chromium", args=CHROMIUM_FLAGS.split()[1:])
        sizes = {path: sum(first_visit(browser, base + path).values()) for path in paths}
        browser.close()
    return sizes


def lighthouse(url: str, report: Path) -> dict:
    """Lighthouse's mobile report of one page, also kept at ``report``."""
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
    return json.loads(report.read_text(encoding="utf-8"))


def paint_figures(result: dict) -> tuple[float, float, bool]:
    """Largest contentful paint and total blocking time (ms), and whether the run stalled.

    Lighthouse simulates a slow phone from a run on this machine. With paint holding on, headless
    Chromium painted nothing for about a second after the page had loaded in half the runs here (stock
    Material's pages too), and the simulation carried that stall into every figure. It is off now
    (CHROMIUM_FLAGS); a run that still stalls is counted apart.
    """
    audits = result["audits"]
    observed = audits["metrics"]["details"]["items"][0]
    stalled = observed["observedFirstContentfulPaint"] > observed["observedLoad"] + 500
    return audits["largest-contentful-paint"]["numericValue"], audits["total-blocking-time"]["numericValue"], stalled


def build(config: Path, site: Path) -> Path:
    """Build a site (with its handouts) into ``site``."""
    environment = os.environ | {"NO_MKDOCS_2_WARNING": "1"}
    subprocess.run([str(MKDOCS), "build", "--quiet", "-f", str(config), "-d", str(site)], check=True, env=environment)
    return site


def scores(base: str, pages: dict[str, str]) -> None:
    """Print each page's first-visit bytes and Lighthouse scores."""
    weights = first_visit_bytes(base, list(pages))
    print(f"{'page':28} {'KiB':>6} {'budget':>6}  " + "  ".join(f"{c[:13]:>13}" for c in CATEGORIES))
    for path, language in pages.items():
        result = lighthouse(base + path, REPORTS / f"{_name(path)}.json")
        row = "  ".join(f"{result['categories'][category]['score']:>13.2f}" for category in CATEGORIES)
        print(f"/{path:27} {weights[path] / 1024:6.1f} {BUDGETS_KIB.get(language, '-'):>6}  {row}")


def against_stock(ours: str, stock: str, paths: list[str], runs: int) -> None:
    """Print each page's paint and blocking time, ours and stock's, medians of ``runs`` turns each."""
    figures = {(site, path): [] for site in ("ours", "stock") for path in paths}
    for _ in range(runs):
        for path in paths:
            for site, base in (("ours", ours), ("stock", stock)):
                report = REPORTS / f"{site}-{_name(path)}.json"
                figures[site, path].append(paint_figures(lighthouse(base + path, report)))
    columns = ["LCP ours", "stock", "TBT ours", "stock"]
    protocol = "HTTP/2" if ours.startswith("https:") else "HTTP/1.1"
    print(f"\n{protocol}, medians of {runs} runs, ms: all runs | runs without a stall | stalled runs (ours, stock)")
    print(f"{'':22}" + "".join(f"{column:>10}" for column in columns * 2))
    for path in paths:
        cells = [
            _median([figure[index] for figure in figures[site, path] if not (clean and figure[2])])
            for clean in (False, True)
            for index in (0, 1)
            for site in ("ours", "stock")
        ]
        stalls = [sum(figure[2] for figure in figures[site, path]) for site in ("ours", "stock")]
        print(f"/{path:21}" + "".join(f"{cell:>10}" for cell in cells) + f"  {stalls[0]}, {stalls[1]}")


def _median(values: list[float]) -> str:
    return f"{statistics.median(values):.0f}" if values else "-"


def main(site: Path | None, chosen: list[str] | None, runs: int, http2: bool) -> None:
    """Build what is needed, serve both sites, print the two reports."""
    languages = page_paths()
    pages = {
        path: code
        for code, paths in languages.items()
        for path in paths
        if chosen is None or (path.removeprefix(paths[0]).strip("/") or "index") in chosen
    }
    REPORTS.mkdir(exist_ok=True)
    with tempfile.TemporaryDirectory() as folder:
        folder = Path(folder)
        site = site or build(ROOT / "mkdocs.yml", folder / "site")
        count = len(next(iter(languages.values())))
        _, stock_config = scale_configs(folder / "stock-source", count)
        stock = build(stock_config, folder / "stock")
        servers = []

        def serve(served: Path, headers: bool, over_http2: bool) -> str:
            scratch = folder / f"nginx-{len(servers)}"
            scratch.mkdir()
            process, base = start_nginx(served.resolve(), scratch, headers, over_http2)
            servers.append(process)
            return base

        try:
            base = serve(site, True, False)
            compared = serve(site, True, True) if http2 else base
            stock_base = serve(stock, False, http2)
            scores(base, pages)
            against_stock(compared, stock_base, list(pages), runs)
        finally:
            for process in servers:
                process.terminate()
                process.wait()


def _name(path: str) -> str:
    return path.strip("/").replace("/", "-") or "home"


if __name__ == "__main__":
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--site", type=Path, help="a built site (default: build one)")
    parser.add_argument("--pages", help="page names, comma-separated (index, causes; default: every page in nav)")
    parser.add_argument("--runs", type=int, default=3, help="Lighthouse runs a page for the stock comparison")
    parser.add_argument("--http1", action="store_true", help="compare with stock over plain HTTP/1.1")
    arguments = parser.parse_args()
    chosen = arguments.pages.split(",") if arguments.pages else None
    main(arguments.site, chosen, arguments.runs, http2=not arguments.http1)
