"""Placeholder until its issue lands: says so honestly instead of showing nothing."""
from core import ui

ctx = ui.setup("kaart")
ui.coming_soon(ctx, "nav.kaart")
