"""Our copies of Material's templates, guarded.

``overrides/main.html`` copies Material's config block (to search in the page's language) and names the
hashed search worker; ``overrides/partials/search.html`` copies Material's search partial (to name the
dialog). A Material release can move either underneath them. ``COPIES`` records what each copy was made
from, so a test fails when Material's original changes; and the build fails when the config block names
a file the site does not have (``config_problems``).
"""

import hashlib
import json
import re
from pathlib import Path
from urllib.parse import urljoin, urlsplit

# Our file: Material's template, the piece copied (a Jinja block, or the whole file), and its SHA-256.
COPIES = {
    "main.html": ("base.html", "config", "b84001acaa9dc3791d04b24d2533025797fbe59d71702bd25693fe05aac34ddf"),
    "partials/search.html": (
        "partials/search.html",
        None,
        "bfd556535abcddb99396ab2a7e3acc2ebcd3f36756007d3969396caa4126be30",
    ),
}
_CONFIG = re.compile(r'<script id="__config" type="application/json">(.*?)</script>', re.S)


def copied_piece(material_dir: Path, template: str, block: str | None) -> str:
    """The piece of Material's template our copy was made from (a block, or the whole file)."""
    text = (material_dir / template).read_text(encoding="utf-8")
    if block is None:
        return text
    match = re.search(rf"\{{% block {block} %\}}.*?\{{% endblock %\}}", text, re.S)
    return match.group() if match else ""


def fingerprint(text: str) -> str:
    """The SHA-256 of a piece of a template."""
    return hashlib.sha256(text.encode()).hexdigest()


def config_problems(html: str, page_path: str, site_dir: Path) -> list[str]:
    """A problem for each file named in a built page's ``__config`` that the site does not have."""
    match = _CONFIG.search(html)
    if not match:
        return [f"{page_path}: no __config block (overrides/main.html no longer fits Material's base.html)"]
    config = json.loads(match.group(1))
    page_url = "/" + page_path.removesuffix("index.html")
    return [
        f"overrides/main.html: __config names {config[key]!r} (from {page_path}), which this Material does "
        "not ship: copy its config block from Material's base.html again"
        for key in ("search",)
        if not (site_dir / urlsplit(urljoin(page_url, config[key])).path.lstrip("/")).is_file()
    ]
