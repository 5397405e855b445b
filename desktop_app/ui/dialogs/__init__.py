"""Dialogs of the desktop application (settings, first run, reviews and lifecycle)."""
