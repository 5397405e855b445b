"""The one way long work says "the user cancelled": ``Cancelled``.

It sits at the bottom of the package (the domain imports nothing) so that
every layer can raise and catch the same class: an export or a memo batch
checks its ``cancelled()`` callback and raises it, the import raises it
between chunks (its transaction rolls back), and the window's background
runner (``ui.runner``) reports it as a cancellation, not an error.
"""

from __future__ import annotations


class Cancelled(Exception):  # noqa: N818 - the name says what happened, as in asyncio
    """The user pressed Cancel; whatever was half done has been undone."""
