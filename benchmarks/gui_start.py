"""Benchmark: the desktop app's start as a user feels it, the whole process.

Run: python benchmarks/gui_start.py [--db URL] [--runs N]
Each run starts a fresh interpreter that imports the app, opens the main window on the national
demo (offscreen) and says when it is visible and usable; the time is measured from outside,
from the start of the process to that line. Floor, in the same run: a bare interpreter start.
Also prints the memory (maximum resident set) with the national results view open.
Goals (issue "Performance"): a usable window within 0.8 s; at most 200 MB with the results open.
"""

from __future__ import annotations

import argparse
import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path

CHILD = """
import os, resource, sys
os.environ["QT_QPA_PLATFORM"] = "offscreen"
from PySide6.QtWidgets import QApplication
app = QApplication([])
from tallyapp.domain.actor import Actor
from tallyapp.gui.main_window import MainWindow
from tallyapp.services.setup import open_engine
window = MainWindow(open_engine(sys.argv[1]), Actor("benchmark", "benchmark"))
window.show()
app.processEvents()
print("usable", flush=True)
if sys.argv[2] == "results":
    view = window.open_results()
    while view.data is None:
        app.processEvents()
    app.processEvents()
    print("rss", resource.getrusage(resource.RUSAGE_SELF).ru_maxrss, flush=True)
window.close()
"""


def _until(command: list[str], marker: str) -> tuple[float, list[str]]:
    start = time.perf_counter()
    proc = subprocess.Popen(command, stdout=subprocess.PIPE, stderr=subprocess.DEVNULL, text=True)
    assert proc.stdout is not None
    lines = []
    elapsed = None
    for line in proc.stdout:
        lines.append(line.strip())
        if elapsed is None and line.startswith(marker):
            elapsed = time.perf_counter() - start
    proc.wait()
    assert elapsed is not None, lines
    return elapsed, lines


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("--db", help="an existing national demo database URL")
    parser.add_argument("--runs", type=int, default=7)
    args = parser.parse_args()
    url = args.db
    if url is None:
        from tallyapp.services.demo import build_demo

        url = f"sqlite:///{Path(tempfile.mkdtemp(prefix='tallyapp-bench-')) / 'demo.sqlite3'}"
        build_demo(url)
    starts, floors = [], []
    for _ in range(args.runs):
        floors.append(_until([sys.executable, "-c", "print('usable')"], "usable")[0])
        starts.append(_until([sys.executable, "-c", CHILD, url, "window"], "usable")[0])
    _, lines = _until([sys.executable, "-c", CHILD, url, "results"], "rss")
    rss_mb = int(next(line for line in lines if line.startswith("rss")).split()[1]) / 1024
    floor, start = statistics.median(floors), statistics.median(starts)
    print(
        f"usable main window, whole process: median {start * 1000:7.1f} ms "
        f"(min {min(starts) * 1000:.1f})   floor (bare interpreter) {floor * 1000:5.1f} ms   "
        f"ratio {start / floor:5.1f}x   goal 800 ms: {'met' if start <= 0.8 else 'MISSED'}"
    )
    print(
        f"memory with the national results open: {rss_mb:6.1f} MB   goal 200 MB: "
        f"{'met' if rss_mb <= 200 else 'MISSED'}"
    )


if __name__ == "__main__":
    main()
