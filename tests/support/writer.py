"""A writer process for the crash tests: commits writes one by one and prints each after commit.

``python -m tests.support.writer PATH KEYHEX START [COUNT]``: with COUNT, it stops writing
after that many and waits to be killed (so its write-ahead log is left as a crash leaves it)."""

import sys
import time

from careleaver_app.storage.store import Store


def main() -> None:
    path, key_hex, start = sys.argv[1], sys.argv[2], int(sys.argv[3])
    count = int(sys.argv[4]) if len(sys.argv) > 4 else None
    store = Store.open(path, bytes.fromhex(key_hex))
    store.actor = "crash-test"
    n = start
    while count is None or n < start + count:
        with store.transaction():
            store.insert("teams", {"name": f"write-{n}", "duty_phone": "01632 960000" * 20})
        print(n, flush=True)  # acknowledged: the transaction has committed
        n += 1
    print("done", flush=True)
    while True:
        time.sleep(60)


if __name__ == "__main__":
    main()
