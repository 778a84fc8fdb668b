import pytest

from sitegen.background_writes import BackgroundWriter


def test_files_are_written_with_their_folders_once_waited_for(tmp_path):
    writer = BackgroundWriter()
    for number in range(20):
        writer.write(tmp_path / f"page-{number}" / "index.html", f"پاشنه {number}")
    writer.wait()
    assert (tmp_path / "page-7" / "index.html").read_text(encoding="utf-8") == "پاشنه 7"
    assert len(list(tmp_path.glob("*/index.html"))) == 20


def test_a_failed_write_is_raised_by_wait_not_lost(tmp_path):
    (tmp_path / "file").write_text("not a folder", encoding="utf-8")
    writer = BackgroundWriter()
    writer.write(tmp_path / "file" / "index.html", "x")
    with pytest.raises(OSError):
        writer.wait()
    writer.wait()  # the failure was reported once; nothing is left pending
