"""A process for the crash rounds (tests/support/crash_rounds.py) to kill at a random moment.

``python -m tests.support.crash_worker KIND PATH KEYHEX ARG``. Each prints a line once a piece
of work is acknowledged (committed, or in place), so the rounds know what must have survived:

- ``encrypt``: encrypts the plaintext store at PATH in place (the passphrase is ARG); "done".
- ``backup``: backs the store up again and again; "backup NAME" after each.
- ``restore``: writes teams ("write N"), restores the backup named ARG ("restored"), writes more.
- ``finalise``: starts a review of the plan of young person ARG and finalises it, again and
  again; "final VERSION" after each.
- ``import``: imports CSV batches of young people; "batch N" after each batch is in.
"""

import sys
from datetime import date
from pathlib import Path

TODAY = date(2026, 11, 22)


def main() -> None:
    kind, path, key_hex, arg = sys.argv[1], Path(sys.argv[2]), sys.argv[3], sys.argv[4]
    if kind == "encrypt":
        from careleaver_app.services.access import StoreAccess

        print("start", flush=True)
        StoreAccess(path).encrypt_existing(arg, arg)[0].close()
        print("done", flush=True)
        return
    from careleaver_app.app import build_services
    from careleaver_app.services.context import Clock
    from careleaver_app.storage.store import Store

    store = Store.open(path, bytes.fromhex(key_hex), check=False)
    services = build_services(store, Clock(TODAY))
    print("start", flush=True)
    if kind == "backup":
        while True:
            print("backup", store.backup("auto").name, flush=True)
    elif kind == "restore":
        n = 0
        for _ in range(5):
            store.insert("teams", {"name": f"write-{n}"})
            print("write", n, flush=True)
            n += 1
        store.restore(path.parent / "backups" / arg)
        print("restored", flush=True)
        while True:
            store.insert("teams", {"name": f"write-{n}"})
            print("write", n, flush=True)
            n += 1
    elif kind == "finalise":
        plans = services.plans
        while True:
            draft = plans.start_review(arg, TODAY, "Crash test review")
            draft.views = "In my words: fine."
            draft.copy_given_date = TODAY
            final = plans.finalise(draft)
            print("final", final.version, flush=True)
    elif kind == "import":
        batch = int(store.scalar("SELECT count(*) FROM young_people WHERE la_id LIKE 'CR%'") or 0) // 20
        while True:
            rows = "".join(f"CR{batch:04d}{i:02d},Crash Test {batch}-{i},01/01/2008\n" for i in range(20))
            services.importer.apply(("la_id,legal_name,dob\n" + rows).encode())
            print("batch", batch, flush=True)
            batch += 1


if __name__ == "__main__":
    main()
