"""The two catalogs are complete, agree on placeholders, and cover every key the code uses."""

from __future__ import annotations

import re
import string
from pathlib import Path

import pytest

from herstel import i18n
from herstel.i18n import en, nl

SRC = Path(__file__).parent.parent / "src" / "herstel"


def placeholders(text: str) -> set[str]:
    return {name for _, name, _, _ in string.Formatter().parse(text) if name}


def test_both_catalogs_have_the_same_keys() -> None:
    assert set(en.MESSAGES) == set(nl.MESSAGES)


@pytest.mark.parametrize("key", sorted(en.MESSAGES))
def test_placeholders_agree(key: str) -> None:
    english, dutch = en.MESSAGES[key], nl.MESSAGES[key]
    assert type(english) is type(dutch)
    if isinstance(english, list):
        assert len(english) == len(dutch)
        assert all(item.strip() for item in english + dutch)
    else:
        assert english.strip() and dutch.strip()
        assert placeholders(english) == placeholders(dutch)


def keys_used_in_source() -> set[str]:
    """Literal keys passed to t(), HerstelError/UsageError and names() anywhere in src/."""
    pattern = re.compile(r"""(?:\bt|Error|names)\(\s*f?["']([a-z0-9_.\-{}]+)["']""")
    found: set[str] = set()
    for path in SRC.rglob("*.py"):
        found.update(pattern.findall(path.read_text(encoding="utf-8")))
    return found


def test_every_key_the_code_uses_exists() -> None:
    used = keys_used_in_source()
    assert len(used) > 50
    for key in used:
        if "{" in key:  # an f-string key: every expansion of its prefix must exist
            prefix = key.split("{", 1)[0]
            assert any(k.startswith(prefix) for k in en.MESSAGES), key
        else:
            assert key in en.MESSAGES, key


def test_dynamic_keys_exist() -> None:
    for focus in ("unknown", "meaning", "self-relation"):
        assert f"focus.{focus}" in en.MESSAGES
    for lang in i18n.LANGUAGES:
        assert f"language.{lang}" in en.MESSAGES


def test_choose_language_order() -> None:
    choose = i18n.choose_language
    env = {"HERSTEL_LANG": "en", "LANG": "nl_NL.UTF-8"}
    assert choose(cli="nl", environ=env, stored="en") == "nl"
    assert choose(cli=None, environ=env, stored="nl") == "en"
    assert choose(cli=None, environ={"LANG": "en_US"}, stored="nl") == "nl"
    assert choose(cli=None, environ={"LANG": "nl_BE.UTF-8"}, stored=None) == "nl"
    assert choose(cli=None, environ={"LC_ALL": "C", "LANG": "nl_NL"}, stored=None) == "en"
    assert choose(cli=None, environ={}, stored=None) == "en"


def test_format_day_in_both_languages() -> None:
    from datetime import date

    i18n.set_language("nl")
    assert i18n.format_day(date(2027, 1, 4)) == "maandag 4 januari 2027"
    i18n.set_language("en")
    assert i18n.format_day(date(2027, 1, 4)) == "Monday 4 January 2027"
