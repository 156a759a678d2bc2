"""A pseudo-terminal for the tests that answers like a terminal does.

prompt_toolkit (under questionary) asks the terminal where its cursor is (a cursor position
request, ESC [ 6 n) before it draws each question, and when the question is answered it waits up
to a second for the report before it returns. A terminal emulator answers at once; a bare
pexpect pseudo-terminal never does, so every question cost a second of waiting (an eleven-question
check-in run twice: 25 s). This one answers each request, as the terminal of someone whose cursor
is on the bottom line (where it is once output has scrolled): prompt_toolkit then reserves no
extra lines, as it draws when it gets no answer.
"""

from __future__ import annotations

from typing import Any

import pexpect

CURSOR_POSITION_REQUEST = "\x1b[6n"


class Terminal(pexpect.spawn):
    """`pexpect.spawn` in text mode, answering cursor position requests as it reads."""

    def __init__(self, *args: Any, **kwargs: Any) -> None:
        super().__init__(*args, **kwargs)
        # pexpect waits 50 ms before each send, for programs that turn echo off only after they
        # have shown their prompt. The tests send only once they have seen the question, which
        # prompt_toolkit and getpass draw after they took the terminal over: no wait is needed.
        self.delaybeforesend = None
        # The end of the last chunk read: a request may be split over two reads.
        self._tail = ""

    def read_nonblocking(self, size: int = 1, timeout: float | None = -1) -> str:
        text: str = super().read_nonblocking(size, timeout)
        seen = self._tail + text
        for _ in range(seen.count(CURSOR_POSITION_REQUEST)):
            rows, _columns = self.getwinsize()
            try:
                self.send(f"\x1b[{rows};1R")
            except OSError:  # the program has gone: there is no one left to answer
                break
        self._tail = seen[-(len(CURSOR_POSITION_REQUEST) - 1) :]
        return text
