"""Small, checked changes to the theme's built files.

Material's script fetches ``sitemap.xml`` beside every ``<link rel="alternate">`` of a page, to map
pages between languages for its language menu (which this site replaces with direct links). Every
page lists its address in each language with such links (``hreflang``), so each would be a failing
request; the change makes the script pass over links that carry ``hreflang``.
"""

from sitegen.errors import SiteDataError

# What to replace in Material's main script, each found exactly once.
SCRIPT_PATCHES = {'"link[rel=alternate]"': '"link[rel=alternate]:not([hreflang])"'}


def patched(text: str, patches: dict[str, str], where: str) -> str:
    """The text with each patch applied (a file patched already, as a ``--dirty`` build leaves it, stays as it is).

    Raises:
        SiteDataError: If a patch's text is not found exactly once (a new theme release changed the
            file: check whether the patch is still needed, then update it).
    """
    problems = []
    for old, new in patches.items():
        count = text.count(old)
        if count == 0 and text.count(new) == 1:
            continue
        if count != 1:
            problems.append(f"{where}: expected {old} once to patch it, found it {count} times")
        text = text.replace(old, new)
    if problems:
        raise SiteDataError(problems)
    return text
