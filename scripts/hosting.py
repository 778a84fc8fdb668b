"""Serve a built site as a production host would: nginx, gzip on, the site's generated headers.

The headers come from the build's ``nginx-headers.conf``. Used by the audit script and the browser tests;
the audit also serves over HTTPS with HTTP/2, as public hosts do (a certificate made for the run).
Run it to print the server block a host needs (the README's "How to deploy")::

    .venv/bin/python scripts/hosting.py /var/www/site
"""

import os
import pwd
import socket
import subprocess
import sys
import time
from pathlib import Path

SERVER_BLOCK = """\
  gzip on;
  gzip_comp_level 6;
  gzip_min_length 256;
  gzip_types text/css application/javascript application/json image/svg+xml application/xml text/xml;
  server {{
    listen {listen};
{tls}    root {site};
    include {site}/nginx-headers.conf;
  }}
"""
TLS = """\
    ssl_certificate {folder}/certificate.pem;
    ssl_certificate_key {folder}/key.pem;
"""
NGINX_CONFIG = """
user {user};
worker_processes 1;
daemon off;
pid {folder}/nginx.pid;
error_log {folder}/error.log;
events {{}}
http {{
  include /etc/nginx/mime.types;
  access_log off;
{server}}}
"""


def free_port() -> int:
    """A free TCP port on the loopback interface."""
    with socket.socket() as probe:
        probe.bind(("127.0.0.1", 0))
        return probe.getsockname()[1]


def start_nginx(site: Path, folder: Path, headers: bool = True, http2: bool = False) -> tuple[subprocess.Popen, str]:
    """Serve ``site`` with nginx from a scratch ``folder`` and return the process and the base URL.

    ``headers=False`` serves a site the build did not make headers for (stock Material, for comparison).
    ``http2=True`` serves it over HTTPS with HTTP/2, with a certificate made for the run that browsers
    must be told to accept (Chromium's --ignore-certificate-errors).

    Raises:
        RuntimeError: If nginx (or, for HTTP/2, openssl) is not installed, or nginx does not start.
    """
    port = free_port()
    config = folder / "nginx.conf"
    # Workers run as this user (nginx ignores the setting unless started as root), so they can read
    # a site in a private temporary folder.
    user = pwd.getpwuid(os.geteuid()).pw_name
    listen, tls = f"127.0.0.1:{port}", ""
    if http2:
        _make_certificate(folder)
        listen, tls = f"{listen} ssl http2", TLS.format(folder=folder)
    server = SERVER_BLOCK.format(listen=listen, tls=tls, site=site)
    if not headers:
        server = "\n".join(line for line in server.splitlines() if "nginx-headers.conf" not in line) + "\n"
    config.write_text(NGINX_CONFIG.format(user=user, folder=folder, server=server))
    try:
        process = subprocess.Popen(["nginx", "-c", str(config), "-p", str(folder)])
    except FileNotFoundError as error:
        raise RuntimeError("nginx not found: install Debian's nginx-light (scripts/setup.sh --test does)") from error
    for _ in range(50):
        if process.poll() is not None:
            break
        with socket.socket() as probe:
            if probe.connect_ex(("127.0.0.1", port)) == 0:
                return process, f"{'https' if http2 else 'http'}://127.0.0.1:{port}/"
        time.sleep(0.1)
    process.kill()
    raise RuntimeError(f"nginx did not start: {(folder / 'error.log').read_text()}")


def _make_certificate(folder: Path) -> None:
    """A self-signed certificate for 127.0.0.1, valid for a day, in ``folder``."""
    command = ["openssl", "req", "-x509", "-newkey", "rsa:2048", "-nodes", "-days", "1", "-subj", "/CN=127.0.0.1"]
    command += ["-addext", "subjectAltName=IP:127.0.0.1", "-keyout", str(folder / "key.pem")]
    try:
        subprocess.run([*command, "-out", str(folder / "certificate.pem")], check=True, capture_output=True)
    except FileNotFoundError as error:
        raise RuntimeError("openssl not found: install Debian's openssl") from error


if __name__ == "__main__":
    site_dir = Path(sys.argv[1] if len(sys.argv) > 1 else "site").resolve()
    print(f"# In nginx's http block, for the site built in {site_dir}:")
    print(SERVER_BLOCK.format(listen="80", tls="", site=site_dir), end="")
