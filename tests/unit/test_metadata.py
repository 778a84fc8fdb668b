import pytest

from sitegen.metadata import open_graph_locale


@pytest.mark.parametrize(("language", "locale"), [("fa", "fa_IR"), ("en", "en_US"), ("ar", "ar_EG")])
def test_open_graph_locales_come_from_cldr(language, locale):
    assert open_graph_locale(language) == locale
