<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="sv_SE" sourcelanguage="en">
    <context>
        <name>ImportDialog</name>
        <message>
            <location filename="../../desktop_app/ui/import_dialog.py" line="411" />
            <source>%1 new entries were imported and %2 were updated.</source>
            <translation>%1 nya poster importerades och %2 uppdaterades.</translation>
        </message>
        <message>
            <location filename="../../desktop_app/ui/import_dialog.py" line="418" />
            <source>The %1 rejected rows are in the report %2.</source>
            <translation>De %1 avvisade raderna finns i rapporten %2.</translation>
        </message>
        <message>
            <location filename="../../desktop_app/ui/import_dialog.py" line="422" />
            <source>Import finished</source>
            <translation>Importen är klar</translation>
        </message>
        <message>
            <location filename="../../desktop_app/ui/import_dialog.py" line="429" />
            <source>Importing…</source>
            <translation>Importerar…</translation>
        </message>
    </context>
    <context>
        <name>ImportPreviewDialog</name>
        <message>
            <location filename="../../desktop_app/ui/import_dialog.py" line="237" />
            <source>Import preview – %1</source>
            <translation>Förhandsgranskning av import – %1</translation>
        </message>
        <message>
            <location filename="../../desktop_app/ui/import_dialog.py" line="248" />
            <source>Update existing entries that differ (the file's values replace the stored)</source>
            <translation>Uppdatera befintliga poster som skiljer sig (filens värden ersätter de sparade)</translation>
        </message>
        <message>
            <location filename="../../desktop_app/ui/import_dialog.py" line="265" />
            <source>Show only rows with problems or changes</source>
            <translation>Visa bara rader med problem eller ändringar</translation>
        </message>
        <message>
            <location filename="../../desktop_app/ui/import_dialog.py" line="267" />
            <source>Save report of rejected rows…</source>
            <translation>Spara rapport över avvisade rader…</translation>
        </message>
        <message>
            <location filename="../../desktop_app/ui/import_dialog.py" line="271" />
            <source>Import</source>
            <translation>Importera</translation>
        </message>
        <message>
            <location filename="../../desktop_app/ui/import_dialog.py" line="273" />
            <source>Cancel</source>
            <translation>Avbryt</translation>
        </message>
        <message>
            <location filename="../../desktop_app/ui/import_dialog.py" line="300" />
            <source>Sheet “%1”, header on row %2. New: %3, updates: %4, unchanged: %5, differ (not changed): %6, older than the register: %7, duplicates: %8, errors: %9.</source>
            <translation>Blad ”%1”, rubrikrad %2. Nya: %3, uppdateras: %4, oförändrade: %5, skiljer sig (ändras inte): %6, äldre än registret: %7, dubbletter: %8, fel: %9.</translation>
        </message>
        <message>
            <location filename="../../desktop_app/ui/import_dialog.py" line="316" />
            <source>The file has more rows than can be imported at once. Split it.</source>
            <translation>Filen har fler rader än som kan importeras på en gång. Dela upp den.</translation>
        </message>
        <message>
            <location filename="../../desktop_app/ui/import_dialog.py" line="319" />
            <source>%1 rows are rejected. Import all rows or none: correct them in the file and import again, or import the %2 accepted rows (the rejected ones are then saved in a report beside the file).</source>
            <translation>%1 rader avvisas. Importera alla rader eller ingen: rätta dem i filen och importera igen, eller importera de %2 godkända raderna (de avvisade sparas då i en rapport bredvid filen).</translation>
        </message>
        <message>
            <location filename="../../desktop_app/ui/import_dialog.py" line="325" />
            <source>Nothing to import: the file adds nothing and changes nothing.</source>
            <translation>Inget att importera: filen lägger inte till och ändrar ingenting.</translation>
        </message>
        <message>
            <location filename="../../desktop_app/ui/import_dialog.py" line="327" />
            <source>Ready to import. Nothing has been written yet.</source>
            <translation>Klart att importera. Ingenting har skrivits än.</translation>
        </message>
        <message>
            <location filename="../../desktop_app/ui/import_dialog.py" line="339" />
            <source>Import the %1 accepted rows</source>
            <translation>Importera de %1 godkända raderna</translation>
        </message>
    </context>
    <context>
        <name>MappingDialog</name>
        <message>
            <location filename="../../desktop_app/ui/import_dialog.py" line="74" />
            <source>Match the columns</source>
            <translation>Matcha kolumnerna</translation>
        </message>
        <message>
            <location filename="../../desktop_app/ui/import_dialog.py" line="79" />
            <source>Choose which field of the register each column of the file holds. Columns set to “Do not import” are skipped. The choice is remembered for files with the same columns.</source>
            <translation>Välj vilket fält i registret varje kolumn i filen innehåller. Kolumner med ”Importera inte” hoppas över. Valet sparas för filer med samma kolumner.</translation>
        </message>
        <message>
            <location filename="../../desktop_app/ui/import_dialog.py" line="89" />
            <source>Do not import</source>
            <translation>Importera inte</translation>
        </message>
        <message>
            <location filename="../../desktop_app/ui/import_dialog.py" line="97" />
            <source>(no heading)</source>
            <translation>(ingen rubrik)</translation>
        </message>
        <message>
            <location filename="../../desktop_app/ui/import_dialog.py" line="108" />
            <source>Continue</source>
            <translation>Fortsätt</translation>
        </message>
        <message>
            <location filename="../../desktop_app/ui/import_dialog.py" line="109" />
            <source>Cancel</source>
            <translation>Avbryt</translation>
        </message>
        <message>
            <location filename="../../desktop_app/ui/import_dialog.py" line="124" />
            <source>Each field can be chosen for one column only.</source>
            <translation>Varje fält kan väljas för en kolumn.</translation>
        </message>
        <message>
            <location filename="../../desktop_app/ui/import_dialog.py" line="127" />
            <source>Choose at least the columns for title and kind.</source>
            <translation>Välj åtminstone kolumnerna för titel och avtalstyp.</translation>
        </message>
    </context>
    <context>
        <name>PreviewModel</name>
        <message>
            <location filename="../../desktop_app/ui/import_dialog.py" line="143" />
            <source>Row</source>
            <translation>Rad</translation>
        </message>
        <message>
            <location filename="../../desktop_app/ui/import_dialog.py" line="144" />
            <source>Status</source>
            <translation>Status</translation>
        </message>
        <message>
            <location filename="../../desktop_app/ui/import_dialog.py" line="145" />
            <source>Case number</source>
            <translation>Diarienummer</translation>
        </message>
        <message>
            <location filename="../../desktop_app/ui/import_dialog.py" line="146" />
            <source>Title</source>
            <translation>Titel</translation>
        </message>
        <message>
            <location filename="../../desktop_app/ui/import_dialog.py" line="147" />
            <source>Changes (old → new)</source>
            <translation>Ändringar (gammalt → nytt)</translation>
        </message>
        <message>
            <location filename="../../desktop_app/ui/import_dialog.py" line="148" />
            <source>Problems and rule findings</source>
            <translation>Problem och regelanmärkningar</translation>
        </message>
        <message>
            <location filename="../../desktop_app/ui/import_dialog.py" line="195" />
            <source>Tick to update this entry although the file's entry is older.</source>
            <translation>Kryssa i för att uppdatera posten fast filens post är äldre.</translation>
        </message>
    </context>
</TS>
