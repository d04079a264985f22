"""A real browser for the tests of the young person's own copy: Debian's headless Chromium, driven
over the DevTools protocol (websocket-client), with axe-core (from npm) as the accessibility check.

``find_or_install()`` finds both, installing them where it can (apt-get as root for Chromium, npm
into a cache folder outside the repository for axe-core), and says why not otherwise, so the
tests are skipped with that reason only where Chromium cannot be installed.
"""

from __future__ import annotations

import base64
import json
import os
import shutil
import subprocess
import time
import urllib.request
from pathlib import Path

AXE_CACHE = Path(os.environ.get("CARELEAVER_AXE_CACHE", Path.home() / ".cache" / "careleaver-axe"))
AXE_JS = AXE_CACHE / "node_modules" / "axe-core" / "axe.min.js"
BROWSERS = ("chromium", "chromium-browser", "google-chrome", "google-chrome-stable")


def _chromium() -> str | None:
    return next((p for p in map(shutil.which, BROWSERS) if p), None)


def find_or_install() -> tuple[str | None, Path | None, str]:
    """(chromium binary, axe.min.js, why not) — installing what is missing where it can."""
    binary = _chromium()
    if binary is None and hasattr(os, "geteuid") and os.geteuid() == 0 and shutil.which("apt-get"):
        subprocess.run(["apt-get", "install", "-y", "-qq", "chromium"], stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL,
                       timeout=600, check=False)
        binary = _chromium()
    if binary is None:
        return None, None, "Chromium is not installed and could not be installed here (apt-get install chromium, as root)"
    if not AXE_JS.exists():
        npm = shutil.which("npm")
        if npm is None and hasattr(os, "geteuid") and os.geteuid() == 0 and shutil.which("apt-get"):
            subprocess.run(["apt-get", "install", "-y", "-qq", "npm"], stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL,
                           timeout=600, check=False)
            npm = shutil.which("npm")
        if npm:
            AXE_CACHE.mkdir(parents=True, exist_ok=True)
            subprocess.run([npm, "install", "--prefix", str(AXE_CACHE), "--no-audit", "--no-fund", "axe-core@4"],
                           stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL, timeout=600, check=False)
    if not AXE_JS.exists():
        return binary, None, f"axe-core is not installed and npm could not install it into {AXE_CACHE}"
    return binary, AXE_JS, ""


class Browser:
    """One headless Chromium, one page, driven over the DevTools protocol."""

    def __init__(self, binary: str, profile: Path):
        import websocket

        profile.mkdir(parents=True, exist_ok=True)
        args = [binary, "--headless=new", "--disable-gpu", "--remote-debugging-port=0", f"--user-data-dir={profile}",
                "--no-first-run", "--no-default-browser-check", "--disable-extensions", "--disable-background-networking",
                "--disable-sync", "--disable-component-update", "--hide-scrollbars", "about:blank"]
        if hasattr(os, "geteuid") and os.geteuid() == 0:
            args.insert(1, "--no-sandbox")  # Chromium refuses to start as root with its sandbox
        self.proc = subprocess.Popen(args, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
        port_file = profile / "DevToolsActivePort"
        deadline = time.monotonic() + 30
        while not (port_file.exists() and port_file.read_text().strip()):
            if time.monotonic() > deadline or self.proc.poll() is not None:
                self.close()
                raise RuntimeError("Chromium did not start")
            time.sleep(0.05)
        port = int(port_file.read_text().split()[0])
        targets = json.load(urllib.request.urlopen(f"http://127.0.0.1:{port}/json", timeout=10))
        url = next(t["webSocketDebuggerUrl"] for t in targets if t["type"] == "page")
        self.ws = websocket.create_connection(url, timeout=60, suppress_origin=True)
        self._id = 0
        self.events: list[dict] = []
        self.send("Page.enable")
        self.send("Runtime.enable")
        self.send("Network.enable")

    def send(self, method: str, **params) -> dict:
        self._id += 1
        self.ws.send(json.dumps({"id": self._id, "method": method, "params": params}))
        while True:
            message = json.loads(self.ws.recv())
            if message.get("id") == self._id:
                if "error" in message:
                    raise RuntimeError(f"{method}: {message['error']}")
                return message.get("result", {})
            self.events.append(message)

    def wait_for(self, event: str, timeout: float = 30) -> dict:
        deadline = time.monotonic() + timeout
        while time.monotonic() < deadline:
            for i, m in enumerate(self.events):
                if m.get("method") == event:
                    return self.events.pop(i)
            self.events.append(json.loads(self.ws.recv()))
        raise TimeoutError(event)

    def open(self, path: Path, width: int, height: int = 800) -> None:
        """Load a file at a screen width (a phone is "mobile": its viewport follows the page's meta)."""
        self.send("Emulation.setDeviceMetricsOverride", width=width, height=height, deviceScaleFactor=1, mobile=width < 600)
        self.send("Page.addScriptToEvaluateOnNewDocument", source=(
            "window.__cspViolations = []; document.addEventListener('securitypolicyviolation', "
            "function (e) { window.__cspViolations.push(e.violatedDirective + ' ' + e.blockedURI); });"))
        self.events.clear()
        self.send("Page.navigate", url=path.resolve().as_uri())
        self.wait_for("Page.loadEventFired")

    def js(self, expression: str, *, wait: bool = False):
        result = self.send("Runtime.evaluate", expression=expression, returnByValue=True, awaitPromise=wait)
        if "exceptionDetails" in result:
            raise RuntimeError(result["exceptionDetails"].get("exception", {}).get("description", "script failed"))
        return result["result"].get("value")

    def requests(self) -> list[str]:
        """Every URL the page asked for since it was opened."""
        return [m["params"]["request"]["url"] for m in self.events if m.get("method") == "Network.requestWillBeSent"]

    def axe(self, axe_js: Path) -> list[dict]:
        """axe-core's violations (WCAG 2.1 A and AA, and its best practices) on the page as it is now."""
        self.js(axe_js.read_text(encoding="utf-8"))
        return self.js("axe.run(document, {runOnly: {type: 'tag', values: ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', "
                       "'best-practice']}}).then(r => r.violations.map(v => ({id: v.id, help: v.help, "
                       "nodes: v.nodes.map(n => n.html).slice(0, 3)})))", wait=True)

    def click(self, selector: str) -> None:
        """A real mouse click in the middle of the element."""
        box = self.js(f"(function(){{var r = document.querySelector({json.dumps(selector)}).getBoundingClientRect();"
                      "return [r.left + r.width / 2, r.top + r.height / 2];})()")
        for kind in ("mousePressed", "mouseReleased"):
            self.send("Input.dispatchMouseEvent", type=kind, x=box[0], y=box[1], button="left", clickCount=1)

    def type(self, text: str) -> None:
        self.send("Input.insertText", text=text)

    def press_enter(self) -> None:
        for kind in ("keyDown", "keyUp"):
            self.send("Input.dispatchKeyEvent", type=kind, key="Enter", code="Enter", windowsVirtualKeyCode=13,
                      **({"text": "\r"} if kind == "keyDown" else {}))

    def wait_until(self, expression: str, timeout: float = 30) -> None:
        deadline = time.monotonic() + timeout
        while not self.js(expression):
            if time.monotonic() > deadline:
                raise TimeoutError(expression)
            time.sleep(0.05)

    def screenshot(self, path: Path) -> Path:
        """The whole page, as tall as it is."""
        data = self.send("Page.captureScreenshot", format="png", captureBeyondViewport=True,
                         clip={"x": 0, "y": 0, "width": self.js("document.documentElement.scrollWidth"),
                               "height": self.js("document.documentElement.scrollHeight"), "scale": 1})["data"]
        path.write_bytes(base64.b64decode(data))
        return path

    def close(self) -> None:
        try:
            if getattr(self, "ws", None) is not None:
                self.ws.close()
        finally:
            self.proc.terminate()
            try:
                self.proc.wait(10)
            except subprocess.TimeoutExpired:
                self.proc.kill()
