"""A local PostgreSQL cluster for a team (``careleaver-app server init --data DIR``), and the
throw-away clusters the tests and ``demo-team`` use.

The folder ``DIR`` holds:

- ``pgdata/``: the cluster itself, made by ``initdb`` and run by ``pg_ctl``; its socket is in
  this folder too (socket only unless a TCP address is asked for);
- ``admin.json`` (mode 0600): the name and password of the cluster's administrator login, which
  only ``server`` commands use (the app itself always signs in as a worker);
- ``server.log``: PostgreSQL's own log.

``initdb`` and ``pg_ctl`` refuse to run as root. Run as root (a container, a CI machine), the
cluster is made and run as the ``postgres`` user, which then owns ``pgdata/``; the folder
around it is made traversable (0711) but not listable, and ``admin.json`` stays root's.
"""

from __future__ import annotations

import json
import os
import secrets
import shutil
import signal
import subprocess
import time
from dataclasses import dataclass
from pathlib import Path

from ..errors import StoreError

ADMIN_LOGIN = "careleaver_admin"
SOCKET_PATH_LIMIT = 100  # Unix socket paths are limited to about 107 bytes
RUN_AS_WHEN_ROOT = "postgres"


class ServerError(StoreError):
    """The team server could not be made, started or reached (a calm, actionable message)."""

    hint = ""


def find_binary(name: str) -> str:
    """``initdb``, ``pg_ctl``… from PATH, or from Debian's versioned folders."""
    found = shutil.which(name)
    if found:
        return found
    for folder in sorted(Path("/usr/lib/postgresql").glob("*/bin"), reverse=True):
        if (folder / name).exists():
            return str(folder / name)
    raise ServerError(f"PostgreSQL's {name} program was not found. Install PostgreSQL 15 or later "
                      "(Debian/Ubuntu: apt-get install postgresql), or use --dsn to reach an existing server.")


def _as_cluster_user(cmd: list[str]) -> list[str]:
    if os.geteuid() == 0:
        return [shutil.which("runuser") or "/usr/sbin/runuser", "-u", RUN_AS_WHEN_ROOT, "--", *cmd]
    return cmd


def _run(cmd: list[str], what: str, *, timeout: float = 120) -> str:
    try:
        done = subprocess.run(_as_cluster_user(cmd), capture_output=True, text=True, timeout=timeout)
    except (OSError, subprocess.TimeoutExpired) as exc:
        raise ServerError(f"Could not {what}: {exc}") from exc
    if done.returncode != 0:
        detail = (done.stderr or done.stdout).strip().splitlines()
        raise ServerError(f"Could not {what}: {detail[-1] if detail else 'exit code ' + str(done.returncode)}")
    return done.stdout


@dataclass
class LocalCluster:
    """A cluster in a folder of its own (see the module's docstring)."""

    folder: Path

    @property
    def pgdata(self) -> Path:
        return self.folder / "pgdata"

    @property
    def admin_file(self) -> Path:
        return self.folder / "admin.json"

    @property
    def log_file(self) -> Path:
        return self.folder / "server.log"

    @property
    def socket_dir(self) -> str:
        return str(self.pgdata)

    # -- the administrator's login (server commands only) ------------------------------------
    def admin(self) -> dict:
        try:
            return json.loads(self.admin_file.read_text(encoding="utf-8"))
        except (OSError, ValueError) as exc:
            raise ServerError(f"{self.folder} is not a team server folder made by 'careleaver-app server init' "
                              "(its admin.json is missing or damaged).") from exc

    def admin_conninfo(self, dbname: str = "postgres") -> dict:
        a = self.admin()
        return {"host": self.socket_dir, "port": a.get("port", 5432), "user": a["login"], "password": a["password"],
                "dbname": dbname}

    def conninfo(self, dbname: str) -> dict:
        """Where a worker connects (host and port; they bring their own login and password)."""
        a = self.admin()
        host = a.get("listen") or self.socket_dir
        return {"host": host, "port": a.get("port", 5432), "dbname": dbname}

    # -- making, starting, stopping -----------------------------------------------------------
    @property
    def exists(self) -> bool:
        return (self.pgdata / "PG_VERSION").exists()

    def init(self, *, port: int = 5432, listen: str = "", durable: bool = True) -> None:
        """``initdb``: a new cluster, its administrator with a random password (SCRAM), socket only
        unless ``listen`` names TCP addresses. ``durable=False`` (throw-away clusters only) skips
        flushing to disk, which a real team server must never do."""
        if self.exists:
            raise ServerError(f"{self.folder} already holds a team server.")
        sock = os.path.join(self.socket_dir, f".s.PGSQL.{port}")
        if len(sock) > SOCKET_PATH_LIMIT:
            raise ServerError(f"The folder path {self.folder} is too long for the server's socket: choose a shorter one.")
        initdb = find_binary("initdb")
        old = os.umask(0o077)
        try:
            self.folder.mkdir(parents=True, exist_ok=True)
            password = secrets.token_urlsafe(24)
            self.admin_file.write_text(json.dumps({"login": ADMIN_LOGIN, "password": password, "port": port,
                                                   "listen": listen}), encoding="utf-8")
            pwfile = self.folder / ".initdb-password"
            pwfile.write_text(password + "\n", encoding="utf-8")
            self.pgdata.mkdir()
            if os.geteuid() == 0:
                import pwd

                user = pwd.getpwnam(RUN_AS_WHEN_ROOT)
                os.chmod(self.folder, 0o711)  # the cluster user may pass through, not list
                os.chown(self.pgdata, user.pw_uid, user.pw_gid)
                os.chown(pwfile, user.pw_uid, user.pw_gid)
                self.log_file.touch()
                os.chown(self.log_file, user.pw_uid, user.pw_gid)
                reach = subprocess.run(_as_cluster_user(["test", "-w", str(self.pgdata)]), capture_output=True)
                if reach.returncode != 0:
                    raise ServerError(f"The {RUN_AS_WHEN_ROOT} user cannot reach {self.folder} (a folder above it is "
                                      "private): choose a folder it can reach, for example under /srv or /var/lib.")
            try:
                _run([initdb, "-D", str(self.pgdata), "-U", ADMIN_LOGIN, f"--pwfile={pwfile}", "-E", "UTF8",
                      "--locale=C.UTF-8", "--auth-local=scram-sha-256", "--auth-host=scram-sha-256",
                      *([] if durable else ["--no-sync"])],
                     "make the server's cluster (initdb)")
            finally:
                pwfile.unlink(missing_ok=True)
        finally:
            os.umask(old)
        settings = {
            "listen_addresses": f"'{listen}'",
            "port": str(port),
            "unix_socket_directories": f"'{self.socket_dir}'",
            "password_encryption": "'scram-sha-256'",
            "max_connections": "100",
            "shared_buffers": "'128MB'",
            "fsync": "on" if durable else "off",
            "synchronous_commit": "on" if durable else "off",
            "full_page_writes": "on" if durable else "off",
            "log_min_messages": "warning",
            "log_statement": "'none'",  # statements carry personal data: never in the server's log
            "log_min_error_statement": "panic",
        }
        with open(self.pgdata / "postgresql.conf", "a", encoding="utf-8") as fh:
            fh.write("\n# careleaver_app team server\n")
            for k, v in settings.items():
                fh.write(f"{k} = {v}\n")

    def running(self) -> bool:
        pid_file = self.pgdata / "postmaster.pid"
        try:
            pid = int(pid_file.read_text().split()[0])
        except (OSError, ValueError, IndexError):
            return False
        try:
            os.kill(pid, 0)
        except ProcessLookupError:
            return False
        except PermissionError:
            return True
        return True

    def start(self, *, wait: float = 60) -> None:
        if self.running():
            return
        if not self.exists:
            raise ServerError(f"There is no team server in {self.folder}: make one with 'careleaver-app server init'.")
        _run([find_binary("pg_ctl"), "-D", str(self.pgdata), "-l", str(self.log_file), "-w", "-t", str(int(wait)),
              "start"], "start the server", timeout=wait + 10)

    def stop(self, *, mode: str = "fast") -> None:
        if not self.running():
            return
        _run([find_binary("pg_ctl"), "-D", str(self.pgdata), "-m", mode, "-w", "stop"], "stop the server")
        deadline = time.monotonic() + 30
        while self.running() and time.monotonic() < deadline:
            time.sleep(0.05)

    def kill(self) -> None:
        """Stop at once (a throw-away cluster being cleaned up)."""
        try:
            self.stop(mode="immediate")
        except ServerError:
            try:
                pid = int((self.pgdata / "postmaster.pid").read_text().split()[0])
                os.kill(pid, signal.SIGKILL)
            except (OSError, ValueError, IndexError):
                pass

    def remove(self) -> None:
        self.kill()
        shutil.rmtree(self.folder, ignore_errors=True)


# -- throw-away clusters (tests, demo-team, benchmarks) ---------------------------------------
THROWAWAY_PREFIX = "careleaver-pg-"
OWNER_FILE = "owner.pid"


def throwaway_cluster() -> LocalCluster:
    """A new cluster in a fresh temporary folder, started; the caller stops and removes it
    (``remove()``). Clusters left behind by a process that was killed are cleaned up first."""
    import tempfile

    clean_abandoned()
    folder = Path(tempfile.mkdtemp(prefix=THROWAWAY_PREFIX, dir="/tmp" if os.name == "posix" else None))
    (folder / OWNER_FILE).write_text(str(os.getpid()))
    cluster = LocalCluster(folder)
    try:
        cluster.init(durable=False)
        cluster.start()
    except BaseException:
        cluster.remove()
        raise
    return cluster


def clean_abandoned() -> int:
    """Stop and remove throw-away clusters whose owning process has gone (killed tests)."""
    import tempfile

    removed = 0
    for folder in Path(tempfile.gettempdir()).glob(THROWAWAY_PREFIX + "*"):
        try:
            owner = int((folder / OWNER_FILE).read_text())
        except (OSError, ValueError):
            continue
        try:
            os.kill(owner, 0)
            continue  # still alive
        except ProcessLookupError:
            pass
        except PermissionError:
            continue
        LocalCluster(folder).remove()
        removed += 1
    return removed
