"""The database build: `python -m core.build [--source DIR] [--out FILE]`."""
from core.build.pipeline import BuildError, build  # noqa: F401
