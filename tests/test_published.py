"""The letters' figures beside ours: unreachable periods say so, differences are signed."""
from __future__ import annotations

import pandas as pd

from core import published


def test_periods_beyond_our_series_are_marked_unreachable():
    found = pd.DataFrame({"direction": ["riser", "faller", "riser"], "households": [40_000.0, 130_000.0, 25_000.0]})
    rows = published.beside_signals({(2020, 2022): found}, "nl")
    mine = rows.set_index("Onderwerp")["Deze verkenner"]
    assert "65.000 huishoudens in stijgers, 130.000 in dalers" in mine["Stijgers en dalers 2020–2022"]
    assert mine["Stijgers en dalers 2022–2024"].startswith("niet te berekenen")
    diff = rows.set_index("Onderwerp").loc["Stijgers en dalers 2020–2022", "Verschil"]
    assert diff == "stijgers +5.000, dalers +5.000"


def test_g4_ranks_only_among_reliable_gemeenten():
    spread = pd.DataFrame({"gemeente_code": ["GM0363", "GM0599", "GM0001", "GM0518", "GM0344"],
                           "iqr": [0.3, 0.1, 0.9, 0.4, 0.2], "spread_reliable": [True, True, False, True, True]})
    assert published.g4_spread_ranks(spread) == {"GM0363": 2, "GM0599": 4, "GM0518": 1, "GM0344": 3}


def test_the_reason_says_larger_only_where_both_of_our_numbers_are_larger():
    """The stranger's walk (issue 32) found "daarom zijn onze aantallen groter" beside our smaller
    fallers (2020–2022): the reason now follows the numbers."""
    import pandas as pd

    from core.published import LETTER_RISERS_FALLERS, risers_fallers_rows
    a, b, risers, fallers, _ = LETTER_RISERS_FALLERS[1]

    def found(up, down):
        return pd.DataFrame({"direction": ["riser", "faller"], "households": [up, down]})

    for level in (None, "wijk"):
        larger = risers_fallers_rows({(a, b): found(risers + 1, fallers + 1)}, "nl", level)
        smaller = risers_fallers_rows({(a, b): found(risers + 1, fallers - 1)}, "nl", level)
        row = [r for r in larger if f"{a}–{b}" in str(r)][0]
        assert "daarom zijn onze aantallen groter" in str(row)
        row = [r for r in smaller if f"{a}–{b}" in str(r)][0]
        assert "groter" not in str(row).split("Dat werkt")[-1] and "ten minste een van onze aantallen kleiner" in str(row)
