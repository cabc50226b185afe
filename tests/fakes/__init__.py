"""Stand-ins for outside services, run in-process so tests never need the network."""

import threading
from http.server import ThreadingHTTPServer


class ServedLocally:
    """A fake service answering HTTP on 127.0.0.1 at a free port, from a thread of the test
    process; its request handler reaches the fake as `self.server.fake`. A subclass calls
    `serve(handler)` in its `__init__`, and the fixture starts and stops it."""

    def serve(self, handler):
        self._server = ThreadingHTTPServer(("127.0.0.1", 0), handler)
        self._server.fake = self

    @property
    def url(self):
        return f"http://127.0.0.1:{self._server.server_port}"

    def start(self):
        threading.Thread(target=self._server.serve_forever, args=(0.05,), daemon=True).start()

    def stop(self):
        self._server.shutdown()
        self._server.server_close()
