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
import shutil
import subprocess
import sys
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
)
NAMES = ("chromium", "chromium-browser", "google-chrome")
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
        profile.mkdir()
        # Chromium reads the protocol from fd 3 and answers on fd 4.
        theirs_in, ours_out = os.pipe()
        ours_in, theirs_out = os.pipe()
        self._log = (profile.parent / f"{profile.name}.log").open("wb")  # Chromium's own words
        command = [
            sys.executable, "-c", PLACE_PIPES, str(theirs_in), str(theirs_out),
            chromium(), *FLAGS, f"--user-data-dir={profile}", "--remote-debugging-pipe",
            "about:blank",
        ]  # fmt: skip
        self.process = subprocess.Popen(
            command,
            pass_fds=(theirs_in, theirs_out),
            stdin=subprocess.DEVNULL,
            stdout=subprocess.DEVNULL,
            stderr=self._log,
        )
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
        with contextlib.suppress(OSError, AssertionError):
            self.call("Browser.close", session=False)
        try:
            self.process.wait(timeout=15)
        except subprocess.TimeoutExpired:
            self.process.kill()
            self.process.wait()
        with contextlib.suppress(OSError):
            self._writer.close()
        self._reader.close()
        self._log.close()

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
        self._writer.write(json.dumps(message).encode() + b"\0")
        self._writer.flush()
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

    def _receive(self) -> dict[str, Any]:
        while b"\0" not in self._buffer:
            chunk = self._reader.read1(1 << 16)
            assert chunk, "Chromium closed the protocol pipe"
            self._buffer += chunk
        raw, self._buffer = self._buffer.split(b"\0", 1)
        message: dict[str, Any] = json.loads(raw)
        if "method" in message:
            self.events.append(message)
            if message["method"] == "Page.javascriptDialogOpening":
                # A page that runs a script: note it, and close the dialog so nothing hangs.
                self.dialogs.append(message["params"]["message"])
                self._writer.write(json.dumps({
                    "id": 10**9 + len(self.dialogs), "method": "Page.handleJavaScriptDialog",
                    "params": {"accept": True}, "sessionId": message.get("sessionId"),
                }).encode() + b"\0")  # fmt: skip
                self._writer.flush()
        return message

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
        self.call("Page.navigate", url=page.resolve().as_uri())
        self.wait_for("Page.loadEventFired")

    def evaluate(self, expression: str) -> Any:
        """What an expression gives in the page (run by the browser's tools, not by the page)."""
        answer = self.call("Runtime.evaluate", expression=expression, returnByValue=True)
        assert "exceptionDetails" not in answer, answer["exceptionDetails"]
        return answer["result"].get("value")

    def pdf(self) -> bytes:
        """The page as printed: on the paper its style sheet asks for, with its backgrounds."""
        answer = self.call("Page.printToPDF", preferCSSPageSize=True, printBackground=True)
        return base64.b64decode(answer["data"])

    def screenshot(self) -> bytes:
        """The whole page as a PNG, not only what fits in the window."""
        answer = self.call("Page.captureScreenshot", format="png", captureBeyondViewport=True)
        return base64.b64decode(answer["data"])
