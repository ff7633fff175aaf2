"""briefgen's speed and memory against the goals of issues 3 and 6, as ratios measured in one run.

    .venv/bin/python benchmarks/bench.py            # everything (the 5 MB runs take a while)
    .venv/bin/python benchmarks/bench.py --quick    # skip the 5 MB runs
    .venv/bin/python benchmarks/bench.py --profile  # also profile a 1 MB extraction (needs pyinstrument)

Run on demand; it is not part of CI's pass/fail. See benchmarks/README.md for what each line means.
"""

from __future__ import annotations

import argparse
import gc
import os
import resource
import shutil
import statistics
import subprocess
import sys
import tempfile
import time
from collections.abc import Callable
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
EXAMPLE = ROOT / "examples" / "carney-white-house.txt"
DATE = "2025-05-01"
BIN = Path(sys.executable).parent
BRIEFGEN = str(BIN / "briefgen")
IMPORT_LINE = [sys.executable, "-c", "import docxtpl, typer, pydantic, markdown"]
MB = 1024 * 1024


def median_seconds(run: Callable[[], object], repeat: int) -> float:
    """Median wall time of `repeat` calls."""
    times = []
    for _ in range(repeat):
        started = time.perf_counter()
        run()
        times.append(time.perf_counter() - started)
    return statistics.median(times)


def run_quiet(command: list[str]) -> None:
    subprocess.run(command, check=True, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)


def example_paragraphs() -> list[str]:
    """The example's paragraphs without its chatbot trailer (the last line)."""
    return EXAMPLE.read_text(encoding="utf-8").splitlines()[:-1]


def article_of_size(size: int) -> str:
    """About `size` characters of article text: the example's paragraphs, numbered so that none repeats
    (repeated paragraphs are dropped by clean as copy-paste slips, which would flatter the figures)."""
    paragraphs, lines, total, number = example_paragraphs(), [], 0, 0
    while total < size:
        for paragraph in paragraphs:
            line = f"In update {number}, {paragraph[0].lower()}{paragraph[1:]}"
            lines.append(line)
            total += len(line) + 1
        number += 1
    return "\n".join(lines) + "\n"


class Report:
    """Collects result lines: what, the measure, the goal, and whether it is met."""

    def __init__(self) -> None:
        self.failed: list[str] = []

    def line(self, name: str, measured: str, goal: str, ok: bool | None) -> None:
        verdict = "skipped" if ok is None else ("ok" if ok else "NOT MET")
        if ok is False:
            self.failed.append(name)
        print(f"{name:<44} {measured:<30} {goal:<18} {verdict}", flush=True)


def extract_seconds(path: Path, repeat: int = 1) -> float:
    from briefgen.commands import extract as extraction

    return median_seconds(lambda: extraction.extract_brief([str(path)], date=DATE), repeat)


def bench_startup(report: Report, work: Path, repeat: int) -> None:
    imports = median_seconds(lambda: run_quiet(IMPORT_LINE), repeat)
    report.line("import docxtpl, typer, pydantic, markdown", f"{imports * 1000:.0f} ms", "(baseline)", None)
    counter = iter(range(10**6))
    build = median_seconds(
        lambda: run_quiet(
            [BRIEFGEN, "build", str(EXAMPLE), "--out", str(work / f"cold{next(counter)}"), "--date", DATE]
        ),
        repeat,
    )
    report.line(
        "cold `briefgen build` of the example",
        f"{build * 1000:.0f} ms = {build / imports:.2f}x imports",
        "<= 1.25x",
        build / imports <= 1.25,
    )
    helps = median_seconds(lambda: run_quiet([BRIEFGEN, "--help"]), repeat)
    report.line(
        "`briefgen --help`",
        f"{helps * 1000:.0f} ms = {helps / imports:.2f}x imports",
        "<= 0.5x",
        helps / imports <= 0.5,
    )


def bench_batch(report: Report, work: Path, count: int) -> None:
    from briefgen.commands import build as building

    paragraphs = example_paragraphs()
    articles = []
    for number in range(count):
        turn = number % len(paragraphs)
        path = work / f"article-{number}.txt"
        path.write_text(
            f"Update {number}.\n" + "\n".join(paragraphs[turn:] + paragraphs[:turn]) + "\n", encoding="utf-8"
        )
        articles.append(path)
    building.build([str(articles[0])], out=work / "warm", date=DATE)
    started = time.perf_counter()
    for number, path in enumerate(articles):
        building.build([str(path)], out=work / f"batch{number}", date=DATE, formats="md,docx")
    per_brief = (time.perf_counter() - started) / count
    pandoc = shutil.which("pandoc")
    if pandoc is None:
        report.line(f"{count} briefs in one process, per brief", f"{per_brief * 1000:.0f} ms", "<= 0.5x pandoc", None)
        return
    markdown = work / "warm" / "brief.md"
    pandoc_time = median_seconds(lambda: run_quiet([pandoc, str(markdown), "-o", str(work / "pandoc.docx")]), 5)
    report.line(
        f"{count} briefs in one process, per brief",
        f"{per_brief * 1000:.0f} ms = {per_brief / pandoc_time:.2f}x pandoc ({pandoc_time * 1000:.0f} ms)",
        "<= 0.5x pandoc",
        per_brief / pandoc_time <= 0.5,
    )


def bench_extraction(report: Report, work: Path) -> None:
    extract_seconds(EXAMPLE)  # warm: imports and compiled patterns
    example = extract_seconds(EXAMPLE, repeat=20)
    report.line("example extraction, in-process", f"{example * 1000:.1f} ms", "< 20 ms", example < 0.020)

    small, large = work / "x1.txt", work / "x10.txt"
    small.write_text(article_of_size(32 * 1024), encoding="utf-8")
    large.write_text(article_of_size(320 * 1024), encoding="utf-8")
    small_time, large_time = extract_seconds(small, repeat=5), extract_seconds(large, repeat=3)
    ratio = large_time / small_time
    report.line(
        "x10 input (32 KB → 320 KB), time ratio",
        f"x{ratio:.1f} ({small_time:.2f} s → {large_time:.2f} s)",
        "<= x11",
        ratio <= 11,
    )

    sized = work / "1mb.txt"
    sized.write_text(article_of_size(MB), encoding="utf-8")
    seconds = extract_seconds(sized, repeat=3)
    rate = sized.stat().st_size / MB / seconds
    report.line("throughput on 1 MB", f"{rate:.2f} MB/s ({seconds:.1f} s)", ">= 1 MB/s", rate >= 1)

    for name, text in (
        ("100k quotation marks", "Carney said " + "\u201c" * 100_000 + " and left.\n"),
        ("100k capitalised words", " ".join(["Carney", "Met", "Trump", "Today"] * 25_000) + ".\n"),
    ):
        path = work / "hostile.txt"
        path.write_text(text, encoding="utf-8")
        seconds = extract_seconds(path, repeat=3)
        rate = path.stat().st_size / MB / seconds
        report.line(name, f"{seconds:.2f} s = {rate:.2f} MB/s", ">= 1 MB/s", rate >= 1)


def bench_big(report: Report, work: Path) -> None:
    big = work / "5mb.txt"
    big.write_text(article_of_size(5 * MB), encoding="utf-8")
    started = time.perf_counter()
    child = subprocess.run(
        [sys.executable, __file__, "--rss-child", str(big)], check=True, capture_output=True, text=True
    )
    seconds = time.perf_counter() - started
    peak = int(child.stdout.strip()) / 1024  # ru_maxrss is in KiB on Linux
    report.line("peak RSS extracting a 5 MB article", f"{peak:.0f} MB ({seconds:.0f} s)", "<= 150 MB", peak <= 150)


def bench_hostile(report: Report, work: Path) -> None:
    """Issue 13's hostile reads: each finishes within a loose bound, and the one long line is linear."""
    sys.path.insert(0, str(ROOT / "tests"))
    from helpers import ALIAS_BOMB, docx_with_paragraphs, numbered_paragraphs, quoted_one_line_article  # noqa: E402

    from briefgen import ingest
    from briefgen.commands import extract as extraction
    from briefgen.errors import BriefgenError
    from briefgen.store import yaml as brief_yaml

    def one_line(size: int) -> float:
        raw = ingest.RawArticle(
            path="x.txt",
            title="",
            paragraphs=[quoted_one_line_article(size).strip()],
            sha256="0",
            data=b"",
            name="x.txt",
        )
        return median_seconds(lambda: extraction.extract_from([raw], date=DATE), 1)

    one_line(20_000)
    small, large = one_line(MB // 2), one_line(2 * MB)
    report.line("one-line 2 MB article of quotations", f"{large:.1f} s = {2 / large:.2f} MB/s", "< 20 s", large < 20)
    report.line("  x4 of it (512 KB → 2 MB), time ratio", f"x{large / small:.1f}", "<= x6", large / small <= 6)

    def refused_or_read(path: Path, read: Callable[[Path], object]) -> float:
        started = time.perf_counter()
        try:
            read(path)
        except BriefgenError:
            pass
        return time.perf_counter() - started

    docx = work / "ten-mb-text.docx"
    docx.write_bytes(docx_with_paragraphs(numbered_paragraphs(160_000)))  # about 10 MB of text
    seconds = refused_or_read(docx, lambda path: ingest.read_article(str(path)))
    report.line("reading a .docx holding 10 MB of text", f"{seconds:.1f} s", "< 20 s", seconds < 20)

    brackets = work / "brackets.md"
    brackets.write_text("Carney met Trump. " + "[" * 60_000 + "\n", encoding="utf-8")
    seconds = refused_or_read(brackets, lambda path: ingest.read_article(str(path)))
    report.line("reading 60 KB of Markdown brackets", f"{seconds:.2f} s", "< 2 s", seconds < 2)

    bomb = work / "bomb.yaml"
    bomb.write_text(ALIAS_BOMB, encoding="utf-8")
    seconds = refused_or_read(bomb, brief_yaml.load_brief)
    report.line("YAML alias bomb refused", f"{seconds:.2f} s", "< 1 s", seconds < 1)

    huge = work / "huge.yaml"
    huge.write_text("title: x\nsummary:\n" + "  - a line of summary\n" * 500_000, encoding="utf-8")
    seconds = refused_or_read(huge, brief_yaml.load_brief)
    report.line(f"{huge.stat().st_size / MB:.0f} MB brief.yaml refused", f"{seconds:.3f} s", "< 0.1 s", seconds < 0.1)

    limit = work / "at-limit.yaml"
    limit.write_text(
        "title: x\nsummary:\n" + "  - a line of summary\n" * ((brief_yaml.MAX_BRIEF_BYTES - 30) // 22), encoding="utf-8"
    )
    seconds = refused_or_read(limit, brief_yaml.load_brief)
    report.line(
        f"brief.yaml just under the {brief_yaml.MAX_BRIEF_BYTES // MB} MB limit read",
        f"{seconds:.1f} s",
        "< 20 s",
        seconds < 20,
    )


def rss_child(path: str) -> None:
    """Extract one article in this process and print its peak resident set size (KiB)."""
    from briefgen.commands import extract as extraction

    extraction.extract_text([path], date=DATE)
    print(resource.getrusage(resource.RUSAGE_SELF).ru_maxrss)


def profile(work: Path) -> None:
    try:
        from pyinstrument import Profiler
    except ImportError:
        print("profile: pip install pyinstrument first")
        return
    path = work / "profile.txt"
    path.write_text(article_of_size(256 * 1024), encoding="utf-8")
    extract_seconds(EXAMPLE)
    profiler = Profiler()
    profiler.start()
    extract_seconds(path)
    profiler.stop()
    print(profiler.output_text(unicode=True, color=False))


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--quick", action="store_true", help="skip the 5 MB runs")
    parser.add_argument("--profile", action="store_true", help="profile a 256 KB extraction with pyinstrument")
    parser.add_argument("--hostile", action="store_true", help="only the hostile reads of issue 13")
    parser.add_argument("--repeat", type=int, default=5, help="runs per subprocess timing (median)")
    parser.add_argument("--articles", type=int, default=100, help="briefs built in one process")
    parser.add_argument("--rss-child", help=argparse.SUPPRESS)
    options = parser.parse_args()
    from briefgen.cli import GC_THRESHOLD

    gc.set_threshold(*GC_THRESHOLD)  # in-process measures run with the collector as `briefgen` sets it
    if options.rss_child:
        rss_child(options.rss_child)
        return 0
    sys.path.insert(0, str(ROOT))
    os.environ.pop("SOURCE_DATE_EPOCH", None)
    report = Report()
    print(f"{'measure':<44} {'measured':<30} {'goal':<18} verdict")
    with tempfile.TemporaryDirectory(prefix="briefgen-bench-") as folder:
        work = Path(folder)
        if options.hostile:
            bench_hostile(report, work)
            print("all goals met" if not report.failed else f"not met: {', '.join(report.failed)}")
            return 0
        bench_startup(report, work, options.repeat)
        bench_extraction(report, work)
        bench_batch(report, work, options.articles)
        if not options.quick:
            bench_big(report, work)
            bench_hostile(report, work)
        if options.profile:
            profile(work)
    print("all goals met" if not report.failed else f"not met: {', '.join(report.failed)}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
