"""`prepare --html` and `coach report --html`: one self-contained page, checked as text here and
in a real headless Chromium (printed to PDF, photographed, measured) further down."""

from __future__ import annotations

import io
import re
import stat
from dataclasses import dataclass
from pathlib import Path

import pytest

from browser import Browser
from conftest import Invoke, refused, snapshot

SCRIPT = "<script>alert(1)</script>"
NOTE = f"Wrote {SCRIPT} in the report & pressed save"  # a pattern note's situation
PRIVATE_SIGNAL = "secret knot"  # a private signal: the client's page only


def ok(cli: Invoke, *args: str) -> str:
    result = cli(*args)
    assert result.exit_code == 0, (args, result.stderr)
    return result.stdout


@pytest.fixture
def client(cli: Invoke, home: Path) -> Path:
    """The demo's 16 weeks, and today a note with markup in it and a private signal."""
    ok(cli, "demo")
    ok(cli, "pattern", "--situation", NOTE, "--belief", "perfection")
    ok(cli, "signal", PRIVATE_SIGNAL, "--type", "body", "--private")
    return home / "herstel.db"


@pytest.fixture
def coach(cli: Invoke, client: Path, tmp_path: Path) -> Path:
    """A coach's home holding the demo client, with a note of the coach's own."""
    coach = tmp_path / "coach"
    key = ok(cli, "--home", str(coach), "coach", "keygen").strip()
    ok(cli, "config", "set", "coach-key", key)
    ok(cli, "export", "-o", str(tmp_path / "client.age"))
    ok(cli, "--home", str(coach), "coach", "import", str(tmp_path / "client.age"))
    ok(cli, "--home", str(coach), "coach", "note", "Demo", f"Ask about {SCRIPT} next time")
    return coach


def write(cli: Invoke, tmp_path: Path, *args: str, name: str = "report.html") -> str:
    target = tmp_path / name
    said = ok(cli, *args, "--html", str(target))
    assert said.strip().endswith(f"{target}."), said
    return target.read_text(encoding="utf-8")


def self_contained(page: str) -> None:
    """Nothing runs and nothing is fetched: no script, no link out, no external url()."""
    assert page.startswith("<!DOCTYPE html>\n<!-- herstel report -->\n")
    assert "<script" not in page.lower()
    assert not re.search(r"""\s(src|href|xlink:href|action)=["'](?!#)""", page)
    assert not re.search(r"url\((?!#)", page)
    assert not re.search(r"\son[a-z]+=", page)  # no event handlers
    assert "Content-Security-Policy" in page and "default-src 'none'" in page
    # Eight SVGs on one page: their ids never clash, and each reference finds its id.
    ids = re.findall(r'\sid="([^"]+)"', page)
    assert len(ids) == len(set(ids))
    for target in re.findall(r'href="#([^"]+)"|url\(#([^)]+)\)', page):
        assert "".join(target) in ids, target


# --- the page as text ---------------------------------------------------------------------------


def test_prepare_writes_one_private_page_with_the_summary_the_charts_and_findings(
    cli: Invoke, client: Path, tmp_path: Path
) -> None:
    before = snapshot(client)
    page = write(cli, tmp_path, "prepare")
    assert stat.S_IMODE((tmp_path / "report.html").stat().st_mode) == 0o600
    assert snapshot(client) == before  # a report reads; it never writes the store
    self_contained(page)
    assert '<html lang="en">' in page
    # The summary as prepare shows it, the chart, the weekly table, the findings.
    for heading in ("Energy and sleep", "Signals", "Patterns, by the belief behind them",
                    "Over the whole trajectory", "Energy over time", "What goes with your energy",
                    "Your early warnings"):  # fmt: skip
        assert re.search(rf"<h[23]>{re.escape(heading)}</h[23]>", page), heading
    assert page.count("<svg ") == 1 + 7  # the energy chart, and a line per check-in question
    chart = page[page.index('<figure class="keep energy">') : page.index("</figure>")]
    # Its words are text, for search and for a screen reader; the sessions are numbered.
    for word in ("Energy (0-10)", "Energy that day", "Average over 7 days", "This period"):
        assert re.search(rf"<text[^>]*>{re.escape(word)}</text>", chart), word
    assert re.search(r"<text[^>]*>Sessions</text>", chart)
    assert 'role="img"' in chart and "<figcaption>" in chart
    for row in ("energy", "hours of sleep", "sleep quality", "food", "movement (min)",
                "relaxation (min)", "day structure"):  # fmt: skip
        assert f'<th scope="row">{row}</th>' in page
    # Ladder colours come with their words, not only the colour.
    assert '<span class="swatch orange" aria-hidden="true"></span>Orange on your ladder:' in page
    # The client's own page shows their private entries, marked.
    assert f"{PRIVATE_SIGNAL} (private)" in page


def test_text_is_escaped_never_markup(cli: Invoke, client: Path, tmp_path: Path) -> None:
    page = write(cli, tmp_path, "prepare")
    assert "Wrote &lt;script&gt;alert(1)&lt;/script&gt; in the report &amp; pressed save" in page


def test_a_chart_over_years_dates_its_axis_and_lists_the_sessions(
    cli: Invoke, tmp_path: Path
) -> None:
    ok(cli, "demo", "--weeks", "104")
    page = write(cli, tmp_path, "prepare")
    chart = page[page.index('<figure class="keep energy">') : page.index("</figure>")]
    ticks = re.findall(r"<text[^>]*>(\d+ [A-Z][a-z]{2}(?: \d{4})?)</text>", chart)
    assert any(re.fullmatch(r"1 Jan \d{4}", tick) for tick in ticks), ticks
    assert re.fullmatch(r"1 [A-Z][a-z]{2} \d{4}", ticks[0]), ticks  # the first with its year
    caption = re.search(r"<figcaption>([^<]+)</figcaption>", chart)
    assert caption is not None
    assert re.search(r"Sessions: 1 on \w{3} \d+ \w{3} \d{4}, 2 on ", caption[1])
    # Every session is listed, whether or not its number fits above the chart.
    assert caption[1].count(" on ") == 10


def test_the_same_day_gives_the_same_file(cli: Invoke, client: Path, tmp_path: Path) -> None:
    first = write(cli, tmp_path, "prepare", name="one.html")
    assert write(cli, tmp_path, "prepare", name="two.html") == first


def test_the_coach_page_holds_their_notes_and_nothing_private(
    cli: Invoke, coach: Path, tmp_path: Path
) -> None:
    page = write(cli, tmp_path, "--home", str(coach), "coach", "report", "Demo")
    self_contained(page)
    assert re.search(r"<h1>Demo, focus: [^<]+</h1>", page)
    assert "<h2>Your notes as coach</h2>" in page
    assert "Ask about &lt;script&gt;alert(1)&lt;/script&gt; next time" in page
    assert "<h2>Over the whole trajectory</h2>" in page and "<h3>Their early warnings</h3>" in page
    assert PRIVATE_SIGNAL not in page and "(private)" not in page
    assert "your energy" not in page.lower()
    assert re.search(r"<title>Demo · Session \d+, [^<]+</title>", page)
    assert "keep it as carefully as a client file" in page and "your doctor" not in page
    said = ok(cli, "--home", str(coach), "coach", "report", "Demo", "--html", str(tmp_path / "x"))
    assert said == f"Wrote the report to {tmp_path / 'x'}.\n"


def test_in_dutch(cli: Invoke, client: Path, tmp_path: Path) -> None:
    page = write(cli, tmp_path, "--lang", "nl", "prepare")
    assert '<html lang="nl">' in page
    assert ">Energie (0-10)</text>" in page and "<dt>Gemaakt op</dt>" in page
    assert "<h3>Verloop van de energie</h3>" in page and "<dt>Cliënt</dt>" in page
    # Weekly values are told apart by "; ", since a Dutch number has a comma.
    assert re.search(r'aria-label="energie, per week: \d,\d; \d,\d; ', page)


def test_to_standard_output_only_the_page(cli: Invoke, client: Path) -> None:
    result = cli("prepare", "--html", "-")
    assert result.exit_code == 0 and result.stderr == ""
    assert result.stdout.startswith("<!DOCTYPE html>") and result.stdout.endswith("</html>\n")


def test_a_journal_without_entries_gets_a_page_without_charts(
    cli: Invoke, started: Path, tmp_path: Path
) -> None:
    page = write(cli, tmp_path, "prepare")
    self_contained(page)
    assert "<h2>Nothing written down</h2>" in page
    assert "<svg" not in page
    assert "Over the whole trajectory" not in page and "0 check-ins" not in page


def test_one_check_in_is_too_few_for_a_chart(cli: Invoke, started: Path, tmp_path: Path) -> None:
    ok(cli, "checkin", "--energy", "5")
    page = write(cli, tmp_path, "prepare")
    assert "A chart needs at least two check-ins." in page
    assert page.count("<svg ") == 1  # the one energy row of the weekly table
    assert ": 1 check-in.</p>" in page


# --- bad input ----------------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("args", "message"),
    [
        (("--json", "--html", "x.html"), "Choose --json or --html, not both."),
        (("--markdown", "x.md", "--html", "x.html"), "Choose --markdown or --html, not both."),
        (("--html", "x.html", "--since", "tomorrow"), "'tomorrow' is still to come"),
        (("--html",), "--html needs a value."),
        (("--html", ""), "The file name is empty; give the file to write."),
        (("--markdown", " "), "The file name is empty; give the file to write."),
    ],
)
def test_usage_mistakes_write_nothing(
    cli: Invoke, client: Path, tmp_path: Path, monkeypatch: pytest.MonkeyPatch,
    args: tuple[str, ...], message: str,
) -> None:  # fmt: skip
    monkeypatch.chdir(tmp_path)
    before = snapshot(client)
    assert message in refused(cli("prepare", *args), 2)
    assert not (tmp_path / "x.html").exists() and not (tmp_path / "x.md").exists()
    assert snapshot(client) == before


def test_coach_usage_mistakes(cli: Invoke, coach: Path, tmp_path: Path) -> None:
    result = cli("--home", str(coach), "coach", "report", "Demo", "--json", "--html", "x.html")
    assert refused(result, 2) == "Choose --json or --html, not both."
    result = cli("--home", str(coach), "coach", "report", "Nobody", "--html", str(tmp_path / "x"))
    assert "Nobody" in refused(result, 1)
    assert not (tmp_path / "x").exists()


def test_a_file_that_is_not_a_report_is_left_alone(
    cli: Invoke, client: Path, tmp_path: Path
) -> None:
    mine = tmp_path / "thesis.html"
    mine.write_text("<!DOCTYPE html><p>four years of work</p>")
    message = refused(cli("prepare", "--html", str(mine)), 1)
    assert str(mine) in message
    assert mine.read_text() == "<!DOCTYPE html><p>four years of work</p>"
    # A summary herstel wrote as Markdown may become the page, when it is named.
    summary = tmp_path / "summary.md"
    ok(cli, "prepare", "--markdown", str(summary))
    assert "<!DOCTYPE html>" in write(cli, tmp_path, "prepare", name="summary.md")
    # An earlier report is replaced.
    earlier = tmp_path / "report.html"
    write(cli, tmp_path, "prepare")
    earlier.write_text(earlier.read_text().replace("Energy and sleep", "Old"))
    assert "Old" not in write(cli, tmp_path, "prepare")


def test_a_folder_or_a_missing_folder_is_refused(cli: Invoke, client: Path, tmp_path: Path) -> None:
    assert str(tmp_path) in refused(cli("prepare", "--html", str(tmp_path)), 1)
    missing = tmp_path / "nowhere" / "report.html"
    assert str(missing.parent) in refused(cli("prepare", "--html", str(missing)), 1)


def test_without_a_journal(cli: Invoke, tmp_path: Path) -> None:
    message = refused(cli("prepare", "--html", str(tmp_path / "x.html")), 1)
    assert "herstel init" in message
    assert not (tmp_path / "x.html").exists()


# --- in a real browser --------------------------------------------------------------------------

PAGE_FACTS = """JSON.stringify({
  scripts: document.querySelectorAll('script').length,
  period: [...document.querySelectorAll('dl.facts dd')][1].textContent.split(' to ').join('|'),
  text: document.body.innerText,
  chart: (() => { const r = document.querySelector('figure.energy svg').getBoundingClientRect();
                  return [r.width, r.height]; })(),
  words: document.querySelectorAll('figure.energy svg text').length,
  lines: [...document.querySelectorAll('td.spark svg')].map(s => s.getBoundingClientRect().height),
})"""


@dataclass
class Seen:
    """A page as Chromium laid it out: facts from the page, its PDF, a screenshot of the whole
    page and of its energy chart alone, and the dialogs it tried to open."""

    facts: dict[str, object]
    pdf: bytes
    png: bytes
    chart: bytes | None
    dialogs: list[str]


def look(page: Path, profile: Path) -> Seen:
    import json

    with Browser(profile) as browser:
        browser.open(page)
        facts = json.loads(browser.evaluate(PAGE_FACTS))
        has_chart = browser.evaluate("document.querySelectorAll('figure.energy').length") > 0
        chart = browser.screenshot("figure.energy") if has_chart else None
        return Seen(facts, browser.pdf(), browser.screenshot(), chart, browser.dialogs)


def pdf_pages(pdf: bytes) -> list[tuple[tuple[float, float], str]]:
    from pypdf import PdfReader

    reader = PdfReader(io.BytesIO(pdf))
    return [
        ((float(p.mediabox.width), float(p.mediabox.height)), p.extract_text())
        for p in reader.pages
    ]


def not_blank(png: bytes) -> float:
    """The share of the screenshot that is not white."""
    from PIL import Image

    image = Image.open(io.BytesIO(png)).convert("L")
    histogram = image.histogram()
    return 1 - sum(histogram[245:]) / (image.width * image.height)


def chart_blue(png: bytes) -> int:
    """How many pixels have the colour of the chart's daily dots (and its weekly lines)."""
    from PIL import Image

    from herstel.ui.charts import DAILY

    blue = [int(DAILY[n : n + 2], 16) for n in (1, 3, 5)]
    image = Image.open(io.BytesIO(png)).convert("RGB")
    return sum(
        count
        for count, pixel in image.getcolors(1 << 24) or []
        if all(abs(a - b) < 16 for a, b in zip(pixel, blue, strict=True))
    )


@pytest.mark.parametrize("who", ["client", "coach"])
def test_in_chromium_it_shows_prints_on_a4_and_runs_no_script(
    cli: Invoke, coach: Path, tmp_path: Path, who: str
) -> None:
    target = tmp_path / f"{who}.html"
    home = () if who == "client" else ("--home", str(coach))
    command = ("prepare",) if who == "client" else ("coach", "report", "Demo")
    ok(cli, *home, *command, "--html", str(target))
    seen = look(target, tmp_path / "profile")
    facts, pdf, png, dialogs = seen.facts, seen.pdf, seen.png, seen.dialogs

    # Nothing ran: no dialog opened, no script element exists, the markup is shown as text.
    assert dialogs == []
    assert facts["scripts"] == 0
    text = str(facts["text"])
    shown = NOTE if who == "client" else f"Ask about {SCRIPT} next time"
    assert shown in text
    # The chart was laid out, with its words as text; each weekly line has a height.
    width, height = facts["chart"]  # type: ignore[misc]
    assert width > 400 and height > 150
    assert int(facts["words"]) > 10  # type: ignore[call-overload]
    lines = facts["lines"]
    assert isinstance(lines, list) and len(lines) == 7 and all(h > 5 for h in lines)
    # The screenshot is a page, not a blank: text, and the chart's blue dots.
    assert not_blank(png) > 0.02
    assert seen.chart is not None and chart_blue(seen.chart) > 200  # the dots themselves

    pages = pdf_pages(pdf)
    count = len(pages)
    assert 2 <= count <= 12
    first, last = str(facts["period"]).split("|")
    running = f"herstel · Demo · {first} to {last}"
    for number, (size, words) in enumerate(pages, 1):
        assert size == pytest.approx((595.3, 841.9), abs=1.5)  # A4 in points
        # Each printed page has the header with the client and the period, and its number.
        assert words.startswith(running), (number, words[:100])
        assert f"\n{number} / {count}\n" in words, number
        # ... and more than that: no page is left with only its header.
        body = words.split(f"{number} / {count}", 1)[1]
        assert len(body.strip()) > 100, number
    assert ("To bring to session" if who == "client" else "Demo, focus:") in pages[0][1]
    # The chart is whole on one page: its axis, legend and caption together.
    holding = [
        n for n, (_, words) in enumerate(pages)
        if "Energy (0-10)" in words or "Average over 7 days" in words
        or "The dashed lines are the sessions" in words
    ]  # fmt: skip
    assert len(set(holding)) == 1, holding
    on_it = pages[holding[0]][1]
    assert "Energy (0-10)" in on_it and "Average over 7 days" in on_it
    assert "The dashed lines are the sessions" in on_it.replace("\n", " ")
    # Nothing is lost in print: the page's last words are on the last page.
    assert "Made by herstel on this computer" in pages[-1][1]


def test_the_browser_checks_would_catch_a_script(cli: Invoke, client: Path, tmp_path: Path) -> None:
    """The test above can fail. Were the note put in unescaped, the page would hold a script and
    lose the note's text (the page's policy still keeps the script from running); without that
    policy, the script runs and the dialog it opens is seen."""
    page = tmp_path / "report.html"
    ok(cli, "prepare", "--html", str(page))
    escaped = "Wrote &lt;script&gt;alert(1)&lt;/script&gt; in the report"
    unescaped = page.read_text(encoding="utf-8").replace(escaped, f"Wrote {SCRIPT} in the report")
    broken = tmp_path / "broken.html"
    broken.write_text(unescaped, encoding="utf-8")
    seen = look(broken, tmp_path / "profile-1")
    # The note is on the page twice: among the days with the least energy, and in the client's
    # own words.
    written = unescaped.count(SCRIPT)
    assert written == 2
    assert seen.facts["scripts"] == written and NOTE not in str(seen.facts["text"])
    assert seen.dialogs == []  # the Content Security Policy at work
    open_page = tmp_path / "no-policy.html"
    open_page.write_text(re.sub(r'<meta http-equiv="Content-Security-Policy"[^>]*>', "", unescaped))
    assert look(open_page, tmp_path / "profile-2").dialogs == ["1"] * written


def test_the_picture_tool_photographs_the_header_and_the_charts(
    cli: Invoke, client: Path, tmp_path: Path
) -> None:
    """scripts/page_screenshot.py, which makes docs/images/report.png, still works."""
    import importlib.util

    from PIL import Image

    path = Path(__file__).parent.parent / "scripts" / "page_screenshot.py"
    spec = importlib.util.spec_from_file_location("page_screenshot", path)
    assert spec is not None and spec.loader is not None
    tool = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(tool)
    page = tmp_path / "report.html"
    ok(cli, "prepare", "--html", str(page))
    png = tmp_path / "images" / "report.png"
    tool.main([str(page), "-o", str(png), "--width", "800"])
    picture = png.read_bytes()
    with Image.open(png) as image:
        assert 700 < image.width <= 800 and image.height > 600
    assert not_blank(picture) > 0.02 and chart_blue(picture) > 200
    with pytest.raises(SystemExit, match="nothing on the page matches"):
        tool.main([str(page), "-o", str(png), "--part", "table.nothing"])


def contrast(first: str, second: str) -> float:
    """WCAG's contrast ratio of two colours ("#rrggbb")."""

    def luminance(colour: str) -> float:
        channels = [int(colour[n : n + 2], 16) / 255 for n in (1, 3, 5)]
        linear = [c / 12.92 if c <= 0.03928 else ((c + 0.055) / 1.055) ** 2.4 for c in channels]
        return 0.2126 * linear[0] + 0.7152 * linear[1] + 0.0722 * linear[2]

    high, low = sorted((luminance(first), luminance(second)), reverse=True)
    return (high + 0.05) / (low + 0.05)


def test_the_chart_colours_keep_their_contrast() -> None:
    from herstel.ui import charts

    white = "#ffffff"
    for colour in (charts.DAILY, charts.AVERAGE, charts.SESSION, charts.INK):
        assert contrast(colour, white) >= 4.5, colour  # WCAG AA, as for text
    for colour in (charts.DAILY, charts.AVERAGE, charts.SESSION):
        assert contrast(colour, charts.PERIOD) >= 3, colour  # on the period's band too
    assert contrast(charts.DAILY, charts.AVERAGE) >= 1.5  # apart in grey print too
