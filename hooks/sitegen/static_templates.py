"""A 404 page and a sitemap per language.

MkDocs writes each theme static template to the site root, so with one build per language the last
language's ``404.html`` overwrites the others. Every language but the default writes its 404 under its
own prefix instead (``fa/404.html``), from a one-line template alias of the theme's template.

Every language also writes ``sitemap.xml`` under its prefix, besides the root one (which the last
build writes, listing every language): Material's script fetches ``sitemap.xml`` from the base it
searches in, which is the language's own folder (see search.py).
"""

from jinja2 import BaseLoader, ChoiceLoader, DictLoader

from sitegen.languages import SiteLanguages

MOVED = ("404.html",)
COPIED = ("sitemap.xml",)
PER_LANGUAGE_TEMPLATES = MOVED + COPIED


def localized_static_templates(templates: list[str], languages: SiteLanguages) -> list[str]:
    """The static templates to render for the language being built.

    Args:
        templates: The theme's static templates, possibly already localized by an earlier build.
        languages: The site's languages and the one being built.

    Returns:
        The list with the moved templates under the current language's prefix, and the copied ones
        both at the root and under the prefix.
    """
    prefix = languages.current.prefix
    originals = {
        _alias(name, language.prefix): name
        for name in PER_LANGUAGE_TEMPLATES
        for language in languages.all
        if language.prefix
    }
    names = list(dict.fromkeys(originals.get(name, name) for name in templates))
    moved = [_alias(name, prefix) if name in MOVED else name for name in names]
    return moved + [_alias(name, prefix) for name in COPIED if prefix and name in names]


def template_aliases(languages: SiteLanguages) -> dict[str, str]:
    """Each language's name for a per-language template and the template it renders (``fa/404.html``)."""
    return {
        _alias(name, language.prefix): name
        for name in PER_LANGUAGE_TEMPLATES
        for language in languages.all
        if language.prefix
    }


def aliased_loader(loader: BaseLoader, languages: SiteLanguages) -> ChoiceLoader:
    """Wrap a Jinja loader so that ``fa/404.html`` renders the theme's ``404.html`` (and so on)."""
    aliases = {alias: f'{{% extends "{name}" %}}' for alias, name in template_aliases(languages).items()}
    return ChoiceLoader([DictLoader(aliases), loader])


def _alias(name: str, prefix: str) -> str:
    return f"{prefix}{name}"
