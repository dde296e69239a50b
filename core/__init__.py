"""Leefbaarometer Explorer: everything that is not widgets and layout."""
