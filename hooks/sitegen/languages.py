"""Languages of the site, as MkDocs and mkdocs-static-i18n configure them."""

from dataclasses import dataclass


@dataclass(frozen=True)
class Language:
    """One configured language.

    Attributes:
        code: The locale, which is also the name of its folder under ``docs/``.
        name: The language's own name for itself.
        prefix: Where its pages are written, relative to the site root ("" or "fa/").
    """

    code: str
    name: str
    prefix: str


@dataclass(frozen=True)
class SiteLanguages:
    """Every language built, the default first, and the one being built now."""

    all: tuple[Language, ...]
    current: Language

    @property
    def codes(self) -> list[str]:
        """The locale codes of every built language, the default first."""
        return [language.code for language in self.all]


def site_languages(i18n_plugin) -> SiteLanguages:
    """Read the languages from the mkdocs-static-i18n plugin.

    Args:
        i18n_plugin: The ``i18n`` entry of the MkDocs plugin collection.

    Returns:
        The built languages, the default first, and the language currently being built.
    """
    built = sorted(
        (lang for lang in i18n_plugin.config.languages if lang.build),
        key=lambda lang: not lang.default,
    )
    languages = tuple(Language(lang.locale, lang.name, _prefix(lang.link)) for lang in built)
    current_code = i18n_plugin.current_language or languages[0].code
    current = next(language for language in languages if language.code == current_code)
    return SiteLanguages(languages, current)


def _prefix(link: str) -> str:
    """Turn a static-i18n link ("/" or "/fa/") into a site-relative prefix ("" or "fa/")."""
    return link.strip("/") + "/" if link.strip("/") else ""
