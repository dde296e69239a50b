"""Gemeente mergers found in the data, not typed in."""
from __future__ import annotations

import pandas as pd
from shapely.geometry import box

from etl import mergers


def test_polygons_of_2022_inside_another_2024_gemeente_merged():
    gm2022 = {"GM0001": ("Oud", box(0, 0, 1, 1)), "GM0002": ("Blijft", box(1, 0, 3, 1))}
    gm2024 = {"GM0002": box(0, 0, 3, 1)}
    out = mergers.from_polygons(gm2022, gm2024)
    assert out[["old_code", "new_code"]].values.tolist() == [["GM0001", "GM0002"]]


def test_wijk_names_that_move_to_another_gemeente_name_the_successor():
    rows = [("2021", "GM0370", "Beemster"), ("2021", "WK037008", "Beemster"), ("2021", "GM0439", "Purmerend"),
            ("2021", "WK043901", "Centrum"), ("2021", "GM0001", "Elders"), ("2021", "WK000101", "Centrum"),
            ("2022", "GM0439", "Purmerend"), ("2022", "WK043901", "Centrum"), ("2022", "WK043908", "Beemster"),
            ("2022", "GM0001", "Elders"), ("2022", "WK000101", "Centrum")]
    kwb = pd.DataFrame(rows, columns=["kwb_year", "gwb_code", "regio"])
    out = mergers.from_kwb(kwb)
    assert out[["old_code", "old_name", "new_code"]].values.tolist() == [["GM0370", "Beemster", "GM0439"]]
    later = pd.DataFrame([{"old_code": "GM0439", "old_name": "Purmerend", "new_code": "GM9999",
                           "merged_between": "2022–2024"}])
    chained = mergers.successors(later, out)
    assert chained.set_index("old_code").loc["GM0370", "new_code"] == "GM9999"
