"""A PNG of an HTML report as headless Chromium shows it, for the pictures in docs/images/.

    python scripts/page_screenshot.py REPORT.html -o docs/images/report.png

The page opens in Chromium (as tests/test_report.py opens it, through tests/browser.py), and
the parts named by `--part` (CSS selectors; several joined by commas make one part from the
first to the last) are photographed and set one below the other. By default: the page's header,
then the energy chart with the weekly table.
"""

from __future__ import annotations

import argparse
import io
import json
import sys
import tempfile
from pathlib import Path

from PIL import Image

sys.path.insert(0, str(Path(__file__).resolve().parent.parent / "tests"))

from browser import Browser  # found through the line above

PARTS = ["header.page", "figure.energy, table.weekly"]
GAP = 24  # pixels of white between two parts
MARGIN = 8  # around each part


def photograph(page: Path, parts: list[str], *, width: int) -> Image.Image:
    images = []
    with tempfile.TemporaryDirectory() as folder, Browser(Path(folder) / "profile") as browser:
        browser.open(page, width=width, height=1000)
        for selector in parts:
            if browser.evaluate(f"document.querySelectorAll({json.dumps(selector)}).length") == 0:
                raise SystemExit(f"nothing on the page matches {selector!r}")
            shot = browser.screenshot(selector, margin=MARGIN)
            images.append(Image.open(io.BytesIO(shot)).convert("RGB"))
    total = sum(i.height for i in images) + GAP * (len(images) - 1)
    sheet = Image.new("RGB", (max(i.width for i in images), total), "white")
    top = 0
    for image in images:
        sheet.paste(image, (0, top))
        top += image.height + GAP
    return sheet


def main(argv: list[str] | None = None) -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("page", type=Path, help="the HTML report")
    parser.add_argument("-o", "--output", type=Path, required=True, help="the PNG to write")
    parser.add_argument("--part", action="append", help="a CSS selector (again for more parts)")
    parser.add_argument("--width", type=int, default=860, help="the window's width in pixels")
    args = parser.parse_args(argv)
    sheet = photograph(args.page, args.part or PARTS, width=args.width)
    args.output.parent.mkdir(parents=True, exist_ok=True)
    sheet.save(args.output, optimize=True)


if __name__ == "__main__":
    main()
