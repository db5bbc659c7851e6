"""Time captions beside exiftool and exiv2 on the generated corpus, side by side in one run.

    python benchmarks/generate.py --n 1000 --links 10
    python benchmarks/run.py --repeat 5            # medians of 5 warm runs; ~15-20 min
    python benchmarks/run.py --smoke               # every command once, no warm-up
    python benchmarks/run.py --corpus benchmarks/corpus-light --corpus benchmarks/corpus \
        --set-files 200                            # two profiles side by side, writes on 200

Reads run over OUT/files (N files) and OUT/links (N*K hard links) when present; writes run on
fresh copies of OUT/files made before every timed run (never on the links: an in-place writer
would change every linked path). Peak memory is GNU time's %M (maximum resident set size of the
largest process; the wrapper adds about 1 ms to every run, the same for every tool), or wait4()
when /usr/bin/time is absent. A captions command that does not
exist yet is skipped with a note. Prints Markdown tables and writes results/run-<time>.json/.md.
"""

from __future__ import annotations

import argparse
import json
import os
import platform
import shlex
import shutil
import subprocess
import sys
import tempfile
import threading
import time
from dataclasses import asdict, dataclass, replace
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))
import commands as cmd  # noqa: E402
from report import (  # noqa: E402
    Ratio,
    Result,
    ratios,
    ratios_table,
    results_table,
    side_by_side,
)

HERE = Path(__file__).resolve().parent
TIMEOUT_S = 1800.0
DEVNULL = subprocess.DEVNULL
# GNU time measures peak RSS from a small C parent; wait4() on a child forked from this Python
# process would count the pre-exec copy of the runner itself (about 18 MB) as the child's peak.
GNU_TIME = "/usr/bin/time" if os.access("/usr/bin/time", os.X_OK) else None


@dataclass(frozen=True)
class Case:
    """One command to time: files are appended to argv unless `files` is "none"."""

    key: str
    group: str
    argv: list[str]
    ok_codes: tuple[int, ...] = (0,)
    files: str = "all"  # all | one | none | folder (the folder itself: ".", walked by the tool)


@dataclass(frozen=True)
class Sample:
    seconds: float
    peak_kb: int
    returncode: int
    stderr: str
    stdout: bytes


@dataclass(frozen=True)
class FileSet:
    """The paths of one benchmark size, relative to `folder`."""

    folder: Path
    names: list[str]
    corpus: str = ""  # the corpus's profile (light, heavy) or folder name


def run_once(argv: list[str], cwd: Path, keep_stdout: bool = False) -> Sample:
    """Run argv with stdout/stderr to temporary files: wall time and peak RSS (KB)."""
    with tempfile.TemporaryFile() as out, tempfile.TemporaryFile() as err:
        with tempfile.NamedTemporaryFile("r", suffix=".rss") as rss:
            wrapped = [GNU_TIME, "-f", "%M", "-o", rss.name, *argv] if GNU_TIME else argv
            started = time.perf_counter()
            proc = subprocess.Popen(wrapped, cwd=cwd, stdout=out, stderr=err, stdin=DEVNULL)
            killer = threading.Timer(TIMEOUT_S, proc.kill)
            killer.start()
            _, status, usage = os.wait4(proc.pid, 0)
            elapsed = time.perf_counter() - started
            killer.cancel()
            proc.returncode = os.waitstatus_to_exitcode(status)
            peak_kb = peak_from_gnu_time(rss.read()) if GNU_TIME else usage.ru_maxrss
        err.seek(0)
        stderr = err.read(400).decode("utf-8", "replace").strip().replace("\n", " ")
        out.seek(0)
        stdout = out.read() if keep_stdout else b""
    return Sample(elapsed, peak_kb, proc.returncode, stderr, stdout)


def peak_from_gnu_time(report: str) -> int:
    """The %M figure: the last line (GNU time puts "Command exited with ..." before it)."""
    lines = report.strip().splitlines()
    return int(lines[-1]) if lines and lines[-1].isdigit() else 0


def captions_prefix(spec: str | None) -> list[str]:
    """The captions command: the script pip installed beside this Python, else the one on PATH.

    A version manager's shim on PATH (pyenv's is a bash script that runs `pyenv exec`) adds
    about 150 ms to every run, which no user of an installed tool pays.
    """
    if spec:
        return spec.split()
    script = Path(sys.executable).parent / "captions"
    if os.access(script, os.X_OK):
        return [str(script)]
    return ["captions"] if shutil.which("captions") else [sys.executable, "-m", "captions"]


def has_command(prefix: list[str], name: str) -> bool:
    """True when `captions NAME --help` succeeds, i.e. the command exists."""
    try:
        return run_once([*prefix, name, "--help"], HERE).returncode == 0
    except OSError:
        return False


def build_cases(prefix: list[str], notes: list[str]) -> list[Case]:
    """Every case whose tool is installed; notes say what was left out and why."""
    cases: list[Case] = []
    exists = {name: has_command(prefix, name) for name in ("show", "audit", "set")}
    for name, present in exists.items():
        if not present:
            notes.append(f"`captions {name}` does not exist yet: its rows are skipped.")
    if exists["show"]:
        cases.append(Case("show.captions", "show", cmd.captions_show(prefix)))
        cases.append(
            Case("show.captions-folder", "show", cmd.captions_show(prefix), files="folder")
        )
        cases.append(Case("one.captions", "one file", cmd.captions_show(prefix), files="one"))
    if exists["audit"]:
        cases.append(Case("audit.captions", "audit", cmd.captions_audit(prefix), ok_codes=(0, 1)))
        cases.append(
            Case("audit.captions-folder", "audit", cmd.captions_audit(prefix), (0, 1), "folder")
        )
    if exists["set"]:
        cases.append(Case("set.captions", "set", cmd.captions_set(prefix)))
    cases.append(Case("startup.captions-version", "startup", [*prefix, "--version"], files="none"))
    if shutil.which("exiftool"):
        cases += [
            Case("show.exiftool", "show", cmd.exiftool_read()),
            Case("one.exiftool", "one file", cmd.exiftool_read(), files="one"),
            Case("set.exiftool", "set", cmd.exiftool_write()),
            Case("startup.exiftool-version", "startup", ["exiftool", "-ver"], files="none"),
        ]
    else:
        notes.append("exiftool not found: its rows are skipped.")
    if shutil.which("exiv2"):
        cases += [
            Case("show.exiv2-pi", "show", cmd.exiv2_print_iptc()),
            Case("show.exiv2-tags", "show", cmd.exiv2_read()),
            Case("one.exiv2-pi", "one file", cmd.exiv2_print_iptc(), files="one"),
            Case("set.exiv2", "set", cmd.exiv2_write()),
            Case("startup.exiv2-version", "startup", ["exiv2", "--version"], files="none"),
        ]
    else:
        notes.append("exiv2 not found: its rows are skipped.")
    cases += [
        Case("show.floor-walk", "show", cmd.floor_walk()),
        # the interpreter alone holding the file list: its own memory grows with N arguments
        Case("show.python-argv", "show", [sys.executable, "-c", "pass"]),
        Case("set.floor", "set", cmd.floor_rewrite()),
        Case("startup.python", "startup", [sys.executable, "-c", "pass"], files="none"),
        Case(
            "startup.python-pil",
            "startup",
            [sys.executable, "-c", "import PIL.Image"],
            files="none",
        ),
    ]
    return cases


def file_sets(corpus: Path) -> list[FileSet]:
    """OUT/files, then OUT/links (every link folder) when the generator made them."""
    label = corpus_label(corpus)
    sets = []
    files = corpus / "files"
    if files.is_dir():
        sets.append(FileSet(files, sorted(p.name for p in files.glob("*.jpg")), label))
    links = corpus / "links"
    if links.is_dir():
        names = sorted(str(p.relative_to(links)) for p in links.glob("*/*.jpg"))
        if names:
            sets.append(FileSet(links, names, label))
    return [s for s in sets if s.names]


def corpus_label(corpus: Path) -> str:
    """The profile the generator wrote in the manifest (light, heavy), else the folder name."""
    try:
        return str(json.loads((corpus / "manifest.json").read_text()).get("profile", "heavy"))
    except (OSError, ValueError):
        return corpus.name


def compile_package() -> None:
    """Byte-compile the package beside this folder, as pip does when it installs one.

    A checkout run with PYTHONDONTWRITEBYTECODE=1 (an editable install, a container) would
    otherwise compile every module from source in every timed run: 30-40 ms that no installed
    copy pays.
    """
    package = HERE.parent / "captions"
    if package.is_dir():
        subprocess.run([sys.executable, "-m", "compileall", "-q", str(package)], check=False)


def warm(fileset: FileSet) -> None:
    """Read every file once so that all timed runs see a warm page cache."""
    for name in fileset.names:
        with open(fileset.folder / name, "rb") as handle:
            while handle.read(1 << 20):
                pass


def display(case: Case) -> str:
    """The command as a shell line: `python` for this interpreter, the file list as FILE(S)."""
    names = {sys.executable: "python", str(Path(sys.executable).parent / "captions"): "captions"}
    argv = [names.get(arg, arg) for arg in case.argv]
    argv = [str(Path(arg).relative_to(HERE.parent)) if arg == cmd.FLOOR else arg for arg in argv]
    suffix = {"none": "", "one": " FILE", "all": " FILES", "folder": " FOLDER"}[case.files]
    return shlex.join(argv) + suffix


def argv_for(case: Case, fileset: FileSet) -> list[str]:
    if case.files == "none":
        return case.argv
    if case.files == "folder":
        return [*case.argv, "."]
    return case.argv + (fileset.names[:1] if case.files == "one" else fileset.names)


def check(case: Case, sample: Sample, files: int) -> str:
    """A short note when the run failed or its output does not cover every file."""
    if sample.returncode not in case.ok_codes:
        return f"exit {sample.returncode}: {sample.stderr[:160]}"
    if case.key in ("show.captions", "show.captions-folder", "show.exiftool") and sample.stdout:
        count = json_records(sample.stdout)
        if count is not None and count != files:
            return f"output has {count} records for {files} files"
    return ""


def json_records(stdout: bytes) -> int | None:
    """Records in a JSON array or in JSON lines; None when neither parses."""
    try:
        value = json.loads(stdout)
        return len(value) if isinstance(value, list) else 1
    except ValueError:
        pass
    try:
        return sum(1 for line in stdout.splitlines() if line.strip() and json.loads(line))
    except ValueError:
        return None


def time_reads(cases: list[Case], fileset: FileSet, repeat: int, smoke: bool) -> list[Result]:
    """One untimed validating run per case (the warm-up), then `repeat` rounds, interleaved."""
    files = len(fileset.names)
    counts = {"all": files, "one": 1, "none": 0, "folder": files}
    results = {
        c.key: Result(c.key, c.group, display(c), counts[c.files], corpus=fileset.corpus)
        for c in cases
    }
    live = []
    for case in cases:
        first = run_once(argv_for(case, fileset), fileset.folder, keep_stdout=True)
        results[case.key].note = check(case, first, counts[case.files])
        if results[case.key].note:
            continue
        live.append(case)
        if smoke:
            results[case.key].seconds.append(first.seconds)
            results[case.key].peak_kb.append(first.peak_kb)
    for _ in range(0 if smoke else repeat):
        for case in live:
            sample = run_once(argv_for(case, fileset), fileset.folder)
            results[case.key].seconds.append(sample.seconds)
            results[case.key].peak_kb.append(sample.peak_kb)
    return list(results.values())


def fresh_copy(source: FileSet, work: Path) -> FileSet:
    shutil.rmtree(work, ignore_errors=True)
    work.mkdir(parents=True)
    for name in source.names:
        (work / name).parent.mkdir(exist_ok=True)
        shutil.copyfile(source.folder / name, work / name)
    os.sync()  # the copy's write-back must not land inside the timed run
    return FileSet(work, source.names, source.corpus)


def time_writes(cases: list[Case], source: FileSet, repeat: int, work: Path) -> list[Result]:
    """Each round, each writer gets its own fresh copy of the files; the first run is verified."""
    files = len(source.names)
    results = {
        c.key: Result(c.key, c.group, display(c), files, corpus=source.corpus) for c in cases
    }
    for round_index in range(repeat):
        for case in cases:
            if results[case.key].note:
                continue
            copy = fresh_copy(source, work)
            sample = run_once(argv_for(case, copy), copy.folder)
            note = check(case, sample, files)
            if not note and round_index == 0 and case.key != "set.floor":
                note = verify_write(copy)
            if note:
                results[case.key].note = note
                continue
            results[case.key].seconds.append(sample.seconds)
            results[case.key].peak_kb.append(sample.peak_kb)
    shutil.rmtree(work, ignore_errors=True)
    return list(results.values())


def verify_write(copy: FileSet) -> str:
    """Check with exiftool that the first file now holds the new caption in all three blocks."""
    if not shutil.which("exiftool"):
        return ""
    tags = ["-EXIF:ImageDescription", "-IPTC:Caption-Abstract", "-XMP-dc:Description"]
    proc = subprocess.run(
        ["exiftool", "-j", *tags, copy.names[0]], cwd=copy.folder, capture_output=True
    )
    found = json.loads(proc.stdout or b"[{}]")[0]
    wrong = [t for t in ("ImageDescription", "Caption-Abstract", "Description")
             if found.get(t) != cmd.NEW.caption]  # fmt: skip
    return f"not written: {', '.join(wrong)}" if wrong else ""


def tool_versions(prefix: list[str]) -> dict[str, str]:
    def first_line(argv: list[str]) -> str:
        try:
            proc = subprocess.run(argv, capture_output=True, text=True, timeout=60)
        except (OSError, subprocess.TimeoutExpired):
            return "absent"
        return (proc.stdout or proc.stderr).strip().splitlines()[0] if proc.returncode == 0 else "?"

    return {
        "captions": first_line([*prefix, "--version"]),
        "exiftool": first_line(["exiftool", "-ver"]),
        "exiv2": first_line(["exiv2", "--version"]),
        "python": platform.python_version(),
        "commit": first_line(["git", "-C", str(HERE), "rev-parse", "--short", "HEAD"]),
        "cpus": str(os.cpu_count()),
        "platform": platform.platform(),
    }


def main(argv: list[str] | None = None) -> int:
    args = parse_args(argv)
    corpora: list[Path] = args.corpus or [HERE / "corpus"]
    sets = [file_sets(corpus) for corpus in corpora]
    empty = [str(corpus) for corpus, found in zip(corpora, sets, strict=True) if not found]
    if empty:
        print(f"no corpus in {', '.join(empty)}: run benchmarks/generate.py first", file=sys.stderr)
        return 2
    repeat = 1 if args.smoke else args.repeat
    prefix = captions_prefix(args.captions)
    notes: list[str] = []
    cases = [c for c in build_cases(prefix, notes) if c.group.split()[0] in args.groups]
    if args.list:
        print("\n".join(f"{c.key:26} {display(c)}" for c in cases))
        return 0
    compile_package()
    load_before = os.getloadavg()[0]
    results = measure(cases, sets, repeat, args, notes)
    notes.append(
        f"load average (1 min) {load_before:.1f} before, {os.getloadavg()[0]:.1f} after, "
        f"on {os.cpu_count()} CPUs: figures taken under load are noisy."
    )
    figures = ratios(results)
    markdown = render(results, figures, notes, sets, repeat)
    print(markdown)
    save(args.results, markdown, results, figures, notes, tool_versions(prefix), corpora)
    return 0


def measure(
    cases: list[Case],
    corpora: list[list[FileSet]],
    repeat: int,
    args: argparse.Namespace,
    notes: list[str],
) -> list[Result]:
    def by_group(group: str) -> list[Case]:
        return [c for c in cases if c.group == group]

    results: list[Result] = []
    first = corpora[0][0]
    warm(first)
    startup = time_reads(by_group("startup"), first, repeat, args.smoke)
    results += [replace(r, corpus="") for r in startup]
    results += time_reads(by_group("one file"), first, repeat, args.smoke)
    for sets in corpora:
        for fileset in sets:
            warm(sets[0])  # the links share inodes with OUT/files
            results += time_reads(by_group("show") + by_group("audit"), fileset, repeat, args.smoke)
    if by_group("set"):
        for sets in corpora:
            work = args.work or corpus_work(sets[0].folder.parent)
            write_sets = sets if args.write_all_sets else sets[:1]
            for fileset in write_sets:
                if args.set_files:
                    fileset = replace(fileset, names=fileset.names[: args.set_files])
                results += time_writes(by_group("set"), fileset, repeat, work)
        if not args.write_all_sets and any(len(sets) > 1 for sets in corpora):
            notes.append("writes timed on the distinct files only (--write-all-sets for more).")
    return results


def corpus_work(corpus: Path) -> Path:
    return corpus / "work"


def render(
    results: list[Result],
    figures: list[Ratio],
    notes: list[str],
    corpora: list[list[FileSet]],
    repeat: int,
) -> str:
    sizes = "; ".join(
        f"{sets[0].corpus}: " + ", ".join(str(len(s.names)) for s in sets) for sets in corpora
    )
    head = f"## Benchmark results ({time.strftime('%Y-%m-%d')}, files: {sizes}, runs: {repeat})"
    parts = [head, "", results_table([r for r in results if r.group == "startup"])]
    for label in dict.fromkeys(sets[0].corpus for sets in corpora):
        inside = [r for r in results if r.corpus == label]
        rows = [f for f in figures if f.corpus == label]
        parts += ["", f"### {label}", "", results_table(inside), "", ratios_table(rows)]
    if len(corpora) > 1:
        parts += ["", "### side by side", "", side_by_side(figures)]
    if notes:
        parts += ["", *(f"- {note}" for note in notes)]
    return "\n".join(parts) + "\n"


def save(
    folder: Path,
    markdown: str,
    results: list[Result],
    figures: list[Ratio],
    notes: list[str],
    versions: dict[str, str],
    corpora: list[Path],
) -> None:
    folder.mkdir(parents=True, exist_ok=True)
    stamp = time.strftime("%Y%m%d-%H%M%S")
    infos = [corpus_info(corpus) for corpus in corpora]
    payload = {
        "time": stamp,
        "versions": versions,
        "corpus": infos[0],  # the first; every one under "corpora"
        "corpora": infos,
        "results": [asdict(r) | {"median": r.median, "peak_mb": r.peak_mb} for r in results],
        "ratios": [asdict(f) for f in figures],
        "notes": notes,
    }
    (folder / f"run-{stamp}.json").write_text(json.dumps(payload, indent=1, ensure_ascii=False))
    (folder / f"run-{stamp}.md").write_text(markdown)
    print(f"results written to {folder / f'run-{stamp}.json'}", file=sys.stderr)


def corpus_info(corpus: Path) -> dict[str, object]:
    manifest = corpus / "manifest.json"
    if not manifest.exists():
        return {"path": str(corpus)}
    data = json.loads(manifest.read_text())
    sizes = [f["size"] for f in data["files"]]
    return {"path": str(corpus), "profile": data.get("profile", "heavy"), "seed": data["seed"],
            "n": data["n"], "links": data["links"], "bytes": sum(sizes)}  # fmt: skip


def parse_args(argv: list[str] | None) -> argparse.Namespace:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument(
        "--corpus",
        type=Path,
        action="append",
        help="a corpus folder (default benchmarks/corpus); repeat to time several side by side",
    )
    parser.add_argument("--set-files", type=int, help="time writes on the first N files only")
    parser.add_argument("--repeat", type=int, default=5, help="timed runs per command (median)")
    parser.add_argument("--smoke", action="store_true", help="each command once, no warm-up")
    parser.add_argument("--results", type=Path, default=HERE / "results")
    parser.add_argument("--captions", help='the captions command (default: "captions")')
    parser.add_argument(
        "--groups",
        default="show,audit,set,startup,one",
        type=lambda s: s.split(","),
        help="comma-separated subset of show,audit,set,startup,one",
    )
    parser.add_argument("--list", action="store_true", help="print the commands and stop")
    parser.add_argument("--work", type=Path, help="folder for write copies (default CORPUS/work)")
    parser.add_argument("--write-all-sets", action="store_true", help="also time writes on links")
    return parser.parse_args(argv)


if __name__ == "__main__":
    sys.exit(main())
