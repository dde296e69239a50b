"""The database build: `python -m etl [--source DIR] [--out FILE]`."""
from etl.pipeline import BuildError, build  # noqa: F401
