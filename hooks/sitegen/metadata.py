"""What a page tells search engines and link previews: Open Graph and schema.org data."""

from babel.core import get_global

from sitegen.governance import Governance


def open_graph_locale(language: str) -> str:
    """The Open Graph locale of a language, its most likely territory from CLDR (``fa`` is ``fa_IR``)."""
    parts = get_global("likely_subtags").get(language, language).split("_")
    return f"{parts[0]}_{parts[-1]}" if len(parts) > 1 else parts[0]


def medical_web_page(
    *, title: str, description: str, url: str, language: str, governance: Governance, condition: str
) -> dict:
    """The page as a schema.org ``MedicalWebPage`` for JSON-LD, for patients, about one condition."""
    return {
        "@context": "https://schema.org",
        "@type": "MedicalWebPage",
        "name": title,
        "description": description,
        "url": url,
        "inLanguage": language,
        "lastReviewed": governance.reviewed.isoformat(),
        # Patient: a schema.org type (a MedicalAudience); PatientsAudience, used before, is none.
        "audience": {"@type": "Patient"},
        "about": {"@type": "MedicalCondition", "name": condition},
        "citation": [source.url for source in governance.sources],
    }
