<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="sv_SE" sourcelanguage="en">
    <context>
        <name>Archive</name>
        <message numerus="yes">
            <location filename="../../desktop_app/ui/memo_actions.py" line="125" />
            <source>… and %n more</source>
            <translation>
                <numerusform>… och %n till</numerusform>
                <numerusform>… och %n till</numerusform>
            </translation>
        </message>
    </context>
    <context>
        <name>MemoActions</name>
        <message>
            <location filename="../../desktop_app/ui/memo_actions.py" line="153" />
            <source>Folder for the memos</source>
            <translation>Mapp för PM:en</translation>
        </message>
        <message>
            <location filename="../../desktop_app/ui/memo_actions.py" line="158" />
            <source>Save memos as</source>
            <translation>Spara PM som</translation>
        </message>
        <message>
            <location filename="../../desktop_app/ui/memo_actions.py" line="160" />
            <source>PDF (*.pdf)</source>
            <translation>PDF (*.pdf)</translation>
        </message>
        <message>
            <location filename="../../desktop_app/ui/memo_actions.py" line="187" />
            <source>Memo %1 of %2</source>
            <translation>PM %1 av %2</translation>
        </message>
        <message>
            <location filename="../../desktop_app/ui/memo_actions.py" line="206" />
            <location filename="../../desktop_app/ui/memo_actions.py" line="217" />
            <source>Renewal memos</source>
            <translation>Omprövnings-PM</translation>
        </message>
        <message>
            <location filename="../../desktop_app/ui/memo_actions.py" line="207" />
            <source>No entries are due for review within %1 days.</source>
            <translation>Inga poster ska omprövas inom %1 dagar.</translation>
        </message>
        <message>
            <location filename="../../desktop_app/ui/memo_actions.py" line="218" />
            <source>%1 memos (%2 pages) were saved in %3.</source>
            <translation>%1 PM (%2 sidor) sparades i %3.</translation>
        </message>
        <message>
            <location filename="../../desktop_app/ui/memo_actions.py" line="227" />
            <source>Writing renewal memos…</source>
            <translation>Skriver omprövnings-PM…</translation>
        </message>
        <message>
            <location filename="../../desktop_app/ui/memo_actions.py" line="239" />
            <source>Save review calendar as</source>
            <translation>Spara omprövningskalendern som</translation>
        </message>
        <message>
            <location filename="../../desktop_app/ui/memo_actions.py" line="240" />
            <source>Reviews</source>
            <translation>Omprövningar</translation>
        </message>
        <message>
            <location filename="../../desktop_app/ui/memo_actions.py" line="241" />
            <source>iCalendar (*.ics)</source>
            <translation>iCalendar (*.ics)</translation>
        </message>
        <message>
            <location filename="../../desktop_app/ui/memo_actions.py" line="258" />
            <source>Review calendar</source>
            <translation>Omprövningskalender</translation>
        </message>
        <message>
            <location filename="../../desktop_app/ui/memo_actions.py" line="259" />
            <source>%1 reviews were saved in %2. In Outlook: File &gt; Open &amp; Export &gt; Open Calendar, or double-click the file. A newer export updates the same events.</source>
            <translation>%1 omprövningar sparades i %2. I Outlook: Arkiv &gt; Öppna och exportera &gt; Öppna kalender, eller dubbelklicka på filen. En nyare export uppdaterar samma händelser.</translation>
        </message>
        <message>
            <location filename="../../desktop_app/ui/memo_actions.py" line="272" />
            <source>Writing the review calendar…</source>
            <translation>Skriver omprövningskalendern…</translation>
        </message>
    </context>
    <context>
        <name>MemoDialog</name>
        <message>
            <location filename="../../desktop_app/ui/memo_actions.py" line="47" />
            <source>Renewal memos</source>
            <translation>Omprövnings-PM</translation>
        </message>
        <message>
            <location filename="../../desktop_app/ui/memo_actions.py" line="54" />
            <source> days</source>
            <translation> dagar</translation>
        </message>
        <message>
            <location filename="../../desktop_app/ui/memo_actions.py" line="58" />
            <source>Entries:</source>
            <translation>Poster:</translation>
        </message>
        <message numerus="yes">
            <location filename="../../desktop_app/ui/memo_actions.py" line="58" />
            <source>%n selected entries</source>
            <translation>
                <numerusform>%n markerad post</numerusform>
                <numerusform>%n markerade poster</numerusform>
            </translation>
        </message>
        <message>
            <location filename="../../desktop_app/ui/memo_actions.py" line="66" />
            <source>Reviews due within:</source>
            <translation>Omprövning inom:</translation>
        </message>
        <message>
            <location filename="../../desktop_app/ui/memo_actions.py" line="70" />
            <source>One PDF with a cover list and bookmarks</source>
            <translation>En PDF med förteckning och bokmärken</translation>
        </message>
        <message>
            <location filename="../../desktop_app/ui/memo_actions.py" line="71" />
            <source>One PDF per entry, in a folder</source>
            <translation>En PDF per post, i en mapp</translation>
        </message>
        <message>
            <location filename="../../desktop_app/ui/memo_actions.py" line="76" />
            <source>Files:</source>
            <translation>Filer:</translation>
        </message>
        <message>
            <location filename="../../desktop_app/ui/memo_actions.py" line="79" />
            <source>Swedish</source>
            <translation>Svenska</translation>
        </message>
        <message>
            <location filename="../../desktop_app/ui/memo_actions.py" line="80" />
            <source>English</source>
            <translation>Engelska</translation>
        </message>
        <message>
            <location filename="../../desktop_app/ui/memo_actions.py" line="81" />
            <source>Language:</source>
            <translation>Språk:</translation>
        </message>
        <message>
            <location filename="../../desktop_app/ui/memo_actions.py" line="82" />
            <source>Open in the PDF viewer (print from there)</source>
            <translation>Öppna i PDF-läsaren (skriv ut därifrån)</translation>
        </message>
        <message>
            <location filename="../../desktop_app/ui/memo_actions.py" line="83" />
            <source>Save as…</source>
            <translation>Spara som…</translation>
        </message>
        <message>
            <location filename="../../desktop_app/ui/memo_actions.py" line="88" />
            <source>Then:</source>
            <translation>Sedan:</translation>
        </message>
        <message>
            <location filename="../../desktop_app/ui/memo_actions.py" line="92" />
            <source>Each memo is recorded in the entry's history. The PDF is an archival PDF/A document with embedded fonts.</source>
            <translation>Varje PM noteras i postens historik. PDF-filen är ett arkivbeständigt PDF/A-dokument med inbäddade typsnitt.</translation>
        </message>
        <message>
            <location filename="../../desktop_app/ui/memo_actions.py" line="102" />
            <source>Create memos</source>
            <translation>Skapa PM</translation>
        </message>
        <message>
            <location filename="../../desktop_app/ui/memo_actions.py" line="103" />
            <source>Cancel</source>
            <translation>Avbryt</translation>
        </message>
        <message numerus="yes">
            <location filename="../../desktop_app/ui/memo_actions.py" line="111" />
            <source>%n entries, overdue ones included</source>
            <translation>
                <numerusform>%n post, försenade inräknade</numerusform>
                <numerusform>%n poster, försenade inräknade</numerusform>
            </translation>
        </message>
    </context>
</TS>
