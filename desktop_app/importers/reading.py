"""Reading a spreadsheet safely: .xlsx, .xls and .ods through python-calamine.

Files come from other offices and from the internet, so reading is bounded
before the fast reader sees them: the file size, the zip's declared sizes and
compression ratios (zip bombs), DOCTYPE/ENTITY declarations in the XML parts
(billion laughs; a register never needs them), the number of rows kept and
the length of a cell, and the rectangle calamine would allocate (the farthest
filled cell, however its reference is written: quoted either way, among other
attributes, or missing so that the cell follows the one before it; in any part
that is a worksheet, whatever its name). All of it in one pass over the parts.

calamine itself runs in a child process with a memory and a time limit
(``read_limited``): what the checks cannot foresee (an ``.xls`` whose 5 KB ask
for a gigabyte, an abort inside the reader) becomes a refusal, and the program
that asked, the window included, lives on.

Every refusal is an ``ImportRefused`` with a message in Swedish and English
that says what is wrong with the file.
"""

from __future__ import annotations

import contextlib
import os
import re
import zipfile
import zlib
from dataclasses import dataclass, field
from pathlib import Path

from desktop_app.store.errors import StoreError

from .formulas import column_letters as _column_letters

MAX_FILE_BYTES = 50 * 1024 * 1024
MAX_UNCOMPRESSED_BYTES = 400 * 1024 * 1024  # all parts together
MAX_RATIO = 200  # per part, once the part is larger than RATIO_FLOOR
RATIO_FLOOR = 20 * 1024 * 1024
MAX_ROWS = 200_000  # non-empty rows kept
MAX_COLUMNS = 200
# The child process that runs calamine (``read_limited``): its whole address space
# and its time. A legitimate 50 MB register reads in well under both. The time is the
# parent's wall clock (it kills the child); the memory limit is the child's own
# (``memory_limit``: RLIMIT_AS, on Windows a job object). Both hold on every platform.
MAX_READ_MEMORY = int(os.environ.get("AVTALSREGISTER_IMPORT_MEMORY_MB", "1024")) * 2**20
MAX_READ_SECONDS = float(os.environ.get("AVTALSREGISTER_IMPORT_SECONDS", "120"))
# calamine allocates the whole rectangle up to the farthest filled cell (32
# bytes a cell): one value typed at XFD1048576 asks for 512 GB and aborts the
# program (found by tests/reliability/test_import_fuzz.py). Refuse it first.
MAX_CELL_AREA = 10_000_000
# The reader walks the sheets until one has rows: sheets that each stay under the area
# above but hold nothing cost seconds apiece (a 13 KB file of 40 such sheets, half a
# minute). All sheets together: three full-size ones.
MAX_TOTAL_CELL_AREA = 30_000_000
# A cell with its reference, quoted either way ("A1" or 'A1'), among other attributes.
_FILLED_CELL = re.compile(rb"<c\s[^<>]*?\br=[\"']([A-Z]{1,10})([0-9]{1,20})[\"'][^<>]*?(/?)>")
# A cell without a reference: calamine places it after the one before it in its row.
_CELL_NO_REF = re.compile(rb"<c(?:/?>|\s(?![^<>]*\br=)[^<>]*>)")
_ROW_OR_CELL = re.compile(rb"<row\b([^<>]*)>|<c(?:\s([^<>]*?))?(/?)>")
_ROW_NUMBER = re.compile(rb"\br=[\"']([0-9]{1,20})[\"']")
_CELL_REF = re.compile(rb"\br=[\"']([A-Z]{1,10})([0-9]{1,20})[\"']")
_SCAN_CHUNK = 1 << 20
_TAIL = 4096  # bytes of the previous chunk kept, so a cell cut by a chunk is seen whole
_XML_SUFFIXES = (".xml", ".rels", ".vml")
_BAD_MARKERS = (b"<!DOCTYPE", b"<!ENTITY", b"<!doctype", b"<!entity")


MAX_FORMULA_CELLS = 500  # listed by cell; a sheet full of formulas is summarised
_FORMULA_CELL = re.compile(
    rb"<c\s[^<>]*?\br=[\"']([A-Z]{1,10})([0-9]{1,20})[\"'][^<>]*>\s*(?:<v>[^<]*</v>\s*)?"
    rb"<f(?:\s[^<>]*)?(?:/>|>([^<]*)</f>)"
)
_SHEET_ENTRY = re.compile(rb"<sheet\s[^>]*?name=\"([^\"]*)\"[^>]*?r:id=\"([^\"]*)\"")
_REL_ENTRY = re.compile(rb"<Relationship\s[^>]*?Id=\"([^\"]*)\"[^>]*?Target=\"([^\"]*)\"")


class ImportRefused(StoreError):
    """The file cannot be read as a register; nothing was imported."""


@dataclass(frozen=True)
class FormulaCell:
    """A cell whose value the file computes: where, the formula, the value imported."""

    sheet: str
    cell: str  # "M8"
    formula: str  # without the leading "="; empty for a shared formula's copies
    value: str = ""
    readable: bool = True  # False: the file has a formula here that cannot be shown

    @property
    def row(self) -> int:
        return int(re.sub(r"[A-Z]", "", self.cell) or 0)

    @property
    def column(self) -> int:
        """0-based."""
        return _column_number(re.sub(r"[0-9]", "", self.cell).encode()) - 1

    def with_value(self, value: str) -> FormulaCell:
        return FormulaCell(self.sheet, self.cell, self.formula, value, self.readable)


@dataclass
class SheetData:
    """The non-empty rows of one sheet, with their 1-based row numbers."""

    name: str
    sheet_names: list[str]
    rows: list[tuple[int, list]] = field(default_factory=list)
    truncated: bool = False
    has_formulas: bool = False
    merged: list[tuple[int, int, int, int]] = field(default_factory=list)
    formula_cells: list[FormulaCell] = field(default_factory=list)
    formulas_listed: bool = True  # False: the file's formulas could not be listed by cell


def _refuse(sv: str, en: str) -> ImportRefused:
    return ImportRefused(sv, en)


@dataclass
class _Scan:
    """What the one pass over the file's parts learns besides refusing it."""

    formulas: bool = False
    area: int = 0  # cells the reader would walk, all sheets together
    formula_cells: dict[tuple[str, str], FormulaCell] = field(default_factory=dict)
    sheet_parts: dict[str, str] = field(default_factory=dict)  # part name -> sheet name

    def cells(self) -> list[FormulaCell]:
        return [
            FormulaCell(self.sheet_parts.get(part, ""), c.cell, c.formula)
            for (part, _), c in self.formula_cells.items()
        ]


def _collect_formulas(window: bytes, part: str, scan: _Scan) -> None:
    if len(scan.formula_cells) >= MAX_FORMULA_CELLS:
        return
    for col, row, formula in _FORMULA_CELL.findall(window):
        ref = (col + row).decode()
        text = formula.decode("utf-8", "replace")
        text = text.replace("&amp;", "&").replace("&quot;", '"').replace("&lt;", "<")
        scan.formula_cells.setdefault((part, ref), FormulaCell("", ref, text.replace("&gt;", ">")))


def _sheet_names(archive: zipfile.ZipFile) -> dict[str, str]:
    """xl/worksheets/sheetN.xml -> the sheet's name (workbook.xml and its rels; small)."""
    try:
        workbook = archive.read("xl/workbook.xml")[:1_000_000]
        rels = archive.read("xl/_rels/workbook.xml.rels")[:1_000_000]
    except (
        KeyError,
        OSError,
        EOFError,
        ValueError,
        zipfile.BadZipFile,
        zlib.error,
        NotImplementedError,  # a zip version or compression method zipfile does not know
        RuntimeError,
    ):
        return {}  # names unknown: the formula cells are listed by their parts
    targets = {
        rid.decode("utf-8", "replace"): target.decode("utf-8", "replace")
        for rid, target in _REL_ENTRY.findall(rels)
    }
    result = {}
    for name, rid in _SHEET_ENTRY.findall(workbook):
        target = targets.get(rid.decode("utf-8", "replace"), "")
        part = target.lstrip("/") if target.startswith("/") else f"xl/{target}"
        result[part] = name.decode("utf-8", "replace").replace("&amp;", "&")
    return result


def _check_zip(path: Path) -> _Scan:
    """Zip-level checks; returns what the scan saw of formulas."""
    try:
        archive = zipfile.ZipFile(path)
    except (
        zipfile.BadZipFile,
        NotImplementedError,  # a part needs a zip version zipfile does not know
        EOFError,
        ValueError,
    ) as exc:
        raise _refuse(
            f"Filen {path.name} är skadad eller inte ett kalkylark (zip-arkivet går inte att "
            "läsa). Spara om den i Excel eller LibreOffice och försök igen.",
            f"The file {path.name} is damaged or not a spreadsheet (the zip archive cannot be "
            "read). Save it again in Excel or LibreOffice and try again.",
        ) from exc
    scan = _Scan()
    with archive:
        infos = archive.infolist()
        total = sum(i.file_size for i in infos)
        if total > MAX_UNCOMPRESSED_BYTES or len(infos) > 10_000:
            raise _refuse(
                f"Filen {path.name} packas upp till {total // 2**20} MB; gränsen är "
                f"{MAX_UNCOMPRESSED_BYTES // 2**20} MB. Dela upp registret eller ta bort "
                "tomma rader och kolumner.",
                f"The file {path.name} unpacks to {total // 2**20} MB; the limit is "
                f"{MAX_UNCOMPRESSED_BYTES // 2**20} MB. Split the register or remove empty "
                "rows and columns.",
            )
        for info in infos:
            if info.file_size > RATIO_FLOOR and info.file_size > MAX_RATIO * max(
                1, info.compress_size
            ):
                raise _refuse(
                    f"Filen {path.name} ser ut som en så kallad zip-bomb (delen {info.filename} "
                    "packas upp mer än 200 gånger). Den läses inte.",
                    f"The file {path.name} looks like a zip bomb (the part {info.filename} "
                    "unpacks more than 200 times). It is not read.",
                )
        for info in infos:
            try:
                with archive.open(info) as part:
                    tail = b""
                    read = 0
                    extent = [0, 0]  # farthest filled column and row
                    place = [0, 0]  # the row and column reached, for cells without a reference
                    sheet_part = "worksheets/" in info.filename
                    xml_part = info.filename.lower().endswith(_XML_SUFFIXES)
                    while True:
                        chunk = part.read(_SCAN_CHUNK)
                        if not chunk:
                            break
                        read += len(chunk)
                        if read > info.file_size + _SCAN_CHUNK:
                            raise _refuse(
                                f"Filen {path.name} är större än den uppger. Den läses inte.",
                                f"The file {path.name} is larger than it declares. Not read.",
                            )
                        if read == len(chunk):  # the first chunk says what the part is
                            head = chunk[:512].lstrip(b"\xef\xbb\xbf \t\r\n")
                            xml_part = xml_part or head.startswith(b"<")
                            # a worksheet under any name: calamine follows the rels
                            sheet_part = sheet_part or (xml_part and b"<worksheet" in chunk)
                        if not xml_part:
                            break  # an image or a binary part: nothing for the XML checks
                        window = tail + chunk
                        if any(m in window for m in _BAD_MARKERS):
                            raise _refuse(
                                f"Filen {path.name} innehåller XML-deklarationer (DOCTYPE/"
                                "ENTITY) som ett kalkylark inte behöver och som kan användas "
                                "för att överbelasta datorn. Spara om den i Excel och försök "
                                "igen.",
                                f"The file {path.name} contains XML declarations (DOCTYPE/"
                                "ENTITY) that a spreadsheet does not need and that can be used "
                                "to overload the computer. Save it again in Excel and retry.",
                            )
                        if sheet_part:
                            _check_extent(window, extent, path)
                            if _has_unreferenced(chunk):
                                _check_unreferenced(chunk, extent, place, path)
                            if b"<f" in window:
                                _collect_formulas(window, info.filename, scan)
                        if not scan.formulas and (
                            "sheet" in info.filename.lower() or info.filename == "content.xml"
                        ):
                            scan.formulas = (
                                b"<f>" in window
                                or b"<f " in window
                                or (b"table:formula=" in window)
                            )
                        tail = chunk[-_TAIL:]
                    if sheet_part:
                        scan.area += extent[0] * extent[1]
                        if scan.area > MAX_TOTAL_CELL_AREA:
                            _too_many_cells(path)
            except (
                zipfile.BadZipFile,
                EOFError,
                OSError,
                ValueError,
                zlib.error,
                NotImplementedError,  # a compression method zipfile does not know
                RuntimeError,  # an encrypted part
            ) as exc:
                if isinstance(exc, ImportRefused):
                    raise
                raise _refuse(
                    f"Filen {path.name} är skadad (delen {info.filename} går inte att packa "
                    "upp). Spara om den och försök igen.",
                    f"The file {path.name} is damaged (the part {info.filename} cannot be "
                    "unpacked). Save it again and retry.",
                ) from exc
        if scan.formula_cells:
            scan.sheet_parts = _sheet_names(archive)
    return scan


def _column_number(letters: bytes) -> int:
    number = 0
    for letter in letters:
        number = number * 26 + letter - 64
    return number


def _check_extent(window: bytes, extent: list[int], path: Path) -> None:
    """Track the farthest filled column and row of a sheet (``extent``) and
    refuse the sheet once the rectangle they span exceeds MAX_CELL_AREA.

    Runs over every cell of the file, so the per-cell work stays in C
    (``findall``, ``map(int, ...)``); the column letters of a register are a
    handful of distinct values.
    """
    found = [(c, r) for c, r, empty in _FILLED_CELL.findall(window) if not empty]
    if not found:
        return
    columns = {c for c, _ in found}
    extent[0] = max(extent[0], max(map(_column_number, columns)))
    extent[1] = max(extent[1], max(map(int, (r for _, r in found))))
    if extent[0] * extent[1] > MAX_CELL_AREA:
        far = max(found, key=lambda cr: _column_number(cr[0]) * int(cr[1]))
        _too_far(path, (far[0] + far[1]).decode())


def _has_unreferenced(chunk: bytes) -> bool:
    """Whether any cell lacks ``r``: counted in C first (Excel writes ``<c r=`` always)."""
    cells = chunk.count(b"<c ") + chunk.count(b"<c>") + chunk.count(b"<c/>")
    if cells <= chunk.count(b'<c r="') + chunk.count(b"<c r='"):
        return False
    return _CELL_NO_REF.search(chunk) is not None


def _check_unreferenced(chunk: bytes, extent: list[int], place: list[int], path: Path) -> None:
    """Cells without an ``r`` attribute, placed as calamine places them: in the row of
    their ``<row>`` (its ``r``, else the next), after the cell before them. Only
    files that have such cells pay for this walk (Excel always writes ``r``)."""
    for match in _ROW_OR_CELL.finditer(chunk):
        if match.group(0).startswith(b"<row"):
            number = _ROW_NUMBER.search(match.group(1) or b"")
            place[0] = int(number[1]) if number else place[0] + 1
            place[1] = 0
            continue
        ref = _CELL_REF.search(match.group(2) or b"")
        place[1] = _column_number(ref[1]) if ref else place[1] + 1
        if ref or match.group(3):
            continue  # referenced cells are _check_extent's; an empty <c/> fills nothing
        extent[0] = max(extent[0], place[1])
        extent[1] = max(extent[1], place[0] or 1)
        if extent[0] * extent[1] > MAX_CELL_AREA:
            _too_far(path, f"{_column_letters(place[1])}{place[0]}")


def _too_far(path: Path, cell: str) -> None:
    raise _refuse(
        f"Filen {path.name} har ifyllda celler långt ut i bladet (till exempel "
        f"{cell}). Ta bort innehållet i rader och kolumner utanför registret, spara "
        "och försök igen.",
        f"The file {path.name} has filled cells far out in the sheet ({cell}, for "
        "example). Clear the rows and columns outside the register, save and try "
        "again.",
    )


def _too_many_cells(path: Path) -> None:
    millions = f"{MAX_TOTAL_CELL_AREA / 1e6:g}"
    raise _refuse(
        f"Filens blad spänner tillsammans över mer än {millions} miljoner celler (ifyllda "
        f"celler långt ut i många blad); {path.name} läses inte. Ta bort tomma blad och "
        "innehållet utanför registret, spara och försök igen.",
        f"The file's sheets together span more than {millions} million cells (filled cells "
        f"far out in many sheets); {path.name} is not read. Remove empty sheets and what "
        "lies outside the register, save and try again.",
    )


def check_file(path: str | Path) -> _Scan:
    """Refuse what must not reach the reader; returns what the scan saw of formulas."""
    path = Path(path)
    if not path.is_file():
        raise _refuse(f"Filen {path} finns inte.", f"The file {path} does not exist.")
    size = path.stat().st_size
    if size > MAX_FILE_BYTES:
        raise _refuse(
            f"Filen {path.name} är {size // 2**20} MB; gränsen för import är "
            f"{MAX_FILE_BYTES // 2**20} MB.",
            f"The file {path.name} is {size // 2**20} MB; the import limit is "
            f"{MAX_FILE_BYTES // 2**20} MB.",
        )
    if size == 0:
        raise _refuse(f"Filen {path.name} är tom.", f"The file {path.name} is empty.")
    with path.open("rb") as fh:
        magic = fh.read(8)
    suffix = path.suffix.lower()
    if magic.startswith(b"PK"):
        return _check_zip(path)
    if magic.startswith(b"\xd0\xcf\x11\xe0"):  # OLE2: legacy .xls
        return _Scan()
    if suffix in (".xlsx", ".xlsm", ".ods", ".xls"):
        raise _refuse(
            f"Filen {path.name} är inte ett kalkylark trots sitt namn (.{suffix[1:]}). "
            "Öppna den i Excel och spara som .xlsx.",
            f"The file {path.name} is not a spreadsheet despite its name (.{suffix[1:]}). "
            "Open it in Excel and save it as .xlsx.",
        )
    raise _refuse(
        f"Filen {path.name} är inte ett kalkylark som kan läsas (.xlsx, .xls eller .ods).",
        f"The file {path.name} is not a readable spreadsheet (.xlsx, .xls or .ods).",
    )


def _readable_size(path: Path) -> bool:
    """Whether the file exists with a size the check may pass (else it refuses at once)."""
    try:
        return 0 < path.stat().st_size <= MAX_FILE_BYTES
    except OSError:
        return False


def _stop(child, receive) -> None:
    receive.close()
    child.kill()
    child.join(5)


def read_sheet(path: str | Path, sheet: str | None = None) -> SheetData:
    """The non-empty rows of ``sheet`` (default: the first with data), bounded.

    The file is checked here (one pass over its parts, ``check_file``) and read
    by calamine in a child process with a memory and a time limit
    (``read_limited``): a workbook that makes the reader abort or run away is
    refused with a sentence, and the program (the window too) lives on.

    The child starts first and reads while this process checks the parts: on
    two cores the check no longer adds its time to the reader's (issue 19:
    import <= 3x calamine alone). The check's refusal still wins: its sentence
    is said and the child is stopped, whatever the child made of the file."""
    path = Path(path)
    started = _start_read(path, sheet) if _readable_size(path) else None
    try:
        scan = check_file(path)
    except BaseException:
        if started is not None:
            _stop(*started)
        raise
    data = _finish_read(path, *started) if started else read_limited(path, sheet)
    if not data.rows:
        raise _refuse(
            f"Filen {path.name} innehåller inga ifyllda rader.",
            f"The file {path.name} holds no filled-in rows.",
        )
    data.has_formulas = data.has_formulas or scan.formulas
    if not data.formula_cells:  # .xlsx: the scan's; .ods and .xls: the child's
        data.formula_cells = scan.cells()
    return data


def _read_calamine(path: Path, sheet: str | None, max_rows: int, max_columns: int) -> SheetData:
    """Read with calamine in this process (the child's work)."""
    from python_calamine import CalamineWorkbook

    try:
        workbook = CalamineWorkbook.from_path(str(path))
        names = list(workbook.sheet_names)
        if sheet is not None and sheet not in names:
            raise _refuse(
                f"Bladet {sheet!r} finns inte i {path.name}. Blad: {', '.join(names)}.",
                f"There is no sheet {sheet!r} in {path.name}. Sheets: {', '.join(names)}.",
            )
        candidates = [sheet] if sheet is not None else names
        data = SheetData(sheet or (names[0] if names else ""), names)
        for name in candidates:
            data = _read_one(workbook, name, names, max_rows, max_columns)
            if data.rows:
                break
    except ImportRefused:
        raise
    except Exception as exc:  # noqa: BLE001 - calamine's errors: zip, xml, ole, password
        raise _refuse(
            f"Filen {path.name} går inte att läsa som kalkylark ({type(exc).__name__}: "
            f"{str(exc)[:200]}). Spara om den i Excel som .xlsx och försök igen.",
            f"The file {path.name} cannot be read as a spreadsheet ({type(exc).__name__}: "
            f"{str(exc)[:200]}). Save it again in Excel as .xlsx and retry.",
        ) from exc
    return data


def _child(path: str, sheet: str | None, conn, memory: int, max_rows: int,
           max_columns: int) -> None:  # fmt: skip
    """The child process: limit the memory, read, send the rows (or why not) back.

    Its stderr goes nowhere: an abort's backtrace is not for the registrar (the
    parent says what happened in one sentence)."""
    with contextlib.suppress(OSError):
        devnull = os.open(os.devnull, os.O_WRONLY)
        os.dup2(devnull, 2)
    from .memory_limit import limit_memory

    limit_memory(memory)  # RLIMIT_AS, or a job object on Windows; the clock holds regardless
    try:
        data = _read_calamine(Path(path), sheet, max_rows, max_columns)
        _list_formulas(Path(path), data)
        conn.send(("ok", data))
    except ImportRefused as exc:
        conn.send(("refused", (exc.user_message, exc.user_message_en)))
    except MemoryError:
        conn.send(("memory", None))
    except BaseException as exc:  # noqa: BLE001 - said to the parent, which refuses the file
        conn.send(("error", f"{type(exc).__name__}: {str(exc)[:200]}"))
    finally:
        conn.close()


def _list_formulas(path: Path, data: SheetData) -> None:
    """The formula cells of an .ods or .xls (``formulas``; calamine gives only values)."""
    from .formulas import FormulaListing, formula_cells

    try:
        listing = formula_cells(path, data.name)
    except Exception:  # noqa: BLE001 - the listing is a courtesy; the values were read
        listing = FormulaListing(complete=False)
    if listing is None:
        return
    data.formula_cells = [
        FormulaCell(data.name, f.cell, f.text, readable=f.readable) for f in listing.cells
    ]
    data.formulas_listed = listing.complete
    data.has_formulas = bool(listing.cells) or not listing.complete


def read_limited(path: Path, sheet: str | None = None) -> SheetData:
    """calamine's read in a child process limited to MAX_READ_MEMORY and MAX_READ_SECONDS.

    A file that needs more, or that makes calamine abort (a Rust allocation
    failure ends the whole process), is refused with a sentence; the program
    that asked lives on. The child is started fresh (``spawn``: no copy of the
    window's threads); it costs a fraction of a second."""
    return _finish_read(path, *_start_read(path, sheet))


def _start_read(path: Path, sheet: str | None):
    """The child started on ``path``: (the process, the end its answer comes from)."""
    import multiprocessing

    context = multiprocessing.get_context("spawn")
    receive, send = context.Pipe(duplex=False)
    child = context.Process(
        target=_child,
        args=(str(path), sheet, send, MAX_READ_MEMORY, MAX_ROWS, MAX_COLUMNS),
        daemon=True,
    )
    child.start()
    send.close()
    return child, receive


def _finish_read(path: Path, child, receive) -> SheetData:
    """The started child's rows, or the sentence that refuses the file."""
    result = None
    seconds = f"{MAX_READ_SECONDS:g}"
    try:
        # The parent's clock, not the child's: a child that hangs, loops or waits is
        # killed here on every platform (no rlimit or signal in the child needed).
        if receive.poll(MAX_READ_SECONDS):
            result = receive.recv()
        else:
            child.kill()
            raise _refuse(
                f"Filen {path.name} tog mer än {seconds.replace('.', ',')} sekunder att läsa och läses inte. "
                "Den kan vara skadad eller gjord för att överbelasta datorn; spara om den i "
                "Excel som .xlsx och försök igen.",
                f"The file {path.name} took more than {seconds} seconds to read and is not "
                "read. It may be damaged or made to overload the computer; save it again in "
                "Excel as .xlsx and retry.",
            )
    except (EOFError, OSError):
        result = None  # the child died before it could answer
    finally:
        receive.close()
        child.join(5)
        if child.is_alive():
            child.kill()
            child.join(5)
    if result is None or result[0] == "memory":
        megabytes = MAX_READ_MEMORY // 2**20
        raise _refuse(
            f"Filen {path.name} kräver mer än {megabytes} MB minne för att läsas (eller fick "
            "läsaren att avbryta) och läses inte. Den kan vara skadad eller gjord för att "
            "överbelasta datorn; spara om den i Excel som .xlsx och försök igen.",
            f"The file {path.name} needs more than {megabytes} MB of memory to read (or made "
            "the reader abort) and is not read. It may be damaged or made to overload the "
            "computer; save it again in Excel as .xlsx and retry.",
        )
    kind, payload = result
    if kind == "ok":
        return payload
    if kind == "refused":
        raise ImportRefused(*payload)
    raise _refuse(
        f"Filen {path.name} går inte att läsa som kalkylark ({payload}). Spara om den i "
        "Excel som .xlsx och försök igen.",
        f"The file {path.name} cannot be read as a spreadsheet ({payload}). Save it again in "
        "Excel as .xlsx and retry.",
    )


def _read_one(
    workbook, name: str, names: list[str], max_rows: int = 0, max_columns: int = 0
) -> SheetData:
    max_rows = max_rows or MAX_ROWS
    max_columns = max_columns or MAX_COLUMNS
    sheet = workbook.get_sheet_by_name(name)
    data = SheetData(name, names)
    start_row = sheet.start[0] if sheet.start else 0
    try:
        data.merged = [(r0, c0, r1, c1) for (r0, c0), (r1, c1) in (sheet.merged_cell_ranges or [])]
    except Exception:  # noqa: BLE001 - not every format reports merged cells
        data.merged = []
    for offset, row in enumerate(sheet.iter_rows()):
        if not any(v not in ("", None) for v in row):
            continue
        if len(data.rows) >= max_rows:
            data.truncated = True
            break
        data.rows.append((start_row + offset + 1, list(row[:max_columns])))
    return data
