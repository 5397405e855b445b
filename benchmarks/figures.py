"""What every benchmark returns (a ``Figure``), how it is timed and how it is printed.

A figure is our median against a baseline median measured in the same run on
the same data; the verdict is the ratio against the issue's target (and, for
search, an absolute bound too). A figure that cannot be measured yet (the
feature is not built) says why instead of failing the run.
"""

from __future__ import annotations

import gc
import statistics
import time
from collections.abc import Callable
from dataclasses import dataclass, field


@dataclass
class Context:
    """What the run was asked for; every measurement module reads it."""

    n: int
    repeat: int
    heavy_n: int
    heavy_repeat: int
    memos: int
    path: object = None  # Path of the cached register of n entries
    verbose: bool = False


@dataclass
class Figure:
    name: str
    ours: float | None = None  # seconds (or bytes when unit == "MB")
    baseline: float | None = None
    target_ratio: float | None = None
    target_abs: float | None = None  # seconds: ours must also be at most this
    unit: str = "s"
    note: str = ""
    missing: str = ""  # "not yet measured: <reason>"
    details: list[str] = field(default_factory=list)
    paired_ratio: float | None = None  # when set: the median of per-case ratios

    @property
    def ratio(self) -> float | None:
        if self.paired_ratio is not None:
            return self.paired_ratio
        if self.ours is None or not self.baseline:
            return None
        return self.ours / self.baseline

    @property
    def passed(self) -> bool:
        ratio = self.ratio
        if ratio is None:
            return False
        ok = self.target_ratio is None or ratio <= self.target_ratio
        if self.target_abs is not None:
            ok = ok and self.ours <= self.target_abs
        return ok

    def target_text(self) -> str:
        parts = []
        if self.target_abs is not None:
            parts.append(f"<={_fmt(self.target_abs, self.unit)}")
        if self.target_ratio is not None:
            parts.append(f"<={self.target_ratio:g}x")
        return " & ".join(parts)

    def line(self) -> str:
        if self.missing:
            return f"{self.name:<44} not yet measured: {self.missing}"
        ratio = self.ratio
        return (
            f"{self.name:<44} ours {_fmt(self.ours, self.unit):>9}  "
            f"baseline {_fmt(self.baseline, self.unit):>9}  "
            f"ratio {ratio:5.2f}x  target {self.target_text():<16} "
            f"{'PASS' if self.passed else 'MISS'}" + (f"  ({self.note})" if self.note else "")
        )

    def markdown(self) -> str:
        if self.missing:
            return f"| {self.name} | – | – | – | {self.target_text()} | not yet measured: {self.missing} |"
        return (
            f"| {self.name} | {_fmt(self.ours, self.unit)} | {_fmt(self.baseline, self.unit)} | "
            f"{self.ratio:.2f}x | {self.target_text()} | {'PASS' if self.passed else 'MISS'} |"
        )


def _fmt(value: float | None, unit: str) -> str:
    if value is None:
        return "–"
    if unit == "MB":
        return f"{value:.1f} MB"
    if value < 1:
        return f"{value * 1000:.1f} ms"
    return f"{value:.2f} s"


def timed(fn: Callable[[], object]) -> float:
    """Seconds one call of ``fn`` takes (garbage collected first, so runs compare)."""
    gc.collect()
    started = time.perf_counter()
    fn()
    return time.perf_counter() - started


def paired(
    ours: Callable[[], object], baseline: Callable[[], object], repeat: int
) -> tuple[float, float]:
    """Medians of ``repeat`` runs of each, interleaved so drift hits both alike."""
    a: list[float] = []
    b: list[float] = []
    for i in range(repeat):
        if i % 2:
            b.append(timed(baseline))
            a.append(timed(ours))
        else:
            a.append(timed(ours))
            b.append(timed(baseline))
    return statistics.median(a), statistics.median(b)


def missing(name: str, reason: str, target_ratio: float | None = None) -> Figure:
    return Figure(name, target_ratio=target_ratio, missing=reason)
