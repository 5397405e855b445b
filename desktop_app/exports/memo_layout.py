"""Page furniture for the memo PDFs: the canvas that numbers pages per memo
and draws each page's head, and the bookmarks.

A batch is one PDF of several "groups" (the cover list, then one memo
each); every group counts its own pages, "Sida 2 (3)". The page totals are
only known when the whole document is laid out, so the canvas keeps each
page's state and draws the headers, footers, bookmarks and the cover's page
references at ``save()`` (the NumberedCanvas recipe), in one layout pass.
"""

from __future__ import annotations

from bisect import bisect_right
from collections.abc import Callable
from dataclasses import dataclass, field

from reportlab.lib import colors
from reportlab.lib.pagesizes import A4
from reportlab.lib.units import mm
from reportlab.pdfgen.canvas import Canvas
from reportlab.platypus import Flowable

from .pdf_fonts import BOLD, REGULAR

PAGE_WIDTH, PAGE_HEIGHT = A4
LEFT = 25 * mm
RIGHT = 20 * mm
TOP = 30 * mm  # frame top below the header band
BOTTOM = 22 * mm
CONTENT_WIDTH = PAGE_WIDTH - LEFT - RIGHT

INK = colors.HexColor("#1A1A1A")
MUTED = colors.HexColor("#5F6368")
RULE = colors.HexColor("#B8BEC6")
ACCENT = colors.HexColor("#1F3A5F")
WARN = colors.HexColor("#9A3412")


@dataclass
class Group:
    """One numbered unit of the document: the cover list or one memo."""

    bookmark: str
    header_left: str  # organisation
    header_sub: str  # office / administration
    header_right: str  # "Dnr KS 2009/0412"
    footer: str
    page_label: Callable[[int, int], str]  # (page in group, pages in group) -> "Sida 1 (2)"
    start_page: int = 0  # set while laying out
    header_dept: str = ""  # department under the administration ("Stab")
    doc_type: str = ""  # "Tjänsteutlåtande", over the Dnr


@dataclass
class Layout:
    """What the flowables record during layout and the canvas uses at save time."""

    groups: list[Group] = field(default_factory=list)
    page_refs: dict[int, list[tuple[float, float, int, float]]] = field(default_factory=dict)
    on_group: Callable[[int], None] | None = None  # progress: groups laid out so far

    _total: int = 0
    _starts: list[int] = field(default_factory=list)  # start page per placed group
    _placed: list[int] = field(default_factory=list)  # their indexes

    def finish(self, total: int) -> None:
        """Freeze the page map once layout is done (called by the canvas at save)."""
        self._total = total
        placed = [(g.start_page, i) for i, g in enumerate(self.groups) if g.start_page]
        self._starts = [p for p, _ in placed]
        self._placed = [i for _, i in placed]

    def group_of(self, page: int) -> tuple[int, Group, int, int]:
        """(index, group, page within group, pages in group) of an absolute page."""
        at = max(0, bisect_right(self._starts, page) - 1)
        index = self._placed[at] if self._placed else 0
        group = self.groups[index]
        end = self._starts[at + 1] - 1 if at + 1 < len(self._starts) else self._total
        return index, group, page - group.start_page + 1, end - group.start_page + 1


class GroupStart(Flowable):
    """Zero-size marker at the top of a group's first page."""

    def __init__(self, layout: Layout, index: int) -> None:
        super().__init__()
        self.layout, self.index = layout, index
        self.width = self.height = 0

    def wrap(self, avail_width: float, avail_height: float) -> tuple[float, float]:
        return 0, 0

    def draw(self) -> None:
        self.layout.groups[self.index].start_page = self.canv.getPageNumber()
        if self.layout.on_group:
            self.layout.on_group(self.index)


class PageRef(Flowable):
    """A cover-list cell that shows the page a group starts on (filled at save)."""

    def __init__(
        self, layout: Layout, group_index: int, width: float, size: float, leading: float
    ) -> None:
        super().__init__()
        self.layout, self.group_index, self.size = layout, group_index, size
        self.width, self.height = width, leading

    def wrap(self, avail_width: float, avail_height: float) -> tuple[float, float]:
        return self.width, self.height

    def draw(self) -> None:
        # On the baseline of the row's paragraphs (reportlab: top minus font size).
        x, y = self.canv.absolutePosition(self.width, self.height - self.size)
        page = self.canv.getPageNumber()
        self.layout.page_refs.setdefault(page, []).append((x, y, self.group_index, self.size))


def _decorate(canvas: Canvas, layout: Layout, page: int) -> None:
    """Header band, footer and page number of one page; bookmarks; cover page numbers."""
    index, group, number, pages = layout.group_of(page)
    c = canvas
    c.saveState()
    top = PAGE_HEIGHT - 14 * mm
    # The tjänsteutlåtande's head on every page, as in the source: who writes on
    # the left; the document, its Dnr and "Sida x (y)" on the right.
    c.setFillColor(ACCENT)
    c.setFont(BOLD, 10)
    c.drawString(LEFT, top, group.header_left)
    c.setFillColor(INK)
    c.setFont(REGULAR, 9)
    if group.header_sub:
        c.drawString(LEFT, top - 11, group.header_sub)
    c.setFillColor(MUTED)
    c.setFont(REGULAR, 8)
    if group.header_dept:
        c.drawString(LEFT, top - 21, group.header_dept)
    right = PAGE_WIDTH - RIGHT
    lines = [
        (BOLD, 10, group.doc_type),
        (REGULAR, 8.5, group.header_right),
        (REGULAR, 8.5, group.page_label(number, pages)),
    ]
    y = top
    c.setFillColor(INK)
    for font, size, text in lines:
        if text:
            c.setFont(font, size)
            c.drawRightString(right, y, text)
            y -= 11
    c.setStrokeColor(RULE)
    c.setLineWidth(0.6)
    c.line(LEFT, top - 27, right, top - 27)
    c.line(LEFT, 15 * mm, right, 15 * mm)
    c.setFillColor(MUTED)
    c.setFont(REGULAR, 7)
    c.drawString(LEFT, 15 * mm - 10, group.footer)
    c.restoreState()
    if number == 1:
        key = f"g{index}"
        c.bookmarkPage(key, fit="XYZ", top=PAGE_HEIGHT, left=0, zoom=0)
        c.addOutlineEntry(group.bookmark, key, level=0)
    refs = layout.page_refs.get(page)
    if refs:
        c.saveState()
        c.setFillColor(INK)
        for x, y, target, size in refs:
            c.setFont(REGULAR, size)
            c.drawRightString(x, y, str(layout.groups[target].start_page))
        c.restoreState()


def canvas_class(layout: Layout) -> type[Canvas]:
    """A canvas that defers each page's furniture until the totals are known."""

    class MemoCanvas(Canvas):
        def __init__(self, *args, **kwargs) -> None:
            super().__init__(*args, **kwargs)
            self._saved_pages: list[dict] = []

        def showPage(self) -> None:  # noqa: N802 - reportlab's name
            self._saved_pages.append(dict(self.__dict__))
            self._startPage()

        def save(self) -> None:
            layout.finish(len(self._saved_pages))
            for page, state in enumerate(self._saved_pages, start=1):
                self.__dict__.update(state)
                _decorate(self, layout, page)
                Canvas.showPage(self)
            self.showOutline()
            Canvas.save(self)

    return MemoCanvas
