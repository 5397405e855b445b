<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="sv_SE" sourcelanguage="en">
    <context>
        <name>BodiesPage</name>
        <message>
            <location filename="../../desktop_app/ui/pages/bodies.py" line="74" />
            <source>The bodies that decide on entries, with their mandates (R4) and international contact persons (R8). A body in use cannot be deleted; deactivate it instead.</source>
            <translation>Organen som fattar beslut om posterna, med sina mandat (R4) och internationella kontaktpersoner (R8). Ett organ som används kan inte tas bort; inaktivera det i stället.</translation>
        </message>
        <message>
            <location filename="../../desktop_app/ui/pages/bodies.py" line="84" />
            <source>Mark contact warning as &amp;assessed…</source>
            <translation>Markera kontaktvarningen som &amp;bedömd…</translation>
        </message>
        <message>
            <location filename="../../desktop_app/ui/pages/bodies.py" line="91" />
            <location filename="../../desktop_app/ui/pages/bodies.py" line="318" />
            <source>&amp;New body…</source>
            <translation>&amp;Nytt organ…</translation>
        </message>
        <message>
            <location filename="../../desktop_app/ui/pages/bodies.py" line="88" />
            <source>Sh&amp;ow inactive</source>
            <translation>Visa &amp;inaktiva</translation>
        </message>
        <message>
            <location filename="../../desktop_app/ui/pages/bodies.py" line="92" />
            <location filename="../../desktop_app/ui/pages/bodies.py" line="299" />
            <source>Ed&amp;it…</source>
            <translation>R&amp;edigera…</translation>
        </message>
        <message>
            <location filename="../../desktop_app/ui/pages/bodies.py" line="93" />
            <location filename="../../desktop_app/ui/pages/bodies.py" line="290" />
            <location filename="../../desktop_app/ui/pages/bodies.py" line="303" />
            <source>&amp;Deactivate</source>
            <translation>Ina&amp;ktivera</translation>
        </message>
        <message>
            <location filename="../../desktop_app/ui/pages/bodies.py" line="107" />
            <source>Short name</source>
            <translation>Förkortning</translation>
        </message>
        <message>
            <location filename="../../desktop_app/ui/pages/bodies.py" line="108" />
            <source>Name</source>
            <translation>Namn</translation>
        </message>
        <message>
            <location filename="../../desktop_app/ui/pages/bodies.py" line="109" />
            <source>Kind</source>
            <translation>Typ av organ</translation>
        </message>
        <message>
            <location filename="../../desktop_app/ui/pages/bodies.py" line="110" />
            <source>Administration or company</source>
            <translation>Förvaltning eller bolag</translation>
        </message>
        <message>
            <location filename="../../desktop_app/ui/pages/bodies.py" line="111" />
            <source>Contact person</source>
            <translation>Kontaktperson</translation>
        </message>
        <message>
            <location filename="../../desktop_app/ui/pages/bodies.py" line="112" />
            <source>E-mail</source>
            <translation>E-post</translation>
        </message>
        <message>
            <location filename="../../desktop_app/ui/pages/bodies.py" line="113" />
            <source>Phone</source>
            <translation>Telefon</translation>
        </message>
        <message>
            <location filename="../../desktop_app/ui/pages/bodies.py" line="114" />
            <source>Active</source>
            <translation>Aktiv</translation>
        </message>
        <message>
            <location filename="../../desktop_app/ui/pages/bodies.py" line="115" />
            <source>Entries</source>
            <translation>Poster</translation>
        </message>
        <message>
            <location filename="../../desktop_app/ui/pages/bodies.py" line="176" />
            <source>Yes</source>
            <translation>Ja</translation>
        </message>
        <message>
            <location filename="../../desktop_app/ui/pages/bodies.py" line="176" />
            <source>No</source>
            <translation>Nej</translation>
        </message>
        <message>
            <location filename="../../desktop_app/ui/pages/bodies.py" line="192" />
            <source>missing (R8)</source>
            <translation>saknas (R8)</translation>
        </message>
        <message>
            <location filename="../../desktop_app/ui/pages/bodies.py" line="195" />
            <source>No international contact person for an administration with entries (R8).</source>
            <translation>Ingen internationell kontaktperson för en förvaltning med poster (R8).</translation>
        </message>
        <message>
            <location filename="../../desktop_app/ui/pages/bodies.py" line="237" />
            <source>Mark as assessed</source>
            <translation>Markera som bedömd</translation>
        </message>
        <message>
            <location filename="../../desktop_app/ui/pages/bodies.py" line="238" />
            <source>Why is this in order?</source>
            <translation>Varför är detta i sin ordning?</translation>
        </message>
        <message>
            <location filename="../../desktop_app/ui/pages/bodies.py" line="258" />
            <source>May decide:</source>
            <translation>Får besluta om:</translation>
        </message>
        <message>
            <location filename="../../desktop_app/ui/pages/bodies.py" line="290" />
            <location filename="../../desktop_app/ui/pages/bodies.py" line="301" />
            <source>&amp;Activate</source>
            <translation>&amp;Aktivera</translation>
        </message>
        <message>
            <location filename="../../desktop_app/ui/pages/bodies.py" line="309" />
            <source>Show entries it de&amp;cided</source>
            <translation>Visa poster som organet &amp;beslutat</translation>
        </message>
        <message>
            <location filename="../../desktop_app/ui/pages/bodies.py" line="310" />
            <source>Show entries it is &amp;responsible for</source>
            <translation>Visa poster som organet ans&amp;varar för</translation>
        </message>
    </context>
    <context>
        <name>BodyDialog</name>
        <message>
            <location filename="../../desktop_app/ui/pages/body_dialog.py" line="41" />
            <source>Decides nothing itself: an administration prepares and carries out the decisions of its committee or board.</source>
            <translation>Beslutar inget själv: en förvaltning bereder och verkställer sin nämnds eller styrelses beslut.</translation>
        </message>
        <message>
            <location filename="../../desktop_app/ui/pages/body_dialog.py" line="61" />
            <source>Edit decision body</source>
            <translation>Redigera beslutande organ</translation>
        </message>
        <message>
            <location filename="../../desktop_app/ui/pages/body_dialog.py" line="61" />
            <source>New decision body</source>
            <translation>Nytt beslutande organ</translation>
        </message>
        <message>
            <location filename="../../desktop_app/ui/pages/body_dialog.py" line="73" />
            <source>e.g. Trafikkontoret</source>
            <translation>t.ex. Trafikkontoret</translation>
        </message>
        <message>
            <location filename="../../desktop_app/ui/pages/body_dialog.py" line="74" />
            <source>Active (can be chosen for new decisions)</source>
            <translation>Aktivt (kan väljas för nya beslut)</translation>
        </message>
        <message>
            <location filename="../../desktop_app/ui/pages/body_dialog.py" line="77" />
            <source>S&amp;hort name:</source>
            <translation>&amp;Förkortning:</translation>
        </message>
        <message>
            <location filename="../../desktop_app/ui/pages/body_dialog.py" line="78" />
            <source>&amp;Name (Swedish):</source>
            <translation>&amp;Namn (svenska):</translation>
        </message>
        <message>
            <location filename="../../desktop_app/ui/pages/body_dialog.py" line="79" />
            <source>Name (&amp;English):</source>
            <translation>Namn (&amp;engelska):</translation>
        </message>
        <message>
            <location filename="../../desktop_app/ui/pages/body_dialog.py" line="80" />
            <source>&amp;Kind:</source>
            <translation>Typ av or&amp;gan:</translation>
        </message>
        <message>
            <location filename="../../desktop_app/ui/pages/body_dialog.py" line="81" />
            <source>&amp;Administration or company:</source>
            <translation>För&amp;valtning eller bolag:</translation>
        </message>
        <message>
            <location filename="../../desktop_app/ui/pages/body_dialog.py" line="88" />
            <source>International contact person (R8)</source>
            <translation>Internationell kontaktperson (R8)</translation>
        </message>
        <message>
            <location filename="../../desktop_app/ui/pages/body_dialog.py" line="90" />
            <source>Na&amp;me:</source>
            <translation>Na&amp;mn:</translation>
        </message>
        <message>
            <location filename="../../desktop_app/ui/pages/body_dialog.py" line="91" />
            <source>&amp;Role:</source>
            <translation>&amp;Roll:</translation>
        </message>
        <message>
            <location filename="../../desktop_app/ui/pages/body_dialog.py" line="92" />
            <source>E-ma&amp;il:</source>
            <translation>E-&amp;post:</translation>
        </message>
        <message>
            <location filename="../../desktop_app/ui/pages/body_dialog.py" line="93" />
            <source>&amp;Phone:</source>
            <translation>&amp;Telefon:</translation>
        </message>
        <message>
            <location filename="../../desktop_app/ui/pages/body_dialog.py" line="95" />
            <source>What the body decides under the strategy (R4)</source>
            <translation>Vad organet beslutar om enligt strategin (R4)</translation>
        </message>
        <message>
            <location filename="../../desktop_app/ui/pages/body_dialog.py" line="101" />
            <source>Follows from the kind. A committee or company board decides what it is responsible for; the City Council may decide anything (an unusual route is noted, not flagged).</source>
            <translation>Följer av typen. En nämnd eller bolagsstyrelse beslutar om det den ansvarar för; kommunfullmäktige kan besluta om allt (en ovanlig beslutsväg noteras, men är inget fel).</translation>
        </message>
        <message>
            <location filename="../../desktop_app/ui/pages/body_dialog.py" line="115" />
            <source>&amp;Save</source>
            <translation>&amp;Spara</translation>
        </message>
        <message>
            <location filename="../../desktop_app/ui/pages/body_dialog.py" line="116" />
            <source>Cancel</source>
            <translation>Avbryt</translation>
        </message>
    </context>
    <context>
        <name>CatalogPage</name>
        <message>
            <location filename="../../desktop_app/ui/pages/catalog.py" line="334" />
            <source>&amp;Counterparties</source>
            <translation>&amp;Motparter</translation>
        </message>
        <message>
            <location filename="../../desktop_app/ui/pages/catalog.py" line="335" />
            <source>&amp;Themes</source>
            <translation>&amp;Teman</translation>
        </message>
    </context>
    <context>
        <name>CounterpartiesTab</name>
        <message>
            <location filename="../../desktop_app/ui/pages/catalog.py" line="257" />
            <source>Name</source>
            <translation>Namn</translation>
        </message>
        <message>
            <location filename="../../desktop_app/ui/pages/catalog.py" line="258" />
            <source>Country</source>
            <translation>Land</translation>
        </message>
        <message>
            <location filename="../../desktop_app/ui/pages/catalog.py" line="259" />
            <source>Type</source>
            <translation>Typ</translation>
        </message>
        <message>
            <location filename="../../desktop_app/ui/pages/catalog.py" line="260" />
            <source>Active</source>
            <translation>Aktiv</translation>
        </message>
        <message>
            <location filename="../../desktop_app/ui/pages/catalog.py" line="261" />
            <source>Entries</source>
            <translation>Poster</translation>
        </message>
        <message>
            <location filename="../../desktop_app/ui/pages/catalog.py" line="263" />
            <source>&amp;New counterparty…</source>
            <translation>&amp;Ny motpart…</translation>
        </message>
        <message>
            <location filename="../../desktop_app/ui/pages/catalog.py" line="272" />
            <source>Yes</source>
            <translation>Ja</translation>
        </message>
        <message>
            <location filename="../../desktop_app/ui/pages/catalog.py" line="272" />
            <source>No</source>
            <translation>Nej</translation>
        </message>
        <message>
            <location filename="../../desktop_app/ui/pages/catalog.py" line="282" />
            <source>&amp;Search the register for it</source>
            <translation>&amp;Sök efter motparten i registret</translation>
        </message>
    </context>
    <context>
        <name>CounterpartyDialog</name>
        <message>
            <location filename="../../desktop_app/ui/pages/catalog_dialogs.py" line="75" />
            <source>Edit counterparty</source>
            <translation>Redigera motpart</translation>
        </message>
        <message>
            <location filename="../../desktop_app/ui/pages/catalog_dialogs.py" line="75" />
            <source>New counterparty</source>
            <translation>Ny motpart</translation>
        </message>
        <message>
            <location filename="../../desktop_app/ui/pages/catalog_dialogs.py" line="78" />
            <source>e.g. Belgien</source>
            <translation>t.ex. Belgien</translation>
        </message>
        <message>
            <location filename="../../desktop_app/ui/pages/catalog_dialogs.py" line="82" />
            <source>Active (can be chosen for new entries)</source>
            <translation>Aktiv (kan väljas för nya poster)</translation>
        </message>
        <message>
            <location filename="../../desktop_app/ui/pages/catalog_dialogs.py" line="84" />
            <source>&amp;Name:</source>
            <translation>&amp;Namn:</translation>
        </message>
        <message>
            <location filename="../../desktop_app/ui/pages/catalog_dialogs.py" line="85" />
            <source>&amp;Country:</source>
            <translation>&amp;Land:</translation>
        </message>
        <message>
            <location filename="../../desktop_app/ui/pages/catalog_dialogs.py" line="86" />
            <source>&amp;Type:</source>
            <translation>&amp;Typ:</translation>
        </message>
    </context>
    <context>
        <name>History</name>
        <message>
            <location filename="../../desktop_app/ui/trail.py" line="26" />
            <source>Created</source>
            <translation>Skapad</translation>
        </message>
        <message>
            <location filename="../../desktop_app/ui/trail.py" line="27" />
            <source>Changed</source>
            <translation>Ändrad</translation>
        </message>
        <message>
            <location filename="../../desktop_app/ui/trail.py" line="28" />
            <source>Review recorded</source>
            <translation>Omprövning registrerad</translation>
        </message>
        <message>
            <location filename="../../desktop_app/ui/trail.py" line="29" />
            <source>Terminated</source>
            <translation>Avslutad</translation>
        </message>
        <message>
            <location filename="../../desktop_app/ui/trail.py" line="30" />
            <location filename="../../desktop_app/ui/trail.py" line="100" />
            <source>Archived</source>
            <translation>Avförd</translation>
        </message>
        <message>
            <location filename="../../desktop_app/ui/trail.py" line="31" />
            <source>Restored</source>
            <translation>Återställd</translation>
        </message>
        <message>
            <location filename="../../desktop_app/ui/trail.py" line="32" />
            <source>Document made</source>
            <translation>Dokument skapat</translation>
        </message>
        <message>
            <location filename="../../desktop_app/ui/trail.py" line="33" />
            <source>Register created</source>
            <translation>Registret skapat</translation>
        </message>
        <message>
            <location filename="../../desktop_app/ui/trail.py" line="34" />
            <source>Register upgraded</source>
            <translation>Registret uppgraderat</translation>
        </message>
        <message>
            <location filename="../../desktop_app/ui/trail.py" line="35" />
            <source>Imported</source>
            <translation>Importerad</translation>
        </message>
        <message>
            <location filename="../../desktop_app/ui/trail.py" line="36" />
            <source>Exported</source>
            <translation>Exporterad</translation>
        </message>
        <message>
            <location filename="../../desktop_app/ui/trail.py" line="37" />
            <source>Warning assessed</source>
            <translation>Varning bedömd</translation>
        </message>
        <message>
            <location filename="../../desktop_app/ui/trail.py" line="38" />
            <source>Warning reopened</source>
            <translation>Varning öppnad igen</translation>
        </message>
        <message>
            <location filename="../../desktop_app/ui/trail.py" line="39" />
            <source>Request for public documents</source>
            <translation>Begäran om allmän handling</translation>
        </message>
        <message>
            <location filename="../../desktop_app/ui/trail.py" line="40" />
            <source>Secrecy assessed</source>
            <translation>Sekretess bedömd</translation>
        </message>
        <message>
            <location filename="../../desktop_app/ui/trail.py" line="41" />
            <source>Secrecy mark removed</source>
            <translation>Sekretessmarkering borttagen</translation>
        </message>
        <message>
            <location filename="../../desktop_app/ui/trail.py" line="42" />
            <source>Closed</source>
            <translation>Avslutat</translation>
        </message>
        <message>
            <location filename="../../desktop_app/ui/trail.py" line="46" />
            <location filename="../../desktop_app/ui/trail.py" line="275" />
            <source>Entry</source>
            <translation>Post</translation>
        </message>
        <message>
            <location filename="../../desktop_app/ui/trail.py" line="47" />
            <source>Decision body</source>
            <translation>Beslutande organ</translation>
        </message>
        <message>
            <location filename="../../desktop_app/ui/trail.py" line="48" />
            <location filename="../../desktop_app/ui/trail.py" line="67" />
            <source>Theme</source>
            <translation>Tema</translation>
        </message>
        <message>
            <location filename="../../desktop_app/ui/trail.py" line="49" />
            <source>Counterparty</source>
            <translation>Motpart</translation>
        </message>
        <message>
            <location filename="../../desktop_app/ui/trail.py" line="50" />
            <source>Setting</source>
            <translation>Inställning</translation>
        </message>
        <message>
            <location filename="../../desktop_app/ui/trail.py" line="51" />
            <source>Register</source>
            <translation>Register</translation>
        </message>
        <message>
            <location filename="../../desktop_app/ui/trail.py" line="52" />
            <source>Database schema</source>
            <translation>Databasschema</translation>
        </message>
        <message>
            <location filename="../../desktop_app/ui/trail.py" line="54" />
            <source>Invitation letter</source>
            <translation>Inbjudningsbrev</translation>
        </message>
        <message>
            <location filename="../../desktop_app/ui/trail.py" line="55" />
            <source>Review case (memo draft)</source>
            <translation>Omprövningsärende (utkast till PM)</translation>
        </message>
        <message>
            <location filename="../../desktop_app/ui/trail.py" line="59" />
            <source>Kind</source>
            <translation>Typ</translation>
        </message>
        <message>
            <location filename="../../desktop_app/ui/trail.py" line="60" />
            <source>Title</source>
            <translation>Titel</translation>
        </message>
        <message>
            <location filename="../../desktop_app/ui/trail.py" line="61" />
            <source>Case number</source>
            <translation>Diarienummer</translation>
        </message>
        <message>
            <location filename="../../desktop_app/ui/trail.py" line="62" />
            <source>Scope</source>
            <translation>Omfattning</translation>
        </message>
        <message>
            <location filename="../../desktop_app/ui/trail.py" line="63" />
            <source>Deciding body</source>
            <translation>Beslutande organ</translation>
        </message>
        <message>
            <location filename="../../desktop_app/ui/trail.py" line="64" />
            <source>Decision date</source>
            <translation>Beslutsdatum</translation>
        </message>
        <message>
            <location filename="../../desktop_app/ui/trail.py" line="65" />
            <source>Responsible committee</source>
            <translation>Ansvarig nämnd/bolag</translation>
        </message>
        <message>
            <location filename="../../desktop_app/ui/trail.py" line="66" />
            <location filename="../../desktop_app/ui/trail.py" line="108" />
            <source>Contact person</source>
            <translation>Kontaktperson</translation>
        </message>
        <message>
            <location filename="../../desktop_app/ui/trail.py" line="68" />
            <source>Strategic directions</source>
            <translation>Inriktningar</translation>
        </message>
        <message>
            <location filename="../../desktop_app/ui/trail.py" line="69" />
            <source>Mutual benefit</source>
            <translation>Ömsesidig nytta</translation>
        </message>
        <message>
            <location filename="../../desktop_app/ui/trail.py" line="70" />
            <source>Start date</source>
            <translation>Startdatum</translation>
        </message>
        <message>
            <location filename="../../desktop_app/ui/trail.py" line="71" />
            <source>End date</source>
            <translation>Slutdatum</translation>
        </message>
        <message>
            <location filename="../../desktop_app/ui/trail.py" line="72" />
            <source>Review interval (years)</source>
            <translation>Omprövningsintervall (år)</translation>
        </message>
        <message>
            <location filename="../../desktop_app/ui/trail.py" line="73" />
            <source>Review interval (months)</source>
            <translation>Omprövningsintervall (månader)</translation>
        </message>
        <message>
            <location filename="../../desktop_app/ui/trail.py" line="74" />
            <source>Next review set by decision</source>
            <translation>Nästa omprövning satt i beslutet</translation>
        </message>
        <message>
            <location filename="../../desktop_app/ui/trail.py" line="75" />
            <source>Reason for the review date</source>
            <translation>Skäl för omprövningsdatum</translation>
        </message>
        <message>
            <location filename="../../desktop_app/ui/trail.py" line="76" />
            <source>Concerns</source>
            <translation>Ärendet avser</translation>
        </message>
        <message>
            <location filename="../../desktop_app/ui/trail.py" line="77" />
            <source>Continued commitment</source>
            <translation>Fortsatt åtagande</translation>
        </message>
        <message>
            <location filename="../../desktop_app/ui/trail.py" line="79" />
            <source>Project kind</source>
            <translation>Projekttyp</translation>
        </message>
        <message>
            <location filename="../../desktop_app/ui/trail.py" line="80" />
            <source>External financiers</source>
            <translation>Externa finansiärer</translation>
        </message>
        <message>
            <location filename="../../desktop_app/ui/trail.py" line="81" />
            <source>External share (%)</source>
            <translation>Extern andel (%)</translation>
        </message>
        <message>
            <location filename="../../desktop_app/ui/trail.py" line="82" />
            <source>City's own contribution</source>
            <translation>Stadens egen insats</translation>
        </message>
        <message>
            <location filename="../../desktop_app/ui/trail.py" line="83" />
            <source>Letter date</source>
            <translation>Brevets datum</translation>
        </message>
        <message>
            <location filename="../../desktop_app/ui/trail.py" line="84" />
            <source>Delegation</source>
            <translation>Delegation</translation>
        </message>
        <message>
            <location filename="../../desktop_app/ui/trail.py" line="85" />
            <source>Operation</source>
            <translation>Verksamhet</translation>
        </message>
        <message>
            <location filename="../../desktop_app/ui/trail.py" line="86" />
            <source>Justification</source>
            <translation>Motivering</translation>
        </message>
        <message>
            <location filename="../../desktop_app/ui/trail.py" line="87" />
            <source>Decided by</source>
            <translation>Beslutat av</translation>
        </message>
        <message>
            <location filename="../../desktop_app/ui/trail.py" line="88" />
            <source>Last review</source>
            <translation>Senaste omprövning</translation>
        </message>
        <message>
            <location filename="../../desktop_app/ui/trail.py" line="89" />
            <source>Next review</source>
            <translation>Nästa omprövning</translation>
        </message>
        <message>
            <location filename="../../desktop_app/ui/trail.py" line="90" />
            <source>Annual cost</source>
            <translation>Årlig kostnad</translation>
        </message>
        <message>
            <location filename="../../desktop_app/ui/trail.py" line="91" />
            <source>Currency</source>
            <translation>Valuta</translation>
        </message>
        <message>
            <location filename="../../desktop_app/ui/trail.py" line="78" />
            <source>Paid by</source>
            <translation>Betalas av</translation>
        </message>
        <message>
            <location filename="../../desktop_app/ui/trail.py" line="93" />
            <source>Status</source>
            <translation>Status</translation>
        </message>
        <message>
            <location filename="../../desktop_app/ui/trail.py" line="94" />
            <source>Notes</source>
            <translation>Anteckningar</translation>
        </message>
        <message>
            <location filename="../../desktop_app/ui/trail.py" line="95" />
            <source>Documents</source>
            <translation>Dokument</translation>
        </message>
        <message>
            <location filename="../../desktop_app/ui/trail.py" line="96" />
            <source>Counterparties</source>
            <translation>Motparter</translation>
        </message>
        <message>
            <location filename="../../desktop_app/ui/trail.py" line="97" />
            <source>Terminated on</source>
            <translation>Avslutad den</translation>
        </message>
        <message>
            <location filename="../../desktop_app/ui/trail.py" line="98" />
            <source>Reason for termination</source>
            <translation>Skäl för avslut</translation>
        </message>
        <message>
            <location filename="../../desktop_app/ui/trail.py" line="99" />
            <source>Terminated by</source>
            <translation>Avslutad av</translation>
        </message>
        <message>
            <location filename="../../desktop_app/ui/trail.py" line="101" />
            <source>Short name</source>
            <translation>Förkortning</translation>
        </message>
        <message>
            <location filename="../../desktop_app/ui/trail.py" line="102" />
            <source>Name (Swedish)</source>
            <translation>Namn (svenska)</translation>
        </message>
        <message>
            <location filename="../../desktop_app/ui/trail.py" line="103" />
            <source>Name (English)</source>
            <translation>Namn (engelska)</translation>
        </message>
        <message>
            <location filename="../../desktop_app/ui/trail.py" line="104" />
            <source>Name</source>
            <translation>Namn</translation>
        </message>
        <message>
            <location filename="../../desktop_app/ui/trail.py" line="105" />
            <source>Country</source>
            <translation>Land</translation>
        </message>
        <message>
            <location filename="../../desktop_app/ui/trail.py" line="106" />
            <source>Type</source>
            <translation>Typ</translation>
        </message>
        <message>
            <location filename="../../desktop_app/ui/trail.py" line="53" />
            <location filename="../../desktop_app/ui/trail.py" line="107" />
            <source>Administration or company</source>
            <translation>Förvaltning eller bolag</translation>
        </message>
        <message>
            <location filename="../../desktop_app/ui/trail.py" line="92" />
            <source>Paid by (as written)</source>
            <translation>Betalas av (som skrivet)</translation>
        </message>
        <message>
            <location filename="../../desktop_app/ui/trail.py" line="109" />
            <source>Contact person's role</source>
            <translation>Kontaktpersonens roll</translation>
        </message>
        <message>
            <location filename="../../desktop_app/ui/trail.py" line="110" />
            <source>Contact person's e-mail</source>
            <translation>Kontaktpersonens e-post</translation>
        </message>
        <message>
            <location filename="../../desktop_app/ui/trail.py" line="111" />
            <source>Contact person's phone</source>
            <translation>Kontaktpersonens telefon</translation>
        </message>
        <message>
            <location filename="../../desktop_app/ui/trail.py" line="112" />
            <source>Active</source>
            <translation>Aktiv</translation>
        </message>
        <message>
            <location filename="../../desktop_app/ui/trail.py" line="113" />
            <source>Mandates</source>
            <translation>Mandat</translation>
        </message>
        <message>
            <location filename="../../desktop_app/ui/trail.py" line="114" />
            <source>Review lead time (days)</source>
            <translation>Framförhållning för omprövning (dagar)</translation>
        </message>
        <message>
            <location filename="../../desktop_app/ui/trail.py" line="115" />
            <source>Organisation's name</source>
            <translation>Organisationens namn</translation>
        </message>
        <message>
            <location filename="../../desktop_app/ui/trail.py" line="116" />
            <source>File</source>
            <translation>Fil</translation>
        </message>
        <message>
            <location filename="../../desktop_app/ui/trail.py" line="117" />
            <source>Meetings added</source>
            <translation>Sammanträden tillagda</translation>
        </message>
        <message>
            <location filename="../../desktop_app/ui/trail.py" line="118" />
            <source>Meetings cancelled</source>
            <translation>Sammanträden inställda</translation>
        </message>
        <message>
            <location filename="../../desktop_app/ui/trail.py" line="120" />
            <source>The memo proposes</source>
            <translation>PM:et föreslår</translation>
        </message>
        <message>
            <location filename="../../desktop_app/ui/trail.py" line="121" />
            <source>Proposal</source>
            <translation>Förslag</translation>
        </message>
        <message>
            <location filename="../../desktop_app/ui/trail.py" line="122" />
            <source>Proposed decision</source>
            <translation>Förslag till beslut</translation>
        </message>
        <message>
            <location filename="../../desktop_app/ui/trail.py" line="123" />
            <source>Summary</source>
            <translation>Sammanfattning</translation>
        </message>
        <message>
            <location filename="../../desktop_app/ui/trail.py" line="124" />
            <source>Preparation of the matter</source>
            <translation>Ärendets beredning</translation>
        </message>
        <message>
            <location filename="../../desktop_app/ui/trail.py" line="125" />
            <source>The administration's assessment</source>
            <translation>Förvaltningens bedömning</translation>
        </message>
        <message>
            <location filename="../../desktop_app/ui/trail.py" line="126" />
            <source>Case officer</source>
            <translation>Handläggare</translation>
        </message>
        <message>
            <location filename="../../desktop_app/ui/trail.py" line="127" />
            <source>Case officer's phone</source>
            <translation>Handläggarens telefon</translation>
        </message>
        <message>
            <location filename="../../desktop_app/ui/trail.py" line="132" />
            <source>review no.</source>
            <translation>omprövning nr</translation>
        </message>
        <message>
            <location filename="../../desktop_app/ui/trail.py" line="133" />
            <source>outcome</source>
            <translation>utfall</translation>
        </message>
        <message>
            <location filename="../../desktop_app/ui/trail.py" line="134" />
            <source>decision date</source>
            <translation>beslutsdatum</translation>
        </message>
        <message>
            <location filename="../../desktop_app/ui/trail.py" line="135" />
            <source>deciding body</source>
            <translation>beslutande organ</translation>
        </message>
        <message>
            <location filename="../../desktop_app/ui/trail.py" line="136" />
            <source>case number</source>
            <translation>diarienummer</translation>
        </message>
        <message>
            <location filename="../../desktop_app/ui/trail.py" line="137" />
            <source>note</source>
            <translation>anteckning</translation>
        </message>
        <message>
            <location filename="../../desktop_app/ui/trail.py" line="138" />
            <source>kind</source>
            <translation>typ</translation>
        </message>
        <message>
            <location filename="../../desktop_app/ui/trail.py" line="139" />
            <location filename="../../desktop_app/ui/trail.py" line="140" />
            <source>file</source>
            <translation>fil</translation>
        </message>
        <message>
            <location filename="../../desktop_app/ui/trail.py" line="141" />
            <source>sheet</source>
            <translation>blad</translation>
        </message>
        <message>
            <location filename="../../desktop_app/ui/trail.py" line="142" />
            <source>row</source>
            <translation>rad</translation>
        </message>
        <message>
            <location filename="../../desktop_app/ui/trail.py" line="143" />
            <source>created</source>
            <translation>skapade</translation>
        </message>
        <message>
            <location filename="../../desktop_app/ui/trail.py" line="144" />
            <source>updated</source>
            <translation>ändrade</translation>
        </message>
        <message>
            <location filename="../../desktop_app/ui/trail.py" line="145" />
            <source>schema version</source>
            <translation>schemaversion</translation>
        </message>
        <message>
            <location filename="../../desktop_app/ui/trail.py" line="146" />
            <source>assessment no.</source>
            <translation>bedömning nr</translation>
        </message>
        <message>
            <location filename="../../desktop_app/ui/trail.py" line="147" />
            <source>finding</source>
            <translation>anmärkning</translation>
        </message>
        <message>
            <location filename="../../desktop_app/ui/trail.py" line="148" />
            <source>warning</source>
            <translation>varning</translation>
        </message>
        <message>
            <location filename="../../desktop_app/ui/trail.py" line="149" />
            <source>why</source>
            <translation>varför</translation>
        </message>
        <message>
            <location filename="../../desktop_app/ui/trail.py" line="150" />
            <source>administration</source>
            <translation>förvaltning</translation>
        </message>
        <message>
            <location filename="../../desktop_app/ui/trail.py" line="151" />
            <source>decision</source>
            <translation>beslut</translation>
        </message>
        <message>
            <location filename="../../desktop_app/ui/trail.py" line="152" />
            <source>provision</source>
            <translation>bestämmelse</translation>
        </message>
        <message>
            <location filename="../../desktop_app/ui/trail.py" line="153" />
            <source>reason</source>
            <translation>skäl</translation>
        </message>
        <message>
            <location filename="../../desktop_app/ui/trail.py" line="154" />
            <source>field</source>
            <translation>fält</translation>
        </message>
        <message>
            <location filename="../../desktop_app/ui/trail.py" line="155" />
            <source>masked</source>
            <translation>maskerat</translation>
        </message>
        <message>
            <location filename="../../desktop_app/ui/trail.py" line="156" />
            <source>entries</source>
            <translation>poster</translation>
        </message>
        <message>
            <location filename="../../desktop_app/ui/trail.py" line="165" />
            <source>Review</source>
            <translation>Omprövning</translation>
        </message>
        <message>
            <location filename="../../desktop_app/ui/trail.py" line="166" />
            <source>Ending</source>
            <translation>Utträde</translation>
        </message>
        <message>
            <location filename="../../desktop_app/ui/trail.py" line="167" />
            <source>New decision</source>
            <translation>Nytt beslut</translation>
        </message>
        <message>
            <location filename="../../desktop_app/ui/trail.py" line="172" />
            <source>the facts it was made on changed</source>
            <translation>uppgifterna den gjordes på har ändrats</translation>
        </message>
        <message>
            <location filename="../../desktop_app/ui/trail.py" line="173" />
            <source>withdrawn by hand</source>
            <translation>återtagen för hand</translation>
        </message>
        <message>
            <location filename="../../desktop_app/ui/trail.py" line="256" />
            <source>the whole entry</source>
            <translation>hela posten</translation>
        </message>
        <message>
            <location filename="../../desktop_app/ui/trail.py" line="259" />
            <source>Warning</source>
            <translation>Varning</translation>
        </message>
        <message>
            <location filename="../../desktop_app/ui/trail.py" line="260" />
            <source>Yes</source>
            <translation>Ja</translation>
        </message>
        <message>
            <location filename="../../desktop_app/ui/trail.py" line="261" />
            <source>No</source>
            <translation>Nej</translation>
        </message>
        <message>
            <location filename="../../desktop_app/ui/trail.py" line="262" />
            <source>(only without cost)</source>
            <translation>(endast utan kostnad)</translation>
        </message>
        <message>
            <location filename="../../desktop_app/ui/trail.py" line="268" />
            <source>(empty)</source>
            <translation>(tomt)</translation>
        </message>
        <message>
            <location filename="../../desktop_app/ui/trail.py" line="271" />
            <source>Time</source>
            <translation>Tidpunkt</translation>
        </message>
        <message>
            <location filename="../../desktop_app/ui/trail.py" line="272" />
            <source>User</source>
            <translation>Användare</translation>
        </message>
        <message>
            <location filename="../../desktop_app/ui/trail.py" line="273" />
            <source>Action</source>
            <translation>Händelse</translation>
        </message>
        <message>
            <location filename="../../desktop_app/ui/trail.py" line="274" />
            <source>Object</source>
            <translation>Objekt</translation>
        </message>
        <message>
            <location filename="../../desktop_app/ui/trail.py" line="276" />
            <source>Field</source>
            <translation>Fält</translation>
        </message>
        <message>
            <location filename="../../desktop_app/ui/trail.py" line="277" />
            <source>Old value</source>
            <translation>Tidigare värde</translation>
        </message>
        <message>
            <location filename="../../desktop_app/ui/trail.py" line="278" />
            <source>New value</source>
            <translation>Nytt värde</translation>
        </message>
        <message>
            <location filename="../../desktop_app/ui/trail.py" line="279" />
            <source>Details</source>
            <translation>Detaljer</translation>
        </message>
    </context>
    <context>
        <name>HistoryPage</name>
        <message>
            <location filename="../../desktop_app/ui/pages/history.py" line="133" />
            <source>Case number or #id</source>
            <translation>Diarienummer eller #id</translation>
        </message>
        <message>
            <location filename="../../desktop_app/ui/pages/history.py" line="141" />
            <source>&amp;Newest first</source>
            <translation>&amp;Nyaste först</translation>
        </message>
        <message>
            <location filename="../../desktop_app/ui/pages/history.py" line="146" />
            <source>&amp;User:</source>
            <translation>Använ&amp;dare:</translation>
        </message>
        <message>
            <location filename="../../desktop_app/ui/pages/history.py" line="147" />
            <source>&amp;Action:</source>
            <translation>Hände&amp;lse:</translation>
        </message>
        <message>
            <location filename="../../desktop_app/ui/pages/history.py" line="145" />
            <source>Entr&amp;y:</source>
            <translation>&amp;Post:</translation>
        </message>
        <message>
            <location filename="../../desktop_app/ui/pages/history.py" line="148" />
            <source>F&amp;rom:</source>
            <translation>&amp;Från:</translation>
        </message>
        <message>
            <location filename="../../desktop_app/ui/pages/history.py" line="149" />
            <source>&amp;To:</source>
            <translation>&amp;Till:</translation>
        </message>
        <message>
            <location filename="../../desktop_app/ui/pages/history.py" line="179" />
            <source>&amp;Load more</source>
            <translation>Visa fl&amp;er</translation>
        </message>
        <message>
            <location filename="../../desktop_app/ui/pages/history.py" line="224" />
            <source>All actions</source>
            <translation>Alla händelser</translation>
        </message>
        <message>
            <location filename="../../desktop_app/ui/pages/history.py" line="228" />
            <location filename="../../desktop_app/ui/pages/history.py" line="248" />
            <source>All users</source>
            <translation>Alla användare</translation>
        </message>
        <message>
            <location filename="../../desktop_app/ui/pages/history.py" line="319" />
            <source>Showing {shown} of {total} events.</source>
            <translation>Visar {shown} av {total} händelser.</translation>
        </message>
    </context>
    <context>
        <name>ThemeDialog</name>
        <message>
            <location filename="../../desktop_app/ui/pages/catalog_dialogs.py" line="151" />
            <source>Edit theme</source>
            <translation>Redigera tema</translation>
        </message>
        <message>
            <location filename="../../desktop_app/ui/pages/catalog_dialogs.py" line="151" />
            <source>New theme</source>
            <translation>Nytt tema</translation>
        </message>
        <message>
            <location filename="../../desktop_app/ui/pages/catalog_dialogs.py" line="154" />
            <source>Active (can be chosen for new entries)</source>
            <translation>Aktiv (kan väljas för nya poster)</translation>
        </message>
        <message>
            <location filename="../../desktop_app/ui/pages/catalog_dialogs.py" line="156" />
            <source>Name (S&amp;wedish):</source>
            <translation>Namn (s&amp;venska):</translation>
        </message>
        <message>
            <location filename="../../desktop_app/ui/pages/catalog_dialogs.py" line="157" />
            <source>Name (&amp;English):</source>
            <translation>Namn (&amp;engelska):</translation>
        </message>
    </context>
    <context>
        <name>ThemesTab</name>
        <message>
            <location filename="../../desktop_app/ui/pages/catalog.py" line="295" />
            <source>Name (Swedish)</source>
            <translation>Namn (svenska)</translation>
        </message>
        <message>
            <location filename="../../desktop_app/ui/pages/catalog.py" line="296" />
            <source>Name (English)</source>
            <translation>Namn (engelska)</translation>
        </message>
        <message>
            <location filename="../../desktop_app/ui/pages/catalog.py" line="297" />
            <source>Active</source>
            <translation>Aktiv</translation>
        </message>
        <message>
            <location filename="../../desktop_app/ui/pages/catalog.py" line="298" />
            <source>Entries</source>
            <translation>Poster</translation>
        </message>
        <message>
            <location filename="../../desktop_app/ui/pages/catalog.py" line="300" />
            <source>&amp;New theme…</source>
            <translation>&amp;Nytt tema…</translation>
        </message>
        <message>
            <location filename="../../desktop_app/ui/pages/catalog.py" line="310" />
            <source>Yes</source>
            <translation>Ja</translation>
        </message>
        <message>
            <location filename="../../desktop_app/ui/pages/catalog.py" line="310" />
            <source>No</source>
            <translation>Nej</translation>
        </message>
        <message>
            <location filename="../../desktop_app/ui/pages/catalog.py" line="320" />
            <source>&amp;Show the theme's entries</source>
            <translation>&amp;Visa temats poster</translation>
        </message>
    </context>
    <context>
        <name>Timeline</name>
        <message>
            <location filename="../../desktop_app/ui/widgets/timeline.py" line="190" />
            <source>No entries to show.</source>
            <translation>Inga poster att visa.</translation>
        </message>
        <message>
            <location filename="../../desktop_app/ui/widgets/timeline.py" line="329" />
            <source>Today {date}</source>
            <translation>I dag {date}</translation>
        </message>
        <message>
            <location filename="../../desktop_app/ui/widgets/timeline.py" line="361" />
            <source>Counterparty: {0}</source>
            <translation>Motpart: {0}</translation>
        </message>
        <message>
            <location filename="../../desktop_app/ui/widgets/timeline.py" line="367" />
            <source>Deciding body: {0}</source>
            <translation>Beslutande organ: {0}</translation>
        </message>
        <message>
            <location filename="../../desktop_app/ui/widgets/timeline.py" line="371" />
            <source>until further notice</source>
            <translation>tills vidare</translation>
        </message>
        <message>
            <location filename="../../desktop_app/ui/widgets/timeline.py" line="373" />
            <source>Period: {0}</source>
            <translation>Period: {0}</translation>
        </message>
        <message>
            <location filename="../../desktop_app/ui/widgets/timeline.py" line="376" />
            <source>Last review: {0}</source>
            <translation>Senaste omprövning: {0}</translation>
        </message>
        <message>
            <location filename="../../desktop_app/ui/widgets/timeline.py" line="383" />
            <source>{0} days overdue</source>
            <translation>{0} dagar försenad</translation>
        </message>
        <message>
            <location filename="../../desktop_app/ui/widgets/timeline.py" line="385" />
            <source>in {0} days</source>
            <translation>om {0} dagar</translation>
        </message>
        <message>
            <location filename="../../desktop_app/ui/widgets/timeline.py" line="388" />
            <source>Next review: {0} ({1})</source>
            <translation>Nästa omprövning: {0} ({1})</translation>
        </message>
        <message>
            <location filename="../../desktop_app/ui/widgets/timeline_legend.py" line="65" />
            <source>Open-ended</source>
            <translation>Tills vidare</translation>
        </message>
        <message>
            <location filename="../../desktop_app/ui/widgets/timeline_legend.py" line="68" />
            <source>Last review</source>
            <translation>Senaste omprövning</translation>
        </message>
        <message>
            <location filename="../../desktop_app/ui/widgets/timeline_legend.py" line="69" />
            <source>Next review</source>
            <translation>Nästa omprövning</translation>
        </message>
        <message>
            <location filename="../../desktop_app/ui/widgets/timeline_legend.py" line="70" />
            <source>Due</source>
            <translation>Snart</translation>
        </message>
        <message>
            <location filename="../../desktop_app/ui/widgets/timeline_legend.py" line="71" />
            <source>Overdue</source>
            <translation>Försenad</translation>
        </message>
        <message>
            <location filename="../../desktop_app/ui/widgets/timeline_legend.py" line="72" />
            <source>Today</source>
            <translation>I dag</translation>
        </message>
    </context>
    <context>
        <name>_CatalogDialog</name>
        <message>
            <location filename="../../desktop_app/ui/pages/catalog_dialogs.py" line="47" />
            <source>&amp;Save</source>
            <translation>&amp;Spara</translation>
        </message>
        <message>
            <location filename="../../desktop_app/ui/pages/catalog_dialogs.py" line="48" />
            <source>Cancel</source>
            <translation>Avbryt</translation>
        </message>
    </context>
    <context>
        <name>_ListTab</name>
        <message>
            <location filename="../../desktop_app/ui/pages/catalog.py" line="62" />
            <source>Search…</source>
            <translation>Sök…</translation>
        </message>
        <message>
            <location filename="../../desktop_app/ui/pages/catalog.py" line="65" />
            <source>Sh&amp;ow inactive</source>
            <translation>Visa &amp;inaktiva</translation>
        </message>
        <message>
            <location filename="../../desktop_app/ui/pages/catalog.py" line="69" />
            <location filename="../../desktop_app/ui/pages/catalog.py" line="213" />
            <source>Ed&amp;it…</source>
            <translation>R&amp;edigera…</translation>
        </message>
        <message>
            <location filename="../../desktop_app/ui/pages/catalog.py" line="70" />
            <location filename="../../desktop_app/ui/pages/catalog.py" line="197" />
            <source>&amp;Deactivate</source>
            <translation>Ina&amp;ktivera</translation>
        </message>
        <message>
            <location filename="../../desktop_app/ui/pages/catalog.py" line="195" />
            <source>&amp;Activate</source>
            <translation>&amp;Aktivera</translation>
        </message>
    </context>
</TS>
