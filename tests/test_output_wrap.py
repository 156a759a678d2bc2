"""On a terminal, text wraps between words at any width from 60 columns, in both languages;
through a pipe a line stays whole. Checked on a real pseudo-terminal: no word of the output is
split over two lines, and the words are the same as through a pipe."""

from __future__ import annotations

import os
import re
import subprocess
import sys
from pathlib import Path

import pexpect
import pytest

from conftest import Invoke
from journals import build_template, copy_home
from terminal import Terminal

WIDTHS = (60, 80, 100)
ANSI = re.compile(r"\x1b\[[0-9;?]*[A-Za-z]")


def demo(cli: Invoke) -> None:
    assert cli("demo", "--weeks", "6").exit_code == 0


@pytest.fixture(scope="session")
def demo_template(tmp_path_factory: pytest.TempPathFactory) -> Path:
    return build_template(tmp_path_factory.mktemp("wrap-demo"), demo)


def environ(home: Path, lang: str, **extra: str) -> dict[str, str]:
    env = {k: v for k, v in os.environ.items() if k not in ("NO_COLOR", "LC_ALL", "COLUMNS")}
    env.update(
        {"HERSTEL_HOME": str(home), "HERSTEL_LANG": lang, "TERM": "xterm", "LANG": "C.UTF-8"}
    )
    env.update(extra)
    return env


def on_terminal(
    home: Path, lang: str, width: int, *args: str, raw: bool = False, **extra: str
) -> str:
    child = Terminal(
        sys.executable,
        ["-m", "herstel", *args],
        env=environ(home, lang, **extra),
        encoding="utf-8",
        dimensions=(200, width),
        timeout=30,
    )
    child.expect(pexpect.EOF)
    child.close()
    assert child.exitstatus == 0, child.before
    shown = str(child.before).replace("\r\n", "\n")
    return shown if raw else ANSI.sub("", shown)


def through_pipe(home: Path, lang: str, *args: str) -> str:
    done = subprocess.run(
        [sys.executable, "-m", "herstel", *args],
        env=environ(home, lang),
        capture_output=True,
        text=True,
        check=True,
    )
    return done.stdout


@pytest.mark.parametrize("lang", ["en", "nl"])
@pytest.mark.parametrize("width", WIDTHS)
@pytest.mark.parametrize("command", [(), ("prepare",), ("plan",)])
def test_words_are_never_split(
    demo_template: Path, home: Path, lang: str, width: int, command: tuple[str, ...]
) -> None:
    copy_home(demo_template, home)
    screen = on_terminal(home, lang, width, *command)
    piped = through_pipe(home, lang, *command)
    for line in screen.splitlines():
        assert len(line) <= width or " " not in line.strip(), (width, line)
    if width == min(WIDTHS):
        assert any(len(line) > width for line in piped.splitlines()), "nothing to wrap"
    # Every word of the piped output is on the screen whole (the sparkline's characters differ).
    words = [w for w in piped.split() if w.isalpha() and len(w) > 2]
    shown = set(screen.split())
    missing = [w for w in words if w not in shown]
    assert not missing, (width, missing)


@pytest.mark.parametrize("lang", ["en", "nl"])
@pytest.mark.parametrize("width", WIDTHS)
def test_the_pattern_intro_wraps_between_words(
    demo_template: Path, home: Path, lang: str, width: int
) -> None:
    copy_home(demo_template, home)
    child = Terminal(
        sys.executable,
        ["-m", "herstel", "pattern"],
        env=environ(home, lang),
        encoding="utf-8",
        dimensions=(60, width),
        timeout=30,
    )
    child.expect(r"\?")  # the first question
    intro = ANSI.sub("", str(child.before)).replace("\r\n", "\n")
    child.expect(r"situati\w*\?")  # drawn whole: the question takes the keys from here on
    child.sendcontrol("c")
    child.expect(pexpect.EOF)
    child.close()
    lines = [line for line in intro.splitlines() if line.strip()]
    assert lines
    for line in lines:
        assert len(line) <= width, line
    piped_words = " ".join(lines).split()
    for word in piped_words:
        assert len(word) < 2 or not word.endswith("-"), word


def test_through_a_pipe_a_line_stays_whole(demo_template: Path, home: Path) -> None:
    copy_home(demo_template, home)
    piped = through_pipe(home, "en")
    assert any(len(line) > 100 for line in piped.splitlines())


BARS = "▁▂▃▄▅▆▇█·"


@pytest.mark.parametrize("lang", ["en", "nl"])
def test_bars_stay_bars_without_colour(demo_template: Path, home: Path, lang: str) -> None:
    """NO_COLOR takes the colour away, not the bars; a pipe gets the one ASCII ramp, never
    digits that read as a number."""
    copy_home(demo_template, home)
    screen = on_terminal(home, lang, 80, NO_COLOR="1")
    line = next(line for line in screen.splitlines() if "[" in line and "]" in line)
    spark = line[line.index("[") + 1 : line.index("]")]
    assert spark and set(spark) <= set(BARS), line
    # No colour: no escape code sets one (the cursor codes of a question aside, none is asked).
    assert not re.search(
        r"\x1b\[[0-9;]*m", on_terminal(home, lang, 80, "prepare", raw=True, NO_COLOR="1")
    )
    piped = through_pipe(home, lang)
    line = next(line for line in piped.splitlines() if "[" in line and "]" in line)
    spark = line[line.index("[") + 1 : line.index("]")]
    assert spark and set(spark) <= set("_,-~=+*#.") and not any(c.isdigit() for c in spark)
    prepared = through_pipe(home, lang, "prepare")
    label = "Energy per day" if lang == "en" else "Energie per dag"
    (row,) = [line for line in prepared.splitlines() if label in line]
    bars = row.rsplit(": ", 1)[1]  # after the label: the bars alone, never digits
    assert bars and not any(c.isdigit() for c in bars), row
