"""briefgen's speed and memory against the goals of issues 3, 6 and 19, as ratios measured in one run.

    .venv/bin/python benchmarks/bench.py            # everything (the 5 MB runs take a while)
    .venv/bin/python benchmarks/bench.py --quick    # skip the 5 MB runs
    .venv/bin/python benchmarks/bench.py --profile  # also profile a 256 KB extraction (needs pyinstrument)

Times are CPU time (user + system, of the process and the children it waited for), not wall time: the
machine's other load and the disk's fsyncs move wall time by a third from run to run. A ratio is taken
per pair of runs made one right after the other (A B, B A, ...), and its median quoted.
Run on demand; it is not part of CI's pass/fail. See benchmarks/README.md for what each line means.
"""

from __future__ import annotations

import argparse
import compileall
import gc
import os
import re
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
SENTENCE_END = re.compile(r"(?<=[.?!”])\s+(?=[“A-Z])")


def cpu_seconds(run: Callable[[], object]) -> float:
    """CPU time (user + system) `run()` costs this process and the child processes it waits for."""
    before_self, before_children = (
        resource.getrusage(resource.RUSAGE_SELF),
        resource.getrusage(resource.RUSAGE_CHILDREN),
    )
    run()
    after_self, after_children = resource.getrusage(resource.RUSAGE_SELF), resource.getrusage(resource.RUSAGE_CHILDREN)
    return sum(
        after.ru_utime - before.ru_utime + after.ru_stime - before.ru_stime
        for before, after in ((before_self, after_self), (before_children, after_children))
    )


def median_cpu(run: Callable[[], object], repeat: int) -> float:
    """Median CPU time of `repeat` calls (`cpu_seconds`)."""
    return statistics.median(cpu_seconds(run) for _ in range(repeat))


def median_seconds(run: Callable[[], object], repeat: int) -> float:
    """Median wall time of `repeat` calls (for the hostile reads' loose bounds)."""
    times = []
    for _ in range(repeat):
        started = time.perf_counter()
        run()
        times.append(time.perf_counter() - started)
    return statistics.median(times)


def run_quiet(command: list[str]) -> None:
    subprocess.run(command, check=True, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)


def compile_package() -> None:
    """Write briefgen's bytecode before any timing, as `pip install` does for a user: an editable install run with
    PYTHONDONTWRITEBYTECODE=1 would otherwise compile every module from source in every cold run."""
    if not compileall.compile_dir(str(ROOT / "briefgen"), quiet=1):
        raise SystemExit("compileall failed")


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


def batch_article(number: int) -> str:
    """The `number`th article of the batch: the example's paragraphs rotated, and every sentence numbered
    ("In update 7.3, ..."), so that no sentence, quotation or paragraph of one article is in another and no
    cache kept from one brief to the next can make the next one cheaper than a new article would be."""
    paragraphs = example_paragraphs()
    turn = number % len(paragraphs)
    lines = [f"Update {number} on the meeting."]
    for index, paragraph in enumerate(paragraphs[turn:] + paragraphs[:turn]):
        sentences = SENTENCE_END.split(paragraph)
        lines.append(" ".join(f"In update {number}.{index}.{n}, {s}" for n, s in enumerate(sentences)))
    return "\n".join(lines) + "\n"


class Report:
    """Collects result lines: what, the measure, the goal, and whether it is met."""

    def __init__(self) -> None:
        self.failed: list[str] = []

    def line(self, name: str, measured: str, goal: str, ok: bool | None) -> None:
        verdict = "" if ok is None else ("ok" if ok else "NOT MET")
        if ok is False:
            self.failed.append(name)
        print(f"{name:<44} {measured:<44} {goal:<18} {verdict}", flush=True)


def extract_cpu(path: Path, repeat: int = 1) -> float:
    from briefgen.commands import extract as extraction

    return median_cpu(lambda: extraction.extract_brief([str(path)], date=DATE), repeat)


def paired_cpu(commands: dict[str, Callable[[], list[str]]], repeat: int) -> dict[str, list[float]]:
    """CPU time of each command in each of `repeat` rounds, after one warm-up round; the order of the commands
    turns each round, so that none always runs first (after the machine was idle) or last."""
    names = list(commands)
    times: dict[str, list[float]] = {name: [] for name in names}
    for round_number in range(repeat + 1):
        turn = round_number % len(names)
        for name in names[turn:] + names[:turn]:
            command = commands[name]()
            seconds = cpu_seconds(lambda command=command: run_quiet(command))
            if round_number:
                times[name].append(seconds)
    return times


def ratio_line(report: Report, name: str, times: list[float], base: list[float], goal: float) -> None:
    """A line for a command against the import line: the median of the per-round ratios, and its range."""
    ratios = sorted(a / b for a, b in zip(times, base, strict=True))
    ratio = statistics.median(ratios)
    report.line(
        name,
        f"{statistics.median(times) * 1000:.0f} ms = {ratio:.2f}x ({ratios[0]:.2f}-{ratios[-1]:.2f})",
        f"<= {goal}x",
        ratio <= goal,
    )


def bench_startup(report: Report, work: Path, repeat: int) -> None:
    counter = iter(range(10**6))
    times = paired_cpu(
        {
            "imports": lambda: IMPORT_LINE,
            "build": lambda: [
                BRIEFGEN,
                "build",
                str(EXAMPLE),
                "--out",
                str(work / f"cold{next(counter)}"),
                "--date",
                DATE,
            ],
            "help": lambda: [BRIEFGEN, "--help"],
        },
        repeat,
    )
    base = times["imports"]
    report.line(
        "import docxtpl, typer, pydantic, markdown", f"{statistics.median(base) * 1000:.0f} ms", "(baseline)", None
    )
    ratio_line(report, "cold `briefgen build` of the example", times["build"], base, 1.25)
    ratio_line(report, "`briefgen --help`", times["help"], base, 0.5)


def bench_batch(report: Report, work: Path, count: int) -> None:
    from briefgen.commands import build as building

    articles = []
    for number in range(count + 1):
        path = work / f"article-{number}.txt"
        path.write_text(batch_article(number), encoding="utf-8")
        articles.append(path)
    building.build([str(articles[-1])], out=work / "warm", date=DATE, formats="md,docx")  # imports, not timed
    pandoc = shutil.which("pandoc")
    markdown = work / "warm" / "brief.md"
    briefs, pandocs = [], []
    for number, path in enumerate(articles[:count]):
        out = work / f"batch{number}"
        briefs.append(cpu_seconds(lambda path=path, out=out: building.build([str(path)], out=out, date=DATE)))
        if pandoc is not None and number % 10 == 0:  # interleaved with the briefs: the same load for both
            pandocs.append(cpu_seconds(lambda: run_quiet([pandoc, str(markdown), "-o", str(work / "pandoc.docx")])))
    per_brief = statistics.median(briefs)
    name = f"{count} briefs in one process, per brief"
    if not pandocs:
        report.line(name, f"{per_brief * 1000:.0f} ms (no pandoc)", "<= 0.5x pandoc", None)
        return
    pandoc_time = statistics.median(pandocs)
    report.line(
        name,
        f"{per_brief * 1000:.0f} ms = {per_brief / pandoc_time:.2f}x pandoc ({pandoc_time * 1000:.0f} ms)",
        "<= 0.5x pandoc",
        per_brief / pandoc_time <= 0.5,
    )


def bench_extraction(report: Report, work: Path, repeat: int) -> None:
    extract_cpu(EXAMPLE)  # warm: imports and compiled patterns
    example = extract_cpu(EXAMPLE, repeat=20)
    report.line("example extraction, in-process", f"{example * 1000:.1f} ms", "< 20 ms", example < 0.020)

    small, large = work / "x1.txt", work / "x10.txt"
    small.write_text(article_of_size(32 * 1024), encoding="utf-8")
    large.write_text(article_of_size(320 * 1024), encoding="utf-8")
    pairs = [(extract_cpu(small), extract_cpu(large)) for _ in range(repeat)]
    ratios = sorted(b / a for a, b in pairs)
    ratio = statistics.median(ratios)
    small_time, large_time = (statistics.median(side) for side in zip(*pairs, strict=True))
    report.line(
        "x10 input (32 KB → 320 KB), time ratio",
        f"x{ratio:.1f} ({ratios[0]:.1f}-{ratios[-1]:.1f}; {small_time:.2f} s → {large_time:.2f} s)",
        "<= x11",
        ratio <= 11,
    )

    sized = work / "1mb.txt"
    sized.write_text(article_of_size(MB), encoding="utf-8")
    seconds = extract_cpu(sized, repeat=3)
    rate = sized.stat().st_size / MB / seconds
    report.line("throughput on 1 MB, one core", f"{rate:.2f} MB/s ({seconds:.2f} s)", ">= 1 MB/s", rate >= 1)

    for name, text in (
        ("100k quotation marks", "Carney said " + "\u201c" * 100_000 + " and left.\n"),
        ("100k capitalised words", " ".join(["Carney", "Met", "Trump", "Today"] * 25_000) + ".\n"),
    ):
        path = work / "hostile.txt"
        path.write_text(text, encoding="utf-8")
        seconds = extract_cpu(path, repeat=3)
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
    extract_cpu(EXAMPLE)
    profiler = Profiler()
    profiler.start()
    extract_cpu(path)
    profiler.stop()
    print(profiler.output_text(unicode=True, color=False))


PARTS = ("startup", "extraction", "batch", "big", "hostile")


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--quick", action="store_true", help="skip the 5 MB runs and the hostile reads")
    parser.add_argument("--profile", action="store_true", help="profile a 256 KB extraction with pyinstrument")
    parser.add_argument("--hostile", action="store_true", help="only the hostile reads of issue 13")
    parser.add_argument("--only", help=f"comma-separated parts to run, of {', '.join(PARTS)}")
    parser.add_argument("--repeat", type=int, default=11, help="rounds of paired runs (median)")
    parser.add_argument("--articles", type=int, default=100, help="briefs built in one process")
    parser.add_argument("--rss-child", help=argparse.SUPPRESS)
    options = parser.parse_args()
    from briefgen.console import GC_THRESHOLD

    gc.set_threshold(*GC_THRESHOLD)  # in-process measures run with the collector as `briefgen` sets it
    if options.rss_child:
        rss_child(options.rss_child)
        return 0
    parts = PARTS[:3] if options.quick else PARTS
    if options.hostile:
        parts = ("hostile",)
    if options.only:
        parts = tuple(part.strip() for part in options.only.split(","))
        if not set(parts) <= set(PARTS):
            parser.error(f"--only: choose from {', '.join(PARTS)}")
    sys.path.insert(0, str(ROOT))
    os.environ.pop("SOURCE_DATE_EPOCH", None)
    compile_package()
    report = Report()
    print(f"{'measure':<44} {'measured (CPU time; hostile reads: wall)':<44} {'goal':<18} verdict")
    with tempfile.TemporaryDirectory(prefix="briefgen-bench-") as folder:
        work = Path(folder)
        for part in parts:
            if part == "startup":
                bench_startup(report, work, options.repeat)
            elif part == "extraction":
                bench_extraction(report, work, options.repeat)
            elif part == "batch":
                bench_batch(report, work, options.articles)
            elif part == "big":
                bench_big(report, work)
            else:
                bench_hostile(report, work)
        if options.profile:
            profile(work)
    print("all goals met" if not report.failed else f"not met: {', '.join(report.failed)}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
