"""Templates rendered outside MkDocs' page builds, from one folder of the theme: print/ and headers/.

Both are strict (an unknown name is an error, never empty text); HTML ones escape what they print; text
ones (header files) keep their lines as written. A broken template stops the build naming its file.
"""

from collections.abc import Iterator, Sequence
from contextlib import contextmanager
from pathlib import Path

import jinja2

from sitegen.errors import SiteDataError


def folder_templates(folders: Sequence[Path], *, html: bool) -> jinja2.Environment:
    """The templates of ``folders`` (the first that has a name wins): HTML ones escaped, text ones as written."""
    loader, undefined = jinja2.FileSystemLoader(folders), jinja2.StrictUndefined
    if html:
        return jinja2.Environment(loader=loader, undefined=undefined, autoescape=True)
    return jinja2.Environment(
        loader=loader, undefined=undefined, keep_trailing_newline=True, trim_blocks=True, lstrip_blocks=True
    )


@contextmanager
def template_errors(folders: Sequence[Path], what: str) -> Iterator[None]:
    """Turn a template's error into one problem naming its file: ``overrides/print/handout.html: ...``."""
    try:
        yield
    except jinja2.TemplateError as error:
        name = getattr(error, "name", None) or ""
        where = next((folder / name for folder in folders if name and (folder / name).is_file()), folders[0] / name)
        raise SiteDataError([f"{where}: {what} template error: {error}"]) from error
