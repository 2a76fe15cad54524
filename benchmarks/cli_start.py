"""Benchmark: how long a command-line call takes, as the whole process a user waits for.

Run: python benchmarks/cli_start.py [--runs N]
Floor, measured in the same run and interleaved with the commands: a bare interpreter start
(`python -c pass`). Goals: `tallyapp --version` within 6x of it, `tallyapp check FILE` within
20x. Each command is the installed `tallyapp` script, started fresh each time.
"""

from __future__ import annotations

import argparse
import shutil
import statistics
import subprocess
import sys
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
EXAMPLE = ROOT / "resources" / "examples" / "protocol-blue.json"


def _once(command: list[str]) -> float:
    start = time.perf_counter()
    subprocess.run(command, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL, check=False)
    return time.perf_counter() - start


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("--runs", type=int, default=30)
    args = parser.parse_args()
    tallyapp = shutil.which("tallyapp", path=str(Path(sys.executable).parent)) or "tallyapp"
    commands = {
        "python -c pass (floor)": [sys.executable, "-c", "pass"],
        "tallyapp --version": [tallyapp, "--version"],
        "tallyapp check FILE": [tallyapp, "check", str(EXAMPLE)],
    }
    goals = {"tallyapp --version": 6, "tallyapp check FILE": 20}
    times: dict[str, list[float]] = {name: [] for name in commands}
    for _ in range(3):  # warm the file cache
        for command in commands.values():
            _once(command)
    for _ in range(args.runs):  # interleaved, so a busy moment weighs on all alike
        for name, command in commands.items():
            times[name].append(_once(command))
    floor = statistics.median(times["python -c pass (floor)"])
    for name, measured in times.items():
        median = statistics.median(measured)
        line = f"{name:<24} median {median * 1000:7.1f} ms   min {min(measured) * 1000:7.1f} ms"
        if name in goals:
            ratio = median / floor
            verdict = "meets" if ratio <= goals[name] else "MISSES"
            line += f"   {ratio:5.1f}x the floor ({verdict} the goal of {goals[name]}x)"
        print(line)


if __name__ == "__main__":
    main()
