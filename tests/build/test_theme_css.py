"""Material's stylesheet keeps what the site's pages and scripts use, and nothing they cannot."""


def _stylesheet(site_dir) -> str:
    (path,) = site_dir.glob("assets/stylesheets/main.*.min.css")
    assert not path.with_name(f"{path.name}.map").exists()
    return path.read_text(encoding="utf-8")


def test_rules_for_what_pages_and_scripts_use_are_kept(site_dir):
    css = _stylesheet(site_dir)
    # In the pages (header, navigation, content), and added by Material's script (search results).
    for selector in (
        ".md-header{",
        ".md-nav__link",
        ".md-typeset h2",
        ".md-search-result__item",
        ".md-typeset details",
    ):
        assert selector in css, selector


def test_rules_for_features_the_site_does_not_use_are_gone(site_dir):
    css = _stylesheet(site_dir)
    for name in (".tabbed-set", ".md-post", ".md-author", ".critic", ".task-list", ".md-typeset .admonition.bug"):
        assert name not in css, name
    assert "sourceMappingURL" not in css
