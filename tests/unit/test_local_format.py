from datetime import date

import pytest

from sitegen.local_format import (
    local_date,
    local_number,
    localize_digits,
    native_digits,
    text_direction,
)


@pytest.mark.parametrize(("language", "digits"), [("en", "0123456789"), ("fa", "۰۱۲۳۴۵۶۷۸۹")])
def test_each_language_has_its_own_digits(language, digits):
    assert native_digits(language) == digits


@pytest.mark.parametrize(
    ("value", "language", "text"),
    [(2.5, "fa", "۲٫۵"), (1234, "fa", "۱٬۲۳۴"), (30, "fa", "۳۰"), (2.5, "en", "2.5"), (1234, "en", "1,234")],
)
def test_numbers_are_written_the_language_s_way(value, language, text):
    assert local_number(value, language) == text


def test_dates_are_written_in_words_with_local_digits():
    assert local_date(date(2026, 11, 26), "fa") == "۲۶ نوامبر ۲۰۲۶"
    assert local_date(date(2026, 11, 26), "en") == "November 26, 2026"


def test_digits_in_text_are_replaced():
    assert localize_digits("3 × 12", "fa") == "۳ × ۱۲"


@pytest.mark.parametrize(("language", "direction"), [("en", "ltr"), ("fa", "rtl"), ("ar", "rtl")])
def test_direction_comes_from_cldr(language, direction):
    assert text_direction(language) == direction


def test_an_unknown_numbering_system_is_a_clear_error():
    with pytest.raises(ValueError, match="language 'my': no digits known for numbering system 'mymr'"):
        native_digits("my")


@pytest.mark.parametrize(
    ("gregorian", "persian"),
    [
        # CLINICAL-BASIS.md's example (section 7); Nowruz (1 Farvardin) in a leap year and the next; the
        # last day of a year.
        (date(2026, 11, 27), "۶ آذر ۱۴۰۵"),
        (date(2025, 3, 21), "۱ فروردین ۱۴۰۴"),
        (date(2026, 3, 21), "۱ فروردین ۱۴۰۵"),
        (date(2025, 3, 20), "۳۰ اسفند ۱۴۰۳"),
    ],
)
def test_persian_pages_can_date_by_the_solar_hijri_calendar(gregorian, persian):
    assert local_date(gregorian, "fa", "persian") == persian


def test_the_calendar_is_a_setting_and_gregorian_by_default():
    assert local_date(date(2026, 11, 27), "fa") == "۲۷ نوامبر ۲۰۲۶"
    assert local_date(date(2026, 11, 27), "en", "persian") == "6 Azar 1405"
    with pytest.raises(ValueError, match="unknown calendar 'lunar' \\(expected one of: gregorian, persian\\)"):
        local_date(date(2026, 11, 27), "en", "lunar")
    with pytest.raises(ValueError, match="calendar 'persian': no month names known in 'de'"):
        local_date(date(2026, 11, 27), "de", "persian")
