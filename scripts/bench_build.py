"""Build benchmark: the real site, and sites of 50 to 200 pages per language against stock Material.

Reports; asserts nothing.

Usage: .venv/bin/python scripts/bench_build.py [RUNS]
Builds are written in memory (/dev/shm) where there is such a folder, so that what is timed is the
build's own work: on this 2-core VM a new file on disk costs 0.3-0.9 ms and the disk moves single
builds by up to two seconds. Set TMPDIR to time builds written elsewhere, such as on disk.

1. The real site: median of RUNS builds (default 3) without handouts and with them.
2. Scale: sites of 50, 100 and 200 pages per language, made from the real pages (component blocks
   left out, so stock Material can build them too), each built with this project's configuration and
   hooks, and with stock Material + static-i18n: the same configuration (theme features, Markdown
   extensions, languages) without our hooks, templates, scripts and styles. Reports seconds per page
   and the hooks' overhead as a ratio. Handouts are skipped in the scale runs: they are a separate
   step, timed by bench_handouts.py.

Our builds are timed twice: with the build cache a previous build left (fonts cut down, compiled
templates: every rebuild of `mkdocs serve`, and every build after the first) and with an empty one
(a first build, such as CI on a fresh clone). The cache also holds Material's compiled templates,
which a stock build compiles every time.
"""

import os
import re
import resource
import statistics
import subprocess
import sys
import tempfile
import time
from dataclasses import dataclass
from pathlib import Path

import yaml
from mkdocs.utils.yaml import yaml_load
from site_config import page_paths

ROOT = Path(__file__).resolve().parent.parent
MKDOCS = ROOT / ".venv" / "bin" / "mkdocs"
SIZES = (50, 100, 200)
MEMORY = "/dev/shm"


@dataclass(frozen=True)
class Build:
    """A configuration to build, with the environment it is built in."""

    config: Path
    environment: dict[str, str]
    cold: bool = False  # each build gets an empty cache folder


def build_times(build: Build) -> tuple[float, float]:
    """Wall-clock and CPU seconds (user + system, the build's processes and threads) of one build."""
    with tempfile.TemporaryDirectory() as site, tempfile.TemporaryDirectory() as empty_cache:
        environment = build.environment | ({"SITE_CACHE_DIR": empty_cache} if build.cold else {})
        before, start = resource.getrusage(resource.RUSAGE_CHILDREN), time.perf_counter()
        subprocess.run(
            [str(MKDOCS), "build", "--quiet", "-f", str(build.config), "-d", site],
            env=os.environ | {"NO_MKDOCS_2_WARNING": "1", "SITE_SKIP_HANDOUTS": "1"} | environment,
            check=True,
            capture_output=True,
        )
        wall, after = time.perf_counter() - start, resource.getrusage(resource.RUSAGE_CHILDREN)
    return wall, (after.ru_utime - before.ru_utime) + (after.ru_stime - before.ru_stime)


def median_times(builds: list[Build], runs: int) -> list[tuple[float, float]]:
    """The median wall-clock and CPU seconds of each build, built in turn ``runs`` times.

    One build of each comes first, not timed: it fills the caches. Taking turns spreads the
    machine's slow moments (such as its disk flushing) over all of them.
    """
    for build in builds:
        build_times(build)
    samples = [[build_times(build) for build in builds] for _ in range(runs)]
    return [
        (statistics.median(run[index][0] for run in samples), statistics.median(run[index][1] for run in samples))
        for index in range(len(builds))
    ]


def write_pages(docs: Path, count: int) -> None:
    """``count`` pages per language: the real pages, then copies of them, without component blocks."""
    for language in page_paths():
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
    (folder / "no-overrides").mkdir()
    stock_config = config | {
        "theme": {"custom_dir": str(folder / "no-overrides")},
        "hooks": [],
        "extra_css": [],
        "extra_javascript": [],
    }
    stock.write_text(yaml.safe_dump(stock_config) + markdown_extensions_without_ours(), encoding="utf-8")
    return ours, stock


def markdown_extensions_without_ours() -> str:
    """The project's ``markdown_extensions`` section as written (it holds a Python tag), without ours."""
    text = (ROOT / "engine.yml").read_text(encoding="utf-8")
    section = re.search(r"^markdown_extensions:\n(?:[ #-].*\n|\n)*", text, re.M).group(0)
    return re.sub(r"^(?:  #.*\n)*  - sitegen\.[a-z_]+:?\n(?:      .*\n)*", "", section, flags=re.M)


def main(runs: int) -> None:
    """Print the figures."""
    if "TMPDIR" not in os.environ and Path(MEMORY).is_dir():
        tempfile.tempdir = MEMORY
    print(f"builds written to {tempfile.gettempdir()}")
    with tempfile.TemporaryDirectory() as cache:
        real = [
            Build(ROOT / "mkdocs.yml", {"SITE_CACHE_DIR": cache}),
            Build(ROOT / "mkdocs.yml", {}, cold=True),
            Build(ROOT / "mkdocs.yml", {"SITE_CACHE_DIR": cache, "SITE_SKIP_HANDOUTS": ""}),
        ]
        (site, _), (site_cold, _), (with_handouts, _) = median_times(real, runs)
    print(
        f"real site, 9 pages x 2 languages: {site:.2f} s site only ({site_cold:.2f} s with an empty cache), "
        f"{with_handouts:.2f} s with handouts"
    )
    print(f"scale: seconds of wall-clock time (and of CPU time), median of {runs} builds each")
    print(f"{'pages/language':>14} {'stock s':>13} {'ours s':>13} {'ratio':>13} {'ours cold s':>13} {'ratio':>13}")
    for count in SIZES:
        with tempfile.TemporaryDirectory() as folder, tempfile.TemporaryDirectory() as cache:
            ours, stock = scale_configs(Path(folder), count)
            builds = [Build(stock, {}), Build(ours, {"SITE_CACHE_DIR": cache}), Build(ours, {}, cold=True)]
            (stock_s, stock_cpu), (warm_s, warm_cpu), (cold_s, cold_cpu) = median_times(builds, runs)
        print(
            f"{count:>14} {stock_s:>6.2f} ({stock_cpu:>4.2f}) {warm_s:>6.2f} ({warm_cpu:>4.2f}) "
            f"{warm_s / stock_s:>6.2f} ({warm_cpu / stock_cpu:.2f}) {cold_s:>6.2f} ({cold_cpu:>4.2f}) "
            f"{cold_s / stock_s:>6.2f} ({cold_cpu / stock_cpu:.2f})"
        )
        print(f"{'':>14} ours: {warm_s / (2 * count) * 1000:.1f} ms a page with the cache")


if __name__ == "__main__":
    main(int(sys.argv[1]) if len(sys.argv) > 1 else 3)
