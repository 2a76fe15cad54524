"""The time each test folder took, printed at the end of the run (the CI log shows where the
minutes go). Under pytest-xdist the workers' reports reach the main process, which prints."""

from __future__ import annotations

from collections import defaultdict

import pytest

_SECONDS: dict[str, float] = defaultdict(float)
_TESTS: dict[str, int] = defaultdict(int)


def pytest_runtest_logreport(report: pytest.TestReport) -> None:
    folder = report.nodeid.split("::", 1)[0].rpartition("/")[0] or "."
    _SECONDS[folder] += report.duration
    if report.when == "call" or (report.when == "setup" and report.skipped):
        _TESTS[folder] += 1


def pytest_terminal_summary(terminalreporter: pytest.TerminalReporter) -> None:
    if not _SECONDS:
        return
    terminalreporter.write_sep("-", "time per test folder (setup + test + teardown, all workers)")
    for folder, seconds in sorted(_SECONDS.items(), key=lambda item: -item[1]):
        terminalreporter.write_line(f"{seconds:8.1f} s  {_TESTS[folder]:4d} tests  {folder}")
    terminalreporter.write_line(f"{sum(_SECONDS.values()):8.1f} s  {sum(_TESTS.values()):4d} tests")
