"""Helpers for the integration tests that run servers on 127.0.0.1: a free port, and waiting for it to listen."""
import os
import socket
import time


def free_port():
    """A TCP port on 127.0.0.1 that nothing listens on now."""
    s = socket.socket()
    s.bind(("127.0.0.1", 0))
    port = s.getsockname()[1]
    s.close()
    return port


def wait_port(port, timeout=10):
    """Returns once something accepts connections on 127.0.0.1:port; AssertionError after timeout s."""
    t_end = time.monotonic() + timeout
    while time.monotonic() < t_end:
        try:
            socket.create_connection(("127.0.0.1", port), 0.2).close()
            return
        except OSError:
            time.sleep(0.05)
    raise AssertionError(f"nothing listens on port {port}")


def nginx_site(root, port):
    """Writes an nginx config under ROOT serving a small page on 127.0.0.1:PORT (2 workers, in the
    foreground, pid in ROOT/nginx.pid, no access log). Returns the config's path."""
    os.makedirs(os.path.join(root, "html"), exist_ok=True)
    with open(os.path.join(root, "html", "index.html"), "w") as f:
        f.write("<p>weft</p>\n" * 50)
    conf = os.path.join(root, "nginx.conf")
    with open(conf, "w") as f:
        f.write("worker_processes 2; pid %s/nginx.pid; error_log %s/error.log; daemon off;\n"
                "events { worker_connections 256; }\n"
                "http { access_log off; client_body_temp_path %s; proxy_temp_path %s;\n"
                "  server { listen 127.0.0.1:%d; root %s/html; } }\n" % (root, root, root, root, port, root))
    return conf
