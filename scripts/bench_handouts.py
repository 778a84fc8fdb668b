"""Benchmark of the PDF handout step: seconds per handout, in total, serial against parallel.

Usage: .venv/bin/python scripts/bench_handouts.py [RUNS]

Times full `mkdocs build` runs (median of RUNS, default 3): without handouts (SITE_SKIP_HANDOUTS=1),
with one rendering process, and with one per CPU core (SITE_HANDOUT_WORKERS). The handout step is the
difference from the build without handouts. Reports; asserts nothing.
"""

import os
import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
MKDOCS = ROOT / ".venv" / "bin" / "mkdocs"


def build_seconds(environment: dict[str, str], runs: int) -> tuple[float, int]:
    """Median seconds of ``runs`` builds with ``environment``, and the number of PDFs made."""
    times, pdfs = [], 0
    for _ in range(runs):
        with tempfile.TemporaryDirectory() as folder:
            start = time.perf_counter()
            subprocess.run(
                [str(MKDOCS), "build", "--quiet", "--site-dir", folder],
                cwd=ROOT,
                env=os.environ | {"NO_MKDOCS_2_WARNING": "1"} | environment,
                check=True,
                capture_output=True,
            )
            times.append(time.perf_counter() - start)
            pdfs = len(list(Path(folder).glob("**/*.pdf")))
    return statistics.median(times), pdfs


def main(runs: int) -> None:
    """Print the table."""
    cores = os.cpu_count() or 1
    site_only, _ = build_seconds({"SITE_SKIP_HANDOUTS": "1"}, runs)
    serial, count = build_seconds({"SITE_HANDOUT_WORKERS": "1"}, runs)
    parallel, _ = build_seconds({"SITE_HANDOUT_WORKERS": str(cores)}, runs)
    print(f"site only (no handouts):      {site_only:6.2f} s")
    for name, total in (("serial, 1 process", serial), (f"parallel, {cores} processes", parallel)):
        step = total - site_only
        per_handout = step / count
        print(f"{name:29} {total:6.2f} s build, {step:6.2f} s handouts, {per_handout:5.3f} s each ({count} PDFs)")
    print(f"parallel speed-up of the handout step: {(serial - site_only) / (parallel - site_only):.2f}x")


if __name__ == "__main__":
    main(int(sys.argv[1]) if len(sys.argv) > 1 else 3)
