import pytest

from sitegen.html_lang import mark_html_lang_dir


@pytest.mark.parametrize(
    ("document", "expected_start"),
    [
        (
            '<html lang="fa" class="no-js"><body dir="rtl">',
            '<html lang="fa" dir="rtl" class="no-js"><body dir="rtl">',
        ),
        ('<html lang="en"><head></head><body dir="ltr" class="x">', '<html lang="en" dir="ltr"><head>'),
        ('<html lang="fa" dir="ltr"><body dir="rtl">', '<html lang="fa" dir="rtl"><body'),
    ],
)
def test_html_element_gets_the_body_direction(document, expected_start):
    assert mark_html_lang_dir(document).startswith(expected_start)


@pytest.mark.parametrize("document", ['<html lang="fa"><body>', '<html><body dir="rtl">', "<body dir='rtl'>"])
def test_a_document_without_lang_or_dir_is_an_error(document):
    with pytest.raises(ValueError, match="expected a document with <html lang=...> and <body dir=...>"):
        mark_html_lang_dir(document)
