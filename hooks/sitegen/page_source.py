"""A page's Markdown source, read as the editor wrote it: its front matter and its component blocks.

MkDocs drops a page's whole front matter on a YAML error and builds on, and Python-Markdown shows a
misspelt block (``/// rutine | heel-raise``) as text. Reading the source here names the line instead.
"""

import re
from dataclasses import dataclass

import yaml

from sitegen.data_files import load_yaml, yaml_problem
from sitegen.errors import SiteDataError

_FRONT_MATTER = re.compile(r"\A---[ \t]*\n(.*?\n)?(?:---|\.\.\.)[ \t]*(?:\n|\Z)", re.S)
_BLOCK_LINE = re.compile(r"^ {0,3}///(.*)$")
_OPENING = re.compile(r"^\s+([A-Za-z0-9_-]+)\s*(?:\|\s*(.*?))?\s*$")


@dataclass(frozen=True)
class ComponentBlock:
    """One ``/// kind | id`` block of a page, and the line it starts on."""

    line: int
    kind: str
    id: str


def read_front_matter(text: str, page_path: str) -> dict:
    """The page's front matter, read with the site's YAML loader (duplicate keys refused).

    Raises:
        SiteDataError: If the front matter is not YAML or not a mapping, naming the page and the line.
    """
    match = _FRONT_MATTER.match(text)
    if not match:
        return {}
    try:
        # A blank line stands for the opening '---', so the lines YAML names are the file's.
        meta = load_yaml("\n" + (match.group(1) or ""))
    except yaml.YAMLError as error:
        raise SiteDataError([f"{page_path}: front matter: {yaml_problem(error)}"]) from error
    if meta is None:
        return {}
    if not isinstance(meta, dict):
        raise SiteDataError([f"{page_path}: front matter: expected a mapping of fields, got {meta!r}"])
    return meta


def page_body(text: str) -> str:
    """A page's Markdown without its front matter."""
    match = _FRONT_MATTER.match(text)
    return text[match.end() :] if match else text


def component_blocks(text: str, page_path: str, kinds: list[str]) -> list[ComponentBlock]:
    """The component blocks of a page, in order, each checked: a known kind, an id, nothing inside.

    Raises:
        SiteDataError: One problem per malformed block, naming the page and the line.
    """
    blocks, problems, lines = [], [], text.splitlines()
    number = 0
    while number < len(lines):
        match = _BLOCK_LINE.match(lines[number])
        number += 1
        if not match or not match.group(1).strip():
            if match:
                problems.append(f"{page_path}: line {number}: '///' closes no block")
            continue
        where = f"{page_path}: line {number}"
        opening = _OPENING.match(match.group(1))
        if not opening or opening.group(1) not in kinds:
            name = opening.group(1) if opening else match.group(1).strip()
            problems.append(f"{where}: unknown block {name!r} (expected one of: {', '.join(kinds)})")
        elif not opening.group(2):
            problems.append(f"{where}: /// {opening.group(1)}: an id is required (/// {opening.group(1)} | <id>)")
        else:
            blocks.append(ComponentBlock(number, opening.group(1), opening.group(2)))
        inside = number
        while number < len(lines) and not _BLOCK_LINE.match(lines[number]):
            number += 1
        if any(line.strip() for line in lines[inside:number]):
            problems.append(f"{where}: a component block takes no content or options, only its closing '///'")
        if number == len(lines):
            problems.append(f"{where}: the block is never closed (a line '///' must end it)")
        number += 1
    if problems:
        raise SiteDataError(problems)
    return blocks


def parity_problems(
    blocks: list[ComponentBlock], twin: list[ComponentBlock], page_path: str, twin_path: str
) -> list[str]:
    """A translation must place the same components as its original, in the same order."""
    mine = [(block.kind, block.id) for block in blocks]
    theirs = [(block.kind, block.id) for block in twin]
    if mine == theirs:
        return []
    listed = ", ".join(f"{kind} | {block_id}" for kind, block_id in theirs) or "none"
    return [f"{page_path}: components differ from {twin_path}: expected, in order: {listed}"]
