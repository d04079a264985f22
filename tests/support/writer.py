"""A writer process for the crash test: commits writes one by one and prints each after commit."""

import sys

from careleaver_app.storage.store import Store


def main() -> None:
    path, key_hex, start = sys.argv[1], sys.argv[2], int(sys.argv[3])
    store = Store.open(path, bytes.fromhex(key_hex))
    store.actor = "crash-test"
    n = start
    while True:
        with store.transaction():
            store.insert("teams", {"name": f"write-{n}", "duty_phone": "01632 960000" * 20})
        print(n, flush=True)  # acknowledged: the transaction has committed
        n += 1


if __name__ == "__main__":
    main()
