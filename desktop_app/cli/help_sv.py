"""The command line's help and the argument parser's complaints in Swedish.

Help texts are written in English in the command modules (where they sit
beside their options); this table gives each its Swedish, and
``translate_parser`` puts it in place when the parser is built for Swedish.
A text missing here stays English (``tests/cli/test_cli_errors.py`` lists any).
"""

from __future__ import annotations

import argparse
import re

HELP_SV: dict[str, str] = {
    "Avtalsregister: register of the city's international agreements, letters of intent and "
    "memberships. Without a command the desktop program starts.": "Avtalsregister: stadens "
    "register över internationella samarbetsavtal, intentionsavtal och medlemskap. Utan "
    "kommando startar skrivbordsprogrammet.",
    "show this help message and exit": "visa den här hjälpen och avsluta",
    "show program's version number and exit": "visa programmets version och avsluta",
    "SQLite file or postgresql:// URL (default: $AVTALSREGISTER_DATABASE, else the file in your "
    "data folder)": "SQLite-fil eller postgresql://-adress (standard: $AVTALSREGISTER_DATABASE, "
    "annars filen i din datamapp)",
    "language of messages (default: the system's)": "meddelandenas språk (standard: systemets)",
    "start, open a temporary register, exit 0 (for installers)": "starta, öppna ett tillfälligt "
    "register, avsluta med 0 (för installationsprogram)",
    "render each main view of the demo register to PNG and exit": "spara varje huvudvy av "
    "demoregistret som PNG och avsluta",
    "create the register (with the strategy's bodies)": "skapa registret (med strategins organ)",
    "copy the register to PATH": "kopiera registret till SÖKVÄG",
    "replace the register with a backup": "ersätt registret med en säkerhetskopia",
    "list the rule findings per entry (exit 1 on errors)": "lista regelanmärkningarna per post "
    "(slutstatus 1 vid fel)",
    "write the register (or a filtered part) to an Excel workbook": "skriv registret (eller ett "
    "urval) till en Excel-arbetsbok",
    "write the annual report (R7) for YEAR": "skriv årsrapporten (R7) för ÅR",
    "import an existing register (.xlsx, .xls, .ods)": "importera ett befintligt register "
    "(.xlsx, .xls, .ods)",
    "write renewal memos (tjänsteutlåtanden) as PDF/A or Word": "skriv omprövnings-PM "
    "(tjänsteutlåtanden) som PDF/A eller Word",
    "write review reminders as an iCalendar (.ics) file": "skriv påminnelser om omprövningar "
    "som en iCalendar-fil (.ics)",
    "backups, integrity check, reliability report": "säkerhetskopior, integritetskontroll, "
    "driftsäkerhetsrapport",
    "answer a request for public documents: entries and their history (Excel, PDF/A)": "besvara "
    "en begäran om allmän handling: poster och deras historik (Excel, PDF/A)",
    "record, list or remove secrecy assessments of entries and fields": "registrera, lista eller "
    "ta bort sekretessbedömningar av poster och fält",
    "Create the register database, seeded with the decision bodies of the strategy and their "
    "mandates (R4) and the themes.": "Skapa registrets databas med strategins beslutande organ "
    "och deras mandat (R4) samt teman.",
    "fill a new register with the demo (Eurocities, GrowSmarter, ...)": "fyll ett nytt register "
    "med demodata (Eurocities, GrowSmarter ...)",
    "SQLite file or postgresql:// URL": "SQLite-fil eller postgresql://-adress",
    "Copy a SQLite register with SQLite's backup API (safe while the program runs). For "
    "PostgreSQL use pg_dump.": "Kopiera ett SQLite-register med SQLites backup-API (säkert "
    "medan programmet körs). För PostgreSQL används pg_dump.",
    "the backup file to write": "säkerhetskopian som ska skrivas",
    "Replace the SQLite register with BACKUP. The current file is kept beside it as "
    "*.before-restore-<time>, with the history written after the backup; the restore is "
    "recorded in the restored register.": "Ersätt SQLite-registret med SÄKERHETSKOPIA. Den "
    "nuvarande filen sparas bredvid som *.before-restore-<tid>, med historiken som skrevs "
    "efter säkerhetskopian; återställningen antecknas i det återställda registret.",
    "a backup made by 'avtalsregister backup'": "en säkerhetskopia gjord med "
    "'avtalsregister backup'",
    "List the strategy's findings (R1-R6) for every entry that is not archived, then "
    "administrations and companies without an international contact person (R8) and invitation "
    "letters without a justification (R9). Assessed warnings are shown with the assessment. Exit "
    "status 1 if any entry has errors.": "Lista strategins anmärkningar (R1–R6) för varje post "
    "som inte är avförd, sedan förvaltningar och bolag utan internationell kontaktperson (R8) "
    "och inbjudningsbrev utan motivering (R9). Bedömda varningar visas med bedömningen. "
    "Slutstatus 1 om någon post har fel.",
    "show only errors": "visa bara fel",
    "leave out warnings a registrar has assessed": "utelämna varningar som en registrator har "
    "bedömt",
    "Write the register to OUT.xlsx: an Excel table with filter buttons, frozen header, dates "
    "and amounts, highlighted reviews, print set-up and a sheet describing the export. Filters "
    "combine; each may be repeated or comma separated.": "Skriv registret till UT.xlsx: en "
    "Excel-tabell med filterknappar, låst rubrikrad, datum och belopp, markerade omprövningar, "
    "utskriftsinställningar och ett blad som beskriver exporten. Filtren kombineras; vart och "
    "ett kan upprepas eller anges kommaseparerat.",
    "kind: membership, letter_of_intent, cooperation or a Swedish name": "avtalstyp: "
    "medlemskap, intentionsavtal, samarbetsavtal (eller membership, letter_of_intent, "
    "cooperation)",
    "deciding body by short name or name (KF, Trafiknämnden...)": "beslutande organ med kortnamn "
    "eller namn (KF, Trafiknämnden ...)",
    "only entries whose review is due within DAYS (overdue included)": "bara poster vars "
    "omprövning infaller inom DAGAR (försenade ingår), 0–36500",
    "free-text search": "fritextsökning",
    "one sheet per deciding body instead of one register sheet": "ett blad per beslutande organ "
    "i stället för ett registerblad",
    "include archived entries": "ta med avförda poster",
    "language of the workbook (default: --lang, else Swedish)": "arbetsbokens språk (standard: "
    "--lang, annars svenska)",
    "The city's international commitments for YEAR: summary with chart and the detail lists "
    "behind each figure.": "Stadens internationella åtaganden för ÅR: sammanfattning med "
    "diagram och listorna bakom varje siffra.",
    "record YEAR's rate for a currency (e.g. EUR=11.45), kept in the register, so that the "
    "report can give a total in kronor": "spara årets kurs för en valuta (t.ex. EUR=11,45) i "
    "registret, så att rapporten kan ge en summa i kronor",
    "count what was recorded by the end of this day (default: 31 December of YEAR); the figures "
    "are rebuilt from the history, so a report is the same whenever it is made": "räkna det som "
    "var registrerat vid slutet av denna dag (standard: 31 december ÅR); siffrorna byggs upp "
    "från historiken, så rapporten blir densamma när den än görs",
    "Import an Excel or OpenDocument register: finds the header row, maps the columns, checks "
    "every row and imports all rows or none (--skip-rejected: the accepted ones). Exit 0: "
    "imported; 1: rows rejected, nothing written; 2: the file or an option refused.": "Importera ett register i Excel- eller OpenDocument-format: "
    "hittar rubrikraden, matchar kolumnerna, kontrollerar varje rad och importerar alla rader "
    "eller ingen (--skip-rejected: de godkända). Slutstatus 0: importerat; 1: rader avvisade, "
    "ingenting skrivet; 2: filen eller ett alternativ avvisat.",
    "check and report, write nothing": "kontrollera och rapportera, skriv ingenting",
    "file a theme of the file that the register does not know under one of the register's "
    "themes instead of adding it": "för ett tema i filen som registret inte har till ett av "
    "registrets teman i stället för att lägga till det",
    "the sheet to read (default: the first with rows)": "bladet som ska läsas (standard: det "
    "första med rader)",
    "map a column (FIELD: case_number, title, kind, ... or 'ignore'); remembered for files with "
    "the same header, except in a --dry-run": "koppla en kolumn till ett fält (FÄLT: case_number, title, kind ... eller "
    "'ignore'); sparas för filer med samma rubriker, utom vid --dry-run",
    "write the rejected rows with the reason to this workbook": "skriv de avvisade raderna med "
    "orsaken till den här arbetsboken",
    "update existing entries the file differs from (default: report them only)": "uppdatera "
    "befintliga poster som filen skiljer sig från (standard: bara rapportera dem)",
    "with --update: update also entries the file has older than the register": "med --update: "
    "uppdatera även poster som är äldre i filen än i registret",
    "import the accepted rows and write the rejected ones to a report beside the file": "importera "
    "de godkända raderna och skriv de avvisade till en rapport bredvid filen",
    "list every row's findings": "lista varje rads anmärkningar",
    "forget the mapping remembered for files with this header (the columns are guessed again)": "glöm kopplingen som sparats för filer med de här rubrikerna (kolumnerna gissas på nytt)",
    "the file to write: OUT.pdf, or OUT.docx for Word": "filen som ska skrivas: UT.pdf, eller "
    "UT.docx för Word",
    "entries due within DAYS": "poster med omprövning inom DAGAR (0–36500)",
    "an entry id (repeat)": "en post: dess nummer eller diarienummer (upprepa för flera)",
    "one file per entry in DIR, named by case number and title": "en fil per post i MAPP, "
    "namngiven efter diarienummer och titel",
    "pdf (PDF/A-2b) or docx (Word); default: from OUT's ending, else pdf": "pdf (PDF/A-2b) eller "
    "docx (Word); standard: efter UT:s ändelse, annars pdf",
    "language of the memos (default: sv)": "PM:ens språk (standard: sv)",
    "Write one all-day event per upcoming review (overdue ones on their original date) with a "
    "reminder LEAD days before; import the file in Outlook. Events keep their UID per entry, so "
    "a newer export moves them.": "Skriv en heldagshändelse per kommande omprövning (försenade "
    "på sitt ursprungliga datum) med en påminnelse LEAD dagar före; importera filen i Outlook. "
    "Händelserna behåller sitt UID per post, så en nyare export flyttar dem.",
    "the .ics file to write": ".ics-filen som ska skrivas",
    "only reviews within DAYS": "bara omprövningar inom DAGAR (0–36500)",
    "reminder N days before (default: the register's lead time)": "påminnelse N dagar före "
    "(0–3650; standard: registrets framförhållning)",
    "Maintenance of the register: list the automatic backups, run SQLite's full integrity "
    "check, report the register's safety state.": "Underhåll av registret: lista de automatiska "
    "säkerhetskopiorna, kör SQLites fullständiga integritetskontroll, rapportera registrets "
    "driftsäkerhet.",
    "list the backups of the register, newest first": "lista registrets säkerhetskopior, nyaste "
    "först",
    "full integrity and foreign-key check (exit 2 if damaged)": "fullständig integritets- och "
    "referenskontroll (slutstatus 2 om skadat)",
    "the register's safety state (backend, schema, backups, rights)": "registrets driftsäkerhet "
    "(databas, schema, säkerhetskopior, behörigheter)",
    "List the automatic daily backups, the copies made before schema upgrades and hand-made "
    "backups in the backup folder.": "Lista de dagliga säkerhetskopiorna, kopiorna gjorda före "
    "schemauppgraderingar och handgjorda säkerhetskopior i säkerhetskopiemappen.",
    "list backups of every register": "lista säkerhetskopior av alla register",
    "Run SQLite's full PRAGMA integrity_check and foreign_key_check (slower than the quick check "
    "made at every start).": "Kör SQLites fullständiga PRAGMA integrity_check och "
    "foreign_key_check (långsammare än snabbkontrollen vid varje start).",
    "What protects this register: backend and schema version, integrity, journal mode, "
    "automatic backups, what the current user may do.": "Vad som skyddar registret: databas och "
    "schemaversion, integritet, journalläge, automatiska säkerhetskopior, vad den aktuella "
    "användaren får göra.",
    "print JSON": "skriv ut JSON",
    "file name; .xlsx and .pdf are written": "filnamn; .xlsx och .pdf skrivs",
    "the request's case number": "begärans diarienummer",
    "an entry: its id (#12 or 12) or its case number (repeat)": "en post: dess nummer (#12 eller "
    "12) eller diarienummer (upprepa)",
    "the whole register": "hela registret",
    "entry (id or case number) or mark id": "post (nummer eller diarienummer) eller "
    "markeringens nummer",
    "the field (empty: the whole entry)": "fältet (tomt: hela posten)",
    "write the register and its history as a BagIt package for the e-archive": "skriv "
    "registret och dess historik som ett BagIt-paket för e-arkivet",
    "status: draft, active, expired, terminated, due, overdue, archived (or Swedish: aktiv, "
    "försenad...)": "status: aktiv, utkast, utgången, avslutad, snart, försenad, avförd (eller "
    "draft, active, expired, terminated, due, overdue, archived)",
    "Write renewal memos for the entries due for review within DAYS (default: the register's "
    "lead time, overdue included) or for the given ids: one PDF with a cover list and a bookmark "
    "per memo (OUT.docx: one Word file, a section per memo), or one file per entry. Each memo is "
    "recorded in the entry's history; a terminated entry gets no memo.": "Skriv omprövnings-PM "
    "för posterna med omprövning inom DAGAR (standard: registrets framförhållning, försenade "
    'ingår) eller för de angivna posterna (--id 12 --id "KS 2009/0412"): en PDF med '
    "försättsblad och ett bokmärke per PM (UT.docx: en Word-fil, ett avsnitt per PM), eller en "
    "fil per post. Varje PM noteras i postens historik; en avslutad post får inget PM.",
    "what the memos propose: a review, ending (utträde) or a new decision (default: a review; a "
    "draft entry's memo proposes the new decision)": "vad PM:en föreslår: omprövning, utträde "
    "eller nytt beslut (standard: omprövning; ett utkasts PM föreslår det nya beslutet)",
    "Write OUT.xlsx and OUT.pdf: the entries named (by id or case number), or with --all the "
    "whole register, with every version, review, termination and document made, in the History "
    "page's words. Fields marked for secrecy are masked and the documents say so; the request "
    "(case number, decision) is recorded in the audit trail.": "Skriv UT.xlsx och UT.pdf: de "
    "angivna posterna (nummer eller diarienummer), eller med --all hela registret, med varje "
    "version, omprövning, avslutning och handling, med Historiksidans ord. Fält som markerats "
    "för sekretess maskeras och handlingarna säger det; begäran (diarienummer, beslut) noteras "
    "i händelseloggen.",
    "lämnas-ut or maskering (default: masking when anything is marked)": "lämnas-ut eller "
    "maskering (standard: maskering när något är markerat)",
    "mark ENTRY [FIELD] --reason TEXT: record that the entry (or the field, e.g. counterparties, "
    "notes, annual_cost) may be covered by secrecy; unmark MARK_ID --reason TEXT; list.": "mark "
    "POST [FÄLT] --reason TEXT: notera att posten (eller fältet, t.ex. counterparties, notes, "
    "annual_cost) kan omfattas av sekretess; unmark MARKERING --reason TEXT; list.",
}

_TITLES = {"positional arguments": "argument", "options": "flaggor",
           "optional arguments": "flaggor"}  # fmt: skip

# argparse's own complaints (Python 3.11-3.13 wording) -> Swedish.
_ERRORS = [
    (r"the following arguments are required: (.*)", r"följande argument saknas: \1"),
    (r"unrecognized arguments: (.*)", r"okända argument: \1"),
    (r"argument (\S+): invalid choice: (.*?) \(choose from (.*)\)",
     r"argumentet \1: ogiltigt val \2 (välj bland \3)"),
    (r"argument (\S+): invalid (\w+) value: (.*)", r"argumentet \1: ogiltigt värde \3"),
    (r"argument (\S+): expected one argument", r"argumentet \1 behöver ett värde"),
    (r"argument (\S+): expected at least one argument", r"argumentet \1 behöver minst ett värde"),
    (r"argument (\S+): (.*)", r"argumentet \1: \2"),
    (r"a command is needed \(without one, run `avtalsregister`\)",
     "ett kommando behövs (utan kommando: kör `avtalsregister`)"),
]  # fmt: skip


def argparse_error(message: str) -> str:
    """One of argparse's messages in Swedish (as it was, if not known)."""
    for pattern, replacement in _ERRORS:
        if re.fullmatch(pattern, message, flags=re.S):
            return re.sub(pattern, replacement, message, flags=re.S)
    return message


def parsers(parser: argparse.ArgumentParser):
    yield parser
    for action in parser._actions:  # noqa: SLF001 - argparse keeps them here only
        if isinstance(action, argparse._SubParsersAction):  # noqa: SLF001
            for child in dict.fromkeys(action.choices.values()):
                yield from parsers(child)


def help_texts(parser: argparse.ArgumentParser) -> list[str]:
    """Every help and description text of the parser and its sub-commands."""
    texts: list[str] = []
    for p in parsers(parser):
        if p.description:
            texts.append(p.description)
        for action in p._actions:  # noqa: SLF001
            if action.help and action.help != argparse.SUPPRESS:
                texts.append(action.help)
            if isinstance(action, argparse._SubParsersAction):  # noqa: SLF001
                texts += [a.help for a in action._choices_actions if a.help]  # noqa: SLF001
    return list(dict.fromkeys(texts))


def translate_parser(parser: argparse.ArgumentParser) -> None:
    """Swedish help, descriptions and section titles for the parser and its sub-commands."""
    for p in parsers(parser):
        if p.description in HELP_SV:
            p.description = HELP_SV[p.description]
        for group in p._action_groups:  # noqa: SLF001
            group.title = _TITLES.get(group.title, group.title)
        for action in p._actions:  # noqa: SLF001
            if action.help in HELP_SV:
                action.help = HELP_SV[action.help]
            if isinstance(action, argparse._SubParsersAction):  # noqa: SLF001
                for choice in action._choices_actions:  # noqa: SLF001
                    choice.help = HELP_SV.get(choice.help, choice.help)
