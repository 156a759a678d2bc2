"""scripts/screenshot.py, which draws the pictures in docs/images/, still works."""

from __future__ import annotations

import importlib.util
from pathlib import Path
from types import ModuleType

import pytest

from conftest import Invoke


def load_tool() -> ModuleType:
    path = Path(__file__).parent.parent / "scripts" / "screenshot.py"
    spec = importlib.util.spec_from_file_location("screenshot", path)
    assert spec is not None and spec.loader is not None
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module


@pytest.fixture
def tool() -> ModuleType:
    module = load_tool()
    if module.find_font() is None:
        pytest.skip("no monospace TrueType font such as DejaVu Sans Mono on this machine")
    return module


@pytest.fixture
def journal(cli: Invoke, home: Path) -> Path:
    assert cli("init", "--name", "Anna", "--first-session", "today").exit_code == 0
    for days, energy in enumerate([8, 7, 6, 5, 4], start=1):
        result = cli("checkin", "--energy", str(energy), "--date", f"-{days}d")
        assert result.exit_code == 0, result.stderr
    return home


def test_a_colour_picture_of_insights(tool: ModuleType, journal: Path, tmp_path: Path) -> None:
    from PIL import Image, ImageColor, ImageFont

    png = tmp_path / "images" / "insights.png"
    tool.main(["--columns", "80", "--rows", "60", "-o", str(png),
               "--", "--home", str(journal), "insights"])  # fmt: skip
    with Image.open(png) as opened:
        image = opened.convert("RGB")
    width, height = tool.cell_size(ImageFont.truetype(str(tool.find_font()[0]), 15))
    assert image.width == 80 * width + 2 * tool.PADDING
    assert image.height > 20 * height
    counts = image.getcolors(image.width * image.height)
    assert counts is not None
    colours = {rgb: n for n, rgb in counts if isinstance(rgb, tuple)}
    assert colours[ImageColor.getrgb(tool.BACKGROUND)] > image.width * image.height / 2
    assert colours[ImageColor.getrgb(tool.FOREGROUND)] > 500  # the words
    chart = sum(n for rgb, n in colours.items() if max(rgb) - min(rgb) > 60)
    assert chart > 200, "no coloured pixels: the chart lost its colours"


def test_until_ends_the_picture_at_a_blank_line(tool: ModuleType, journal: Path) -> None:
    args = ["--home", str(journal), "insights"]
    screen = tool.screen_of(tool.capture(args, columns=80, rows=60), columns=80, rows=60)
    lines = screen.display
    kept = tool.shown_rows(screen, "Energy over time")
    assert "Energy over time" in "".join(lines[:kept])
    assert "Your early warnings" not in "".join(lines[:kept])
    assert lines[kept].strip() == ""
    fonts = tool.find_font()
    assert (
        tool.draw(screen, fonts, size=15, until="Energy over time").height
        < tool.draw(screen, fonts, size=15).height
    )
    with pytest.raises(SystemExit, match="taller than 10 rows"):
        tool.screen_of(tool.capture(args, columns=80, rows=10), columns=80, rows=10)
