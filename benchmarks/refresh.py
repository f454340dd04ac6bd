"""Refresh benchmark: ``leadout-tui refresh`` against a loopback feed farm (and newsboat).

Run it with the project's venv (it imports ``leadout_tui`` to estimate the CPU floor)::

    .venv/bin/python benchmarks/refresh.py                  # 100 feeds x 50 items, 10 hosts, 50 ms
    .venv/bin/python benchmarks/refresh.py --feeds 20 --items 10 --scenarios feeds-cold,feeds-warm
    .venv/bin/python benchmarks/refresh.py --feedfarm ../shared/tools/feedfarm.py   # + newsboat

Self-contained mode generates a corpus with ``benchmarks/farm.py`` (N feeds x M items, each item
linking to a 20-40 KB article page) in a temp dir and serves it from a separate process: one
``ThreadingHTTPServer`` per loopback address 127.0.0.1..127.0.0.<hosts>, sleeping
``--latency-ms`` before every answer and answering conditional GETs with 304. ``--feedfarm``
instead generates and serves the reference corpus with that script (``generate``, then ``serve
--hosts H --latency-ms L``) and also runs newsboat (if installed) on the same URLs: ``newsboat -x
reload -u urls -c cache.db -C config`` with its defaults and with ``reload-threads 16``, each cold
(fresh cache) and warm (second run on that cache).

Scenarios (``--scenarios``, comma separated):
    feeds-cold   ``refresh --no-articles`` on a fresh database (OPML imported, no network)
    feeds-warm   the same again on that database: every feed answers 304
    pages-cold   ``refresh`` on a fresh database: all feeds, then every article page

``--follow N`` follows N riders in every fresh database (the watchlist's cost on a refresh).

Every run is a subprocess of a small wrapper process; this script polls the process tree every
20 ms. It prints one table row per scenario and tool (the median of ``--repeat`` runs):
    wall s      wall time of the command (measured by the wrapper, includes interpreter start)
    run s       the ``time:`` leadout-tui reports itself (no start-up, no imports)
    main MB     peak RSS of the main process (VmHWM)
    tree MB     peak of the summed RSS of the whole process tree (main, forkserver, workers);
                pages shared between forked processes count once per process, so it overstates
    PSS MB      peak of the summed PSS of the tree (shared pages split between their users)
    cpu s       user+system CPU of the whole tree
    200/304     requests the farm answered during the run, by status
    in flight   requests in flight at the farm: mean over the run / most at once (own farm only)
    net floor   requests x latency / connections (connections = min(concurrency, 4 x hosts))
    cpu floor   one core's time to do the CPU work, measured in-process on a sample, / cores:
                feed parsing (``work.parse_job``) for feeds-cold, page extraction
                (``work.extract_job``) for pages-cold
    ratio       wall / max(net floor, cpu floor)
and then the issue's targets with met / MISSED.

The farm's server shares the machine with the client (on a 2-core box its request handling
and the client's parsing compete for the same cores), so the floors are optimistic and wall
times include some server CPU.
"""

from __future__ import annotations

import argparse
import json
import os
import shutil
import socket
import statistics
import subprocess
import sys
import tempfile
import time
import urllib.request
from collections.abc import Callable, Iterator
from contextlib import contextmanager
from dataclasses import dataclass, field
from pathlib import Path

import farm
from bytecode import compile_leadout_tui

from leadout_tui.core.net.limits import CONCURRENCY, PER_HOST

POLL_S = 0.02
PAGE_SIZE = os.sysconf("SC_PAGE_SIZE")
CLOCK_TICKS = os.sysconf("SC_CLK_TCK")
WRAPPER = (
    "import json,subprocess,sys,time\n"
    "t=time.perf_counter();rc=subprocess.call(sys.argv[2:]);w=time.perf_counter()-t\n"
    "open(sys.argv[1],'w').write(json.dumps({'rc':rc,'wall':w}))\n"
)
ALL_SCENARIOS = ("feeds-cold", "feeds-warm", "pages-cold")


@dataclass
class Run:
    """One measured command."""

    wall: float
    main_mb: float
    tree_mb: float
    pss_mb: float
    cpu_s: float
    rc: int
    stdout: str
    requests: dict[str, int] = field(default_factory=dict)
    mean_inflight: float | None = None
    max_inflight: int | None = None

    @property
    def reported(self) -> float | None:
        for line in self.stdout.splitlines():
            if line.startswith("time: "):
                return float(line.removeprefix("time: ").rstrip("s"))
        return None


@dataclass
class Row:
    scenario: str
    tool: str
    runs: list[Run]
    net_floor: float | None = None
    cpu_floor: float | None = None

    def median(self, get: Callable[[Run], float | None]) -> float | None:
        values = [v for v in map(get, self.runs) if v is not None]
        return statistics.median(values) if values else None

    @property
    def wall(self) -> float:
        return statistics.median(r.wall for r in self.runs)

    @property
    def main_mb(self) -> float:
        return max(r.main_mb for r in self.runs)

    @property
    def tree_mb(self) -> float:
        return max(r.tree_mb for r in self.runs)

    @property
    def pss_mb(self) -> float:
        return max(r.pss_mb for r in self.runs)

    @property
    def floor(self) -> float | None:
        floors = [f for f in (self.net_floor, self.cpu_floor) if f is not None]
        return max(floors) if floors else None


# -- measuring ------------------------------------------------------------------------------------


def _children(pid: int) -> list[int]:
    found: list[int] = []
    try:
        for task in os.listdir(f"/proc/{pid}/task"):
            with open(f"/proc/{pid}/task/{task}/children") as fh:
                found.extend(int(c) for c in fh.read().split())
    except (FileNotFoundError, ProcessLookupError, PermissionError):
        pass
    return found


def _tree(root: int) -> list[int]:
    pids, todo = [], _children(root)
    while todo:
        pid = todo.pop()
        pids.append(pid)
        todo.extend(_children(pid))
    return pids


def _proc_sample(pid: int) -> tuple[int, int, int, float] | None:
    """(rss, pss, peak rss in bytes; cpu seconds) of one process, None if it is gone."""
    try:
        with open(f"/proc/{pid}/stat") as fh:
            stat = fh.read().rsplit(")", 1)[1].split()
        with open(f"/proc/{pid}/status") as fh:
            hwm = next((ln for ln in fh if ln.startswith("VmHWM:")), "VmHWM: 0 kB")
        with open(f"/proc/{pid}/smaps_rollup") as fh:
            pss = next((ln for ln in fh if ln.startswith("Pss:")), "Pss: 0 kB")
    except (FileNotFoundError, ProcessLookupError):
        return None
    rss = int(stat[21]) * PAGE_SIZE
    cpu = (int(stat[11]) + int(stat[12])) / CLOCK_TICKS
    return rss, int(pss.split()[1]) * 1024, int(hwm.split()[1]) * 1024, cpu


def measure(cmd: list[str], env: dict[str, str], cwd: Path, stats: Callable[[], dict]) -> Run:
    """Run ``cmd`` under a fresh wrapper process, polling its tree's memory and CPU."""
    before = stats()
    with tempfile.TemporaryDirectory(prefix="bench-run-") as tmp:
        result_file = Path(tmp) / "result.json"
        out_file = Path(tmp) / "stdout"
        with open(out_file, "w") as out:
            proc = subprocess.Popen(
                [sys.executable, "-c", WRAPPER, str(result_file), *cmd],
                stdout=out,
                stderr=subprocess.DEVNULL,
                env=env,
                cwd=cwd,
            )
            main_pid: int | None = None
            main_peak = tree_peak = pss_peak = 0
            cpu: dict[int, float] = {}
            while proc.poll() is None:
                pids = _tree(proc.pid)
                if main_pid is None:
                    direct = _children(proc.pid)
                    main_pid = direct[0] if direct else None
                total = total_pss = 0
                for pid in pids:
                    sample = _proc_sample(pid)
                    if sample is None:
                        continue
                    rss, pss, hwm, used = sample
                    total += rss
                    total_pss += pss
                    cpu[pid] = used
                    if pid == main_pid:
                        main_peak = max(main_peak, hwm)
                tree_peak = max(tree_peak, total, main_peak)
                pss_peak = max(pss_peak, total_pss)
                time.sleep(POLL_S)
        result = json.loads(result_file.read_text())
        stdout = out_file.read_text(errors="replace")
    after = stats()
    requests = {k: after.get(k, 0) - before.get(k, 0) for k in after}
    requests["200"] = requests.get("200", 0) - 1  # the first /_stats request itself
    return Run(
        wall=result["wall"],
        main_mb=main_peak / 2**20,
        tree_mb=tree_peak / 2**20,
        pss_mb=max(pss_peak, main_peak) / 2**20,
        cpu_s=sum(cpu.values()),
        rc=result["rc"],
        stdout=stdout,
        requests={k: v for k, v in requests.items() if v and k.isdigit()},
        mean_inflight=requests["busy_ms"] / 1000 / result["wall"] if "busy_ms" in after else None,
        max_inflight=after.get("max_inflight"),
    )


# -- farms ----------------------------------------------------------------------------------------


@dataclass
class Served:
    root: Path
    opml: Path
    urls: Path
    feed_files: list[Path]
    page_files: list[Path]
    stats: Callable[[], dict]


def _stats_fetcher(base: str) -> Callable[[], dict]:
    opener = urllib.request.build_opener(urllib.request.ProxyHandler({}))

    def stats() -> dict:
        try:
            with opener.open(f"{base}/_stats", timeout=10) as response:
                return {str(k): int(v) for k, v in json.load(response).items()}
        except OSError:
            return {}

    return stats


def _stop(proc: subprocess.Popen) -> None:
    proc.terminate()
    try:
        proc.wait(10)
    except subprocess.TimeoutExpired:
        proc.kill()
        proc.wait()


@contextmanager
def own_farm(args: argparse.Namespace, workdir: Path) -> Iterator[Served]:
    root = workdir / "corpus"
    started = time.perf_counter()
    manifest = farm.generate(root, args.feeds, args.items, args.hosts)
    print(
        f"generated {args.feeds} feeds x {args.items} items, "
        f"{manifest['page_bytes'] / 2**20:.0f} MB of pages, in "
        f"{time.perf_counter() - started:.1f}s",
        flush=True,
    )
    proc = subprocess.Popen(
        [
            *(sys.executable, str(Path(farm.__file__)), "serve", "--dir", str(root)),
            *("--latency-ms", str(args.latency_ms)),
        ],
        stdout=subprocess.PIPE,
        text=True,
    )
    try:
        assert proc.stdout is not None
        ready = json.loads(proc.stdout.readline() or "{}")
        if not ready.get("ready"):
            raise SystemExit("the farm server did not start")
        yield Served(
            root,
            root / "feeds.opml",
            root / "urls.txt",
            sorted((root / "feeds").glob("*.xml")),
            sorted((root / "pages").glob("*/*.html")),
            _stats_fetcher(ready["bases"][0]),
        )
    finally:
        _stop(proc)


def _free_port() -> int:
    with socket.socket() as sock:
        sock.bind(("127.0.0.1", 0))
        return sock.getsockname()[1]


@contextmanager
def feedfarm(args: argparse.Namespace, workdir: Path) -> Iterator[Served]:
    script = str(Path(args.feedfarm).resolve())
    root = workdir / "feedfarm"
    started = time.perf_counter()
    subprocess.run(
        [
            *(sys.executable, script, "generate", "--out", str(root)),
            *("--feeds", str(args.feeds), "--items", str(args.items)),
        ],
        check=True,
        stdout=subprocess.DEVNULL,
    )
    print(f"feedfarm generate: {time.perf_counter() - started:.1f}s", flush=True)
    port = _free_port()
    (root / "urls.txt").unlink(missing_ok=True)
    proc = subprocess.Popen(
        [
            *(sys.executable, script, "serve", "--dir", str(root), "--port", str(port)),
            *("--hosts", str(args.hosts), "--latency-ms", str(args.latency_ms)),
        ],
        stderr=subprocess.DEVNULL,
    )
    try:
        deadline = time.monotonic() + 30
        while True:
            try:
                socket.create_connection(("127.0.0.1", port), timeout=1).close()
                if (root / "urls.txt").exists():
                    break
            except OSError:
                pass
            if time.monotonic() > deadline or proc.poll() is not None:
                raise SystemExit("feedfarm serve did not start")
            time.sleep(0.1)
        time.sleep(0.2)  # every host's thread is up
        yield Served(
            root,
            root / "feeds.opml",
            root / "urls.txt",
            sorted((root / "feeds").glob("*.xml")),
            sorted((root / "articles").glob("*/*.html")),
            _stats_fetcher(f"http://127.0.0.1:{port}"),
        )
    finally:
        _stop(proc)


# -- floors ---------------------------------------------------------------------------------------


def _sample(files: list[Path], n: int) -> list[Path]:
    step = max(1, len(files) // n)
    return files[::step][:n]


def cpu_costs(served: Served, n_pages: int, n_feeds: int) -> tuple[float, float]:
    """Seconds of one core per feed parse and per page extraction, measured in-process."""
    from leadout_tui.core.names.loader import NamesSource
    from leadout_tui.core.refresh import work
    from leadout_tui.core.store.rows import ArticlePage

    feeds = _sample(served.feed_files, n_feeds)
    pages = _sample(served.page_files, n_pages)

    def page_job(i: int, path: Path) -> ArticlePage:
        return ArticlePage(
            i, f"http://127.0.0.1/{path.parent.name}/{path.name}", "Benchmark article", "", None,
            path.read_bytes(), "utf-8",
        )  # fmt: skip

    names = NamesSource()
    jobs = [page_job(i, p) for i, p in enumerate(pages)]
    blobs = [p.read_bytes() for p in feeds]
    work.extract_job(jobs[0], names)  # load the gazetteer, warm caches
    work.parse_job(blobs[0], "http://127.0.0.1/feed.xml", "application/rss+xml", names)
    started = time.process_time()
    for blob in blobs:
        work.parse_job(blob, "http://127.0.0.1/feed.xml", "application/rss+xml", names)
    per_feed = (time.process_time() - started) / len(blobs)
    started = time.process_time()
    for job in jobs:
        work.extract_job(job, names)
    per_page = (time.process_time() - started) / len(jobs)
    return per_feed, per_page


# -- the tools ------------------------------------------------------------------------------------


def leadout_command() -> list[str]:
    script = Path(sys.executable).parent / "leadout-tui"
    return [str(script)] if script.exists() else [sys.executable, "-m", "leadout_tui"]


def follow_riders(db: Path, count: int) -> None:
    """Follow ``count`` riders of the newest season (what a keen fan's watchlist holds)."""
    from leadout_tui.core.names.loader import load_names
    from leadout_tui.core.store.db import Store

    riders = [e for e in load_names().gazetteer.entities.values() if e.kind == "rider"]
    riders.sort(key=lambda e: (-e.latest_season, e.name))
    with Store.open(db) as store:
        for rider in riders[:count]:
            store.follow(rider.id, rider.kind, rider.name)


#: newsboat's runs: the label in the table -> its ``reload-threads`` ("" for its default).
NEWSBOAT_CONFIGS = {"newsboat reload-threads 16": "16", "newsboat (defaults)": ""}


class Bench:
    def __init__(self, args: argparse.Namespace, served: Served, workdir: Path) -> None:
        self.args = args
        self.served = served
        self.workdir = workdir
        self.cmd = leadout_command()
        config = workdir / "config"
        config.mkdir(exist_ok=True)
        self.env = {**os.environ, "LEADOUT_TUI_CONFIG_DIR": str(config)}
        self.env.pop("LEADOUT_TUI_DB", None)
        self.count = 0

    def fresh_db(self) -> Path:
        self.count += 1
        db = self.workdir / f"run{self.count}" / "leadout.db"
        db.parent.mkdir()
        subprocess.run(
            [*self.cmd, "feeds", "import", str(self.served.opml), "--db", str(db)],
            check=True,
            env=self.env,
            stdout=subprocess.DEVNULL,
        )
        if self.args.follow:
            follow_riders(db, self.args.follow)
        return db

    def refresh(self, db: Path, *extra: str) -> Run:
        limit = ("--concurrency", str(self.args.concurrency)) if self.args.concurrency else ()
        run = measure(
            [*self.cmd, "refresh", "--db", str(db), *limit, *extra],
            self.env,
            db.parent,
            self.served.stats,
        )
        if run.rc != 0:
            print(f"  leadout-tui refresh exited {run.rc}:\n{run.stdout}", file=sys.stderr)
        elif "failed" in run.stdout and " 0 failed" not in run.stdout:
            print(f"  failures reported:\n{run.stdout[:2000]}", file=sys.stderr)
        return run

    def warm_up(self) -> None:
        """One small untimed refresh: page cache, compiled gazetteer cache, bytecode."""
        url = self.served.urls.read_text().split()[0]
        opml = self.workdir / "one.opml"
        opml.write_text(
            '<?xml version="1.0"?><opml version="2.0"><head/><body>'
            f'<outline type="rss" text="one" xmlUrl="{url}"/></body></opml>'
        )
        db = self.workdir / "warmup.db"
        subprocess.run(
            [*self.cmd, "feeds", "import", str(opml), "--db", str(db)],
            check=True,
            env=self.env,
            stdout=subprocess.DEVNULL,
        )
        subprocess.run(
            [*self.cmd, "refresh", "--db", str(db)],
            env=self.env,
            stdout=subprocess.DEVNULL,
            stderr=subprocess.DEVNULL,
        )

    def run(self, scenarios: list[str], with_newsboat: bool) -> list[Row]:
        """Every scenario ``--repeat`` times, each round leadout-tui then newsboat (16 threads,
        then its defaults): a machine that slows down midway slows both alike."""
        ours = {s: Row(s, "leadout-tui", []) for s in scenarios}
        binary = shutil.which("newsboat") if with_newsboat else None
        if with_newsboat and binary is None:
            print("newsboat not installed: skipped (apt-get install newsboat)", flush=True)
        theirs = {
            (label, scenario): Row(scenario, label, [])
            for label in NEWSBOAT_CONFIGS
            for scenario in ("feeds-cold", "feeds-warm")
        }
        for i in range(self.args.repeat):
            self._leadout_round(ours, i)
            if binary is not None:
                for label, threads in NEWSBOAT_CONFIGS.items():
                    self._newsboat_round(binary, label, threads, theirs, i)
        rows = list(ours.values())
        if binary is not None:
            rows += [row for row in theirs.values() if row.scenario in scenarios]
        return rows

    def _leadout_round(self, rows: dict[str, Row], i: int) -> None:
        cold_db: Path | None = None
        if "feeds-cold" in rows or "feeds-warm" in rows:
            cold_db = self.fresh_db()
            run = self.refresh(cold_db, "--no-articles")
            if "feeds-cold" in rows:
                rows["feeds-cold"].runs.append(run)
                _progress("feeds-cold", i, run)
        if "feeds-warm" in rows and cold_db is not None:
            run = self.refresh(cold_db, "--no-articles")
            rows["feeds-warm"].runs.append(run)
            _progress("feeds-warm", i, run)
        if "pages-cold" in rows:
            run = self.refresh(self.fresh_db())
            rows["pages-cold"].runs.append(run)
            _progress("pages-cold", i, run)

    def _newsboat_round(
        self, binary: str, label: str, threads: str, rows: dict[tuple[str, str], Row], i: int
    ) -> None:
        """One cold and one warm newsboat reload with a fresh HOME."""
        self.count += 1
        home = self.workdir / f"newsboat{self.count}"
        home.mkdir()
        conf = home / "config"
        conf.write_text(f"reload-threads {threads}\n" if threads else "")
        env = {**os.environ, "HOME": str(home)}
        for key in ("XDG_CONFIG_HOME", "XDG_DATA_HOME", "XDG_CACHE_HOME"):
            env.pop(key, None)
        cmd = [binary, "-x", "reload", "-u", str(self.served.urls)]
        cmd += ["-c", str(home / "cache.db"), "-C", str(conf)]
        for scenario in ("feeds-cold", "feeds-warm"):
            run = measure(cmd, env, home, self.served.stats)
            if run.rc != 0:
                print(f"  newsboat exited {run.rc}: {run.stdout[:500]}", file=sys.stderr)
            rows[label, scenario].runs.append(run)
            _progress(f"{scenario} {label}", i, run)


def _progress(name: str, i: int, run: Run) -> None:
    print(
        f"  {name} #{i + 1}: {run.wall:.2f}s, main {run.main_mb:.0f} MB, "
        f"tree {run.tree_mb:.0f} MB (PSS {run.pss_mb:.0f}), requests {_requests(run)}, "
        f"in flight {_inflight(run)}",
        flush=True,
    )


def _inflight(run: Run) -> str:
    if run.mean_inflight is None:
        return "-"
    return f"{run.mean_inflight:.1f}/{run.max_inflight}"


def _requests(run: Run) -> str:
    return f"{run.requests.get('200', 0)}/{run.requests.get('304', 0)}" + "".join(
        f" +{v}x{k}" for k, v in sorted(run.requests.items()) if k not in ("200", "304")
    )


# -- report ---------------------------------------------------------------------------------------


def _f(value: float | None, spec: str = ".2f") -> str:
    return "-" if value is None else format(value, spec)


def print_table(rows: list[Row]) -> None:
    head = (
        f"{'scenario':<11} {'tool':<27} {'wall s':>7} {'run s':>6} {'main MB':>8}"
        f" {'tree MB':>8} {'PSS MB':>7} {'cpu s':>6} {'200/304':>10}"
        f" {'in flight':>9}"
        f" {'net floor':>9} {'cpu floor':>9} {'ratio':>6}"
    )
    print(head)
    print("-" * len(head))
    for row in rows:
        ratio = row.wall / row.floor if row.floor else None
        print(
            f"{row.scenario:<11} {row.tool:<27} {row.wall:>7.2f} "
            f"{_f(row.median(lambda r: r.reported)):>6} {row.main_mb:>8.1f} "
            f"{row.tree_mb:>8.1f} {row.pss_mb:>7.1f} "
            f"{_f(row.median(lambda r: r.cpu_s)):>6} {_requests(row.runs[-1]):>10} "
            f"{_inflight(row.runs[-1]):>9} "
            f"{_f(row.net_floor):>9} {_f(row.cpu_floor):>9} {_f(ratio):>6}"
        )
        if len(row.runs) > 1:
            walls = ", ".join(f"{r.wall:.2f}" for r in row.runs)
            print(f"{'':<11} {'':<27} runs: {walls}")


def print_targets(rows: list[Row]) -> None:
    def find(scenario: str, tool: str) -> Row | None:
        return next((r for r in rows if r.scenario == scenario and r.tool == tool), None)

    def verdict(ok: bool) -> str:
        return "met" if ok else "MISSED"

    print("\ntargets (issue 2):")
    cold = find("feeds-cold", "leadout-tui")
    nb16 = find("feeds-cold", "newsboat reload-threads 16")
    if cold and nb16:
        print(
            f"  feeds-only cold <= newsboat with 16 threads: {cold.wall:.2f}s vs "
            f"{nb16.wall:.2f}s -> {verdict(cold.wall <= nb16.wall)}{_paired(cold, nb16, 'wall')}"
        )
    elif cold:
        print("  feeds-only cold <= newsboat with 16 threads: no newsboat figure in this run")
    warm = find("feeds-warm", "leadout-tui")
    if warm:
        print(f"  warm <= 0.6s: {warm.wall:.2f}s -> {verdict(warm.wall <= 0.6)}")
    pages = find("pages-cold", "leadout-tui")
    if pages and pages.floor:
        limit = 1.3 * pages.floor
        print(
            f"  with pages <= 1.3 x larger floor ({pages.floor:.2f}s -> {limit:.2f}s): "
            f"{pages.wall:.2f}s ({pages.wall / pages.floor:.2f}x) -> {verdict(pages.wall <= limit)}"
        )
    ours = [r for r in rows if r.tool == "leadout-tui"]
    if ours:
        main = max(r.main_mb for r in ours)
        tree = max(r.tree_mb for r in ours)
        pss = max(r.pss_mb for r in ours)
        print(
            f"  peak RSS <= 150 MB: main process {main:.0f} MB -> {verdict(main <= 150)}; "
            f"whole tree RSS sum {tree:.0f} MB -> {verdict(tree <= 150)}; "
            f"whole tree PSS {pss:.0f} MB -> {verdict(pss <= 150)}"
        )
    print("targets (issue 12, an all-day reader):")
    if cold and nb16:
        ours_cpu = cold.median(lambda r: r.cpu_s)
        theirs_cpu = nb16.median(lambda r: r.cpu_s)
        if ours_cpu is not None and theirs_cpu:
            print(
                f"  feeds-only cold CPU <= 1.5 x newsboat-16's: {ours_cpu:.2f} vs "
                f"{theirs_cpu:.2f} CPU-s ({ours_cpu / theirs_cpu:.2f}x) -> "
                f"{verdict(ours_cpu <= 1.5 * theirs_cpu)}{_paired(cold, nb16, 'cpu_s')}"
            )
    if warm:
        print(f"  warm <= 0.5s: {warm.wall:.2f}s -> {verdict(warm.wall <= 0.5)}")


def _paired(ours: Row, theirs: Row, figure: str) -> str:
    """Our figure over theirs round by round (each round runs both, one after the other)."""
    ratios = [
        getattr(a, figure) / getattr(b, figure)
        for a, b in zip(ours.runs, theirs.runs, strict=False)
        if getattr(b, figure)
    ]
    if len(ratios) < 2:
        return ""
    return (
        f" (round by round: median {statistics.median(ratios):.2f}x, "
        f"{min(ratios):.2f}-{max(ratios):.2f}x)"
    )


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(
        description="Benchmark leadout-tui refresh against a loopback feed farm."
    )
    parser.add_argument("--feeds", type=int, default=100)
    parser.add_argument("--items", type=int, default=50)
    parser.add_argument("--hosts", type=int, default=10, help="loopback addresses (max 254)")
    parser.add_argument("--latency-ms", type=float, default=50.0)
    parser.add_argument("--scenarios", default=",".join(ALL_SCENARIOS))
    parser.add_argument("--repeat", type=int, default=1, help="runs per scenario (median shown)")
    parser.add_argument("--sample", type=int, default=100, help="pages timed for the CPU floor")
    parser.add_argument(
        "--feedfarm", metavar="PATH", help="serve feedfarm.py's corpus instead; adds newsboat"
    )
    parser.add_argument("--keep", action="store_true", help="keep the temp dir (printed)")
    parser.add_argument(
        "--concurrency",
        type=int,
        metavar="N",
        help=f"leadout-tui's requests in flight (default: its own default, {CONCURRENCY})",
    )
    parser.add_argument(
        "--follow", type=int, default=0, metavar="N", help="follow N riders in every database"
    )
    args = parser.parse_args(argv)
    scenarios = [s.strip() for s in args.scenarios.split(",") if s.strip()]
    unknown = set(scenarios) - set(ALL_SCENARIOS)
    if unknown or not 1 <= args.hosts <= 254 or args.repeat < 1:
        parser.error(f"scenarios are {', '.join(ALL_SCENARIOS)}; 1 <= hosts <= 254; repeat >= 1")

    compile_leadout_tui()
    cores = os.cpu_count() or 1
    load_before = os.getloadavg()
    connections = min(args.concurrency or CONCURRENCY, PER_HOST * args.hosts)
    latency = args.latency_ms / 1000
    workdir = Path(tempfile.mkdtemp(prefix="leadout-bench-"))
    start_farm = feedfarm if args.feedfarm else own_farm
    try:
        with start_farm(args, workdir) as served:
            print(
                f"farm: {'feedfarm ' + args.feedfarm if args.feedfarm else 'benchmarks/farm.py'}"
                f", {len(served.feed_files)} feeds, {len(served.page_files)} pages, "
                f"{args.hosts} hosts, {args.latency_ms:g} ms/request; {cores} cores; "
                f"connections {connections}",
                flush=True,
            )
            costs = cpu_costs(served, args.sample, min(20, len(served.feed_files)))
            print(
                f"cpu per feed parse {costs[0] * 1000:.1f} ms, per page extract_job "
                f"{costs[1] * 1000:.1f} ms (one core, in-process sample)",
                flush=True,
            )
            bench = Bench(args, served, workdir)
            bench.warm_up()
            rows = bench.run(scenarios, with_newsboat=bool(args.feedfarm))
    finally:
        if args.keep:
            print(f"kept {workdir}")
        else:
            shutil.rmtree(workdir, ignore_errors=True)

    n_feeds, n_pages = len(served.feed_files), len(served.page_files)
    for row in rows:
        if row.tool != "leadout-tui":
            continue
        requests = n_feeds + (n_pages if row.scenario == "pages-cold" else 0)
        row.net_floor = requests * latency / connections
        if row.scenario == "feeds-cold":
            row.cpu_floor = n_feeds * costs[0] / cores
        elif row.scenario == "pages-cold":
            row.cpu_floor = n_pages * costs[1] / cores
    order = {s: i for i, s in enumerate(ALL_SCENARIOS)}
    rows.sort(key=lambda r: order[r.scenario])
    print()
    print_table(rows)
    print_targets(rows)
    load = ", ".join(f"{a:.2f}" for a in load_before)
    print(
        f"\nload average before: {load}; after: "
        + ", ".join(f"{a:.2f}" for a in os.getloadavg())
        + f" ({cores} cores; anything above ~0.5 before means other work shared the machine)"
    )
    return 0


if __name__ == "__main__":
    sys.exit(main())
