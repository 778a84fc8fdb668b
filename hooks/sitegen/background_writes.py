"""Files written on a few threads while the build goes on.

Embeds and the JSON export add two files to every page; on a slow disk, opening and writing them one
by one costs more than rendering them. The writes overlap with the rendering of the next pages.
"""

from concurrent.futures import Future, ThreadPoolExecutor
from pathlib import Path


class BackgroundWriter:
    """Writes text files in the background; ``wait`` before anything reads them."""

    def __init__(self, threads: int = 4) -> None:  # noqa: D107
        self._pool = ThreadPoolExecutor(max_workers=threads, thread_name_prefix="writer")
        self._pending: list[Future] = []

    def write(self, path: Path, text: str) -> None:
        """Write ``text`` to ``path`` (UTF-8), making its folder, soon."""
        self._pending.append(self._pool.submit(_write, path, text))

    def wait(self) -> None:
        """Return once every write has finished; raise the first write's error, if any."""
        pending, self._pending = self._pending, []
        for future in pending:
            future.result()


def _write(path: Path, text: str) -> None:
    path.parent.mkdir(parents=True, exist_ok=True)
    path.write_text(text, encoding="utf-8")
