import pytest

from sitegen.deferred_writes import DeferredWriter


def test_files_are_written_with_their_folders_when_flushed_not_before(tmp_path):
    writer = DeferredWriter()
    for number in range(20):
        writer.write(tmp_path / f"page-{number}" / "index.html", f"پاشنه {number}")
    assert list(tmp_path.iterdir()) == []
    writer.flush()
    assert (tmp_path / "page-7" / "index.html").read_text(encoding="utf-8") == "پاشنه 7"
    assert len(list(tmp_path.glob("*/index.html"))) == 20


def test_a_failed_write_is_raised_by_flush_not_lost(tmp_path):
    (tmp_path / "file").write_text("not a folder", encoding="utf-8")
    writer = DeferredWriter()
    writer.write(tmp_path / "file" / "index.html", "x")
    with pytest.raises(OSError):
        writer.flush()
    writer.flush()  # the failure was reported once; nothing is left to write
