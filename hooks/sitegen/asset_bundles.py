"""One stylesheet and one script of the site's own for each page and embed: the files it needs, joined.

A page needs the site's every-page stylesheets and deferred scripts and those of the components it shows.
Fetched one by one they were up to nine requests, each taking a share of a slow phone's bandwidth while
Material's script, which the page's full first paint waits for, downloads; joined, they are two. A joined
file is named after its parts (``assets/stylesheets/site+routine.css``), so pages needing the same parts
share it, and sits in its parts' folder, so the relative ``url()``s of a stylesheet still resolve.
"""

from collections.abc import Callable, Sequence
from dataclasses import dataclass
from pathlib import PurePosixPath

from sitegen.errors import SiteDataError

# Between joined scripts: a part that ends without a semicolon must not run into the next.
SEPARATORS = {".css": "\n", ".js": ";\n"}


@dataclass(frozen=True)
class Bundle:
    """The file a page links instead of its parts.

    Attributes:
        path: Its path in the site (``assets/javascripts/search+components+routine.js``); a lone part's own.
        parts: The files joined into it, in the order they apply.
    """

    path: str
    parts: tuple[str, ...]

    @property
    def is_joined(self) -> bool:
        """Whether the file is made from several parts (a lone part is linked as it is)."""
        return len(self.parts) > 1


def bundle(parts: Sequence[str]) -> Bundle | None:
    """The file joining ``parts`` (site paths, in order), or ``None`` if there are none.

    Raises:
        SiteDataError: Parts in different folders or of different kinds, which one file cannot hold.
    """
    if not parts:
        return None
    paths = [PurePosixPath(part) for part in parts]
    if len({path.parent for path in paths}) > 1 or len({path.suffix for path in paths}) > 1:
        raise SiteDataError(
            [
                f"mkdocs.yml: extra_css, extra_javascript: {', '.join(parts)}: a page's own stylesheets, and "
                "its deferred scripts, are joined into one file each: put each kind in one folder "
                "(assets/stylesheets/, assets/javascripts/)"
            ]
        )
    if paths[0].suffix not in SEPARATORS:
        raise SiteDataError([f"mkdocs.yml: extra_css, extra_javascript: {parts[0]}: expected a .css or .js file"])
    name = "+".join(path.stem for path in paths) + paths[0].suffix
    return Bundle(str(paths[0].with_name(name)) if len(paths) > 1 else parts[0], tuple(parts))


def joined(bundle: Bundle, read: Callable[[str], str]) -> str:
    """The text of a bundle: its parts' texts, in order (``read`` gives a part's text by its site path)."""
    separator = SEPARATORS[PurePosixPath(bundle.path).suffix]
    return separator.join(read(part).rstrip() for part in bundle.parts) + "\n"
