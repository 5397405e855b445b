"""The findings of an import preview in a few lines, shown without asking.

A registrar must see, before anything is written, what the import will do
beyond copying cells: the rules' warnings grouped by rule (R1 above all),
the bodies, themes and counterparties it will create, the values it derives
or keeps from the file in place of the computed one, the rows it will not
import, and the formula cells whose computed values it reads. Each line
names its rows, so the file can be checked; ``-v`` (and the dialog's table)
list every row.
"""

from __future__ import annotations

from collections import defaultdict
from typing import TYPE_CHECKING

from desktop_app.domain.findings import Severity

if TYPE_CHECKING:
    from .preview import ImportPreview

MAX_ROWS_NAMED = 12  # row numbers shown per line before "and N more"
MAX_NAMES = 15
MAX_FORMULAS = 20

# What each note or warning code means, said once for the group.
_GROUPS: dict[str, tuple[str, str]] = {
    "KEPT-REVIEW-DATE": (
        "Nästa omprövning tas från filen (det beräknade datumet står på raden)",
        "Next review taken from the file (the computed date is on the row)",
    ),
    "DERIVED-SCOPE": (
        "Omfattning saknas och härleds från beslutande organ",
        "Scope missing, derived from the deciding body",
    ),
    "DERIVED-INTERVAL": (
        "Omprövningsintervall saknas; fyra år används (R3)",
        "Review interval missing; four years are used (R3)",
    ),
    "DAY-ASSUMED": (
        "Datum utan dag; den första i månaden används",
        "Dates without a day; the first of the month is used",
    ),
    "MATCHED-THEME": (
        "Tema skrivet på annat sätt, kopplat till registrets tema",
        "Theme written differently, matched to the register's theme",
    ),
    "HEADER-UNIT": (
        "Belopp i den enhet kolumnrubriken anger (till exempel tkr)",
        "Amounts in the unit the column header states (e.g. tkr)",
    ),
    "MATCHED-PAYER": (
        "Betalare kopplad till ett organ i registret",
        "Payer matched to a body in the register",
    ),
}
_SKIP = {"NEW-BODY", "NEW-THEME", "CHOSEN-THEME", "DUPLICATE", "OLDER"}


def _rows(numbers: list[int], lang: str) -> str:
    """``3 rader (rad 5, 7, 9)``."""
    shown = ", ".join(str(n) for n in numbers[:MAX_ROWS_NAMED])
    more = len(numbers) - MAX_ROWS_NAMED
    if lang == "en":
        if more > 0:
            shown += f" and {more} more"
        return f"{len(numbers)} {'row' if len(numbers) == 1 else 'rows'} (row {shown})"
    if more > 0:
        shown += f" och {more} till"
    return f"{len(numbers)} {'rad' if len(numbers) == 1 else 'rader'} (rad {shown})"


def _names(names: list[str], lang: str) -> str:
    shown = "; ".join(names[:MAX_NAMES])
    more = len(names) - MAX_NAMES
    if more > 0:
        shown += f" (+{more} {'more' if lang == 'en' else 'till'})"
    return shown


def summary_lines(preview: ImportPreview, lang: str = "sv") -> list[str]:
    """The preview's findings, grouped; empty when there is nothing to say."""
    en = lang == "en"
    lines: list[str] = []
    warnings: dict[str, list[int]] = defaultdict(list)
    warning_text: dict[str, str] = {}
    notes: dict[str, list[int]] = defaultdict(list)
    for row in preview.rows:
        if row.rejected:
            continue  # listed row by row with the reason
        for finding in row.findings:
            if finding.severity is Severity.WARNING:
                warnings[finding.code].append(row.row_no)
                warning_text.setdefault(finding.code, finding.message(lang))
        for problem in row.problems:
            if problem.code in _SKIP or not problem.code:
                continue
            if problem.severity == Severity.ERROR:
                continue  # errors are listed row by row
            notes[problem.code].append(row.row_no)
    if warnings:
        lines.append("Warnings by rule:" if en else "Varningar per regel:")
        for code in sorted(warnings):
            lines.append(f"  {code}: {_rows(warnings[code], lang)}")
            lines.append(f"      {'e.g.' if en else 't.ex.'} {warning_text[code]}")
    resolver = preview.resolver
    used = _used_placeholders(preview)  # what the rows to be written create
    bodies = [f"{b.name_sv} ({b.short_name})" for b in resolver.new_bodies.values()
              if b.placeholder in used]  # fmt: skip
    if bodies:
        lines.append(
            ("New bodies (added; check their mandates): " if en
             else "Nya organ (läggs till; kontrollera deras mandat): ") + _names(bodies, lang)
        )  # fmt: skip
    themes = [t.name_sv for t in resolver.new_themes.values() if t.placeholder in used]
    if themes:
        lines.append(
            ("New themes (added; no theme in the register matches): " if en
             else "Nya teman (läggs till; inget tema i registret stämmer): ") + _names(themes, lang)
        )  # fmt: skip
    chosen = [
        f"\u201c{name}\u201d \u2192 \u201c{resolver.theme_name(ident)}\u201d" if en
        else f"\u201d{name}\u201d \u2192 \u201d{resolver.theme_name(ident)}\u201d"
        for name, ident in resolver.mapped_themes.values()
    ]  # fmt: skip
    if chosen:
        lines.append(
            ("Themes not in the register, filed under the register's themes as you chose: "
             if en else "Teman som inte finns i registret, förda till registrets teman enligt "
             "ditt val: ") + _names(chosen, lang)
        )  # fmt: skip
    cps = [
        f"{c.name} ({c.country})" if c.country else c.name
        for c in resolver.new_counterparties.values()
        if c.placeholder in used
    ]
    if cps:
        lines.append(
            (f"New counterparties ({len(cps)}, added): " if en
             else f"Nya motparter ({len(cps)}, läggs till): ") + _names(cps, lang)
        )  # fmt: skip
    if notes:
        lines.append("Values derived or kept by the import:" if en
                     else "Värden som importen härleder eller behåller:")  # fmt: skip
        for code, numbers in notes.items():
            label = _GROUPS.get(code, (code, code))[1 if en else 0]
            lines.append(f"  {label}: {_rows(numbers, lang)}")
    duplicates = [r.row_no for r in preview.rows if r.duplicate_of is not None]
    if duplicates:
        lines.append(
            ("Duplicates in the file (the first row counts, these are not imported): " if en
             else "Dubbletter i filen (första raden gäller, dessa importeras inte): ")
            + _rows(duplicates, lang)
        )  # fmt: skip
    older = [r.row_no for r in preview.rows if r.status == "older"]
    if older:
        lines.append(
            ("Older in the file than in the register (changed only if confirmed, --force): " if en
             else "Äldre i filen än i registret (ändras bara om du bekräftar, --force): ")
            + _rows(older, lang)
        )  # fmt: skip
    differs = [r.row_no for r in preview.rows if r.status == "differs"]
    if differs:
        lines.append(
            ("Differ from the register, not changed (use --update): " if en
             else "Skiljer sig från registret, ändras inte (använd --update): ")
            + _rows(differs, lang)
        )  # fmt: skip
    if preview.formula_cells:
        lines.append(
            "Formula cells (their last computed value is imported):" if en
            else "Formelceller (deras senast beräknade värde importeras):"
        )  # fmt: skip
        for cell in preview.formula_cells[:MAX_FORMULAS]:
            if not cell.readable:
                formula = ("(a formula the program cannot show; see the file)" if en
                           else "(en formel som programmet inte kan visa; se filen)")  # fmt: skip
            elif cell.formula:
                formula = f"={cell.formula}"
            else:
                formula = "(shared formula)" if en else "(delad formel)"
            value = f"\u201c{cell.value}\u201d" if en else f"\u201d{cell.value}\u201d"
            lines.append(f"  {cell.sheet or preview.sheet}!{cell.cell}  {formula}  \u2192 {value}")
        more = len(preview.formula_cells) - MAX_FORMULAS
        if more > 0:
            lines.append(f"  (+{more} {'more' if en else 'till'})")
    if preview.has_formulas and not preview.formulas_listed:
        lines.append(
            "The file has formulas, but they cannot be listed cell by cell from this file; "
            "their last computed values are imported. Check them in the file." if en
            else "Filen har formler, men de kan inte listas cell för cell ur den här filen; "
            "deras senast beräknade värden importeras. Kontrollera dem i filen."
        )  # fmt: skip
    elif preview.has_formulas and not preview.formula_cells:
        lines.append(
            "The file has formulas, but none could be tied to a cell of the sheet imported; "
            "their last computed values are imported." if en
            else "Filen har formler, men ingen av dem kunde knytas till en cell i bladet som "
            "importeras; deras senast beräknade värden importeras."
        )  # fmt: skip
    return lines


def _used_placeholders(preview: ImportPreview) -> set[int]:
    """Placeholders the rows that would be written refer to: what the import creates."""
    used: set[int] = set()
    for row in preview.rows:
        if not row.writes:
            continue
        d = row.data
        for ident in (d.deciding_body_id, d.responsible_body_id, d.cost_payer_body_id,
                      d.theme_id, *d.counterparty_ids):  # fmt: skip
            if ident is not None and ident < 0:
                used.add(ident)
    return used
