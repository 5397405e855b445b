"""Formula cells of .ods and .xls files, by cell: where, and the formula as far as it can be read.

The fast reader (calamine) gives a cell's last computed value, never its formula.
For .xlsx the safety scan sees the formulas on its way (``reading._check_zip``);
this module does the same for the two other formats, so the import can say,
cell by cell, which values a formula computed:

* ``.ods``: ``content.xml`` streamed (``table:formula`` attributes; rows and
  cells repeated by ``number-*-repeated`` counted), only up to the end of the
  sheet read;
* ``.xls``: the ``Workbook`` stream of the compound file (its sectors followed
  through the allocation table, every chain bounded), the sheet's ``FORMULA``
  records, and their parsed tokens turned back into text for the common
  operators, references and functions. A formula using anything else is listed
  with an empty text and ``readable=False``: the cell is named, and the summary
  says its formula cannot be shown, rather than saying nothing.

Runs in the reader's child process (memory and time limits); anything
malformed ends the listing with ``FormulaListing.complete = False``, never the
import.
"""

from __future__ import annotations

import re
import struct
import zipfile
from dataclasses import dataclass, field
from pathlib import Path

MAX_FORMULA_CELLS = 500  # as many as the .xlsx scan lists (``reading``)


@dataclass(frozen=True)
class Formula:
    cell: str  # "L6"
    text: str  # without "="; empty when not readable
    readable: bool = True


@dataclass
class FormulaListing:
    cells: list[Formula] = field(default_factory=list)
    complete: bool = True  # False: the file's formulas could not all be read


def column_letters(number: int) -> str:
    """1 -> "A", 28 -> "AB"."""
    letters = ""
    while number > 0:
        number, rest = divmod(number - 1, 26)
        letters = chr(65 + rest) + letters
    return letters or "A"


class _Malformed(Exception):
    pass


def formula_cells(path: Path, sheet: str) -> FormulaListing | None:
    """The formula cells of ``sheet`` in an .ods or .xls file; None for other formats."""
    with path.open("rb") as fh:
        magic = fh.read(8)
    try:
        if magic.startswith(b"\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1"):
            return _xls(path, sheet)
        if magic.startswith(b"PK"):
            with zipfile.ZipFile(path) as archive:
                if "content.xml" not in archive.namelist():
                    return None
                return _ods(archive, sheet)
    except Exception:  # noqa: BLE001 - malformed in any way (zlib, XML, sectors): not listed
        return FormulaListing(complete=False)
    return None


# ---------------------------------------------------------------- .ods

_OF_REF = re.compile(
    r"\[\$?'?[^\]\[]*?'?\.(\$?[A-Z]+\$?[0-9]+)(?::\$?'?[^\]\[]*?'?\.(\$?[A-Z]+\$?[0-9]+))?\]"
)
_T = "{urn:oasis:names:tc:opendocument:xmlns:table:1.0}"


def _ods_formula(text: str) -> str:
    """``of:=HYPERLINK([.A1];"x")`` as the spreadsheet shows it: ``HYPERLINK(A1;"x")``."""
    text = re.sub(r"^(?:of|oooc|msoxl):", "", text).lstrip("=")
    return _OF_REF.sub(lambda m: m[1] + (f":{m[2]}" if m[2] else ""), text)


def _ods(archive: zipfile.ZipFile, sheet: str) -> FormulaListing:
    import xml.etree.ElementTree as ET

    listing = FormulaListing()
    table, row, col = None, 0, 0
    with archive.open("content.xml") as stream:
        for event, elem in ET.iterparse(stream, events=("start", "end")):
            tag = elem.tag
            if tag == f"{_T}table":
                if event == "start":
                    table, row = elem.get(f"{_T}name", ""), 0
                elif table == sheet:
                    break  # the sheet read is done
                else:
                    elem.clear()
                continue
            if table != sheet:
                if event == "end" and tag == f"{_T}table-row":
                    elem.clear()
                continue
            if tag == f"{_T}table-row":
                if event == "start":
                    col = 0
                else:
                    row += int(elem.get(f"{_T}number-rows-repeated", "1") or 1)
                    elem.clear()
            elif tag in (f"{_T}table-cell", f"{_T}covered-table-cell"):
                if event == "start":
                    formula = elem.get(f"{_T}formula")
                    if formula is not None and len(listing.cells) < MAX_FORMULA_CELLS:
                        ref = f"{column_letters(col + 1)}{row + 1}"
                        listing.cells.append(Formula(ref, _ods_formula(formula)))
                else:
                    col += int(elem.get(f"{_T}number-columns-repeated", "1") or 1)
    return listing


# ---------------------------------------------------------------- .xls (BIFF8 in a compound file)

_END = 0xFFFFFFFE
_FREE = 0xFFFFFFFF
_MAX_SECTORS = 1 << 20  # a 50 MB file has at most 100,000 sectors of 512 bytes


class _Compound:
    """Just enough of a compound file to read one stream, every chain bounded."""

    def __init__(self, data: bytes) -> None:
        if len(data) < 512 or data[:8] != b"\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1":
            raise _Malformed
        self.data = data
        self.size = 1 << struct.unpack_from("<H", data, 0x1E)[0]
        self.mini_size = 1 << struct.unpack_from("<H", data, 0x20)[0]
        if self.size not in (512, 4096) or self.mini_size != 64:
            raise _Malformed
        n_fat, first_dir = struct.unpack_from("<II", data, 0x2C)
        self.cutoff, first_minifat, _n_minifat, first_difat, n_difat = struct.unpack_from(
            "<IIIII", data, 0x38
        )
        fat_sectors = [s for s in struct.unpack_from("<109I", data, 0x4C) if s < _END]
        seen = set()
        sector = first_difat
        for _ in range(min(n_difat, _MAX_SECTORS)):
            if sector >= _END or sector in seen:
                break
            seen.add(sector)
            block = self._sector(sector)
            count = self.size // 4 - 1
            fat_sectors += [s for s in struct.unpack_from(f"<{count}I", block) if s < _END]
            sector = struct.unpack_from("<I", block, count * 4)[0]
        fat_sectors = fat_sectors[: max(n_fat, 0) or len(fat_sectors)]
        fat = b"".join(self._sector(s) for s in fat_sectors)
        self.fat = struct.unpack(f"<{len(fat) // 4}I", fat)
        self.directory = self._chain(first_dir)
        root = self._entry(0)
        self.mini_stream = self._chain(root[1])[: root[2]] if root[1] < _END else b""
        minifat = self._chain(first_minifat) if first_minifat < _END else b""
        self.minifat = struct.unpack(f"<{len(minifat) // 4}I", minifat)

    def _sector(self, n: int) -> bytes:
        start = (n + 1) * self.size
        if start + self.size > len(self.data):
            raise _Malformed
        return self.data[start : start + self.size]

    def _mini_sector(self, n: int) -> bytes:
        return self.mini_stream[n * self.mini_size : (n + 1) * self.mini_size]

    def _chain(self, start: int, table=None, size=None, read=None) -> bytes:
        table = self.fat if table is None else table
        read = read or self._sector
        parts, seen, sector = [], set(), start
        while sector < _END:
            if sector in seen or sector >= len(table) or len(seen) > _MAX_SECTORS:
                raise _Malformed
            seen.add(sector)
            parts.append(read(sector))
            sector = table[sector]
        return b"".join(parts)

    def _entry(self, index: int) -> tuple[str, int, int, int]:
        """(name, start sector, size, type) of a directory entry."""
        offset = index * 128
        if offset + 128 > len(self.directory):
            raise _Malformed
        raw = self.directory[offset : offset + 128]
        length = min(struct.unpack_from("<H", raw, 0x40)[0], 64)
        name = raw[: max(length - 2, 0)].decode("utf-16-le", "replace")
        kind = raw[0x42]
        start, size = struct.unpack_from("<II", raw, 0x74)
        return name, start, size, kind

    def stream(self, wanted: str) -> bytes:
        for index in range(len(self.directory) // 128):
            name, start, size, kind = self._entry(index)
            if kind == 2 and name.casefold() == wanted.casefold():
                if size < self.cutoff:
                    return self._chain(start, self.minifat, read=self._mini_sector)[:size]
                return self._chain(start)[:size]
        raise _Malformed


def _xls(path: Path, sheet: str) -> FormulaListing:
    book = _Compound(path.read_bytes()).stream("Workbook")
    offset = None
    for rtype, data, _ in _records(book, 0):
        if rtype == 0x0085 and len(data) >= 8:  # BOUNDSHEET8
            position = struct.unpack_from("<I", data, 0)[0]
            if _short_string(data, 6)[0] == sheet:
                offset = position
                break
        elif rtype == 0x000A:  # the workbook globals end
            break
    listing = FormulaListing()
    if offset is None:  # the sheet read is not where the workbook says: say so
        return FormulaListing(complete=False)
    for rtype, data, _ in _records(book, offset):
        if rtype == 0x000A:  # EOF of the sheet
            break
        if rtype != 0x0006 or len(data) < 22:  # FORMULA
            continue
        if len(listing.cells) >= MAX_FORMULA_CELLS:
            break
        row, col = struct.unpack_from("<HH", data, 0)
        size = struct.unpack_from("<H", data, 20)[0]
        text = _decode(data[22 : 22 + size])
        ref = f"{column_letters(col + 1)}{row + 1}"
        listing.cells.append(Formula(ref, text or "", readable=text is not None))
    return listing


def _records(stream: bytes, offset: int):
    """(type, data, offset) of the BIFF records from ``offset``; bounded by the stream."""
    while offset + 4 <= len(stream):
        rtype, size = struct.unpack_from("<HH", stream, offset)
        yield rtype, stream[offset + 4 : offset + 4 + size], offset
        offset += 4 + size


def _short_string(data: bytes, at: int) -> tuple[str, int]:
    count, high = data[at], data[at + 1] & 1
    raw = data[at + 2 : at + 2 + count * (2 if high else 1)]
    text = raw.decode("utf-16-le" if high else "latin-1", "replace")
    return text, at + 2 + len(raw)


# name and fixed argument count (ptgFunc) of the functions a register uses
_FUNCTIONS: dict[int, tuple[str, int]] = {
    0: ("COUNT", -1), 1: ("IF", -1), 4: ("SUM", -1), 5: ("AVERAGE", -1), 6: ("MIN", -1),
    7: ("MAX", -1), 15: ("SIN", 1), 24: ("ABS", 1), 25: ("INT", 1), 27: ("ROUND", 2),
    31: ("MID", 3), 32: ("LEN", 1), 33: ("VALUE", 1), 36: ("AND", -1), 37: ("OR", -1),
    38: ("NOT", 1), 48: ("TEXT", 2), 65: ("DATE", 3), 66: ("TIME", 3), 67: ("DAY", 1),
    68: ("MONTH", 1), 69: ("YEAR", 1), 74: ("NOW", 0), 102: ("VLOOKUP", -1),
    112: ("LOWER", 1), 113: ("UPPER", 1), 115: ("LEFT", -1), 116: ("RIGHT", -1),
    118: ("TRIM", 1), 119: ("REPLACE", 4), 120: ("SUBSTITUTE", -1), 124: ("FIND", -1),
    169: ("COUNTA", -1), 221: ("TODAY", 0), 336: ("CONCATENATE", -1), 345: ("SUMIF", -1),
    346: ("COUNTIF", -1), 359: ("HYPERLINK", -1), 212: ("ROUNDUP", 2), 213: ("ROUNDDOWN", 2),
}  # fmt: skip
_BINARY = {0x03: "+", 0x04: "-", 0x05: "*", 0x06: "/", 0x07: "^", 0x08: "&", 0x09: "<",
           0x0A: "<=", 0x0B: "=", 0x0C: ">=", 0x0D: ">", 0x0E: "<>"}  # fmt: skip
_ERRORS = {0x00: "#NULL!", 0x07: "#DIV/0!", 0x0F: "#VALUE!", 0x17: "#REF!", 0x1D: "#NAME?",
           0x24: "#NUM!", 0x2A: "#N/A"}  # fmt: skip


def _ref(row: int, col: int) -> str:
    col_abs = "" if col & 0x4000 else "$"
    row_abs = "" if col & 0x8000 else "$"
    return f"{col_abs}{column_letters((col & 0xFF) + 1)}{row_abs}{row + 1}"


def _decode(rgce: bytes) -> str | None:
    """A BIFF8 formula's tokens as text (without "="); None when a token is not known."""
    stack: list[str] = []
    at = 0
    try:
        while at < len(rgce):
            ptg = rgce[at]
            at += 1
            base = ptg & 0x1F | 0x20 if ptg >= 0x20 else ptg  # the token without its class
            if ptg in _BINARY:
                right, left = stack.pop(), stack.pop()
                stack.append(f"{left}{_BINARY[ptg]}{right}")
            elif ptg == 0x12:
                stack.append("+" + stack.pop())
            elif ptg == 0x13:
                stack.append("-" + stack.pop())
            elif ptg == 0x14:
                stack.append(stack.pop() + "%")
            elif ptg == 0x15:
                stack.append(f"({stack.pop()})")
            elif ptg == 0x16:
                stack.append("")
            elif ptg == 0x17:
                text, at = _short_string(rgce, at)
                stack.append('"' + text.replace('"', '""') + '"')
            elif ptg == 0x19:  # tAttr: spaces, IF/CHOOSE jumps, a one-argument SUM
                kind = rgce[at]
                if kind & 0x04:  # tAttrChoose: a jump table follows
                    count = struct.unpack_from("<H", rgce, at + 1)[0]
                    at += 3 + 2 * (count + 1)
                    continue
                if kind & 0x10:  # tAttrSum
                    stack.append(f"SUM({stack.pop()})")
                at += 3
            elif ptg == 0x1C:
                stack.append(_ERRORS.get(rgce[at], "#ERR"))
                at += 1
            elif ptg == 0x1D:
                stack.append("TRUE" if rgce[at] else "FALSE")
                at += 1
            elif ptg == 0x1E:
                stack.append(str(struct.unpack_from("<H", rgce, at)[0]))
                at += 2
            elif ptg == 0x1F:
                value = struct.unpack_from("<d", rgce, at)[0]
                stack.append(str(int(value)) if value.is_integer() else repr(value))
                at += 8
            elif base == 0x24:  # ptgRef
                row, col = struct.unpack_from("<HH", rgce, at)
                stack.append(_ref(row, col))
                at += 4
            elif base == 0x25:  # ptgArea
                r1, r2, c1, c2 = struct.unpack_from("<HHHH", rgce, at)
                stack.append(f"{_ref(r1, c1)}:{_ref(r2, c2)}")
                at += 8
            elif base == 0x21:  # ptgFunc: a fixed number of arguments
                index = struct.unpack_from("<H", rgce, at)[0]
                at += 2
                name, count = _FUNCTIONS[index]
                if count < 0:
                    return None
                args = [stack.pop() for _ in range(count)][::-1]
                stack.append(f"{name}({','.join(args)})")
            elif base == 0x22:  # ptgFuncVar
                count, index = rgce[at], struct.unpack_from("<H", rgce, at + 1)[0] & 0x7FFF
                at += 3
                name = _FUNCTIONS[index][0]
                args = [stack.pop() for _ in range(count)][::-1]
                stack.append(f"{name}({','.join(args)})")
            else:  # shared formulas (ptgExp), names, 3-D and other references
                return None
    except (KeyError, IndexError, struct.error):
        return None
    return stack[0] if len(stack) == 1 else None
