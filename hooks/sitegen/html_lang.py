"""Mark the ``<html>`` element with the page's language and direction.

Material writes ``lang`` on ``<html>`` but ``dir`` only on ``<body>``; screen readers, browsers' own
controls and CSS selectors need both on the root element.
"""

import re

_HTML_TAG = re.compile(r"<html\b[^>]*>", re.IGNORECASE)
_BODY_DIR = re.compile(r"<body\b[^>]*\bdir=\"(ltr|rtl)\"", re.IGNORECASE)
_LANG = re.compile(r"\blang=\"([^\"]+)\"")


def mark_html_lang_dir(html: str) -> str:
    """Give ``<html>`` the ``dir`` that Material put on ``<body>``, keeping its ``lang``.

    Args:
        html: A complete HTML document written by the theme.

    Returns:
        The document with ``<html lang=".." dir="..">``.

    Raises:
        ValueError: If the document has no ``<html lang>`` or no ``<body dir>``.
    """
    html_tag = _HTML_TAG.search(html)
    body_dir = _BODY_DIR.search(html)
    lang = _LANG.search(html_tag.group(0)) if html_tag else None
    if not (html_tag and lang and body_dir):
        raise ValueError("expected a document with <html lang=...> and <body dir=...>")
    tag = re.sub(r"\sdir=\"[^\"]*\"", "", html_tag.group(0))
    tag = tag.replace(lang.group(0), f'{lang.group(0)} dir="{body_dir.group(1)}"', 1)
    return html[: html_tag.start()] + tag + html[html_tag.end() :]
