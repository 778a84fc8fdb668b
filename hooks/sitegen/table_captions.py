"""Table captions in Markdown, announced with the table by screen readers.

A paragraph right after a table that starts with ``Table:`` becomes the table's ``<caption>`` (as
pandoc writes them)::

    | What you notice | What it may be |
    |---|---|
    | ... | ... |

    Table: Signs that point to another cause
"""

import xml.etree.ElementTree as etree

from markdown import Extension
from markdown.treeprocessors import Treeprocessor

MARKER = "Table:"


class _TableCaptions(Treeprocessor):
    def run(self, root: etree.Element) -> None:
        for parent in root.iter():
            children = list(parent)
            for table, after in zip(children, children[1:], strict=False):
                if table.tag == "table" and after.tag == "p" and (after.text or "").startswith(MARKER):
                    caption = etree.Element("caption")
                    caption.text = after.text[len(MARKER) :].lstrip()
                    caption.extend(list(after))
                    table.insert(0, caption)
                    parent.remove(after)


class TableCaptionsExtension(Extension):
    """Registers the caption step after inline Markdown has been read (so a caption may hold links)."""

    def extendMarkdown(self, md):  # noqa: D102, N802 (the name Python-Markdown calls)
        md.treeprocessors.register(_TableCaptions(md), "sitegen_table_captions", 5)


def makeExtension(*args, **kwargs):  # noqa: N802 (the name Python-Markdown calls)
    """Entry point for Python-Markdown (``markdown_extensions: [sitegen.table_captions]``)."""
    return TableCaptionsExtension(*args, **kwargs)
