import pytest


@pytest.fixture
def data_file(tmp_path):
    """Write ``data/<name>`` under a temporary site root and return the root."""

    def write(name: str, text: str):
        (tmp_path / "data").mkdir(exist_ok=True)
        (tmp_path / "data" / name).write_text(text, encoding="utf-8")
        return tmp_path

    return write
