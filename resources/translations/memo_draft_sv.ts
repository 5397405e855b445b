<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="sv_SE" sourcelanguage="en">
    <context>
        <name>MemoDraftDialog</name>
        <message>
            <location filename="../../desktop_app/ui/memo_draft.py" line="61" />
            <source>Review case: memo draft</source>
            <translation>Omprövningsärende: utkast till PM</translation>
        </message>
        <message>
            <location filename="../../desktop_app/ui/memo_draft.py" line="71" />
            <source>Review (omprövning)</source>
            <translation>Omprövning</translation>
        </message>
        <message>
            <location filename="../../desktop_app/ui/memo_draft.py" line="72" />
            <source>Ending (utträde)</source>
            <translation>Utträde / avslut</translation>
        </message>
        <message>
            <location filename="../../desktop_app/ui/memo_draft.py" line="73" />
            <source>New decision</source>
            <translation>Nytt beslut</translation>
        </message>
        <message>
            <location filename="../../desktop_app/ui/memo_draft.py" line="74" />
            <source>The memo proposes:</source>
            <translation>PM:et föreslår:</translation>
        </message>
        <message>
            <location filename="../../desktop_app/ui/memo_draft.py" line="77" />
            <source>Continue</source>
            <translation>Fortsätta</translation>
        </message>
        <message>
            <location filename="../../desktop_app/ui/memo_draft.py" line="78" />
            <source>Continue with changes</source>
            <translation>Fortsätta med ändringar</translation>
        </message>
        <message>
            <location filename="../../desktop_app/ui/memo_draft.py" line="79" />
            <source>End</source>
            <translation>Avsluta</translation>
        </message>
        <message>
            <location filename="../../desktop_app/ui/memo_draft.py" line="80" />
            <source>Proposal:</source>
            <translation>Förslag:</translation>
        </message>
        <message>
            <location filename="../../desktop_app/ui/memo_draft.py" line="82" />
            <source>&amp;Word it from the choices</source>
            <translation>&amp;Formulera utifrån valen</translation>
        </message>
        <message>
            <location filename="../../desktop_app/ui/memo_draft.py" line="88" />
            <source>Förslag till beslut
(one point a line):</source>
            <translation>Förslag till beslut
(en punkt per rad):</translation>
        </message>
        <message>
            <location filename="../../desktop_app/ui/memo_draft.py" line="90" />
            <source>Sammanfattning:</source>
            <translation>Sammanfattning:</translation>
        </message>
        <message>
            <location filename="../../desktop_app/ui/memo_draft.py" line="92" />
            <source>Ärendets beredning:</source>
            <translation>Ärendets beredning:</translation>
        </message>
        <message>
            <location filename="../../desktop_app/ui/memo_draft.py" line="94" />
            <source>Förvaltningens bedömning
(your own words):</source>
            <translation>Förvaltningens bedömning
(egen text):</translation>
        </message>
        <message>
            <location filename="../../desktop_app/ui/memo_draft.py" line="100" />
            <source>Handläggare, phone:</source>
            <translation>Handläggare, telefon:</translation>
        </message>
        <message>
            <location filename="../../desktop_app/ui/memo_draft.py" line="103" />
            <source>Empty fields take the register's text (shown in grey). The strategy's questions, the background and the economy are written from the register; your assessment follows them. Every memo of this entry, PDF and Word, uses this draft.</source>
            <translation>Tomma fält får registrets text (visas i grått). Strategins frågor, bakgrunden och ekonomin skrivs från registret; din bedömning kommer efter dem. Alla PM för posten, PDF och Word, använder detta utkast.</translation>
        </message>
        <message>
            <location filename="../../desktop_app/ui/memo_draft.py" line="116" />
            <source>&amp;Save draft</source>
            <translation>&amp;Spara utkast</translation>
        </message>
        <message>
            <location filename="../../desktop_app/ui/memo_draft.py" line="117" />
            <source>Cancel</source>
            <translation>Avbryt</translation>
        </message>
        <message>
            <location filename="../../desktop_app/ui/memo_draft.py" line="140" />
            <source>No review case yet: saving opens one.</source>
            <translation>Inget omprövningsärende ännu: när du sparar öppnas ett.</translation>
        </message>
        <message>
            <location filename="../../desktop_app/ui/memo_draft.py" line="144" />
            <source>Review case under way: draft saved %1 by %2.</source>
            <translation>Omprövningsärende pågår: utkast sparat %1 av %2.</translation>
        </message>
        <message>
            <location filename="../../desktop_app/ui/memo_draft.py" line="187" />
            <source>Your assessment, after the strategy's questions (optional).</source>
            <translation>Din bedömning, efter strategins frågor (valfritt).</translation>
        </message>
        <message>
            <location filename="../../desktop_app/ui/memo_draft.py" line="189" />
            <source>Name</source>
            <translation>Namn</translation>
        </message>
        <message>
            <location filename="../../desktop_app/ui/memo_draft.py" line="190" />
            <source>Phone</source>
            <translation>Telefon</translation>
        </message>
        <message>
            <location filename="../../desktop_app/ui/memo_draft.py" line="264" />
            <source>Opening the review case…</source>
            <translation>Öppnar omprövningsärendet…</translation>
        </message>
        <message>
            <location filename="../../desktop_app/ui/memo_draft.py" line="278" />
            <source>review case under way (memo draft %1)</source>
            <translation>omprövningsärende pågår (utkast till PM %1)</translation>
        </message>
        <message>
            <location filename="../../desktop_app/ui/memo_draft.py" line="284" />
            <source>Memo d&amp;raft…</source>
            <translation>Utkast till PM…</translation>
        </message>
    </context>
</TS>
