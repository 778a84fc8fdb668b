import subprocess
import sys

from tests.sitebuild import ROOT


def test_the_hosting_script_prints_the_server_block_the_readme_promises(tmp_path):
    result = subprocess.run(
        [sys.executable, str(ROOT / "scripts" / "hosting.py"), str(tmp_path)],
        capture_output=True,
        text=True,
        check=True,
    )
    assert f"    root {tmp_path};\n    include {tmp_path}/nginx-headers.conf;\n" in result.stdout
    assert "  server {\n    listen 80;\n" in result.stdout and "gzip on;" in result.stdout
