import os

from sitegen.built_pages import built_pages


def test_pages_are_read_once_and_read_again_when_one_changes(tmp_path):
    (tmp_path / "fa" / "causes").mkdir(parents=True)
    (tmp_path / "index.html").write_bytes(b"<p>en</p>")
    (tmp_path / "fa" / "causes" / "index.html").write_bytes("<p>پا</p>".encode())
    (tmp_path / "search_index.json").write_bytes(b"{}")
    first = built_pages(tmp_path)
    assert first == {"fa/causes/index.html": "<p>پا</p>".encode(), "index.html": b"<p>en</p>"}
    assert built_pages(tmp_path) is first

    (tmp_path / "index.html").write_bytes(b"<p>EN</p>")
    os.utime(tmp_path / "index.html", ns=(1, 1))  # whatever the clock's resolution
    assert built_pages(tmp_path)["index.html"] == b"<p>EN</p>"
