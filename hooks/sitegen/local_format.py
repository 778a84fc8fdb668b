"""Numbers and dates written the way each language writes them (Persian digits on Persian pages).

Dates are written in the calendar the language's readers use, set per language in ``mkdocs.yml``
(``extra.calendar``): ``gregorian`` (the default, through Babel and CLDR) or ``persian``, the Solar
Hijri calendar of Iran (through jdatetime, a maintained converter: no calendar arithmetic here). Machines
always get the Gregorian ISO date (``<time datetime>``, the sitemap, the JSON export).
"""

from collections.abc import Iterable
from datetime import date
from functools import cache

from babel import Locale
from babel.dates import format_date
from babel.numbers import format_decimal

# The digit zero of CLDR numbering systems; Unicode keeps each system's ten digits in a row from it.
# Which system a language uses comes from CLDR (through Babel); Babel itself writes only ASCII digits.
_ZERO = {"latn": "0", "arab": "\u0660", "arabext": "\u06f0", "deva": "\u0966", "beng": "\u09e6"}
# The CSS counter style that writes the same digits (CSS Counter Styles Level 3, predefined styles).
_COUNTER_STYLE = {
    "latn": "decimal",
    "arab": "arabic-indic",
    "arabext": "persian",
    "deva": "devanagari",
    "beng": "bengali",
}


def _numbering_system(language: str) -> str:
    """The language's default numbering system in CLDR, if this module knows its digits.

    Raises:
        ValueError: If the language uses a numbering system this module has no digits for.
    """
    system = Locale.parse(language).default_numbering_system
    if system not in _ZERO:
        known = ", ".join(_ZERO)
        raise ValueError(f"language {language!r}: no digits known for numbering system {system!r} (known: {known})")
    return system


@cache
def native_digits(language: str) -> str:
    """The ten digits, 0 to 9, of the language's default numbering system in CLDR."""
    zero = _ZERO[_numbering_system(language)]
    return "".join(chr(ord(zero) + digit) for digit in range(10))


def digits_problems(languages: Iterable[str]) -> list[tuple[str, str]]:
    """Each language whose numbers this module cannot write, with why: ``[("my", "language 'my': …")]``."""
    problems = []
    for language in languages:
        try:
            _numbering_system(language)
        except ValueError as error:
            problems.append((language, str(error)))
    return problems


def localize_digits(text: str, language: str) -> str:
    """Replace the ASCII digits in ``text`` with the language's own."""
    return text.translate(str.maketrans("0123456789", native_digits(language)))


def local_number(value: float, language: str) -> str:
    """Write a number as the language does (``2.5`` is ``۲٫۵`` in Persian)."""
    return localize_digits(format_decimal(value, locale=language, numbering_system="default"), language)


GREGORIAN = "gregorian"
PERSIAN = "persian"
CALENDARS = (GREGORIAN, PERSIAN)


@cache
def local_date(value: date, language: str, calendar: str = GREGORIAN) -> str:
    """Write a date with the month in words, in the language and calendar given.

    ``2026-11-27`` is ``November 27, 2026`` in English and ``۶ آذر ۱۴۰۵`` in Persian with the Persian
    calendar.

    Raises:
        ValueError: If the calendar is not one of ``CALENDARS``, or has no month names in the language.
    """
    if calendar == GREGORIAN:
        return localize_digits(format_date(value, "long", locale=language), language)
    if calendar == PERSIAN:
        import jdatetime  # only sites that use the Persian calendar need it

        months = {"fa": jdatetime.date.j_months_fa, "en": jdatetime.date.j_months_en}
        if language not in months:
            raise ValueError(f"calendar {calendar!r}: no month names known in {language!r} (known: fa, en)")
        solar = jdatetime.date.fromgregorian(date=value)
        return localize_digits(f"{solar.day} {months[language][solar.month - 1]} {solar.year}", language)
    raise ValueError(f"unknown calendar {calendar!r} (expected one of: {', '.join(CALENDARS)})")


@cache
def text_direction(language: str) -> str:
    """The direction a language is written in, ``ltr`` or ``rtl`` (CLDR)."""
    return Locale.parse(language).text_direction


def css_counter_style(language: str) -> str:
    """The CSS counter style for page numbers in the language's digits (``persian`` for Persian)."""
    return _COUNTER_STYLE[_numbering_system(language)]
