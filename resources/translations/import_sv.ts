<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="sv_SE" sourcelanguage="en">
    <context>
        <name>ImportDialog</name>
        <message numerus="yes">
            <location filename="../../desktop_app/ui/import_dialog.py" line="767" />
            <source>%n new entries were imported</source>
            <translation>
                <numerusform>%n ny post importerades</numerusform>
                <numerusform>%n nya poster importerades</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <location filename="../../desktop_app/ui/import_dialog.py" line="769" />
            <source> and %n updated.</source>
            <translation>
                <numerusform> och %n uppdaterades.</numerusform>
                <numerusform> och %n uppdaterades.</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <location filename="../../desktop_app/ui/import_dialog.py" line="771" />
            <source>The %n rejected rows are in the report %1.</source>
            <translation>
                <numerusform>Den avvisade raden finns i rapporten %1.</numerusform>
                <numerusform>De %n avvisade raderna finns i rapporten %1.</numerusform>
            </translation>
        </message>
        <message>
            <location filename="../../desktop_app/ui/import_dialog.py" line="775" />
            <source>Import finished</source>
            <translation>Importen är klar</translation>
        </message>
        <message>
            <location filename="../../desktop_app/ui/import_dialog.py" line="782" />
            <source>Importing…</source>
            <translation>Importerar…</translation>
        </message>
    </context>
    <context>
        <name>ImportPreviewDialog</name>
        <message>
            <location filename="../../desktop_app/ui/import_dialog.py" line="432" />
            <source>Import preview – %1</source>
            <translation>Förhandsgranskning av import – %1</translation>
        </message>
        <message>
            <location filename="../../desktop_app/ui/import_dialog.py" line="443" />
            <source>Update existing entries that differ (the file's values replace the stored)</source>
            <translation>Uppdatera befintliga poster som skiljer sig (filens värden ersätter de sparade)</translation>
        </message>
        <message>
            <location filename="../../desktop_app/ui/import_dialog.py" line="460" />
            <source>Themes not in the register</source>
            <translation>Teman som inte finns i registret</translation>
        </message>
        <message>
            <location filename="../../desktop_app/ui/import_dialog.py" line="474" />
            <source>&amp;Columns…</source>
            <translation>&amp;Kolumner…</translation>
        </message>
        <message>
            <location filename="../../desktop_app/ui/import_dialog.py" line="476" />
            <source>Show which field each column of the file goes to, change it, or forget the saved matching.</source>
            <translation>Visa vilket fält varje kolumn i filen förs till, ändra det eller glöm den sparade matchningen.</translation>
        </message>
        <message>
            <location filename="../../desktop_app/ui/import_dialog.py" line="481" />
            <source>Show only rows with problems or changes</source>
            <translation>Visa bara rader med problem eller ändringar</translation>
        </message>
        <message>
            <location filename="../../desktop_app/ui/import_dialog.py" line="483" />
            <source>Save report of rejected rows…</source>
            <translation>Spara rapport över avvisade rader…</translation>
        </message>
        <message>
            <location filename="../../desktop_app/ui/import_dialog.py" line="487" />
            <source>Import</source>
            <translation>Importera</translation>
        </message>
        <message>
            <location filename="../../desktop_app/ui/import_dialog.py" line="489" />
            <source>Cancel</source>
            <translation>Avbryt</translation>
        </message>
        <message>
            <location filename="../../desktop_app/ui/import_dialog.py" line="522" />
            <source>The columns are matched as saved for files with these columns (Columns… shows the matching and can forget it).</source>
            <translation>Kolumnerna matchas så som det har sparats för filer med dessa kolumner (Kolumner… visar matchningen och kan glömma den).</translation>
        </message>
        <message>
            <location filename="../../desktop_app/ui/import_dialog.py" line="527" />
            <source>Sheet “%1”, header on row %2. New: %3, updates: %4, unchanged: %5, differ (not changed): %6, older than the register: %7, duplicates: %8, errors: %9.</source>
            <translation>Blad ”%1”, rubrikrad %2. Nya: %3, uppdateras: %4, oförändrade: %5, skiljer sig (ändras inte): %6, äldre än registret: %7, dubbletter: %8, fel: %9.</translation>
        </message>
        <message>
            <location filename="../../desktop_app/ui/import_dialog.py" line="544" />
            <source>The file has more rows than can be imported at once. Split it.</source>
            <translation>Filen har fler rader än som kan importeras på en gång. Dela upp den.</translation>
        </message>
        <message numerus="yes">
            <location filename="../../desktop_app/ui/import_dialog.py" line="547" />
            <source>%n rows are rejected.</source>
            <translation>
                <numerusform>%n rad avvisas.</numerusform>
                <numerusform>%n rader avvisas.</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <location filename="../../desktop_app/ui/import_dialog.py" line="550" />
            <source>Import all rows or none: correct them in the file and import again, or import the %n accepted rows (the rejected ones are then saved in a report beside the file).</source>
            <translation>
                <numerusform>Importera alla rader eller ingen: rätta dem i filen och importera igen, eller importera den godkända raden (de avvisade sparas då i en rapport bredvid filen).</numerusform>
                <numerusform>Importera alla rader eller ingen: rätta dem i filen och importera igen, eller importera de %n godkända raderna (de avvisade sparas då i en rapport bredvid filen).</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <location filename="../../desktop_app/ui/import_dialog.py" line="572" />
            <source>Import the %n accepted rows</source>
            <translation>
                <numerusform>Importera den godkända raden</numerusform>
                <numerusform>Importera de %n godkända raderna</numerusform>
            </translation>
        </message>
        <message>
            <location filename="../../desktop_app/ui/import_dialog.py" line="558" />
            <source>Nothing to import: the file adds nothing and changes nothing.</source>
            <translation>Inget att importera: filen lägger inte till och ändrar ingenting.</translation>
        </message>
        <message>
            <location filename="../../desktop_app/ui/import_dialog.py" line="560" />
            <source>Ready to import. Nothing has been written yet.</source>
            <translation>Klart att importera. Ingenting har skrivits än.</translation>
        </message>
        <message>
            <location filename="../../desktop_app/ui/import_dialog.py" line="575" />
            <source>Checking the rows again…</source>
            <translation>Kontrollerar raderna igen…</translation>
        </message>
        <message>
            <location filename="../../desktop_app/ui/import_dialog.py" line="609" />
            <source>“%1”, row %2</source>
            <translation>”%1”, rad %2</translation>
        </message>
        <message>
            <location filename="../../desktop_app/ui/import_dialog.py" line="613" />
            <source>Add as a new theme</source>
            <translation>Lägg till som nytt tema</translation>
        </message>
        <message>
            <location filename="../../desktop_app/ui/import_dialog.py" line="615" />
            <source>File under “%1”</source>
            <translation>För till ”%1”</translation>
        </message>
        <message>
            <location filename="../../desktop_app/ui/import_dialog.py" line="689" />
            <source>Checking every row…</source>
            <translation>Kontrollerar varje rad…</translation>
        </message>
    </context>
    <context>
        <name>MappingDialog</name>
        <message>
            <location filename="../../desktop_app/ui/import_dialog.py" line="176" />
            <source>Match the columns</source>
            <translation>Matcha kolumnerna</translation>
        </message>
        <message>
            <location filename="../../desktop_app/ui/import_dialog.py" line="181" />
            <source>Choose which field of the register each column of the file holds. Columns set to “Do not import” (marked in yellow) are skipped.</source>
            <translation>Välj vilket fält i registret varje kolumn i filen innehåller. Kolumner som står på ”Importera inte” (markerade i gult) hoppas över.</translation>
        </message>
        <message>
            <location filename="../../desktop_app/ui/import_dialog.py" line="188" />
            <source>&amp;Forget the saved matching</source>
            <translation>&amp;Glöm den sparade matchningen</translation>
        </message>
        <message>
            <location filename="../../desktop_app/ui/import_dialog.py" line="195" />
            <source>This matching was saved when a file with the same columns was imported before. Change it below, or forget it to match the columns by their headings.</source>
            <translation>Den här matchningen sparades när en fil med samma kolumner importerades tidigare. Ändra den nedan, eller glöm den för att matcha kolumnerna efter deras rubriker.</translation>
        </message>
        <message>
            <location filename="../../desktop_app/ui/import_dialog.py" line="204" />
            <source>Column in the file</source>
            <translation>Kolumn i filen</translation>
        </message>
        <message>
            <location filename="../../desktop_app/ui/import_dialog.py" line="204" />
            <source>Values in the file</source>
            <translation>Värden i filen</translation>
        </message>
        <message>
            <location filename="../../desktop_app/ui/import_dialog.py" line="204" />
            <source>Field</source>
            <translation>Fält</translation>
        </message>
        <message>
            <location filename="../../desktop_app/ui/import_dialog.py" line="213" />
            <source>Do not import</source>
            <translation>Importera inte</translation>
        </message>
        <message>
            <location filename="../../desktop_app/ui/import_dialog.py" line="224" />
            <source>(empty)</source>
            <translation>(tom)</translation>
        </message>
        <message>
            <location filename="../../desktop_app/ui/import_dialog.py" line="228" />
            <source>(no heading)</source>
            <translation>(ingen rubrik)</translation>
        </message>
        <message>
            <location filename="../../desktop_app/ui/import_dialog.py" line="243" />
            <source>&amp;Remember this matching for files with the same columns</source>
            <translation>&amp;Kom ihåg matchningen för filer med samma kolumner</translation>
        </message>
        <message>
            <location filename="../../desktop_app/ui/import_dialog.py" line="249" />
            <source>Continue</source>
            <translation>Fortsätt</translation>
        </message>
        <message>
            <location filename="../../desktop_app/ui/import_dialog.py" line="250" />
            <source>Cancel</source>
            <translation>Avbryt</translation>
        </message>
        <message>
            <location filename="../../desktop_app/ui/import_dialog.py" line="265" />
            <source>This column is not imported.</source>
            <translation>Den här kolumnen importeras inte.</translation>
        </message>
        <message>
            <location filename="../../desktop_app/ui/import_dialog.py" line="280" />
            <source>The saved matching is forgotten. The columns are matched by their headings; choose and continue, or cancel.</source>
            <translation>Den sparade matchningen är glömd. Kolumnerna matchas efter sina rubriker; välj och fortsätt, eller avbryt.</translation>
        </message>
        <message>
            <location filename="../../desktop_app/ui/import_dialog.py" line="291" />
            <source>Each field can be chosen for one column only.</source>
            <translation>Varje fält kan väljas för en kolumn.</translation>
        </message>
        <message>
            <location filename="../../desktop_app/ui/import_dialog.py" line="294" />
            <source>Choose at least the columns for title and kind.</source>
            <translation>Välj åtminstone kolumnerna för titel och avtalstyp.</translation>
        </message>
    </context>
    <context>
        <name>PreviewModel</name>
        <message>
            <location filename="../../desktop_app/ui/import_dialog.py" line="331" />
            <source>Row</source>
            <translation>Rad</translation>
        </message>
        <message>
            <location filename="../../desktop_app/ui/import_dialog.py" line="332" />
            <source>Status</source>
            <translation>Status</translation>
        </message>
        <message>
            <location filename="../../desktop_app/ui/import_dialog.py" line="333" />
            <source>Case number</source>
            <translation>Diarienummer</translation>
        </message>
        <message>
            <location filename="../../desktop_app/ui/import_dialog.py" line="334" />
            <source>Title</source>
            <translation>Titel</translation>
        </message>
        <message>
            <location filename="../../desktop_app/ui/import_dialog.py" line="335" />
            <source>Changes (old → new)</source>
            <translation>Ändringar (gammalt → nytt)</translation>
        </message>
        <message>
            <location filename="../../desktop_app/ui/import_dialog.py" line="336" />
            <source>Problems and rule findings</source>
            <translation>Problem och regelanmärkningar</translation>
        </message>
        <message>
            <location filename="../../desktop_app/ui/import_dialog.py" line="385" />
            <source>Tick to update this entry although the file's entry is older.</source>
            <translation>Kryssa i för att uppdatera posten fast filens post är äldre.</translation>
        </message>
    </context>
</TS>
