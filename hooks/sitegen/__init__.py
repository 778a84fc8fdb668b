"""The site engine: plain functions that know no topic and no language.

MkDocs hook files in ``hooks/`` adapt these functions to MkDocs events; tests import them directly.
"""
