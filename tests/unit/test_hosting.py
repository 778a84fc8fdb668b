import subprocess
import sys

from scripts.hosting import start_nginx
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


def test_the_audit_server_speaks_http2_over_https_with_the_sites_headers(browser, tmp_path):
    site, scratch = tmp_path / "site", tmp_path / "nginx"
    site.mkdir(), scratch.mkdir()
    (site / "index.html").write_text("<!doctype html><title>t</title><p>served", encoding="utf-8")
    (site / "nginx-headers.conf").write_text('add_header X-Test "kept";\n', encoding="utf-8")
    process, base = start_nginx(site, scratch, http2=True)
    context = browser.new_context(ignore_https_errors=True)
    try:
        page = context.new_page()
        session = context.new_cdp_session(page)
        session.send("Network.enable")
        protocols = []
        session.on("Network.responseReceived", lambda event: protocols.append(event["response"]["protocol"]))
        response = page.goto(base)
        assert base.startswith("https://")
        assert response.headers["x-test"] == "kept" and page.inner_text("p") == "served"
        assert protocols and set(protocols) == {"h2"}
    finally:
        context.close()
        process.terminate()
        process.wait()
