<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="sv_SE" sourcelanguage="en">
    <context>
        <name>InvitationDialog</name>
        <message>
            <location filename="../../desktop_app/ui/pages/invitation_dialog.py" line="47" />
            <source>Edit invitation letter</source>
            <translation>Ändra inbjudningsbrev</translation>
        </message>
        <message>
            <location filename="../../desktop_app/ui/pages/invitation_dialog.py" line="47" />
            <source>New invitation letter</source>
            <translation>Nytt inbjudningsbrev</translation>
        </message>
        <message>
            <location filename="../../desktop_app/ui/pages/invitation_dialog.py" line="52" />
            <source>e.g. Seoul Metropolitan Government</source>
            <translation>t.ex. Seoul Metropolitan Government</translation>
        </message>
        <message>
            <location filename="../../desktop_app/ui/pages/invitation_dialog.py" line="54" />
            <source>Type to find the committee or company…</source>
            <translation>Skriv för att hitta nämnden eller bolaget …</translation>
        </message>
        <message>
            <location filename="../../desktop_app/ui/pages/invitation_dialog.py" line="67" />
            <source>Why the visit is especially prioritised for the operation</source>
            <translation>Varför besöket är särskilt prioriterat för verksamheten</translation>
        </message>
        <message>
            <location filename="../../desktop_app/ui/pages/invitation_dialog.py" line="70" />
            <source>Name and role, e.g. the head of department</source>
            <translation>Namn och roll, t.ex. förvaltningschefen</translation>
        </message>
        <message>
            <location filename="../../desktop_app/ui/pages/invitation_dialog.py" line="77" />
            <source>Letter &amp;date:</source>
            <translation>Brevets &amp;datum:</translation>
        </message>
        <message>
            <location filename="../../desktop_app/ui/pages/invitation_dialog.py" line="78" />
            <source>De&amp;legation:</source>
            <translation>Delegat&amp;ion:</translation>
        </message>
        <message>
            <location filename="../../desktop_app/ui/pages/invitation_dialog.py" line="79" />
            <source>Co&amp;untry:</source>
            <translation>&amp;Land:</translation>
        </message>
        <message>
            <location filename="../../desktop_app/ui/pages/invitation_dialog.py" line="80" />
            <source>&amp;Operation:</source>
            <translation>V&amp;erksamhet:</translation>
        </message>
        <message>
            <location filename="../../desktop_app/ui/pages/invitation_dialog.py" line="81" />
            <source>Strategic directions:</source>
            <translation>Strategiska inriktningar:</translation>
        </message>
        <message>
            <location filename="../../desktop_app/ui/pages/invitation_dialog.py" line="82" />
            <source>&amp;Justification:</source>
            <translation>&amp;Motivering:</translation>
        </message>
        <message>
            <location filename="../../desktop_app/ui/pages/invitation_dialog.py" line="83" />
            <source>Decided &amp;by:</source>
            <translation>Beslutat a&amp;v:</translation>
        </message>
        <message>
            <location filename="../../desktop_app/ui/pages/invitation_dialog.py" line="84" />
            <source>Case &amp;number:</source>
            <translation>Diarie&amp;nummer:</translation>
        </message>
        <message>
            <location filename="../../desktop_app/ui/pages/invitation_dialog.py" line="85" />
            <source>Not&amp;es:</source>
            <translation>An&amp;teckningar:</translation>
        </message>
        <message>
            <location filename="../../desktop_app/ui/pages/invitation_dialog.py" line="92" />
            <source>&amp;Save</source>
            <translation>&amp;Spara</translation>
        </message>
        <message>
            <location filename="../../desktop_app/ui/pages/invitation_dialog.py" line="93" />
            <source>Cancel</source>
            <translation>Avbryt</translation>
        </message>
    </context>
    <context>
        <name>InvitationsPage</name>
        <message>
            <location filename="../../desktop_app/ui/pages/invitations.py" line="57" />
            <source>The city writes invitation letters to visiting delegations only when the visit is especially prioritised for the operation and supported by the international strategy (R9). Each letter is logged with why, the direction it serves and who decided.</source>
            <translation>Staden skriver inbjudningsbrev till gästande delegationer bara när besöket är särskilt prioriterat för verksamheten och har stöd i den internationella strategin (R9). Varje brev loggas med motivering, vilken inriktning det stöder och vem som beslutade.</translation>
        </message>
        <message>
            <location filename="../../desktop_app/ui/pages/invitations.py" line="66" />
            <source>&amp;New letter…</source>
            <translation>&amp;Nytt brev…</translation>
        </message>
        <message>
            <location filename="../../desktop_app/ui/pages/invitations.py" line="67" />
            <source>Ed&amp;it…</source>
            <translation>R&amp;edigera…</translation>
        </message>
        <message>
            <location filename="../../desktop_app/ui/pages/invitations.py" line="68" />
            <source>Mark warning as &amp;assessed…</source>
            <translation>Markera varningen som &amp;bedömd…</translation>
        </message>
        <message>
            <location filename="../../desktop_app/ui/pages/invitations.py" line="76" />
            <source>Year:</source>
            <translation>År:</translation>
        </message>
        <message>
            <location filename="../../desktop_app/ui/pages/invitations.py" line="81" />
            <source>Date</source>
            <translation>Datum</translation>
        </message>
        <message>
            <location filename="../../desktop_app/ui/pages/invitations.py" line="82" />
            <source>Delegation</source>
            <translation>Delegation</translation>
        </message>
        <message>
            <location filename="../../desktop_app/ui/pages/invitations.py" line="83" />
            <source>Country</source>
            <translation>Land</translation>
        </message>
        <message>
            <location filename="../../desktop_app/ui/pages/invitations.py" line="84" />
            <source>Operation</source>
            <translation>Verksamhet</translation>
        </message>
        <message>
            <location filename="../../desktop_app/ui/pages/invitations.py" line="85" />
            <source>Directions</source>
            <translation>Inriktningar</translation>
        </message>
        <message>
            <location filename="../../desktop_app/ui/pages/invitations.py" line="86" />
            <source>Decided by</source>
            <translation>Beslutat av</translation>
        </message>
        <message>
            <location filename="../../desktop_app/ui/pages/invitations.py" line="87" />
            <source>Justification</source>
            <translation>Motivering</translation>
        </message>
        <message>
            <location filename="../../desktop_app/ui/pages/invitations.py" line="128" />
            <source>All</source>
            <translation>Alla</translation>
        </message>
        <message>
            <location filename="../../desktop_app/ui/pages/invitations.py" line="235" />
            <source>Mark as assessed</source>
            <translation>Markera som bedömd</translation>
        </message>
        <message>
            <location filename="../../desktop_app/ui/pages/invitations.py" line="236" />
            <source>Why is this in order?</source>
            <translation>Varför är detta i sin ordning?</translation>
        </message>
    </context>
</TS>
