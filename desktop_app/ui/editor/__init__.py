"""The entry editor: one dialog per entry, its field widgets, findings and history."""
