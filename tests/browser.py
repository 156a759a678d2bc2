"""A page opened in a real headless Chromium, driven over the DevTools protocol on a pipe (no
network port, no extra package): measure it, print it to PDF, take a screenshot, and hear of
every JavaScript dialog it tries to open.

`.ci/run` installs Debian's chromium; elsewhere the tests that need it are skipped, unless
HERSTEL_REQUIRE_CHROMIUM is set (as `.ci/run` does), when its absence fails them.
"""

from __future__ import annotations

import base64
import contextlib
import json
import os
import select
import shutil
import subprocess
import sys
import time
from pathlib import Path
from typing import Any

import pytest

# As the issue asks, and as this machine needs: no sandbox (root), no GPU, no first-run pages,
# nothing fetched in the background, a fresh profile each time.
FLAGS = (
    "--headless",
    "--no-sandbox",
    "--disable-gpu",
    "--no-first-run",
    "--disable-background-networking",
    "--disable-component-update",
    "--disable-sync",
    "--disable-dev-shm-usage",  # a container's /dev/shm is often too small for a renderer
)
NAMES = ("chromium", "chromium-browser", "google-chrome")
TIMEOUT = 60  # seconds to wait for any one message from Chromium
# Where the elements a selector finds are on the page, from the first to the last: x, y,
# width, height.
BOUNDS = """JSON.stringify((() => {
  const boxes = [...document.querySelectorAll(%s)].map(e => e.getBoundingClientRect());
  if (!boxes.length) return null;
  const top = Math.min(...boxes.map(b => b.top)) + window.scrollY;
  const bottom = Math.max(...boxes.map(b => b.bottom)) + window.scrollY;
  const left = Math.min(...boxes.map(b => b.left)), right = Math.max(...boxes.map(b => b.right));
  return [left, top, right - left, bottom - top];
})())"""
# Puts the pipes where Chromium looks for them, then becomes Chromium. (A shell could do it only
# for pipes below fd 10.)
PLACE_PIPES = """
import os, sys
given, taken = os.dup(int(sys.argv[1])), os.dup(int(sys.argv[2]))
os.dup2(given, 3)
os.dup2(taken, 4)
os.set_inheritable(3, True)  # dup2 onto itself keeps the close-on-exec that dup gave it
os.set_inheritable(4, True)
os.execv(sys.argv[3], sys.argv[3:])
"""


def chromium() -> str:
    """The browser's path; skips the test where there is none (fails it where one must be)."""
    for name in NAMES:
        found = shutil.which(name)
        if found:
            return found
    if os.environ.get("HERSTEL_REQUIRE_CHROMIUM"):
        pytest.fail("HERSTEL_REQUIRE_CHROMIUM is set but no chromium is installed")
    pytest.skip("Chromium is not installed (on Debian: apt-get install chromium)")


class Browser:
    """One headless Chromium; `open` a page, then ask it things."""

    def __init__(self, profile: Path) -> None:
        executable = chromium()  # first: a skip leaves nothing open behind it
        profile.mkdir()
        self._log_path = profile.parent / f"{profile.name}.log"  # Chromium's own words
        # Chromium reads the protocol from fd 3 and answers on fd 4.
        theirs_in, ours_out = os.pipe()
        ours_in, theirs_out = os.pipe()
        command = [
            sys.executable, "-c", PLACE_PIPES, str(theirs_in), str(theirs_out),
            executable, *FLAGS, f"--user-data-dir={profile}", "--remote-debugging-pipe",
            "about:blank",
        ]  # fmt: skip
        try:
            with self._log_path.open("wb") as log:
                self.process = subprocess.Popen(
                    command,
                    pass_fds=(theirs_in, theirs_out),
                    stdin=subprocess.DEVNULL,
                    stdout=subprocess.DEVNULL,
                    stderr=log,
                )
        except BaseException:
            os.close(ours_in)
            os.close(ours_out)
            raise
        finally:  # Chromium holds its ends now, or there is no Chromium
            os.close(theirs_in)
            os.close(theirs_out)
        self._reader = os.fdopen(ours_in, "rb")
        self._writer = os.fdopen(ours_out, "wb")
        self._buffer = b""
        self._next = 0
        self.events: list[dict[str, Any]] = []
        self.dialogs: list[str] = []
        self.session: str | None = None

    def close(self) -> None:
        """Asks Chromium to close, without waiting for its answer; kills it if it lingers."""
        with contextlib.suppress(OSError):
            self._send({"id": 0, "method": "Browser.close", "params": {}})
        try:
            self.process.wait(timeout=15)
        except subprocess.TimeoutExpired:
            self.process.kill()
            self.process.wait()
        with contextlib.suppress(OSError):
            self._writer.close()
        self._reader.close()

    def __enter__(self) -> Browser:
        return self

    def __exit__(self, *_: object) -> None:
        self.close()

    # --- the protocol -----------------------------------------------------------------------

    def call(self, method: str, *, session: bool = True, **params: Any) -> dict[str, Any]:
        self._next += 1
        message: dict[str, Any] = {"id": self._next, "method": method, "params": params}
        if session and self.session is not None:
            message["sessionId"] = self.session
        self._send(message)
        while True:
            answer = self._receive()
            if answer.get("id") == self._next:
                assert "error" not in answer, (method, answer["error"])
                result: dict[str, Any] = answer["result"]
                return result

    def wait_for(self, event: str) -> dict[str, Any]:
        for seen in self.events:
            if seen["method"] == event:
                self.events.remove(seen)
                return seen
        while True:
            message = self._receive()
            if message.get("method") == event:
                self.events.remove(message)
                return message

    def _send(self, message: dict[str, Any]) -> None:
        self._writer.write(json.dumps(message).encode() + b"\0")
        self._writer.flush()

    def _receive(self) -> dict[str, Any]:
        """The next message; fails the test (with what Chromium said) rather than wait for
        ever when none comes within TIMEOUT seconds."""
        deadline = time.monotonic() + TIMEOUT
        while b"\0" not in self._buffer:
            left = deadline - time.monotonic()
            ready, _, _ = select.select([self._reader], [], [], max(0.0, left))
            if not ready:
                pytest.fail(f"Chromium gave no answer in {TIMEOUT} s: {self._said()}")
            chunk = self._reader.read1(1 << 16)
            if not chunk:
                pytest.fail(f"Chromium closed the protocol pipe: {self._said()}")
            self._buffer += chunk
        raw, self._buffer = self._buffer.split(b"\0", 1)
        message: dict[str, Any] = json.loads(raw)
        if "method" in message:
            self.events.append(message)
            if message["method"] == "Page.javascriptDialogOpening":
                # A page that runs a script: note it, and close the dialog so nothing hangs.
                self.dialogs.append(message["params"]["message"])
                self._send({
                    "id": 10**9 + len(self.dialogs), "method": "Page.handleJavaScriptDialog",
                    "params": {"accept": True}, "sessionId": message.get("sessionId"),
                })  # fmt: skip
        return message

    def _said(self) -> str:
        """The end of what Chromium wrote on stderr."""
        try:
            return self._log_path.read_text(errors="replace")[-2000:]
        except OSError:
            return "(no log)"

    # --- what the tests ask -----------------------------------------------------------------

    def open(self, page: Path, *, width: int = 900, height: int = 1200) -> None:
        target = self.call("Target.createTarget", session=False, url="about:blank")["targetId"]
        self.session = self.call(
            "Target.attachToTarget", session=False, targetId=target, flatten=True
        )["sessionId"]
        self.call("Page.enable")
        self.call(
            "Emulation.setDeviceMetricsOverride",
            width=width, height=height, deviceScaleFactor=1, mobile=False,
        )  # fmt: skip
        self.events.clear()  # a load event from before this page must not count for it
        address = page.resolve().as_uri()
        answer = self.call("Page.navigate", url=address)
        assert "errorText" not in answer, answer["errorText"]
        self.wait_for("Page.loadEventFired")
        assert self.evaluate("location.href") == address

    def evaluate(self, expression: str) -> Any:
        """What an expression gives in the page (run by the browser's tools, not by the page)."""
        answer = self.call("Runtime.evaluate", expression=expression, returnByValue=True)
        assert "exceptionDetails" not in answer, answer["exceptionDetails"]
        return answer["result"].get("value")

    def pdf(self) -> bytes:
        """The page as printed: on the paper its style sheet asks for, with its backgrounds."""
        answer = self.call("Page.printToPDF", preferCSSPageSize=True, printBackground=True)
        return base64.b64decode(answer["data"])

    def screenshot(self, selector: str | None = None, *, margin: float = 0) -> bytes:
        """The whole page as a PNG, not only what fits in the window; or only the part where
        the elements `selector` finds are (from the first to the last), `margin` around it."""
        clip = {}
        if selector is not None:
            box = json.loads(self.evaluate(BOUNDS % json.dumps(selector)))
            assert box is not None, f"nothing on the page matches {selector!r}"
            x, y, width, height = box
            clip = {"clip": {"x": max(0, x - margin), "y": max(0, y - margin),
                             "width": width + 2 * margin, "height": height + 2 * margin,
                             "scale": 1}}  # fmt: skip
        answer = self.call(
            "Page.captureScreenshot", format="png", captureBeyondViewport=True, **clip
        )
        return base64.b64decode(answer["data"])
