"""Avtalsregister: a city's register of international agreements (see DOMAIN.md)."""

from importlib.metadata import PackageNotFoundError, version

try:
    __version__ = version("avtalsregister")
except PackageNotFoundError:  # running from a source checkout without install
    __version__ = "0.0.0+source"

APP_NAME = "Avtalsregister"
ORG_NAME = "Avtalsregister"
