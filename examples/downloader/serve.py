#!/usr/bin/env python3
"""The downloader examples' web server: threaded, on 127.0.0.1, each request delayed so waits dominate."""
import argparse
import http.server
import sys
import time


def page_body(n):
    """Page n's bytes: deterministic, so every downloader prints the same sizes."""
    lines = [f"page {n}\n"] + [f"line {i} of page {n}\n" for i in range(40 + 7 * n)]
    return "".join(lines).encode()


class Handler(http.server.BaseHTTPRequestHandler):
    delay = 0.05

    def do_GET(self):
        # The delay stands for a remote server's think time and the network between us.
        time.sleep(self.delay)
        parts = self.path.strip("/").split("/")
        if len(parts) == 2 and parts[0] == "page" and parts[1].isdigit():
            body = page_body(int(parts[1]))
            self.send_response(200)
            self.send_header("Content-Type", "text/plain")
        else:
            body = b"not found\n"
            self.send_response(404)
        self.send_header("Content-Length", str(len(body)))
        self.end_headers()
        self.wfile.write(body)

    def log_message(self, *args):
        pass  # quiet: the downloaders print what matters


class Server(http.server.ThreadingHTTPServer):
    daemon_threads = True
    # The epoll downloader connects 20 sockets at once; the default backlog of 5 would
    # drop SYNs and add a 1 s retransmission delay that has nothing to do with the example.
    request_queue_size = 128


def main():
    ap = argparse.ArgumentParser(description=__doc__)
    ap.add_argument("port", type=int, nargs="?", default=0, help="0: pick a free port and print it")
    ap.add_argument("--delay", type=float, default=0.05, help="seconds added to every request")
    args = ap.parse_args()
    Handler.delay = args.delay
    server = Server(("127.0.0.1", args.port), Handler)
    print(f"port {server.server_address[1]}", flush=True)
    try:
        server.serve_forever()
    except KeyboardInterrupt:
        pass
    server.server_close()
    return 0


if __name__ == "__main__":
    sys.exit(main())
