"""Files the hooks add beside the pages (embeds, JSON records), written together when asked.

Embeds and the JSON export add two files to every page. Written on threads while the next pages
rendered, the writers and the renderer kept taking turns at Python's interpreter lock, and rendering
slowed by more than the writes cost (measured: 0.2 s of 4.8 at 200 pages a language). Kept until
the language has built, they are written by a few threads at once (a slow disk then waits on
several files together) while nothing else runs.
"""

from concurrent.futures import ThreadPoolExecutor
from pathlib import Path


class DeferredWriter:
    """Text files to write later: ``write`` keeps one, ``flush`` writes every file kept."""

    def __init__(self, threads: int = 4) -> None:  # noqa: D107
        self._threads = threads
        self._files: dict[Path, str] = {}

    def write(self, path: Path, text: str) -> None:
        """Keep ``text`` to write to ``path`` (UTF-8, making its folder) at the next ``flush``."""
        self._files[path] = text

    def flush(self) -> None:
        """Write every file kept, then forget them; raise the first write's error, if any."""
        files, self._files = self._files, {}
        with ThreadPoolExecutor(max_workers=self._threads, thread_name_prefix="writer") as pool:
            for _ in pool.map(_write, files, files.values()):
                pass


def _write(path: Path, text: str) -> None:
    path.parent.mkdir(parents=True, exist_ok=True)
    path.write_text(text, encoding="utf-8")
