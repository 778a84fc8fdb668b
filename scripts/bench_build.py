"""Build benchmark: the real site, and sites of 50 to 200 pages per language against stock Material.

Reports; asserts nothing.

Usage: .venv/bin/python scripts/bench_build.py [RUNS]

1. The real site: median of RUNS builds (default 3) without handouts and with them.
2. Scale: sites of 50, 100 and 200 pages per language, made from the real pages (component blocks
   left out, so stock Material can build them too), each built with this project's configuration and
   hooks, and with stock Material + static-i18n: the same configuration (theme features, Markdown
   extensions, languages) without our hooks, templates, scripts and styles. Reports seconds per page
   and the hooks' overhead as a ratio. Handouts are skipped in the scale runs: they are a separate
   step, timed by bench_handouts.py.
"""

import os
import re
import resource
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


def build_times(config: Path, environment: dict[str, str]) -> tuple[float, float]:
    """Wall-clock and CPU seconds (user + system, the build's processes and threads) of one build."""
    with tempfile.TemporaryDirectory() as site:
        before, start = resource.getrusage(resource.RUSAGE_CHILDREN), time.perf_counter()
        subprocess.run(
            [str(MKDOCS), "build", "--quiet", "-f", str(config), "-d", site],
            env=os.environ | {"NO_MKDOCS_2_WARNING": "1", "SITE_SKIP_HANDOUTS": "1"} | environment,
            check=True,
            capture_output=True,
        )
        wall, after = time.perf_counter() - start, resource.getrusage(resource.RUSAGE_CHILDREN)
    return wall, (after.ru_utime - before.ru_utime) + (after.ru_stime - before.ru_stime)


def median_times(configs: list[Path], runs: int, environment: dict[str, str]) -> list[tuple[float, float]]:
    """The median wall-clock and CPU seconds of each configuration, built in turn ``runs`` times.

    Taking turns spreads the machine's slow moments (such as its disk flushing) over all of them.
    """
    samples = [[build_times(config, environment) for config in configs] for _ in range(runs)]
    return [
        (statistics.median(run[index][0] for run in samples), statistics.median(run[index][1] for run in samples))
        for index in range(len(configs))
    ]


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
    text = (ROOT / "mkdocs.yml").read_text(encoding="utf-8")
    section = re.search(r"^markdown_extensions:\n(?:[ #-].*\n|\n)*", text, re.M).group(0)
    return re.sub(r"^  - sitegen\.[a-z]+:\n(?:      .*\n)*", "", section, flags=re.M)


def main(runs: int) -> None:
    """Print the figures."""
    ((site_only, _),) = median_times([ROOT / "mkdocs.yml"], runs, {})
    ((with_handouts, _),) = median_times([ROOT / "mkdocs.yml"], runs, {"SITE_SKIP_HANDOUTS": ""})
    print(f"real site, 9 pages x 2 languages: {site_only:.2f} s site only, {with_handouts:.2f} s with handouts")
    print("scale: seconds of wall-clock time (and of CPU time), median of", runs, "builds each")
    print(f"{'pages/language':>14} {'ours s':>13} {'stock s':>13} {'ours s/page':>12} {'ratio':>13}")
    for count in SIZES:
        with tempfile.TemporaryDirectory() as folder:
            ours, stock = median_times(list(scale_configs(Path(folder), count)), runs, {})
        ratio = (ours[0] / stock[0], ours[1] / stock[1])
        print(
            f"{count:>14} {ours[0]:>6.2f} ({ours[1]:>4.2f}) {stock[0]:>6.2f} ({stock[1]:>4.2f}) "
            f"{ours[0] / (2 * count):>12.4f} {ratio[0]:>6.2f} ({ratio[1]:.2f})"
        )


if __name__ == "__main__":
    main(int(sys.argv[1]) if len(sys.argv) > 1 else 3)
