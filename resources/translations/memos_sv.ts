<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="sv_SE" sourcelanguage="en">
    <context>
        <name>Archive</name>
        <message numerus="yes">
            <location filename="../../desktop_app/ui/memo_actions.py" line="144" />
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
            <location filename="../../desktop_app/ui/memo_actions.py" line="174" />
            <source>Folder for the memos</source>
            <translation>Mapp för PM:en</translation>
        </message>
        <message>
            <location filename="../../desktop_app/ui/memo_actions.py" line="183" />
            <source>Save memos as</source>
            <translation>Spara PM som</translation>
        </message>
        <message>
            <location filename="../../desktop_app/ui/memo_actions.py" line="185" />
            <source>PDF (*.pdf)</source>
            <translation>PDF (*.pdf)</translation>
        </message>
        <message>
            <location filename="../../desktop_app/ui/memo_actions.py" line="187" />
            <source>Word (*.docx)</source>
            <translation>Word (*.docx)</translation>
        </message>
        <message>
            <location filename="../../desktop_app/ui/memo_actions.py" line="216" />
            <source>Memo %1 of %2</source>
            <translation>PM %1 av %2</translation>
        </message>
        <message>
            <location filename="../../desktop_app/ui/memo_actions.py" line="236" />
            <location filename="../../desktop_app/ui/memo_actions.py" line="264" />
            <source>Renewal memos</source>
            <translation>Omprövnings-PM</translation>
        </message>
        <message>
            <location filename="../../desktop_app/ui/memo_actions.py" line="237" />
            <source>No entries are due for review within %1 days.</source>
            <translation>Inga poster ska omprövas inom %1 dagar.</translation>
        </message>
        <message>
            <location filename="../../desktop_app/ui/memo_actions.py" line="252" />
            <source>The memos are kept in %1</source>
            <translation>PM:en finns i %1</translation>
        </message>
        <message numerus="yes">
            <location filename="../../desktop_app/ui/memo_actions.py" line="261" />
            <source>%n memos were saved.</source>
            <translation>
                <numerusform>%n PM sparades.</numerusform>
                <numerusform>%n PM sparades.</numerusform>
            </translation>
        </message>
        <message>
            <location filename="../../desktop_app/ui/memo_actions.py" line="270" />
            <source>Writing renewal memos…</source>
            <translation>Skriver omprövnings-PM…</translation>
        </message>
        <message>
            <location filename="../../desktop_app/ui/memo_actions.py" line="282" />
            <source>Save review calendar as</source>
            <translation>Spara omprövningskalendern som</translation>
        </message>
        <message>
            <location filename="../../desktop_app/ui/memo_actions.py" line="285" />
            <source>Reviews</source>
            <translation>Omprövningar</translation>
        </message>
        <message>
            <location filename="../../desktop_app/ui/memo_actions.py" line="287" />
            <source>iCalendar (*.ics)</source>
            <translation>iCalendar (*.ics)</translation>
        </message>
        <message numerus="yes">
            <location filename="../../desktop_app/ui/memo_actions.py" line="306" />
            <source>%n reviews were saved.</source>
            <translation>
                <numerusform>%n omprövning sparades.</numerusform>
                <numerusform>%n omprövningar sparades.</numerusform>
            </translation>
        </message>
        <message>
            <location filename="../../desktop_app/ui/memo_actions.py" line="308" />
            <source>In Outlook: File &gt; Open &amp; Export &gt; Open Calendar, or open the file. A newer export updates the same events.</source>
            <translation>I Outlook: Arkiv &gt; Öppna och exportera &gt; Öppna kalender, eller öppna filen. En senare export uppdaterar samma händelser.</translation>
        </message>
        <message>
            <location filename="../../desktop_app/ui/memo_actions.py" line="313" />
            <source>Review calendar</source>
            <translation>Omprövningskalender</translation>
        </message>
        <message>
            <location filename="../../desktop_app/ui/memo_actions.py" line="319" />
            <source>Writing the review calendar…</source>
            <translation>Skriver omprövningskalendern…</translation>
        </message>
    </context>
    <context>
        <name>MemoDialog</name>
        <message>
            <location filename="../../desktop_app/ui/memo_actions.py" line="55" />
            <source>Renewal memos</source>
            <translation>Omprövnings-PM</translation>
        </message>
        <message>
            <location filename="../../desktop_app/ui/memo_actions.py" line="62" />
            <source> days</source>
            <translation> dagar</translation>
        </message>
        <message>
            <location filename="../../desktop_app/ui/memo_actions.py" line="66" />
            <source>Entries:</source>
            <translation>Poster:</translation>
        </message>
        <message numerus="yes">
            <location filename="../../desktop_app/ui/memo_actions.py" line="66" />
            <source>%n selected entries</source>
            <translation>
                <numerusform>%n markerad post</numerusform>
                <numerusform>%n markerade poster</numerusform>
            </translation>
        </message>
        <message>
            <location filename="../../desktop_app/ui/memo_actions.py" line="74" />
            <source>Reviews due within:</source>
            <translation>Omprövning inom:</translation>
        </message>
        <message>
            <location filename="../../desktop_app/ui/memo_actions.py" line="80" />
            <source>PDF (archival PDF/A, to print and file)</source>
            <translation>PDF (arkivbeständig PDF/A, att skriva ut och diarieföra)</translation>
        </message>
        <message>
            <location filename="../../desktop_app/ui/memo_actions.py" line="81" />
            <source>Word (.docx, to finish the text)</source>
            <translation>Word (.docx, att skriva färdigt texten i)</translation>
        </message>
        <message>
            <location filename="../../desktop_app/ui/memo_actions.py" line="82" />
            <source>Format:</source>
            <translation>Format:</translation>
        </message>
        <message>
            <location filename="../../desktop_app/ui/memo_actions.py" line="83" />
            <source>One file (a PDF with a cover list and bookmarks)</source>
            <translation>En fil (en PDF med förteckning och bokmärken)</translation>
        </message>
        <message>
            <location filename="../../desktop_app/ui/memo_actions.py" line="84" />
            <source>One file per entry, in a folder</source>
            <translation>En fil per post, i en mapp</translation>
        </message>
        <message>
            <location filename="../../desktop_app/ui/memo_actions.py" line="96" />
            <source>Open it (print from the PDF viewer, or edit in Word)</source>
            <translation>Öppna den (skriv ut från PDF-läsaren eller redigera i Word)</translation>
        </message>
        <message>
            <location filename="../../desktop_app/ui/memo_actions.py" line="107" />
            <source>Each memo is recorded in the entry's history. The PDF is an archival PDF/A document with embedded fonts; the Word file has the same text. A terminated entry gets no memo.</source>
            <translation>Varje PM noteras i postens historik. PDF-filen är ett arkivbeständigt PDF/A-dokument med inbäddade typsnitt; Word-filen har samma text. En avslutad post får inget PM.</translation>
        </message>
        <message>
            <location filename="../../desktop_app/ui/memo_actions.py" line="89" />
            <source>Files:</source>
            <translation>Filer:</translation>
        </message>
        <message>
            <location filename="../../desktop_app/ui/memo_actions.py" line="92" />
            <source>Swedish</source>
            <translation>Svenska</translation>
        </message>
        <message>
            <location filename="../../desktop_app/ui/memo_actions.py" line="93" />
            <source>English</source>
            <translation>Engelska</translation>
        </message>
        <message>
            <location filename="../../desktop_app/ui/memo_actions.py" line="94" />
            <source>Language:</source>
            <translation>Språk:</translation>
        </message>
        <message>
            <location filename="../../desktop_app/ui/memo_actions.py" line="98" />
            <source>Save as…</source>
            <translation>Spara som…</translation>
        </message>
        <message>
            <location filename="../../desktop_app/ui/memo_actions.py" line="103" />
            <source>Then:</source>
            <translation>Sedan:</translation>
        </message>
        <message>
            <location filename="../../desktop_app/ui/memo_actions.py" line="118" />
            <source>Create memos</source>
            <translation>Skapa PM</translation>
        </message>
        <message>
            <location filename="../../desktop_app/ui/memo_actions.py" line="119" />
            <source>Cancel</source>
            <translation>Avbryt</translation>
        </message>
        <message numerus="yes">
            <location filename="../../desktop_app/ui/memo_actions.py" line="127" />
            <source>%n entries, overdue ones included</source>
            <translation>
                <numerusform>%n post, försenade inräknade</numerusform>
                <numerusform>%n poster, försenade inräknade</numerusform>
            </translation>
        </message>
    </context>
</TS>
