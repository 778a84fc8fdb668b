from sitegen.translations import missing_translations


def test_complete_translations_report_nothing():
    assert missing_translations(["en/index.md", "fa/index.md", "assets/x.md"], ["en", "fa"]) == []


def test_each_missing_page_is_named_with_its_language():
    pages = ["en/index.md", "en/guide/a.md", "fa/index.md", "ar/guide/a.md"]
    assert missing_translations(pages, ["en", "fa", "ar"]) == [
        "docs/fa/guide/a.md: missing translation: the page 'guide/a.md' exists in en, ar but not in 'fa'",
        "docs/ar/index.md: missing translation: the page 'index.md' exists in en, fa but not in 'ar'",
    ]


def test_a_page_only_in_a_translation_is_missing_from_the_default_language():
    assert missing_translations(["fa/extra.md"], ["en", "fa"], docs_dir="site-docs") == [
        "site-docs/en/extra.md: missing translation: the page 'extra.md' exists in fa but not in 'en'"
    ]
