"""The benchmark reports keep the run before beside the new one (issue 32), one run back only."""
from bench.reports import BEFORE, with_previous


def test_a_report_carries_the_previous_run_once():
    first = "# Title\n\nrun 1 table\n"
    second = with_previous("# Title\n\nrun 2 table\n", first)
    assert second.index("run 2 table") < second.index(BEFORE) < second.index("run 1 table")
    third = with_previous("# Title\n\nrun 3 table\n", second)
    assert "run 2 table" in third and "run 1 table" not in third and third.count(BEFORE) == 1
    assert with_previous("# Title\n\nrun 1 table\n", "") == "# Title\n\nrun 1 table\n"
