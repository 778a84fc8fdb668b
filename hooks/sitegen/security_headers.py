"""Security headers for the built site, as files a host can deploy.

``_headers`` is read by Netlify and Cloudflare Pages; ``nginx-headers.conf`` is an nginx snippet.

Every page gets a Content-Security-Policy that the site satisfies: scripts and styles from the site
only, plus the inline scripts of the theme's head, allowed by hash (computed from the built pages, so
a theme upgrade cannot silently break them). Embeds may be framed by the configured origins (any, by
default); every other page only by the site itself.
"""

import base64
import hashlib
import re
from collections.abc import Iterable, Sequence
from pathlib import Path

from sitegen.embeds import EMBED_FOLDER
from sitegen.errors import SiteDataError
from sitegen.folder_templates import folder_templates, template_errors

HEADER_FILES = ("_headers", "nginx-headers.conf")
TEMPLATE_FOLDER = "headers"
_SCRIPT = re.compile(rb"<script(?P<attributes>[^>]*)>(?P<body>.*?)</script>", re.S)
_DATA_TYPE = re.compile(rb'type="application/(ld\+)?json"')
_CONTENT_SCRIPT = re.compile(r"<script\b", re.I)
_ANCESTOR = re.compile(r"'self'|\*|https?://(\*\.)?[A-Za-z0-9-]+(\.[A-Za-z0-9-]+)*(:\d{1,5})?")
_POLICY = {
    "default-src": ["'none'"],
    "script-src": ["'self'"],
    "style-src": ["'self'"],
    # Material's icons are CSS masks with data: URLs.
    "img-src": ["'self'", "data:"],
    "font-src": ["'self'"],
    # The search worker fetches the index; Material fetches sitemap.xml.
    "connect-src": ["'self'"],
    "worker-src": ["'self'"],
    "manifest-src": ["'self'"],
    "base-uri": ["'self'"],
    "form-action": ["'self'"],
}


def frame_ancestors(value: object, setting: str) -> list[str]:
    """The configured sites that may frame the embeds, checked.

    Each must be ``*``, ``'self'`` or a site (scheme, host, optional port): anything else could add directives to
    the policy (``;``) or lines to the nginx snippet (quotes, new lines).

    Raises:
        SiteDataError: If the setting is not a non-empty list of such sources.
    """
    if not isinstance(value, list) or not value:
        raise SiteDataError(
            [
                f"mkdocs.yml: {setting}: expected a list of the sites that may frame the embeds (CSP "
                f'frame-ancestors sources, such as https://clinic.example), or ["*"] for any, got {value!r}'
            ]
        )
    problems = [
        f"mkdocs.yml: {setting}[{index}]: expected *, 'self' or a site such as https://clinic.example "
        f"(scheme, host and an optional port, nothing else), got {item!r}"
        for index, item in enumerate(value)
        if not isinstance(item, str) or not _ANCESTOR.fullmatch(item)
    ]
    if problems:
        raise SiteDataError(problems)
    return value


def content_script_problems(html: str, page_path: str) -> list[str]:
    """A page's own content may hold no script: the policy trusts only the scripts the templates emit."""
    if not _CONTENT_SCRIPT.search(html):
        return []
    return [
        f"{page_path}: a <script> in the page's content: scripts come only from the templates "
        "(put it in a file under overrides/assets/javascripts and list it in extra_javascript)"
    ]


def inline_script_hashes(pages: Iterable[bytes]) -> list[str]:
    """The CSP hash source of every distinct inline script that runs in the pages (UTF-8; not JSON data)."""
    hashes = set()
    for html in pages:
        for match in _SCRIPT.finditer(html):
            attributes = match["attributes"]
            if b"src=" in attributes or _DATA_TYPE.search(attributes):
                continue
            digest = hashlib.sha256(match["body"]).digest()
            hashes.add(f"'sha256-{base64.b64encode(digest).decode()}'")
    return sorted(hashes)


def content_security_policy(script_hashes: list[str], frame_ancestors: list[str] | None) -> str:
    """The policy, with the inline scripts' hashes and who may frame the page (no rule if ``None``)."""
    policy = _POLICY | {"script-src": _POLICY["script-src"] + script_hashes}
    if frame_ancestors is not None:
        policy["frame-ancestors"] = frame_ancestors
    return _policy_text(policy)


def framing_policy(frame_ancestors: list[str]) -> str:
    """A policy that says only who may frame the page, sent beside a policy without that rule."""
    return _policy_text({"frame-ancestors": frame_ancestors})


def _policy_text(policy: dict[str, list[str]]) -> str:
    return "; ".join(f"{name} {' '.join(sources)}" for name, sources in policy.items())


def header_files(
    pages: dict[str, bytes], theme_dirs: Sequence[Path], prefixes: list[str], embed_frame_ancestors: list[str]
) -> dict:
    """The text of each header file for the built site.

    Args:
        pages: Every HTML file of the built site (every language finished) by its path in the site.
        theme_dirs: The theme folders (the site's, then the engine's); the templates are in ``headers/``.
        prefixes: Every language's folder (``""``, ``"fa/"``), the default first.
        embed_frame_ancestors: CSP sources of the sites that may frame the embeds (``*`` for any).

    Returns:
        Each file's name and text.

    Raises:
        SiteDataError: If a template is missing or broken.
    """
    hashes = inline_script_hashes(pages.values())
    embed_folders = [f"{prefix}{EMBED_FOLDER}/" for prefix in prefixes]
    page_files = [name for name in sorted(pages) if not name.startswith(tuple(embed_folders))]
    context = {
        "page_policy": content_security_policy(hashes, ["'self'"]),
        "embed_policy": content_security_policy(hashes, embed_frame_ancestors),
        "base_policy": content_security_policy(hashes, None),
        "page_framing": framing_policy(["'self'"]),
        "embed_framing": framing_policy(embed_frame_ancestors),
        "page_paths": [path for page in page_files for path in _request_paths(page)],
        "embed_folders": embed_folders,
        "prefixes": [prefix for prefix in prefixes if prefix],
        "header_files": HEADER_FILES,
    }
    folders = [theme_dir / TEMPLATE_FOLDER for theme_dir in theme_dirs]
    env = folder_templates(folders, html=False)
    with template_errors(folders, "header"):
        return {name: env.get_template(name).render(context) for name in HEADER_FILES}


def _request_paths(html_file: str) -> list[str]:
    """The URL paths that serve a built HTML file: ``causes/index.html`` is ``/causes/`` and itself."""
    if html_file == "index.html" or html_file.endswith("/index.html"):
        return [f"/{html_file.removesuffix('index.html')}", f"/{html_file}"]
    return [f"/{html_file}"]
