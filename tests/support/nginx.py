"""nginx in front of server processes, with the configuration the scaled recipe ships
(deploy/nginx.conf), filled in as scripts/scaled fills it in."""

import os
import shutil
import subprocess
import tempfile
from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path

from server.config import ROOT
from tests.support.live_server import free_port, wait_until_healthy


def nginx_binary() -> str | None:
    return shutil.which("nginx", path=os.environ.get("PATH", "") + ":/usr/sbin:/sbin")


@contextmanager
def nginx_in_front(urls: list[str]) -> Iterator[str]:
    """Yield the URL of nginx on a free loopback port (never 80), passing to `urls`."""
    if nginx_binary() is None:
        raise RuntimeError("The scaled shape puts nginx in front: install it (apt-get install nginx)")
    work = Path(tempfile.mkdtemp(prefix="amplify-nginx-"))
    work.chmod(0o755)  # started as root, nginx's workers run as another user and keep files here
    port = free_port()
    upstreams = "".join(f" server {url.removeprefix('http://')};" for url in urls)
    config = (ROOT / "deploy" / "nginx.conf").read_text()
    for marker, value in (("@UPSTREAMS@", upstreams), ("@PORT@", str(port)), ("@WORK@", str(work))):
        config = config.replace(marker, value)
    (work / "nginx.conf").write_text(config)
    log = work / "nginx-error.log"
    command = [nginx_binary(), "-e", str(log), "-c", str(work / "nginx.conf"), "-g", "daemon off;"]
    process = subprocess.Popen(command, stdout=subprocess.DEVNULL, stderr=subprocess.STDOUT)
    try:
        url = f"http://127.0.0.1:{port}"
        wait_until_healthy(url, process, log)
        yield url
    finally:
        process.terminate()
        process.wait(timeout=10)
        shutil.rmtree(work, ignore_errors=True)
