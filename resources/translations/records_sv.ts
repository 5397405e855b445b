<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="sv_SE" sourcelanguage="en">
    <context>
        <name>RequestExport</name>
        <message>
            <location filename="../../desktop_app/ui/request_actions.py" line="38" />
            <source>Request for &amp;public documents…</source>
            <translation>Begäran om allmän &amp;handling…</translation>
        </message>
        <message>
            <location filename="../../desktop_app/ui/request_actions.py" line="47" />
            <location filename="../../desktop_app/ui/request_actions.py" line="116" />
            <source>Request for public documents</source>
            <translation>Begäran om allmän handling</translation>
        </message>
        <message>
            <location filename="../../desktop_app/ui/request_actions.py" line="51" />
            <source>e.g. KS 2026/1234</source>
            <translation>t.ex. KS 2026/1234</translation>
        </message>
        <message>
            <location filename="../../desktop_app/ui/request_actions.py" line="54" />
            <source>The selected entries (%1)</source>
            <translation>De markerade posterna (%1)</translation>
        </message>
        <message>
            <location filename="../../desktop_app/ui/request_actions.py" line="58" />
            <source>The whole register</source>
            <translation>Hela registret</translation>
        </message>
        <message>
            <location filename="../../desktop_app/ui/request_actions.py" line="63" />
            <source>The request's &amp;case number:</source>
            <translation>Begärans &amp;diarienummer:</translation>
        </message>
        <message>
            <location filename="../../desktop_app/ui/request_actions.py" line="65" />
            <source>Hand out:</source>
            <translation>Lämna ut:</translation>
        </message>
        <message>
            <location filename="../../desktop_app/ui/request_actions.py" line="105" />
            <source>Save the request's documents</source>
            <translation>Spara handlingarna för begäran</translation>
        </message>
        <message>
            <location filename="../../desktop_app/ui/request_actions.py" line="117" />
            <source>%1 entries written to %2. Decision: %3. The request is recorded in the history.</source>
            <translation>%1 poster skrivna till %2. Beslut: %3. Begäran är registrerad i historiken.</translation>
        </message>
        <message>
            <location filename="../../desktop_app/ui/request_actions.py" line="133" />
            <source>Writing the request's documents…</source>
            <translation>Skriver handlingarna för begäran…</translation>
        </message>
        <message>
            <location filename="../../desktop_app/ui/secrecy_marks.py" line="18" />
            <source>Secrecy assessed: marked information is masked when the entry is handed out on a request for public documents.</source>
            <translation>Sekretessbedömd: markerade uppgifter maskeras när posten lämnas ut på en begäran om allmän handling.</translation>
        </message>
    </context>
</TS>
