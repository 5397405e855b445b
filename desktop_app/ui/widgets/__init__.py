"""Reusable painted widgets (the timeline)."""
