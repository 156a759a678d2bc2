"""Shell completion as Typer gives it: bash, zsh and fish ask herstel itself for the words."""

from __future__ import annotations

import os
import subprocess
import sys
from pathlib import Path

import pytest


def complete(shell: str, words: str, **extra: str) -> subprocess.CompletedProcess[str]:
    env = {**os.environ, "_HERSTEL_COMPLETE": f"complete_{shell}", **extra}
    if shell == "bash":
        env |= {"COMP_WORDS": words, "COMP_CWORD": str(len(words.split()) - 1)}
    else:
        env["_TYPER_COMPLETE_ARGS"] = words
    return subprocess.run(
        [sys.executable, "-m", "herstel"], env=env, capture_output=True, text=True, check=False
    )


def test_bash_completes_commands_and_their_options() -> None:
    commands = complete("bash", "herstel che")
    assert (commands.returncode, commands.stdout.split()) == (0, ["checkin"])
    options = complete("bash", "herstel checkin --sl").stdout.split()
    assert options == ["--sleep-hours", "--sleep-quality"]


def test_zsh_offers_the_command_with_its_translated_help() -> None:
    english = complete("zsh", "herstel pl").stdout
    assert '"plan":"Your ten sessions' in english
    dutch = complete("zsh", "herstel pl", HERSTEL_LANG="nl").stdout
    assert '"plan":"' in dutch
    assert "Your ten sessions" not in dutch


def test_fish_completes_a_subcommand() -> None:
    result = complete("fish", "herstel plan mo", _TYPER_COMPLETE_FISH_ACTION="get-args")
    assert result.returncode == 0
    assert result.stdout.split("\t")[0] == "move"


@pytest.mark.parametrize("shell", ["bash", "zsh", "fish"])
def test_the_script_for_each_shell(shell: str) -> None:
    env = {**os.environ, "_HERSTEL_COMPLETE": f"source_{shell}"}
    result = subprocess.run(
        [sys.executable, "-m", "herstel"], env=env, capture_output=True, text=True, check=False
    )
    assert result.returncode == 0, result.stderr
    assert "_HERSTEL_COMPLETE" in result.stdout


def test_install_writes_only_into_the_given_home(tmp_path: Path) -> None:
    home = tmp_path / "user"
    home.mkdir()
    env = {**os.environ, "HOME": str(home), "SHELL": "/bin/bash"}
    # Typer finds the shell among the process's parents, as when a person types it: started
    # from a bash (`; exit $?` keeps bash from replacing itself with the command). Run straight
    # from a test runner whose shell has gone (`(pytest &)`), no shell is found at all.
    result = subprocess.run(
        ["bash", "-c", '"$0" -m herstel --install-completion; exit $?', sys.executable],
        env=env,
        capture_output=True,
        text=True,
        check=False,
    )
    assert result.returncode == 0, result.stderr
    assert "Tab completion for" in result.stdout
    written = sorted(p.relative_to(home).as_posix() for p in home.rglob("*") if p.is_file())
    assert written, result.stdout
    assert all(not name.startswith("..") for name in written)
