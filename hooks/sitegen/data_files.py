"""Reading the site's YAML data files, with errors that name the file."""

from pathlib import Path
from typing import Any

import yaml

from sitegen.errors import SiteDataError

# libyaml's loader where PyYAML was built with it (about ten times faster), else the pure-Python one.
_LOADER = getattr(yaml, "CSafeLoader", yaml.SafeLoader)


def load_mapping(site_root: Path, relative_path: str) -> dict[str, Any]:
    """Read a YAML file that must hold a mapping.

    Args:
        site_root: The folder of ``mkdocs.yml``.
        relative_path: The file, relative to ``site_root``, as it appears in messages.

    Returns:
        The mapping.

    Raises:
        SiteDataError: If the file is missing, is not YAML, or does not hold a mapping.
    """
    try:
        data = yaml.load((site_root / relative_path).read_text(encoding="utf-8"), Loader=_LOADER)  # noqa: S506 (a safe loader)
    except FileNotFoundError as error:
        raise SiteDataError([f"{relative_path}: file not found"]) from error
    except (OSError, yaml.YAMLError) as error:
        raise SiteDataError([f"{relative_path}: cannot be read as YAML: {error}"]) from error
    if not isinstance(data, dict):
        raise SiteDataError([f"{relative_path}: expected a mapping at the top level"])
    return data
