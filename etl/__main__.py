"""Command line for the build; exits non-zero with a message (never a traceback) on bad input."""
from __future__ import annotations

import argparse
import sys
from pathlib import Path

from core import config
from etl.pipeline import BuildError, build
from etl.validate import ValidationError


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(prog="python -m etl", description=__doc__)
    parser.add_argument("--source", help="open-data folder (default: $LBM_SOURCE or ../shared/data)")
    parser.add_argument("--out", help="database file (default: $LBM_DB or data/leefbaarometer.duckdb)")
    args = parser.parse_args(argv)
    source = config.source_dir(args.source)
    out = Path(args.out) if args.out else config.db_path()
    print(f"Building {out} from {source}", file=sys.stderr)
    try:
        summary = build(source, out)
    except (BuildError, ValidationError) as exc:
        print(f"Build failed, the previous database (if any) is untouched.\n{exc}", file=sys.stderr)
        return 2
    for table, n in summary["rows"].items():
        print(f"  {table:<18} {n:>8,} rows", file=sys.stderr)
    return 0


if __name__ == "__main__":
    sys.exit(main())
