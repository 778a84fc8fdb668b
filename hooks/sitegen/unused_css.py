"""A stylesheet without the rules that nothing on the site can match.

Material's main stylesheet styles every feature the theme offers (code highlighting, content tabs,
blog posts, tags, version selectors, ...); this site uses a few. A selector is dropped when it names
a class that is written nowhere in the site's pages and scripts (Material's scripts add classes such
as ``md-search-result__item`` at run time, so they count); a rule goes when all its selectors have.
Only classes are checked: element, id and attribute selectors, custom properties and ``@``-rules
other than conditional groups are kept as they are.
"""

import re
from collections.abc import Iterable

import tinycss2

_WORD = re.compile(r"-?[_a-zA-Z][\w-]*")
_CLASS_ATTRIBUTE = re.compile(r"""class=["']([^"']*)["']""")
_CLASS = re.compile(r"\.(-?[_a-zA-Z][\w-]*)")
_GROUPS = ("media", "supports", "container", "layer")


def class_names(pages: Iterable[str], scripts: Iterable[str]) -> set[str]:
    """The classes pages may carry.

    Those in the pages' ``class`` attributes, and every word of the scripts (which add classes at
    run time, from names written in them).
    """
    names = {name for page in pages for value in _CLASS_ATTRIBUTE.findall(page) for name in value.split()}
    return names | {word for script in scripts for word in _WORD.findall(script)}


def without_unused_rules(css: str, names: set[str]) -> str:
    """The stylesheet, minified as it was, without the selectors whose classes are not in ``names``.

    Comments (including a source map reference, which no longer fits) are dropped.
    """
    rules = tinycss2.parse_stylesheet(css, skip_whitespace=True, skip_comments=True)
    return "".join(_kept(rules, names))


def _kept(rules, names: set[str]) -> list[str]:
    kept = []
    for rule in rules:
        if rule.type == "qualified-rule":
            selectors = [
                selector
                for selector in _selectors(tinycss2.serialize(rule.prelude))
                if set(_CLASS.findall(selector)) <= names
            ]
            if selectors:
                kept.append(f"{','.join(selectors)}{{{tinycss2.serialize(rule.content)}}}")
        elif rule.type == "at-rule" and rule.content is not None and rule.lower_at_keyword in _GROUPS:
            inner = _kept(tinycss2.parse_rule_list(rule.content, skip_whitespace=True, skip_comments=True), names)
            if inner:
                kept.append(f"@{rule.at_keyword}{tinycss2.serialize(rule.prelude)}{{{''.join(inner)}}}")
        elif rule.type != "error":
            kept.append(tinycss2.serialize([rule]))
    return kept


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
