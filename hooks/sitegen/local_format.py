"""Numbers and dates written the way each language writes them (Persian digits on Persian pages)."""

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
        raise ValueError(f"language {language!r}: no digits known for numbering system {system!r}")
    return system


@cache
def native_digits(language: str) -> str:
    """The ten digits, 0 to 9, of the language's default numbering system in CLDR."""
    zero = _ZERO[_numbering_system(language)]
    return "".join(chr(ord(zero) + digit) for digit in range(10))


def localize_digits(text: str, language: str) -> str:
    """Replace the ASCII digits in ``text`` with the language's own."""
    return text.translate(str.maketrans("0123456789", native_digits(language)))


def local_number(value: float, language: str) -> str:
    """Write a number as the language does (``2.5`` is ``۲٫۵`` in Persian)."""
    return localize_digits(format_decimal(value, locale=language, numbering_system="default"), language)


@cache
def local_date(value: date, language: str) -> str:
    """Write a date with the month in words, as the language does (``۲۶ نوامبر ۲۰۲۶``)."""
    return localize_digits(format_date(value, "long", locale=language), language)


@cache
def text_direction(language: str) -> str:
    """The direction a language is written in, ``ltr`` or ``rtl`` (CLDR)."""
    return Locale.parse(language).text_direction


def css_counter_style(language: str) -> str:
    """The CSS counter style for page numbers in the language's digits (``persian`` for Persian)."""
    return _COUNTER_STYLE[_numbering_system(language)]
