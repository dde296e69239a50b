"""Tools for the people who work on the explorer, not part of the app: `python -m devtools.import_map`."""
