from sitegen.unused_css import class_names, without_unused_rules

CSS = (
    ":root{--md-icon:url('data:x')}"
    ".md-header,.highlight .k{color:red}"
    ".md-typeset .admonition.note{margin:0}"
    "body>a:not(.md-button){x:1}"
    "@media screen and (min-width:60em){.md-nav--primary{y:2}.tabbed-set{z:3}}"
    "@media print{.tabbed-set{z:3}}"
    "@keyframes spin{0%{a:b}}"
    "/*# sourceMappingURL=main.css.map */"
)


def test_selectors_with_a_class_written_nowhere_are_dropped_and_empty_groups_with_them():
    names = class_names([b'<header class="md-header">'], ["el.classList.add('md-nav--primary')"])
    assert without_unused_rules(CSS, names) == (
        ":root{--md-icon:url('data:x')}"
        ".md-header{color:red}"
        "@media screen and (min-width:60em){.md-nav--primary{y:2}}"
        "@keyframes spin{0%{a:b}}"
    )


def test_a_selector_stays_when_every_class_it_names_is_used():
    names = class_names([b'<div class="md-typeset"><p class="admonition note">', b"<a class='md-button'>"], [])
    kept = without_unused_rules(CSS, names)
    assert ".md-typeset .admonition.note{margin:0}" in kept
    assert "body>a:not(.md-button){x:1}" in kept


def test_page_classes_come_from_class_attributes_and_script_classes_from_any_word():
    names = class_names([b'<p class="a b">md-typeset</p>'], ['"md-search-result__item"', "tabbed-control--${x}"])
    assert names == {"a", "b", "md-search-result__item", "tabbed-control--", "x"}


def test_braces_and_semicolons_inside_strings_and_comments_do_not_split_rules():
    css = '@charset "UTF-8";/* a { b } */.a::before{content:"}{;"}.b{x:url("data:image/svg+xml;<svg>{}</svg>")}'
    assert without_unused_rules(css, {"a"}) == '@charset "UTF-8";.a::before{content:"}{;"}'
    assert without_unused_rules(css, {"b"}) == '@charset "UTF-8";.b{x:url("data:image/svg+xml;<svg>{}</svg>")}'
