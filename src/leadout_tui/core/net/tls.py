"""The TLS trust store, loaded once per process, and early when that helps.

Loading the CA bundle takes about 20 ms. OpenSSL lets go of the GIL meanwhile, so
``preload()`` at the start of a command loads it on a thread while Python imports the rest.
The context is what httpx builds for ``verify=True`` (``SSL_CERT_FILE``, ``SSL_CERT_DIR``,
else certifi's bundle), made once and shared by every connection.
"""

from __future__ import annotations

import os
import ssl
import threading
from concurrent.futures import Future

_context: Future[ssl.SSLContext] | None = None
_lock = threading.Lock()


def preload() -> None:
    """Start loading the trust store on a thread (no-op once started)."""
    _start(in_thread=True)


def trust_store() -> ssl.SSLContext:
    """The shared client context; loads it here if nothing has started loading it."""
    return _start(in_thread=False).result()


def _start(*, in_thread: bool) -> Future[ssl.SSLContext]:
    global _context
    with _lock:
        if _context is None:
            _context = Future()
            if in_thread:
                threading.Thread(target=_load, args=(_context,), daemon=True).start()
            else:
                _load(_context)
        return _context


def _load(result: Future[ssl.SSLContext]) -> None:
    try:
        if os.environ.get("SSL_CERT_FILE"):
            context = ssl.create_default_context(cafile=os.environ["SSL_CERT_FILE"])
        elif os.environ.get("SSL_CERT_DIR"):
            context = ssl.create_default_context(capath=os.environ["SSL_CERT_DIR"])
        else:
            import certifi

            context = ssl.create_default_context(cafile=certifi.where())
    except BaseException as exc:
        result.set_exception(exc)
    else:
        result.set_result(context)
