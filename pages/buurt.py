"""Mijn buurt (placeholder until issue 3)."""
from core import ui

ctx = ui.setup("buurt")
ui.coming_soon(ctx, "nav.buurt")
