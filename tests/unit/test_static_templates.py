from jinja2 import DictLoader, Environment

from sitegen.languages import Language, SiteLanguages
from sitegen.static_templates import aliased_loader, localized_static_templates, template_aliases

EN, FA = Language("en", "English", ""), Language("fa", "فارسی", "fa/")
THEME = ["404.html", "sitemap.xml"]


def test_the_default_language_keeps_the_root_404():
    assert localized_static_templates(THEME, SiteLanguages((EN, FA), EN)) == THEME


def test_other_languages_move_their_404_and_copy_the_sitemap_under_their_prefix():
    assert localized_static_templates(THEME, SiteLanguages((EN, FA), FA)) == [
        "fa/404.html",
        "sitemap.xml",
        "fa/sitemap.xml",
    ]


def test_localizing_again_for_another_language_is_stable():
    for_fa = localized_static_templates(THEME, SiteLanguages((EN, FA), FA))
    assert localized_static_templates(for_fa, SiteLanguages((EN, FA), EN)) == THEME


def test_the_alias_renders_the_theme_template():
    loader = aliased_loader(DictLoader({"404.html": "not found"}), SiteLanguages((EN, FA), FA))
    assert Environment(loader=loader).get_template("fa/404.html").render() == "not found"


def test_each_alias_names_the_template_it_renders():
    assert template_aliases(SiteLanguages((EN, FA), EN)) == {"fa/404.html": "404.html", "fa/sitemap.xml": "sitemap.xml"}
