"""The text of built pages, block by block, with the language each piece of text is in."""

from dataclasses import dataclass
from html.parser import HTMLParser
from pathlib import Path

BLOCKS = {"p", "li", "h1", "h2", "h3", "h4", "h5", "h6", "td", "th", "figcaption", "dt", "dd", "summary"}
VOID = {"area", "base", "br", "col", "embed", "hr", "img", "input", "link", "meta", "source", "track", "wbr"}
HIDDEN = {"script", "style", "code", "pre", "svg", "title"}


@dataclass(frozen=True)
class Run:
    """A piece of text, the block it belongs to, and where it stands."""

    text: str
    block: int
    lang: str
    in_article: bool
    classes: frozenset[str]


class _Collector(HTMLParser):
    def __init__(self) -> None:
        super().__init__(convert_charrefs=True)
        self.stack: list[tuple[str, dict[str, str], int]] = []
        self.runs: list[Run] = []
        self.blocks = 0

    def handle_starttag(self, tag, attrs):
        if tag in VOID:
            return
        attributes = {name: value or "" for name, value in attrs}
        if tag in BLOCKS:
            self.blocks += 1
        self.stack.append((tag, attributes, self.blocks))

    def handle_endtag(self, tag):
        for index in range(len(self.stack) - 1, -1, -1):
            if self.stack[index][0] == tag:
                del self.stack[index:]
                return

    def handle_data(self, data):
        if not data or any(tag in HIDDEN for tag, _, _ in self.stack):
            return
        lang = next((attrs["lang"] for _, attrs, _ in reversed(self.stack) if "lang" in attrs), "")
        block = next((number for tag, _, number in reversed(self.stack) if tag in BLOCKS), 0)
        classes = frozenset(name for _, attrs, _ in self.stack for name in attrs.get("class", "").split())
        in_article = any(tag == "article" for tag, _, _ in self.stack)
        self.runs.append(Run(data, block, lang, in_article, classes))


def text_runs(path: Path) -> list[Run]:
    """Every visible piece of text of a built page (not scripts, styles, code or SVG)."""
    collector = _Collector()
    collector.feed(path.read_text(encoding="utf-8"))
    return collector.runs


def prose(path: Path, exclude_classes: frozenset[str] = frozenset()) -> list[str]:
    """The article's text, one string per block, leaving out blocks inside ``exclude_classes``."""
    blocks: dict[int, list[str]] = {}
    for run in text_runs(path):
        if run.in_article and not run.classes & exclude_classes and "headerlink" not in run.classes:
            blocks.setdefault(run.block, []).append(run.text)
    return [" ".join("".join(parts).split()) for parts in blocks.values()]
