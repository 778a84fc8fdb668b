"""Read what tests need from built HTML pages: attributes of <html>, ids, links and visible text."""

from dataclasses import dataclass, field
from html.parser import HTMLParser
from pathlib import Path


@dataclass
class ScannedPage:
    path: Path
    html_attrs: dict[str, str] = field(default_factory=dict)
    ids: set[str] = field(default_factory=set)
    links: list[str] = field(default_factory=list)
    alternates: dict[str, str] = field(default_factory=dict)
    text: str = ""


class _Scanner(HTMLParser):
    def __init__(self, page: ScannedPage) -> None:
        super().__init__(convert_charrefs=True)
        self.page = page
        self.chunks: list[str] = []
        self.skip = 0

    def handle_starttag(self, tag, attrs):
        attributes = {name: value or "" for name, value in attrs}
        if tag == "html":
            self.page.html_attrs = attributes
        if "id" in attributes:
            self.page.ids.add(attributes["id"])
        for name in ("href", "src"):
            if name in attributes and tag in ("a", "link", "script", "img"):
                self.page.links.append(attributes[name])
        if tag == "a" and "site-language__link" in attributes.get("class", ""):
            self.page.alternates[attributes["hreflang"]] = attributes["href"]
        if tag in ("script", "style"):
            self.skip += 1

    def handle_endtag(self, tag):
        if tag in ("script", "style"):
            self.skip -= 1

    def handle_data(self, data):
        if not self.skip:
            self.chunks.append(data)


def scan(path: Path) -> ScannedPage:
    """Parse one built HTML file."""
    page = ScannedPage(path)
    scanner = _Scanner(page)
    scanner.feed(path.read_text(encoding="utf-8"))
    page.text = " ".join(" ".join(scanner.chunks).split())
    return page
