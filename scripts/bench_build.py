"""Build benchmark: the real site, and sites of 50 to 200 pages per language against stock Material.

Reports; asserts nothing.

Usage: .venv/bin/python scripts/bench_build.py [RUNS]

1. The real site: median of RUNS builds (default 3) without handouts and with them.
2. Scale: sites of 50, 100 and 200 pages per language, made from the real pages (component blocks
   left out, so stock Material can build them too), each built with this project's configuration and
   hooks, and with stock Material + static-i18n (no hooks, no templates of ours). Reports seconds per
   page and the hooks' overhead as a ratio. Handouts are skipped in the scale runs: they are a
   separate step, timed by bench_handouts.py.
"""

import os
import re
import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path

import yaml
from mkdocs.utils.yaml import yaml_load

ROOT = Path(__file__).resolve().parent.parent
MKDOCS = ROOT / ".venv" / "bin" / "mkdocs"
SIZES = (50, 100, 200)
STOCK = """site_name: Stock
site_url: https://stock.test/
theme: {name: material, font: false}
plugins:
  - search
  - i18n:
      docs_structure: folder
      languages:
        - {locale: en, name: English, default: true, build: true}
        - {locale: fa, name: فارسی, build: true}
"""


def build_seconds(config: Path, runs: int, environment: dict[str, str]) -> float:
    """Median seconds of ``runs`` builds of ``config``."""
    times = []
    for _ in range(runs):
        with tempfile.TemporaryDirectory() as site:
            start = time.perf_counter()
            subprocess.run(
                [str(MKDOCS), "build", "--quiet", "-f", str(config), "-d", site],
                env=os.environ | {"NO_MKDOCS_2_WARNING": "1", "SITE_SKIP_HANDOUTS": "1"} | environment,
                check=True,
                capture_output=True,
            )
            times.append(time.perf_counter() - start)
    return statistics.median(times)


def write_pages(docs: Path, count: int) -> None:
    """``count`` pages per language: the real pages, then copies of them, without component blocks."""
    for language in ("en", "fa"):
        sources = sorted((ROOT / "docs" / language).glob("*.md"))
        (docs / language).mkdir(parents=True)
        for number in range(count):
            source = sources[number % len(sources)]
            text = re.sub(r"^/// .*\n///\n", "", source.read_text(encoding="utf-8"), flags=re.M)
            name = source.name if number < len(sources) else f"copy-{number:03}.md"
            (docs / language / name).write_text(text, encoding="utf-8")


def scale_configs(folder: Path, count: int) -> tuple[Path, Path]:
    """A generated site of ``count`` pages per language, configured as this project and as stock."""
    write_pages(folder / "docs", count)
    (folder / "data").symlink_to(ROOT / "data")
    ours = folder / "mkdocs.yml"
    hooks = yaml_load((ROOT / "mkdocs.yml").read_text(encoding="utf-8"))["hooks"]
    config = {
        "INHERIT": str(ROOT / "mkdocs.yml"),
        "nav": None,
        "watch": [],
        "theme": {"custom_dir": str(ROOT / "overrides")},
        "hooks": [str(ROOT / hook) for hook in hooks],
    }
    ours.write_text(yaml.safe_dump(config), encoding="utf-8")
    stock = folder / "stock.yml"
    stock.write_text(STOCK, encoding="utf-8")
    return ours, stock


def main(runs: int) -> None:
    """Print the figures."""
    site_only = build_seconds(ROOT / "mkdocs.yml", runs, {})
    with_handouts = build_seconds(ROOT / "mkdocs.yml", runs, {"SITE_SKIP_HANDOUTS": ""})
    print(f"real site, 9 pages x 2 languages: {site_only:.2f} s site only, {with_handouts:.2f} s with handouts")
    print(f"{'pages/language':>14} {'ours s':>8} {'stock s':>8} {'ours s/page':>12} {'ratio':>6}")
    for count in SIZES:
        with tempfile.TemporaryDirectory() as folder:
            ours, stock = scale_configs(Path(folder), count)
            ours_seconds, stock_seconds = build_seconds(ours, runs, {}), build_seconds(stock, runs, {})
        per_page, ratio = ours_seconds / (2 * count), ours_seconds / stock_seconds
        print(f"{count:>14} {ours_seconds:>8.2f} {stock_seconds:>8.2f} {per_page:>12.4f} {ratio:>6.2f}")


if __name__ == "__main__":
    main(int(sys.argv[1]) if len(sys.argv) > 1 else 3)
