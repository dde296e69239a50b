"""Validating what arrives in the URL: every page reads its parameters through these, so a
shared link with nonsense in it degrades to a message instead of an error."""
from __future__ import annotations

from dataclasses import dataclass, field


@dataclass
class CodeList:
    codes: list[str]
    unknown: list[str] = field(default_factory=list)
    had_duplicates: bool = False
    truncated: bool = False


def parse_code_list(raw_values: list[str], known: set[str], max_n: int, max_len: int = 2000) -> CodeList:
    """'GM0363,GM0599' (or repeated parameters) into known codes, in order, without repeats."""
    parts: list[str] = []
    for raw in raw_values:
        parts.extend(p.strip().upper() for p in str(raw)[:max_len].split(",") if p.strip())
    seen: list[str] = []
    unknown: list[str] = []
    dupes = False
    for p in parts:
        if p not in known:
            if p not in unknown:
                unknown.append(p[:20])
        elif p in seen:
            dupes = True
        else:
            seen.append(p)
    return CodeList(seen[:max_n], unknown[:10], dupes, len(seen) > max_n)


def parse_int(raw: str | None, allowed: list[int]) -> int | None:
    """An integer that must be one of `allowed` (years); None when absent or invalid."""
    if raw is None:
        return None
    try:
        value = int(str(raw).strip()[:10])
    except ValueError:
        return None
    return value if value in allowed else None


def parse_float(raw: str | None, low: float, high: float) -> float | None:
    if raw is None:
        return None
    try:
        value = float(str(raw).strip()[:20])
    except ValueError:
        return None
    if value != value or not (low <= value <= high):
        return None
    return value
