"""Serve a built site as a production host would: nginx, gzip on, the site's generated headers.

The headers come from the build's ``nginx-headers.conf``. Used by the audit script and the browser tests.
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
    root {site};
    include {site}/nginx-headers.conf;
  }}
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


def start_nginx(site: Path, folder: Path, headers: bool = True) -> tuple[subprocess.Popen, str]:
    """Serve ``site`` with nginx from a scratch ``folder`` and return the process and the base URL.

    ``headers=False`` serves a site the build did not make headers for (stock Material, for comparison).

    Raises:
        RuntimeError: If nginx is not installed or does not start.
    """
    port = free_port()
    config = folder / "nginx.conf"
    # Workers run as this user (nginx ignores the setting unless started as root), so they can read
    # a site in a private temporary folder.
    user = pwd.getpwuid(os.geteuid()).pw_name
    server = SERVER_BLOCK.format(listen=f"127.0.0.1:{port}", site=site)
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
                return process, f"http://127.0.0.1:{port}/"
        time.sleep(0.1)
    process.kill()
    raise RuntimeError(f"nginx did not start: {(folder / 'error.log').read_text()}")


if __name__ == "__main__":
    site_dir = Path(sys.argv[1] if len(sys.argv) > 1 else "site").resolve()
    print(f"# In nginx's http block, for the site built in {site_dir}:")
    print(SERVER_BLOCK.format(listen="80", site=site_dir), end="")
