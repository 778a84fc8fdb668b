"""A stylesheet without the rules that nothing on the site can match.

Material's main stylesheet styles every feature the theme offers (code highlighting, content tabs,
blog posts, tags, version selectors, ...); this site uses a few. A selector is dropped when it names
a class that is written nowhere in the site's pages and scripts (Material's scripts add classes such
as ``md-search-result__item`` at run time, so they count); a rule goes when all its selectors have.
Only classes are checked: element, id and attribute selectors, custom properties and ``@``-rules
other than conditional groups are kept as they are.

The stylesheet is read as blocks (``prelude { body }``), skipping strings and comments, and what is
kept is written back byte for byte: a full CSS parser would take ten times as long for no gain.
"""

import re
from collections.abc import Iterable, Iterator

_WORD = re.compile(r"-?[_a-zA-Z][\w-]*")
_CLASS_ATTRIBUTE = re.compile(rb"""class=["']([^"']*)["']""")
_CLASS = re.compile(r"\.(-?[_a-zA-Z][\w-]*)")
# What matters when reading blocks: strings and comments (skipped whole), braces and semicolons.
_TOKEN = re.compile(r""""(?:[^"\\]|\\.)*"|'(?:[^'\\]|\\.)*'|/\*.*?\*/|[{};]""", re.S)
_GROUPS = ("@media", "@supports", "@container", "@layer")


def class_names(pages: Iterable[bytes], scripts: Iterable[str]) -> set[str]:
    """The classes pages may carry.

    Those in the pages' ``class`` attributes (pages as UTF-8), and every word of the scripts (which
    add classes at run time, from names written in them).
    """
    # Pages repeat the same attribute values (navigation, headers) many times: split each value once.
    values = {value for page in pages for value in _CLASS_ATTRIBUTE.findall(page)}
    names = {name for value in values for name in value.decode("utf-8").split()}
    return names | {word for script in scripts for word in _WORD.findall(script)}


def without_unused_rules(css: str, names: set[str]) -> str:
    """The stylesheet, minified as it was, without the selectors whose classes are not in ``names``.

    Comments (including a source map reference, which no longer fits) are dropped.
    """
    kept = []
    for statement, prelude, body in _blocks(css):
        if statement:
            kept.append(statement)
        elif prelude.startswith(_GROUPS):
            inner = without_unused_rules(body, names)
            if inner:
                kept.append(f"{prelude}{{{inner}}}")
        elif prelude.startswith("@"):
            kept.append(f"{prelude}{{{body}}}")
        else:
            selectors = [selector for selector in _selectors(prelude) if set(_CLASS.findall(selector)) <= names]
            if selectors:
                kept.append(f"{','.join(selectors)}{{{body}}}")
    return "".join(kept)


def _blocks(css: str) -> Iterator[tuple[str, str, str]]:
    """The top-level parts of a stylesheet, in order, comments left out.

    ``(statement, "", "")`` for a statement that ends with ``;`` (``@charset``), ``("", prelude, body)``
    for a block.
    """
    depth, start, prelude, body_start = 0, 0, "", 0
    for token in _TOKEN.finditer(css):
        text = token.group()
        if text.startswith("/*") and depth == 0:
            start = token.end()
        elif text == ";" and depth == 0:
            yield css[start : token.end()].strip(), "", ""
            start = token.end()
        elif text == "{":
            if depth == 0:
                prelude, body_start = css[start : token.start()].strip(), token.end()
            depth += 1
        elif text == "}":
            depth -= 1
            if depth == 0:
                yield "", prelude, css[body_start : token.start()]
                start = token.end()


def _selectors(prelude: str) -> list[str]:
    """The selectors of a selector list, split at commas outside parentheses and brackets."""
    selectors, depth, current = [], 0, []
    for char in prelude:
        depth += char in "([" and 1 or (char in ")]" and -1 or 0)
        if char == "," and depth == 0:
            selectors.append("".join(current).strip())
            current = []
        else:
            current.append(char)
    selectors.append("".join(current).strip())
    return selectors
