"""A PNG of a herstel command as a colour terminal shows it, for the pictures in docs/images/.

    python scripts/screenshot.py --columns 100 --rows 60 -o docs/images/insights.png \\
        -- --home DIR insights

Everything after `--` goes to herstel. The command runs in a real pseudo-terminal (pexpect), a
terminal emulator reads its output (pyte) and Pillow draws the screen in DejaVu Sans Mono
(or another monospace font found).
"""

from __future__ import annotations

import argparse
import os
import sys
from pathlib import Path

import pexpect  # type: ignore[import-untyped]
import pyte
from PIL import Image, ImageDraw, ImageFont

BACKGROUND = "#1e1e2e"
FOREGROUND = "#cdd6f4"
# The sixteen colours of the Catppuccin Mocha terminal theme, which this background comes from:
# xterm's own dark blue is next to invisible on it. They come by name from pyte (which spells
# yellow "brown"); 256-colour and true-colour codes come as hex, xterm's values.
NAMES = ["black", "red", "green", "brown", "blue", "magenta", "cyan", "white"]
NORMAL = ["45475a", "f38ba8", "a6e3a1", "f9e2af", "89b4fa", "f5c2e7", "94e2d5", "bac2de"]
BRIGHT = ["585b70", "f38ba8", "a6e3a1", "f9e2af", "89b4fa", "f5c2e7", "94e2d5", "a6adc8"]
PALETTE = dict(zip(NAMES, NORMAL, strict=True))
PALETTE |= {"bright" + name: value for name, value in zip(NAMES, BRIGHT, strict=True)}
PALETTE["bfightmagenta"] = PALETTE["brightmagenta"]  # pyte's spelling of background 105
FONT_DIRS = ["/usr/share/fonts", "/usr/local/share/fonts", "~/.local/share/fonts", "~/.fonts",
             "/Library/Fonts", "/System/Library/Fonts", "C:/Windows/Fonts"]  # fmt: skip
FONTS = [("DejaVuSansMono.ttf", "DejaVuSansMono-Bold.ttf"),
         ("LiberationMono-Regular.ttf", "LiberationMono-Bold.ttf"),
         ("NotoSansMono-Regular.ttf", "NotoSansMono-Bold.ttf"),
         ("consola.ttf", "consolab.ttf")]  # fmt: skip
PADDING = 16
# Where braille dots 1 to 8 sit in the cell's 2 x 4 grid: (column, row).
BRAILLE = [(0, 0), (0, 1), (0, 2), (1, 0), (1, 1), (1, 2), (0, 3), (1, 3)]


def find_font() -> tuple[Path, Path] | None:
    """The first monospace TrueType font found, regular and bold (the regular one if no bold)."""
    found: dict[str, Path] = {}
    for folder in (Path(name).expanduser() for name in FONT_DIRS):
        if folder.is_dir():
            for path in folder.rglob("*.tt[fc]"):
                found.setdefault(path.name, path)
    for regular, bold in FONTS:
        if regular in found:
            return found[regular], found.get(bold, found[regular])
    return None


def capture(args: list[str], *, columns: int, rows: int) -> bytes:
    """What `herstel ARGS` writes to a colour terminal of this size, escape codes and all."""
    env = {**os.environ, "TERM": "xterm-256color", "LANG": "C.UTF-8"}
    for var in ("NO_COLOR", "COLORTERM", "LC_ALL", "LC_MESSAGES", "HERSTEL_LANG"):
        env.pop(var, None)
    child = pexpect.spawn(sys.executable, ["-m", "herstel", *args], env=env,
                          dimensions=(rows, columns), timeout=60)  # fmt: skip
    output: bytes = child.read()
    child.close()
    if child.exitstatus != 0:
        sys.exit(f"herstel {' '.join(args)} stopped with {child.exitstatus}:\n{output.decode()}")
    return output


def screen_of(output: bytes, *, columns: int, rows: int) -> pyte.Screen:
    """The terminal's screen after the output; refused when lines scrolled off the top."""
    screen = pyte.HistoryScreen(columns, rows, history=10_000)
    pyte.ByteStream(screen).feed(output)
    if screen.history.top:
        sys.exit(f"the output is taller than {rows} rows: give --rows {rows + 20} or more")
    return screen


def shown_rows(screen: pyte.Screen, until: str | None) -> int:
    """How many rows to draw: up to the last one with text, or to the blank row after `until`."""
    text = screen.display
    filled = [number for number, line in enumerate(text) if line.strip()]
    last = filled[-1] + 1 if filled else 0
    if until is not None:
        start = next((n for n, line in enumerate(text) if until in line), None)
        if start is None:
            sys.exit(f"no line on the screen holds {until!r}")
        last = next((n for n in range(start, last) if not text[n].strip()), last)
    return last


def colour(name: str, default: str) -> str:
    if name == "default":
        return default
    return "#" + PALETTE.get(name, name)


def cell_size(font: ImageFont.FreeTypeFont) -> tuple[int, int]:
    """A character cell in pixels: one advance wide, the font's ascent and descent high."""
    ascent, descent = font.getmetrics()
    return round(font.getlength("M")), ascent + descent


def draw_cell(
    pen: ImageDraw.ImageDraw, char: str, box: tuple[int, int, int, int], fill: str
) -> bool:
    """Draw the block elements and braille that the font lacks or leaves gaps in, as terminals
    do; False for any other character."""
    left, top, width, height = box
    if "\u2581" <= char <= "\u2588":  # ▁ to █: the sparklines
        bar = height * (ord(char) - 0x2580) // 8
        pen.rectangle((left, top + height - bar, left + width - 1, top + height - 1), fill=fill)
        return True
    if "\u2800" <= char <= "\u28ff":  # braille: the chart's lines; dots 1-8 as bits 0-7
        dots = ord(char) - 0x2800
        for bit, (column, row) in enumerate(BRAILLE):
            if dots >> bit & 1:
                x, y = left + width * (1 + 2 * column) / 4, top + height * (1 + 2 * row) / 8
                pen.ellipse((x - 1.3, y - 1.3, x + 1.3, y + 1.3), fill=fill)
        return True
    return False


def draw(
    screen: pyte.Screen, fonts: tuple[Path, Path], *, size: int, until: str | None = None
) -> Image.Image:
    """The screen as a picture: each cell in its colours, with padding around."""
    regular, bold = (ImageFont.truetype(str(path), size) for path in fonts)
    ascent = regular.getmetrics()[0]
    width, height = cell_size(regular)
    rows = shown_rows(screen, until)
    image = Image.new("RGB", (screen.columns * width + 2 * PADDING,
                              rows * height + 2 * PADDING), BACKGROUND)  # fmt: skip
    pen = ImageDraw.Draw(image)
    for y in range(rows):
        line = screen.buffer[y]
        for x in range(screen.columns):
            char = line[x]
            fg, bg = colour(char.fg, FOREGROUND), colour(char.bg, BACKGROUND)
            if char.reverse:
                fg, bg = bg, fg
            left, top = PADDING + x * width, PADDING + y * height
            if bg != BACKGROUND:
                pen.rectangle((left, top, left + width - 1, top + height - 1), fill=bg)
            if char.data.strip() and not draw_cell(pen, char.data, (left, top, width, height), fg):
                pen.text((left, top + ascent), char.data, fill=fg, anchor="ls",
                         font=bold if char.bold else regular)  # fmt: skip
            if char.underscore:
                pen.line((left, top + ascent + 2, left + width - 1, top + ascent + 2), fill=fg)
    return image


def main(argv: list[str] | None = None) -> None:
    parser = argparse.ArgumentParser(description=(__doc__ or "").splitlines()[0])
    parser.add_argument("--columns", type=int, default=100)
    parser.add_argument("--rows", type=int, default=60)
    parser.add_argument("--font-size", type=int, default=15)
    parser.add_argument(
        "--until",
        metavar="TEXT",
        help="end the picture at the first blank line after the line with TEXT",
    )
    parser.add_argument("-o", "--output", type=Path, required=True)
    parser.add_argument("herstel", nargs=argparse.REMAINDER, help="-- and herstel's arguments")
    options = parser.parse_args(argv)
    args = options.herstel[1:] if options.herstel[:1] == ["--"] else options.herstel
    fonts = find_font()
    if fonts is None:
        sys.exit(f"no monospace TrueType font (such as DejaVu Sans Mono) in {', '.join(FONT_DIRS)}")
    output = capture(args, columns=options.columns, rows=options.rows)
    screen = screen_of(output, columns=options.columns, rows=options.rows)
    image = draw(screen, fonts, size=options.font_size, until=options.until)
    options.output.parent.mkdir(parents=True, exist_ok=True)
    image.quantize(colors=256, dither=Image.Dither.NONE).save(options.output, optimize=True)
    print(f"{options.output}: {image.width}x{image.height}")


if __name__ == "__main__":
    main()
