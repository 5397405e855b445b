<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="sv_SE" sourcelanguage="en">
    <context>
        <name>ExcelActions</name>
        <message>
            <location filename="../../desktop_app/ui/excel_actions.py" line="45" />
            <source>Excel workbook (*.xlsx)</source>
            <translation>Excel-arbetsbok (*.xlsx)</translation>
        </message>
        <message>
            <location filename="../../desktop_app/ui/excel_actions.py" line="59" />
            <source>Export finished</source>
            <translation>Exporten är klar</translation>
        </message>
        <message>
            <location filename="../../desktop_app/ui/excel_actions.py" line="63" />
            <source>Open file</source>
            <translation>Öppna filen</translation>
        </message>
        <message>
            <location filename="../../desktop_app/ui/excel_actions.py" line="66" />
            <source>Show in folder</source>
            <translation>Visa i mappen</translation>
        </message>
        <message>
            <location filename="../../desktop_app/ui/excel_actions.py" line="70" />
            <source>Close</source>
            <translation>Stäng</translation>
        </message>
        <message numerus="yes">
            <location filename="../../desktop_app/ui/excel_actions.py" line="96" />
            <source>%n entries were exported.</source>
            <translation>
                <numerusform>%n post exporterades.</numerusform>
                <numerusform>%n poster exporterades.</numerusform>
            </translation>
        </message>
        <message>
            <location filename="../../desktop_app/ui/excel_actions.py" line="106" />
            <source>Export the register</source>
            <translation>Exportera registret</translation>
        </message>
        <message>
            <location filename="../../desktop_app/ui/excel_actions.py" line="114" />
            <source>Exporting the register…</source>
            <translation>Exporterar registret…</translation>
        </message>
        <message>
            <location filename="../../desktop_app/ui/excel_actions.py" line="130" />
            <source>Reviews due</source>
            <translation>Kommande omprövningar</translation>
        </message>
        <message>
            <location filename="../../desktop_app/ui/excel_actions.py" line="131" />
            <source>Export the reviews due within this many days (overdue included):</source>
            <translation>Exportera omprövningar inom så här många dagar (försenade ingår):</translation>
        </message>
        <message>
            <location filename="../../desktop_app/ui/excel_actions.py" line="142" />
            <source>Export reviews due</source>
            <translation>Exportera kommande omprövningar</translation>
        </message>
        <message>
            <location filename="../../desktop_app/ui/excel_actions.py" line="150" />
            <source>Exporting reviews due…</source>
            <translation>Exporterar omprövningar…</translation>
        </message>
        <message>
            <location filename="../../desktop_app/ui/excel_actions.py" line="165" />
            <source>Export one sheet per deciding body</source>
            <translation>Exportera ett blad per beslutande organ</translation>
        </message>
        <message>
            <location filename="../../desktop_app/ui/excel_actions.py" line="173" />
            <source>Exporting per deciding body…</source>
            <translation>Exporterar per beslutande organ…</translation>
        </message>
        <message>
            <location filename="../../desktop_app/ui/excel_actions.py" line="179" />
            <source>%1 entries on %2 sheets, one per deciding body.</source>
            <translation>%1 poster på %2 blad, ett per beslutande organ.</translation>
        </message>
        <message>
            <location filename="../../desktop_app/ui/excel_actions.py" line="196" />
            <source>Annual report</source>
            <translation>Årsrapport</translation>
        </message>
        <message>
            <location filename="../../desktop_app/ui/excel_actions.py" line="197" />
            <source>The annual report for the year:</source>
            <translation>Årsrapport för året:</translation>
        </message>
        <message>
            <location filename="../../desktop_app/ui/excel_actions.py" line="206" />
            <source>Save the annual report</source>
            <translation>Spara årsrapporten</translation>
        </message>
        <message>
            <location filename="../../desktop_app/ui/excel_actions.py" line="214" />
            <source>Writing the annual report…</source>
            <translation>Skapar årsrapporten…</translation>
        </message>
        <message>
            <location filename="../../desktop_app/ui/excel_actions.py" line="220" />
            <source>The annual report %1 was written (%2 commitments in force).</source>
            <translation>Årsrapporten %1 är skapad (%2 åtaganden i kraft).</translation>
        </message>
        <message>
            <location filename="../../desktop_app/ui/excel_actions.py" line="245" />
            <source>Import a register</source>
            <translation>Importera ett register</translation>
        </message>
        <message>
            <location filename="../../desktop_app/ui/excel_actions.py" line="247" />
            <source>Spreadsheets (*.xlsx *.xls *.ods);;All files (*)</source>
            <translation>Kalkylark (*.xlsx *.xls *.ods);;Alla filer (*)</translation>
        </message>
        <message>
            <location filename="../../desktop_app/ui/excel_actions.py" line="263" />
            <source>Reading the file…</source>
            <translation>Läser filen…</translation>
        </message>
        <message>
            <location filename="../../desktop_app/ui/excel_actions.py" line="290" />
            <source>Checking every row…</source>
            <translation>Kontrollerar varje rad…</translation>
        </message>
        <message>
            <location filename="../../desktop_app/ui/excel_actions.py" line="312" />
            <source>Import finished</source>
            <translation>Importen är klar</translation>
        </message>
        <message>
            <location filename="../../desktop_app/ui/excel_actions.py" line="313" />
            <source>%1 new entries were imported and %2 were updated.</source>
            <translation>%1 nya poster importerades och %2 uppdaterades.</translation>
        </message>
        <message>
            <location filename="../../desktop_app/ui/excel_actions.py" line="324" />
            <source>Importing…</source>
            <translation>Importerar…</translation>
        </message>
        <message>
            <location filename="../../desktop_app/ui/excel_actions.py" line="337" />
            <source>Save report of rejected rows</source>
            <translation>Spara rapport över avvisade rader</translation>
        </message>
        <message>
            <location filename="../../desktop_app/ui/excel_actions.py" line="350" />
            <source>%1 rejected rows were saved.</source>
            <translation>%1 avvisade rader sparades.</translation>
        </message>
    </context>
    <context>
        <name>ImportPreviewDialog</name>
        <message>
            <location filename="../../desktop_app/ui/import_dialog.py" line="184" />
            <source>Import preview – %1</source>
            <translation>Förhandsgranskning av import – %1</translation>
        </message>
        <message>
            <location filename="../../desktop_app/ui/import_dialog.py" line="189" />
            <source>Sheet “%1”, header on row %2. New: %3, updates: %4, unchanged: %5, duplicates: %6, errors: %7.</source>
            <translation>Blad ”%1”, rubrikrad %2. Nya: %3, uppdateras: %4, oförändrade: %5, dubbletter: %6, fel: %7.</translation>
        </message>
        <message>
            <location filename="../../desktop_app/ui/import_dialog.py" line="205" />
            <source>The file has more rows than can be imported at once. Split it.</source>
            <translation>Filen har fler rader än som kan importeras på en gång. Dela upp den.</translation>
        </message>
        <message>
            <location filename="../../desktop_app/ui/import_dialog.py" line="210" />
            <source>%1 rows are rejected. The import is all rows or none: correct them in the file (save the report to see why) and import again.</source>
            <translation>%1 rader avvisas. Importen gäller alla rader eller ingen: rätta dem i filen (spara rapporten för att se varför) och importera igen.</translation>
        </message>
        <message>
            <location filename="../../desktop_app/ui/import_dialog.py" line="215" />
            <source>Nothing to import: every row is already registered.</source>
            <translation>Inget att importera: alla rader finns redan i registret.</translation>
        </message>
        <message>
            <location filename="../../desktop_app/ui/import_dialog.py" line="217" />
            <source>Ready to import. Nothing has been written yet.</source>
            <translation>Klart att importera. Ingenting har sparats ännu.</translation>
        </message>
        <message>
            <location filename="../../desktop_app/ui/import_dialog.py" line="224" />
            <source>The sheet has formulas: their last computed values are imported.</source>
            <translation>Bladet innehåller formler: deras senast beräknade värden importeras.</translation>
        </message>
        <message>
            <location filename="../../desktop_app/ui/import_dialog.py" line="239" />
            <source>Show only rows with problems</source>
            <translation>Visa bara rader med problem</translation>
        </message>
        <message>
            <location filename="../../desktop_app/ui/import_dialog.py" line="243" />
            <source>Save report of rejected rows…</source>
            <translation>Spara rapport över avvisade rader…</translation>
        </message>
        <message>
            <location filename="../../desktop_app/ui/import_dialog.py" line="246" />
            <source>Import</source>
            <translation>Importera</translation>
        </message>
        <message>
            <location filename="../../desktop_app/ui/import_dialog.py" line="250" />
            <source>Cancel</source>
            <translation>Avbryt</translation>
        </message>
    </context>
    <context>
        <name>MappingDialog</name>
        <message>
            <location filename="../../desktop_app/ui/import_dialog.py" line="57" />
            <source>Match the columns</source>
            <translation>Koppla kolumnerna</translation>
        </message>
        <message>
            <location filename="../../desktop_app/ui/import_dialog.py" line="62" />
            <source>Choose which field of the register each column of the file holds. Columns set to “Do not import” are skipped. The choice is remembered for files with the same columns.</source>
            <translation>Välj vilket fält i registret varje kolumn i filen innehåller. Kolumner med ”Importera inte” hoppas över. Valet sparas för filer med samma kolumner.</translation>
        </message>
        <message>
            <location filename="../../desktop_app/ui/import_dialog.py" line="72" />
            <source>Do not import</source>
            <translation>Importera inte</translation>
        </message>
        <message>
            <location filename="../../desktop_app/ui/import_dialog.py" line="80" />
            <source>(no heading)</source>
            <translation>(ingen rubrik)</translation>
        </message>
        <message>
            <location filename="../../desktop_app/ui/import_dialog.py" line="91" />
            <source>Continue</source>
            <translation>Fortsätt</translation>
        </message>
        <message>
            <location filename="../../desktop_app/ui/import_dialog.py" line="92" />
            <source>Cancel</source>
            <translation>Avbryt</translation>
        </message>
        <message>
            <location filename="../../desktop_app/ui/import_dialog.py" line="107" />
            <source>Each field can be chosen for one column only.</source>
            <translation>Varje fält kan bara väljas för en kolumn.</translation>
        </message>
        <message>
            <location filename="../../desktop_app/ui/import_dialog.py" line="110" />
            <source>Choose at least the columns for title and kind.</source>
            <translation>Välj åtminstone kolumnerna för titel och avtalstyp.</translation>
        </message>
    </context>
    <context>
        <name>PreviewModel</name>
        <message>
            <location filename="../../desktop_app/ui/import_dialog.py" line="122" />
            <source>Row</source>
            <translation>Rad</translation>
        </message>
        <message>
            <location filename="../../desktop_app/ui/import_dialog.py" line="123" />
            <source>Status</source>
            <translation>Status</translation>
        </message>
        <message>
            <location filename="../../desktop_app/ui/import_dialog.py" line="124" />
            <source>Case number</source>
            <translation>Diarienummer</translation>
        </message>
        <message>
            <location filename="../../desktop_app/ui/import_dialog.py" line="125" />
            <source>Title</source>
            <translation>Titel</translation>
        </message>
        <message>
            <location filename="../../desktop_app/ui/import_dialog.py" line="126" />
            <source>Problems and rule findings</source>
            <translation>Problem och regelkontroller</translation>
        </message>
    </context>
</TS>
