"""The built site's HTML files, read once for the final steps that each look at all of them.

Fonts (characters), theme assets (class names) and security headers (inline scripts) each scan every
page once all languages have built; the files are read by the first and handed to the others as
long as none has changed since (same files, sizes and modification times).
"""

from functools import lru_cache
from pathlib import Path


def built_pages(site_dir: Path) -> dict[str, bytes]:
    """Every ``.html`` file under ``site_dir``, by its path relative to it (``fa/causes/index.html``)."""
    signature = []
    for path in sorted(site_dir.rglob("*.html")):
        status = path.stat()
        signature.append((path.relative_to(site_dir).as_posix(), status.st_size, status.st_mtime_ns))
    return _read(site_dir, tuple(signature))


@lru_cache(maxsize=1)
def _read(site_dir: Path, signature: tuple[tuple[str, int, int], ...]) -> dict[str, bytes]:
    return {name: (site_dir / name).read_bytes() for name, *_ in signature}
