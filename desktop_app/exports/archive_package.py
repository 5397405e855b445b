"""The register delivered to the city's e-archive: a BagIt package (leverans till e-arkiv).

``avtalsregister archive-package OUT_DIR`` writes a bag (RFC 8493, the
``bagit`` library) whose payload holds:

- ``register.xml``: every entry (archived ones too: all are allmänna
  handlingar) with its facts, counterparties, reviews and secrecy
  assessments, the bodies, themes and counterparties, and the whole audit
  trail (R10), valid against ``schema/avtalsregister.xsd``, whose
  annotations say in Swedish what every element holds;
- the same as CSV (``csv/*.csv``, UTF-8, one file per table);
- ``dokument/``: every memo and report as PDF/A: the one-page annual
  summary for each year the register has commitments in, and the documents
  recorded in the trail whose PDF files are still where they were written;
- ``beskrivning.txt``: the description of the fields in Swedish (made from
  the schema's own table, so the two never disagree).

The manifest's SHA-256 (and SHA-512) checksums let the receiving archive
verify every file; the delivery is recorded in the audit trail.
"""

from __future__ import annotations

import csv
import json
import shutil
from collections.abc import Callable, Iterator
from dataclasses import dataclass
from datetime import date, datetime
from decimal import Decimal
from pathlib import Path
from xml.sax.saxutils import escape, quoteattr

from desktop_app import __version__
from desktop_app.domain.cancel import Cancelled
from desktop_app.services import archive_data, register_settings, reports
from desktop_app.services.context import os_user

from .annual_summary_pdf import write_summary

NAMESPACE = "urn:avtalsregister:arkiv:1"
SCHEMA_FILE = "avtalsregister.xsd"

# (element, XSD type, Swedish description) per part of the register, in file order.
XS = {"text": "xs:string", "date": "xs:date", "datetime": "xs:dateTime",
      "int": "xs:integer", "decimal": "xs:decimal", "bool": "xs:boolean"}  # fmt: skip


@dataclass(frozen=True)
class Part:
    """One repeated record (an entry, a review, an event) and its fields."""

    element: str  # the record's element name
    group: str  # the element that holds them all
    description: str
    fields: tuple[tuple[str, str, str], ...]  # (name, kind, Swedish description)


PARTS = (
    Part("organ", "organ_lista", "Beslutande organ, nämnder och bolag.", archive_data.BODY_FIELDS),
    Part("tema", "teman", "Tematiska områden.", archive_data.THEME_FIELDS),
    Part(
        "motpart",
        "motparter",
        "Motparter: organisationer, städer, nätverk.",
        archive_data.COUNTERPARTY_FIELDS,
    ),  # fmt: skip
    Part(
        "post",
        "poster",
        "Registrets poster: avtal, avsiktsförklaringar och medlemskap. "
        "Alla poster är allmänna handlingar, även de som inte längre visas i registret.",
        archive_data.ENTRY_FIELDS,
    ),  # fmt: skip
    Part(
        "post_motpart",
        "post_motparter",
        "Vilka motparter en post har, i ordning.",
        archive_data.LINK_FIELDS,
    ),  # fmt: skip
    Part(
        "omprovning",
        "omprovningar",
        "Genomförda omprövningar av poster.",
        archive_data.REVIEW_FIELDS,
    ),  # fmt: skip
    Part(
        "sekretess",
        "sekretessbedomningar",
        "Sekretessbedömningar av poster och uppgifter "
        "(t.ex. utrikessekretess, OSL 15 kap. 1 §), även borttagna.",
        archive_data.SECRECY_FIELDS,
    ),  # fmt: skip
    Part(
        "handelse",
        "historik",
        "Registrets historik (loggen): varje ändring med vem och "
        "när, gammalt och nytt värde. Ingenting skrivs över eller raderas.",
        archive_data.AUDIT_FIELDS,
    ),  # fmt: skip
)


def _text(value: object, kind: str) -> str:
    if value is None:
        return ""
    if kind == "bool":
        return "true" if value else "false"
    if kind == "datetime" and isinstance(value, datetime):
        return value.replace(microsecond=0).isoformat()
    if kind == "date" and isinstance(value, date):
        return value.isoformat()
    if kind == "decimal" and isinstance(value, Decimal):
        return f"{value:.2f}"
    return str(value)


def _xml_safe(text: str) -> str:
    """XML 1.0 cannot hold most control characters: drop them (never in real data)."""
    return "".join(c for c in text if c in "\t\n\r" or ord(c) >= 0x20)


# ---------------------------------------------------------------- the schema


def schema_text() -> str:
    """The XSD, with every element documented in Swedish."""

    def doc(text: str, indent: str) -> str:
        return (
            f'{indent}<xs:annotation><xs:documentation xml:lang="sv">{escape(text)}'
            f"</xs:documentation></xs:annotation>\n"
        )

    out = [
        '<?xml version="1.0" encoding="UTF-8"?>\n',
        f'<xs:schema xmlns:xs="http://www.w3.org/2001/XMLSchema" targetNamespace="{NAMESPACE}"'
        f' xmlns="{NAMESPACE}" elementFormDefault="qualified">\n',
        doc(
            "Avtalsregister: en kommuns register över internationella avtal, "
            "avsiktsförklaringar och medlemskap, med hela historiken. Ett värde som saknas "
            "utelämnas (elementet finns inte).",
            "  ",
        ),  # fmt: skip
        '  <xs:element name="avtalsregister">\n',
        doc("Hela registret vid leveransen.", "    "),
        "    <xs:complexType>\n      <xs:sequence>\n",
    ]
    for part in PARTS:
        out.append(f'        <xs:element name="{part.group}">\n')
        out.append(doc(part.description, "          "))
        out.append("          <xs:complexType><xs:sequence>\n")
        out.append(
            f'            <xs:element name="{part.element}" minOccurs="0" maxOccurs="unbounded">\n'
        )
        out.append(doc(f"En rad i {part.group}.", "              "))
        out.append("              <xs:complexType><xs:sequence>\n")
        for name, kind, text in part.fields:
            out.append(
                f'                <xs:element name="{name}" type="{XS[kind]}" minOccurs="0">\n'
            )
            out.append(doc(text, "                  "))
            out.append("                </xs:element>\n")
        out.append("              </xs:sequence></xs:complexType>\n")
        out.append("            </xs:element>\n")
        out.append("          </xs:sequence></xs:complexType>\n")
        out.append("        </xs:element>\n")
    out += [
        "      </xs:sequence>\n",
        '      <xs:attribute name="organisation" type="xs:string"/>\n',
        '      <xs:attribute name="skapad" type="xs:dateTime" use="required"/>\n',
        '      <xs:attribute name="schemaversion" type="xs:integer"/>\n',
        '      <xs:attribute name="program" type="xs:string"/>\n',
        "    </xs:complexType>\n  </xs:element>\n</xs:schema>\n",
    ]
    return "".join(out)


def description_text(org: str, made: datetime) -> str:
    """The fields described in Swedish, from the same table as the schema."""
    lines = [
        f"Avtalsregister – leverans till e-arkiv – {org}",
        f"Skapad {made:%Y-%m-%d %H:%M} av {os_user()} med Avtalsregister {__version__}.",
        "",
        "Innehåll",
        "  register.xml          hela registret och dess historik (XML)",
        f"  schema/{SCHEMA_FILE}  XML-schemat, med beskrivningar av varje element",
        "  csv/*.csv             samma uppgifter som tabeller (UTF-8, kommaseparerade)",
        "  dokument/             omprövnings-PM och rapporter som PDF/A",
        "",
        "Datum skrivs ÅÅÅÅ-MM-DD, tidpunkter i UTC (ÅÅÅÅ-MM-DDTtt:mm:ss). Belopp med två",
        "decimaler och punkt som decimaltecken, valutan i ett eget fält. Koder (t.ex.",
        "membership, city_wide) är programmets stabila namn; deras svenska benämningar",
        "står i beskrivningen nedan.",
        "",
    ]
    for part in PARTS:
        lines += [f"{part.group} / {part.element} (csv/{part.group}.csv)",
                  f"  {part.description}"]  # fmt: skip
        for name, kind, text in part.fields:
            lines.append(f"  {name:<26} {kind:<9} {text}")
        lines.append("")
    return "\n".join(lines)


# ---------------------------------------------------------------- writing


def _records(part: Part) -> Iterator[dict]:
    return archive_data.records(part.element)


def _write_xml(path: Path, org: str, made: datetime, schema_version: int, cancelled) -> None:
    with path.open("w", encoding="utf-8", newline="\n") as f:
        f.write('<?xml version="1.0" encoding="UTF-8"?>\n')
        f.write(
            f'<avtalsregister xmlns="{NAMESPACE}" organisation={quoteattr(org)} '
            f'skapad="{made.replace(microsecond=0).isoformat()}" '
            f'schemaversion="{schema_version}" program="Avtalsregister {__version__}">\n'
        )
        for part in PARTS:
            f.write(f"  <{part.group}>\n")
            for n, record in enumerate(_records(part)):
                if n % 1000 == 0 and cancelled():
                    raise Cancelled()
                f.write(f"    <{part.element}>")
                for name, kind, _ in part.fields:
                    text = _text(record.get(name), kind)
                    if text != "":
                        f.write(f"<{name}>{escape(_xml_safe(text))}</{name}>")
                f.write(f"</{part.element}>\n")
            f.write(f"  </{part.group}>\n")
        f.write("</avtalsregister>\n")


def _write_csv(folder: Path) -> dict[str, int]:
    counts = {}
    folder.mkdir(parents=True, exist_ok=True)
    for part in PARTS:
        names = [name for name, _, _ in part.fields]
        kinds = {name: kind for name, kind, _ in part.fields}
        n = 0
        with (folder / f"{part.group}.csv").open("w", encoding="utf-8", newline="") as f:
            writer = csv.writer(f)
            writer.writerow(names)
            for record in _records(part):
                writer.writerow([_text(record.get(k), kinds[k]) for k in names])
                n += 1
        counts[part.group] = n
    return counts


def _documents(folder: Path, org: str, lang: str) -> list[str]:
    """The annual summaries, and the recorded PDFs still where they were written."""
    folder.mkdir(parents=True, exist_ok=True)
    written = []
    for year in archive_data.report_years():
        figs = reports.annual_figures(year)
        target = folder / f"arsrapport-{year}.pdf"
        write_summary(figs, target, org, os_user(), lang)
        written.append(target.name)
    for n, path in enumerate(archive_data.recorded_documents(), start=1):
        source = Path(path)
        try:
            if source.suffix.lower() != ".pdf" or not source.is_file():
                continue
            with source.open("rb") as f:
                if f.read(5) != b"%PDF-":
                    continue
            target = folder / f"{n:04d}-{source.name}"
            shutil.copyfile(source, target)
            written.append(target.name)
        except OSError:
            continue  # a file moved or unreadable since: the trail still names it
    return written


@dataclass
class PackageResult:
    path: Path
    counts: dict[str, int]
    documents: list[str]


def write_package(
    out_dir: str | Path,
    *,
    lang: str = "sv",
    cancelled: Callable[[], bool] = lambda: False,
) -> PackageResult:
    """Write the bag into ``out_dir`` (which must be new or empty) and record it."""
    import bagit

    out = Path(out_dir)
    if out.exists() and any(out.iterdir()):
        from desktop_app.services.errors import ServiceError

        raise ServiceError(
            f"Mappen {out} är inte tom. Ange en ny mapp för paketet.",
            f"The folder {out} is not empty. Give a new folder for the package.",
        )
    out.mkdir(parents=True, exist_ok=True)
    org = register_settings.get_setting("organisation_name")
    made = datetime.now().astimezone()
    try:
        (out / "schema").mkdir()
        (out / "schema" / SCHEMA_FILE).write_text(schema_text(), encoding="utf-8")
        _write_xml(out / "register.xml", org, made, archive_data.schema_version(), cancelled)
        counts = _write_csv(out / "csv")
        documents = _documents(out / "dokument", org, lang)
        (out / "beskrivning.txt").write_text(description_text(org, made), encoding="utf-8")
        if cancelled():
            raise Cancelled()
        bagit.make_bag(
            str(out),
            {
                "Source-Organization": org,
                "Contact-Name": os_user(),
                "External-Description": "Avtalsregister: internationella avtal, "
                "avsiktsförklaringar och medlemskap med hela historiken. "
                "Beskrivning: data/beskrivning.txt. Schema: data/schema/" + SCHEMA_FILE,
                "External-Identifier": f"avtalsregister-{made:%Y%m%d%H%M%S}",
                "Bagging-Date": made.date().isoformat(),
                "Bag-Software-Agent": f"Avtalsregister {__version__} (bagit)",
            },
            checksums=["sha256", "sha512"],
        )
        # Recorded, or not there (R10): a package that cannot be recorded is removed.
        reports.record_export(
            "archive_package",
            str(out),
            {
                "entries": counts.get("poster", 0),
                "documents": len(documents),
                "counts": json.dumps(counts),
            },  # fmt: skip
        )
    except BaseException:
        shutil.rmtree(out, ignore_errors=True)
        raise
    return PackageResult(out, counts, documents)
