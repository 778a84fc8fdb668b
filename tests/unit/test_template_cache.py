from jinja2 import DictLoader, Environment, pass_context

from sitegen.template_cache import use_template_cache

TEMPLATES = {"page.html": "{{ 1 | local_number }} {{ 'x' | mark }}"}


def _environment(folder, digits: str, mark) -> Environment:
    env = Environment(loader=DictLoader(TEMPLATES))
    env.filters["local_number"] = lambda value: str(value).translate(str.maketrans("0123456789", digits))
    env.filters["mark"] = mark
    use_template_cache(env, folder)
    return env


def test_a_cached_template_is_not_folded_with_another_environments_filters(tmp_path):
    """Compiled once for English (and cached), a template still shows Persian digits in Persian."""
    english = _environment(tmp_path, "0123456789", str.upper)
    assert english.get_template("page.html").render() == "1 X"
    assert len(list(tmp_path.iterdir())) == 1
    persian = _environment(tmp_path, "۰۱۲۳۴۵۶۷۸۹", str.upper)
    assert persian.get_template("page.html").render() == "۱ X"
    assert len(list(tmp_path.iterdir())) == 1  # the same compiled code served both


def test_filters_called_another_way_get_their_own_compiled_code(tmp_path):
    plain = _environment(tmp_path, "0123456789", str.upper)
    assert plain.get_template("page.html").render() == "1 X"
    with_context = _environment(tmp_path, "0123456789", pass_context(lambda context, value: f"{value}!"))
    assert with_context.get_template("page.html").render() == "1 x!"
    assert len(list(tmp_path.iterdir())) == 2
