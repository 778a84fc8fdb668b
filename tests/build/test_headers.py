"""The deployable header files cover the real site: every inline script that runs is allowed by hash,
and every page is named (embeds by their folders)."""

import base64
import hashlib
import re

from tests.build.site_pages import LANGUAGES, built_html


def _inline_scripts(text: str) -> list[str]:
    return [
        body
        for attributes, body in re.findall(r"<script([^>]*)>(.*?)</script>", text, re.S)
        if "src=" not in attributes and "json" not in attributes
    ]


def test_every_inline_script_of_every_page_is_allowed_by_hash_in_both_files(site_dir):
    files = [(site_dir / name).read_text(encoding="utf-8") for name in ("_headers", "nginx-headers.conf")]
    missing = set()
    for _, path in built_html(site_dir):
        for body in _inline_scripts(path.read_text(encoding="utf-8")):
            digest = base64.b64encode(hashlib.sha256(body.encode()).digest()).decode()
            if any(f"'sha256-{digest}'" not in text for text in files):
                missing.add((path.relative_to(site_dir).as_posix(), body[:40]))
    assert missing == set()


def test_every_page_has_its_own_rule_and_embeds_a_rule_per_language(site_dir):
    rules = set(re.findall(r"^(/\S*)$", (site_dir / "_headers").read_text(encoding="utf-8"), re.M))
    for _, path in built_html(site_dir):
        relative = path.relative_to(site_dir).as_posix()
        if "/embed/" in f"/{relative}":
            continue
        assert f"/{relative}" in rules
    assert {f"/{prefix}embed/*" for prefix, _ in LANGUAGES.values()} <= rules
