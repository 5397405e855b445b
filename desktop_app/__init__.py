"""Avtalsregister: a city's register of international agreements (see DOMAIN.md)."""

# The version as a constant: importlib.metadata costs ~45 ms at every start
# (issue 19). tests/test_version.py keeps it equal to pyproject.toml's.
__version__ = "0.1.0"

APP_NAME = "Avtalsregister"
ORG_NAME = "Avtalsregister"
