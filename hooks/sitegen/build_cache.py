"""The build cache may fail (a read-only or vanished folder): that costs speed, never the build.

Every part of the cache (``fonts/``, ``templates/``) reports a problem here instead of raising; it is
said once per cache folder, on a logger of its own, so a strict build (which fails on MkDocs' warnings)
goes on without the cache.
"""

import logging
from pathlib import Path

_log = logging.getLogger("sitegen.cache")
_reported: set[Path] = set()


def cache_unusable(part: Path, error: OSError) -> None:
    """Say once that the cache folder holding ``part`` cannot be used, and why."""
    if part.parent not in _reported:
        _reported.add(part.parent)
        _log.warning(f"{part.parent}: build cache not used ({error.strerror or error}): the build goes on without it")
