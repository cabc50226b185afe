"""Running the same work in several threads released at the same moment, for the race tests
that need PostgreSQL."""

import threading

from django.db import connections


def at_once(work, count, prepare=None):
    """Call work(n, *prepare(n)) for n in range(count), each in a thread of its own, all
    released together once prepared. Returns, in order, what each call returned or the
    exception it raised."""
    barrier = threading.Barrier(count)
    outcomes = [None] * count

    def run(n):
        try:
            prepared = prepare(n) if prepare else ()
            barrier.wait()
            outcomes[n] = work(n, *prepared)
        except Exception as error:  # the caller decides which errors are expected
            outcomes[n] = error
        finally:
            connections.close_all()

    threads = [threading.Thread(target=run, args=(n,)) for n in range(count)]
    for thread in threads:
        thread.start()
    for thread in threads:
        thread.join()
    return outcomes
