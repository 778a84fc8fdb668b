"""Reading the site's YAML data files, with errors that name the file."""

from pathlib import Path
from typing import Any

import yaml

from sitegen.errors import SiteDataError

# libyaml's loader where PyYAML was built with it (about ten times faster), else the pure-Python one.
_BASE_LOADER = getattr(yaml, "CSafeLoader", yaml.SafeLoader)


class _UniqueKeyLoader(_BASE_LOADER):
    """A safe loader that refuses a key written twice in one mapping (YAML would keep the last silently)."""


def _unique_mapping(loader: yaml.SafeLoader, node: yaml.MappingNode) -> dict:
    seen: dict = {}
    for key_node, _ in node.value:
        key = loader.construct_object(key_node)
        if key in seen:
            raise yaml.constructor.ConstructorError(
                None, None, f"key {key!r} is written twice (first on line {seen[key] + 1})", key_node.start_mark
            )
        seen[key] = key_node.start_mark.line
    return loader.construct_mapping(node)


def _real_date(loader: yaml.SafeLoader, node: yaml.ScalarNode):
    try:
        return loader.construct_yaml_timestamp(node)
    except ValueError as error:
        raise yaml.constructor.ConstructorError(
            None, None, f"{node.value!r} is not a real date ({error})", node.start_mark
        ) from error


_UniqueKeyLoader.add_constructor(yaml.resolver.BaseResolver.DEFAULT_MAPPING_TAG, _unique_mapping)
_UniqueKeyLoader.add_constructor("tag:yaml.org,2002:timestamp", _real_date)


def load_yaml(text: str):
    """Read YAML text with the safe loader, refusing duplicate keys.

    Raises:
        yaml.YAMLError: If the text is not YAML or repeats a key; its message names the line.
    """
    return yaml.load(text, Loader=_UniqueKeyLoader)  # noqa: S506 (a safe loader)


def yaml_problem(error: yaml.YAMLError) -> str:
    """A YAML error in one line: ``line 4: key 'x' is written twice (first on line 2)``."""
    mark = getattr(error, "problem_mark", None)
    problem = getattr(error, "problem", None) or str(error)
    return f"line {mark.line + 1}: {problem}" if mark else problem


def load_mapping(site_root: Path, relative_path: str) -> dict[str, Any]:
    """Read a YAML file that must hold a mapping.

    Args:
        site_root: The folder of ``mkdocs.yml``.
        relative_path: The file, relative to ``site_root``, as it appears in messages.

    Returns:
        The mapping.

    Raises:
        SiteDataError: If the file is missing, is not YAML, repeats a key, or does not hold a mapping.
    """
    try:
        data = load_yaml((site_root / relative_path).read_text(encoding="utf-8"))
    except FileNotFoundError as error:
        raise SiteDataError([f"{relative_path}: file not found"]) from error
    except OSError as error:
        raise SiteDataError([f"{relative_path}: cannot be read: {error}"]) from error
    except yaml.YAMLError as error:
        raise SiteDataError([f"{relative_path}: {yaml_problem(error)}"]) from error
    if not isinstance(data, dict):
        raise SiteDataError([f"{relative_path}: expected a mapping at the top level"])
    return data
