"""The open figure's runner keeps everything a timed process prints.

``bench_open.run_script`` times a fresh process to its "ready" line and
returns what it printed after it (``start_budget`` reads the dataclasses'
time there, ``bench_memory`` the window's memory). A line printed together
with "ready" reaches the pipe in the same write; a buffered reader used to
keep it where ``communicate`` never looked.
"""

from __future__ import annotations

import os

from benchmarks import bench_open

TWO_LINES_AT_ONCE = r"""
import os, sys
sys.stdout.write("ready 200 start=0.00\ndataclasses 31 14.50\n")
sys.stdout.flush()
os._exit(0)
"""


def test_lines_printed_with_ready_are_kept() -> None:
    elapsed, line, rest = bench_open.run_script(TWO_LINES_AT_ONCE, [], dict(os.environ))
    assert elapsed > 0
    assert line == "ready 200 start=0.00"
    assert rest.splitlines() == ["dataclasses 31 14.50"]


def test_the_first_line_is_read_from_the_pipe_itself() -> None:
    read, write = os.pipe()
    try:
        os.write(write, b"ready 1\nmore\nand")
        os.close(write)
        write = -1
        assert bench_open.first_line(read) == (b"ready 1", b"more\nand")
    finally:
        os.close(read)
        if write >= 0:
            os.close(write)
