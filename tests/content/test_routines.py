"""The heel-pain routines are the ones of CLINICAL-BASIS.md section 5, with its doses, in both languages."""

from tests import site_under_test
from tests.build.site_pages import placed
from tests.textscan import prose

REAL = site_under_test.data("routines")
PAGE = placed("routine")[0][1]


def test_the_file_has_the_five_routines_of_the_clinical_basis():
    """The towel stretch is left out: no source the site cites gives its dose (CLINICAL-BASIS.md 5)."""
    assert [routine["id"] for routine in REAL["routines"]] == [
        "plantar-fascia-stretch",
        "calf-stretch-straight-knee",
        "calf-stretch-bent-knee",
        "foot-roll",
        "heel-raise",
    ]


def test_persian_cards_write_their_numbers_in_persian_digits(site_dir):
    text = " ".join(prose(site_dir / "fa" / PAGE / "index.html"))
    assert "۱۰ ثانیه" in text
    assert "هفتهٔ ۳ تا ۴: ۴ نوبت ۱۰تایی" in text
    assert "دست‌کم ۳ بار در روز" in text


def test_the_heel_raise_programme_is_the_one_in_the_clinical_basis(site_dir):
    """CLINICAL-BASIS.md section 5 (Rathleff 2015): every stage says when it starts."""
    text = " ".join(prose(site_dir / PAGE / "index.html"))
    for stage in ("Weeks 1 to 2: 3 sets of 12", "Weeks 3 to 4: 4 sets of 10", "Weeks 5 to 12: 5 sets of 8"):
        assert stage in text
