"""What the benchmark reports share: each keeps the run before beside the new one (issue 32:
figures side by side with the previous run), one run back only."""
from __future__ import annotations

BEFORE = "## The run before"


def with_previous(text: str, old: str) -> str:
    """This run's report followed by the previous run's, without the one before that."""
    old = old.split(BEFORE)[0].strip()
    if not old:
        return text
    body = old.split("\n", 1)[1].strip() if old.startswith("# ") else old
    return text + f"\n{BEFORE}\n\n" + body + "\n"
