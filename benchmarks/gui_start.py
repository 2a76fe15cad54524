"""Benchmark: the desktop app's start as a user feels it, the whole process.

Run: python benchmarks/gui_start.py [--db URL] [--runs N]
Each run starts fresh interpreters (offscreen), timed from outside from the start of the
process to the line each prints:

- floor: a bare Qt window process (PySide6 imported, an empty main window shown);
- first window: the app's way in (gui/start.py) until its sign-in is drawn, and whether the
  database layer (SQLAlchemy) was imported by then (it must not be);
- usable main window on the national demo: the main window built cold (no sign-in before it,
  nothing read ahead: the app never starts this way), shown, its tree filled;
- through the sign-in: the same, the PIN entered the moment the sign-in can take it;
- as a person starts it: the app launched, the sign-in drawn, the commission and PIN typed
  (the person's 1.5 s: the commission at once, the PIN's four digits at 0.8, 1.0, 1.15 and
  1.3 s, Enter at 1.5 s; meanwhile the app opens the database, loads the main window and
  checks the PIN typed so far), Enter, the main window usable: the whole process's time
  less the person's typing is what the machine made them wait.

Also the memory (maximum resident set) with the national results open, against the floor's.
The app's modules are compiled to bytecode first, as an installed app has them (with
PYTHONDONTWRITEBYTECODE set, every run would otherwise compile them again).
The machine may be loaded by other work: the ratios to the floor measured in the same run are
what compares between days. Goals (issue 32): a person's wait for a usable main window,
the whole process, within 0.6 s; at most 160 MB with the national results open.
"""

from __future__ import annotations

import argparse
import compileall
import importlib.util
import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path

FLOOR = """
import os, resource
os.environ["QT_QPA_PLATFORM"] = "offscreen"
from PySide6.QtWidgets import QApplication, QMainWindow
app = QApplication([])
window = QMainWindow()
window.show()
app.processEvents()
print("usable", flush=True)
print("rss", resource.getrusage(resource.RUSAGE_SELF).ru_maxrss, flush=True)
"""

FIRST = """
import os, sys
os.environ["QT_QPA_PLATFORM"] = "offscreen"
from PySide6.QtWidgets import QApplication
app = QApplication([])
from tallyapp.gui.start import Start
needed = "sqlalchemy" in sys.modules  # by the code that draws it (the pool imports it meanwhile)
start = Start(sys.argv[1], "en")
start.begin()
app.processEvents()
assert start.login is not None and start.login.isVisible()
print("usable", needed, flush=True)
"""

WINDOW = """
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

SIGN_IN = """
import os, sys, time
os.environ["QT_QPA_PLATFORM"] = "offscreen"
from PySide6.QtWidgets import QApplication, QMessageBox
app = QApplication([])
def refused(_parent, _title, text):  # said instead of waiting for a click that never comes
    print("refused", text.replace(chr(10), " "), flush=True)
    os._exit(1)
QMessageBox.critical = refused
from tallyapp.gui.start import Start
start = Start(sys.argv[1], "en")
start.opened.connect(lambda window: print("usable", flush=True))
start.begin()
login = start.login
login.commission.setText("101")
login.pin.setText("0000")  # the demo's PIN
login.sign_in()
deadline = time.monotonic() + 60
while start.window is None:
    app.processEvents()
    if time.monotonic() > deadline:
        print("refused", login.error.text(), flush=True)
        os._exit(1)
app.processEvents()
start.window.close()
"""

TYPED = """
import os, sys, time
os.environ["QT_QPA_PLATFORM"] = "offscreen"
from PySide6.QtCore import QTimer
from PySide6.QtWidgets import QApplication, QMessageBox
app = QApplication([])
def refused(_parent, _title, text):
    print("refused", text.replace(chr(10), " "), flush=True)
    os._exit(1)
QMessageBox.critical = refused
from tallyapp.gui.start import Start
start = Start(sys.argv[1], "en")
def opened(window):
    app.processEvents()
    print("usable", flush=True)
    window.close()
    app.quit()
start.opened.connect(opened)
start.begin()
app.processEvents()
drawn = time.monotonic()
start.login.commission.setText("101")  # typed, then Tab to the PIN
start.login.commission.editingFinished.emit()
def typed():  # the person's typing, ended by Enter
    print("typed", time.monotonic() - drawn, flush=True)
    start.login.sign_in()
for at in (800, 1000, 1150, 1300):  # the demo's PIN, a digit at a time
    QTimer.singleShot(at, lambda: start.login.pin.insert("0"))
QTimer.singleShot(1500, typed)
QTimer.singleShot(60_000, lambda: refused(None, "", "no main window in 60 s"))
app.exec()
"""


def _until(command: list[str], marker: str) -> tuple[float, list[str]]:
    with tempfile.TemporaryFile("w+") as errors:
        start = time.perf_counter()
        proc = subprocess.Popen(command, stdout=subprocess.PIPE, stderr=errors, text=True)
        assert proc.stdout is not None
        lines = []
        elapsed = None
        for line in proc.stdout:
            lines.append(line.strip())
            if elapsed is None and line.startswith(marker):
                elapsed = time.perf_counter() - start
        proc.wait(timeout=120)
        if elapsed is None:
            errors.seek(0)
            said = errors.read()[-3000:]
            raise SystemExit(f"no {marker!r} from {command[-2:]}: {lines}\n{said}")
    return elapsed, lines


def _rss_mb(lines: list[str]) -> float:
    return int(next(line for line in lines if line.startswith("rss")).split()[1]) / 1024


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
    spec = importlib.util.find_spec("tallyapp")
    assert spec is not None and spec.origin is not None
    compileall.compile_dir(Path(spec.origin).parent, quiet=1)
    python = sys.executable
    floors, firsts, windows, signed, waited = [], [], [], [], []
    imported = False
    floor_rss = 0.0
    for _ in range(args.runs):  # interleaved: a load that comes and goes touches each alike
        elapsed, lines = _until([python, "-c", FLOOR], "usable")
        floors.append(elapsed)
        floor_rss = _rss_mb(lines)
        elapsed, lines = _until([python, "-c", FIRST, url], "usable")
        firsts.append(elapsed)
        imported = imported or lines[0].split()[1] == "True"
        windows.append(_until([python, "-c", WINDOW, url, "window"], "usable")[0])
        signed.append(_until([python, "-c", SIGN_IN, url], "usable")[0])
        elapsed, lines = _until([python, "-c", TYPED, url], "usable")
        typing = float(next(line for line in lines if line.startswith("typed")).split()[1])
        waited.append(elapsed - typing)
    _, lines = _until([python, "-c", WINDOW, url, "results"], "rss")
    rss = _rss_mb(lines)
    floor = statistics.median(floors)

    def line(name: str, times: list[float], goal: float | None = None) -> None:
        median = statistics.median(times)
        verdict = "" if goal is None else f"   goal {goal * 1000:.0f} ms: "
        if goal is not None:
            verdict += "met" if median <= goal else "MISSED (see the ratio)"
        print(
            f"{name:<34} median {median * 1000:7.1f} ms (min {min(times) * 1000:7.1f})   "
            f"ratio to the floor {median / floor:5.2f}x{verdict}"
        )

    print(f"{'floor: a bare Qt window process':<34} median {floor * 1000:7.1f} ms")
    line("first window (the sign-in) drawn", firsts)
    print(
        f"{'':<34} database layer imported before it: {'YES (a regression)' if imported else 'no'}"
    )
    line("usable main window, national demo", windows)
    print(f"{'':<34} (built cold, without the sign-in: no one starts this way; for comparison)")
    line("  … through the sign-in (PIN at once)", signed)
    line("as a person starts it: their wait", waited, 0.6)
    print(f"{'':<34} (the whole process less the 1.5 s the person takes to type the PIN)")
    print(
        f"memory with the national results open: {rss:6.1f} MB   floor {floor_rss:5.1f} MB   "
        f"ratio {rss / floor_rss:4.2f}x   goal 160 MB: {'met' if rss <= 160 else 'MISSED'}"
    )


if __name__ == "__main__":
    main()
