<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="sv_SE" sourcelanguage="en">
    <context>
        <name>CounterpartyPicker</name>
        <message>
            <location filename="../../desktop_app/ui/editor/pickers.py" line="71" />
            <source>Type to find a counterparty…</source>
            <translation>Skriv för att söka motpart…</translation>
        </message>
        <message>
            <location filename="../../desktop_app/ui/editor/pickers.py" line="73" />
            <source>&amp;Add</source>
            <translation>&amp;Lägg till</translation>
        </message>
        <message>
            <location filename="../../desktop_app/ui/editor/pickers.py" line="75" />
            <source>New…</source>
            <translation>Ny…</translation>
        </message>
        <message>
            <location filename="../../desktop_app/ui/editor/pickers.py" line="76" />
            <source>Register a counterparty that is not in the list</source>
            <translation>Registrera en motpart som inte finns i listan</translation>
        </message>
        <message>
            <location filename="../../desktop_app/ui/editor/pickers.py" line="78" />
            <source>Remove</source>
            <translation>Ta bort</translation>
        </message>
    </context>
    <context>
        <name>DateEdit</name>
        <message>
            <location filename="../../desktop_app/ui/editor/widgets.py" line="43" />
            <source>yyyy-mm-dd</source>
            <translation>åååå-mm-dd</translation>
        </message>
        <message>
            <location filename="../../desktop_app/ui/editor/widgets.py" line="50" />
            <source>Choose a date in the calendar</source>
            <translation>Välj datum i kalendern</translation>
        </message>
    </context>
    <context>
        <name>DocumentLinks</name>
        <message>
            <location filename="../../desktop_app/ui/editor/pickers.py" line="183" />
            <source>&amp;Add file…</source>
            <translation>Lägg till &amp;fil…</translation>
        </message>
        <message>
            <location filename="../../desktop_app/ui/editor/pickers.py" line="185" />
            <source>Add &amp;link…</source>
            <translation>Lägg till &amp;länk…</translation>
        </message>
        <message>
            <location filename="../../desktop_app/ui/editor/pickers.py" line="187" />
            <source>&amp;Open</source>
            <translation>&amp;Öppna</translation>
        </message>
        <message>
            <location filename="../../desktop_app/ui/editor/pickers.py" line="189" />
            <source>Remove</source>
            <translation>Ta bort</translation>
        </message>
        <message>
            <location filename="../../desktop_app/ui/editor/pickers.py" line="219" />
            <source>Choose the signed document</source>
            <translation>Välj det undertecknade dokumentet</translation>
        </message>
        <message>
            <location filename="../../desktop_app/ui/editor/pickers.py" line="225" />
            <source>Add link</source>
            <translation>Lägg till länk</translation>
        </message>
        <message>
            <location filename="../../desktop_app/ui/editor/pickers.py" line="225" />
            <source>Web address or path of the document:</source>
            <translation>Dokumentets webbadress eller sökväg:</translation>
        </message>
    </context>
    <context>
        <name>EditsPanel</name>
        <message>
            <location filename="../../desktop_app/ui/editor/conflict.py" line="34" />
            <source>Your unsaved edits</source>
            <translation>Dina osparade ändringar</translation>
        </message>
        <message>
            <location filename="../../desktop_app/ui/editor/conflict.py" line="40" />
            <source>Field</source>
            <translation>Fält</translation>
        </message>
        <message>
            <location filename="../../desktop_app/ui/editor/conflict.py" line="40" />
            <source>Your value</source>
            <translation>Ditt värde</translation>
        </message>
        <message>
            <location filename="../../desktop_app/ui/editor/conflict.py" line="40" />
            <source>Saved value</source>
            <translation>Sparat värde</translation>
        </message>
        <message>
            <location filename="../../desktop_app/ui/editor/conflict.py" line="44" />
            <source>Use m&amp;y values again</source>
            <translation>Använd &amp;mina värden igen</translation>
        </message>
        <message>
            <location filename="../../desktop_app/ui/editor/conflict.py" line="48" />
            <source>Hide</source>
            <translation>Dölj</translation>
        </message>
        <message>
            <location filename="../../desktop_app/ui/editor/conflict.py" line="78" />
            <source>The form now shows the version %1 saved. Your edits are listed here; nothing is lost until you close the editor.</source>
            <translation>Formuläret visar nu versionen som %1 sparade. Dina ändringar står här; inget går förlorat förrän du stänger redigeringen.</translation>
        </message>
    </context>
    <context>
        <name>EntryDialog</name>
        <message>
            <location filename="../../desktop_app/ui/editor/questions.py" line="18" />
            <location filename="../../desktop_app/ui/editor/questions.py" line="41" />
            <source>Unsaved changes</source>
            <translation>Osparade ändringar</translation>
        </message>
        <message>
            <location filename="../../desktop_app/ui/editor/questions.py" line="20" />
            <source>The entry has changes that are not saved.</source>
            <translation>Posten har ändringar som inte är sparade.</translation>
        </message>
        <message>
            <location filename="../../desktop_app/ui/editor/questions.py" line="22" />
            <source>Do you want to save them?</source>
            <translation>Vill du spara dem?</translation>
        </message>
        <message>
            <location filename="../../desktop_app/ui/editor/questions.py" line="43" />
            <source>Your edits from before the reload are not saved. They are listed under “Your unsaved edits”.</source>
            <translation>Dina ändringar från före inläsningen är inte sparade. De står under ”Dina osparade ändringar”.</translation>
        </message>
        <message>
            <location filename="../../desktop_app/ui/editor/questions.py" line="50" />
            <source>Put them back into the form, or close and discard them?</source>
            <translation>Vill du föra in dem i formuläret igen, eller stänga och kasta dem?</translation>
        </message>
        <message>
            <location filename="../../desktop_app/ui/editor/questions.py" line="55" />
            <source>&amp;Put them back</source>
            <translation>&amp;För in dem igen</translation>
        </message>
        <message>
            <location filename="../../desktop_app/ui/editor/entry_dialog.py" line="128" />
            <source>Ter&amp;minate…</source>
            <translation>Avsluta &amp;posten…</translation>
        </message>
        <message>
            <location filename="../../desktop_app/ui/editor/entry_dialog.py" line="105" />
            <source>H&amp;istory</source>
            <translation>&amp;Historik</translation>
        </message>
        <message>
            <location filename="../../desktop_app/ui/editor/entry_dialog.py" line="126" />
            <source>Record revie&amp;w…</source>
            <translation>Registrera omprö&amp;vning…</translation>
        </message>
        <message>
            <location filename="../../desktop_app/ui/editor/entry_dialog.py" line="132" />
            <location filename="../../desktop_app/ui/editor/entry_dialog.py" line="235" />
            <source>Ar&amp;chive</source>
            <translation>Avfö&amp;r</translation>
        </message>
        <message>
            <location filename="../../desktop_app/ui/editor/entry_dialog.py" line="134" />
            <source>Save</source>
            <translation>Spara</translation>
        </message>
        <message>
            <location filename="../../desktop_app/ui/editor/entry_dialog.py" line="136" />
            <source>Close</source>
            <translation>Stäng</translation>
        </message>
        <message>
            <location filename="../../desktop_app/ui/editor/entry_dialog.py" line="183" />
            <source>Terminated %1</source>
            <translation>Avslutad %1</translation>
        </message>
        <message>
            <location filename="../../desktop_app/ui/editor/entry_dialog.py" line="185" />
            <source>by %1</source>
            <translation>av %1</translation>
        </message>
        <message>
            <location filename="../../desktop_app/ui/editor/entry_dialog.py" line="202" />
            <location filename="../../desktop_app/ui/editor/entry_dialog.py" line="204" />
            <source>New entry</source>
            <translation>Ny post</translation>
        </message>
        <message>
            <location filename="../../desktop_app/ui/editor/entry_dialog.py" line="204" />
            <source>fields marked * are required</source>
            <translation>fält markerade med * är obligatoriska</translation>
        </message>
        <message>
            <location filename="../../desktop_app/ui/editor/entry_dialog.py" line="209" />
            <source>Entry %1</source>
            <translation>Post %1</translation>
        </message>
        <message>
            <location filename="../../desktop_app/ui/editor/entry_dialog.py" line="215" />
            <source>Archived</source>
            <translation>Avförd</translation>
        </message>
        <message>
            <location filename="../../desktop_app/ui/editor/entry_dialog.py" line="219" />
            <source>next review %1</source>
            <translation>nästa omprövning %1</translation>
        </message>
        <message>
            <location filename="../../desktop_app/ui/editor/entry_dialog.py" line="227" />
            <source>version %1, saved %2 by %3</source>
            <translation>version %1, sparad %2 av %3</translation>
        </message>
        <message>
            <location filename="../../desktop_app/ui/editor/entry_dialog.py" line="235" />
            <source>&amp;Restore</source>
            <translation>&amp;Återställ</translation>
        </message>
        <message>
            <location filename="../../desktop_app/ui/editor/entry_dialog.py" line="296" />
            <source>Fix the errors first:</source>
            <translation>Rätta först felen:</translation>
        </message>
        <message>
            <location filename="../../desktop_app/ui/editor/entry_dialog.py" line="301" />
            <source>Nothing has changed.</source>
            <translation>Inget har ändrats.</translation>
        </message>
        <message>
            <location filename="../../desktop_app/ui/editor/entry_dialog.py" line="303" />
            <source>Save the entry (Ctrl+S)</source>
            <translation>Spara posten (Ctrl+S)</translation>
        </message>
        <message>
            <location filename="../../desktop_app/ui/editor/entry_dialog.py" line="314" />
            <source>Save first</source>
            <translation>Spara först</translation>
        </message>
        <message>
            <location filename="../../desktop_app/ui/editor/entry_dialog.py" line="315" />
            <source>A warning is assessed on the saved entry. Save your changes first.</source>
            <translation>En varning bedöms på den sparade posten. Spara dina ändringar först.</translation>
        </message>
        <message>
            <location filename="../../desktop_app/ui/editor/entry_dialog.py" line="320" />
            <source>Mark as assessed</source>
            <translation>Markera som bedömd</translation>
        </message>
        <message>
            <location filename="../../desktop_app/ui/editor/entry_dialog.py" line="323" />
            <source>Why is this in order? (e.g. “not a twin-city agreement”)</source>
            <translation>Varför är detta i sin ordning? (t.ex. ”inte ett vänortsavtal”)</translation>
        </message>
    </context>
    <context>
        <name>EntryFields</name>
        <message>
            <location filename="../../desktop_app/ui/editor/fields.py" line="25" />
            <source>Kind</source>
            <translation>Avtalstyp</translation>
        </message>
        <message>
            <location filename="../../desktop_app/ui/editor/fields.py" line="26" />
            <source>Case number</source>
            <translation>Diarienummer</translation>
        </message>
        <message>
            <location filename="../../desktop_app/ui/editor/fields.py" line="27" />
            <source>Title</source>
            <translation>Titel</translation>
        </message>
        <message>
            <location filename="../../desktop_app/ui/editor/fields.py" line="28" />
            <location filename="../../desktop_app/ui/editor/fields.py" line="29" />
            <source>Counterparties</source>
            <translation>Motparter</translation>
        </message>
        <message>
            <location filename="../../desktop_app/ui/editor/fields.py" line="30" />
            <source>Scope</source>
            <translation>Omfattning</translation>
        </message>
        <message>
            <location filename="../../desktop_app/ui/editor/fields.py" line="31" />
            <location filename="../../desktop_app/ui/editor/fields.py" line="32" />
            <source>Deciding body</source>
            <translation>Beslutande organ</translation>
        </message>
        <message>
            <location filename="../../desktop_app/ui/editor/fields.py" line="33" />
            <source>Decision date</source>
            <translation>Beslutsdatum</translation>
        </message>
        <message>
            <location filename="../../desktop_app/ui/editor/fields.py" line="34" />
            <source>Responsible committee or company</source>
            <translation>Ansvarig nämnd/bolag</translation>
        </message>
        <message>
            <location filename="../../desktop_app/ui/editor/fields.py" line="35" />
            <source>Contact person</source>
            <translation>Kontaktperson</translation>
        </message>
        <message>
            <location filename="../../desktop_app/ui/editor/fields.py" line="36" />
            <location filename="../../desktop_app/ui/editor/fields.py" line="37" />
            <source>Theme</source>
            <translation>Tematiskt område</translation>
        </message>
        <message>
            <location filename="../../desktop_app/ui/editor/fields.py" line="38" />
            <source>Strategic directions</source>
            <translation>Inriktningar</translation>
        </message>
        <message>
            <location filename="../../desktop_app/ui/editor/fields.py" line="39" />
            <source>Mutual benefit</source>
            <translation>Ömsesidig nytta</translation>
        </message>
        <message>
            <location filename="../../desktop_app/ui/editor/fields.py" line="40" />
            <source>Start date</source>
            <translation>Startdatum</translation>
        </message>
        <message>
            <location filename="../../desktop_app/ui/editor/fields.py" line="41" />
            <source>End date</source>
            <translation>Slutdatum</translation>
        </message>
        <message>
            <location filename="../../desktop_app/ui/editor/fields.py" line="42" />
            <location filename="../../desktop_app/ui/editor/fields.py" line="43" />
            <source>Review interval</source>
            <translation>Omprövningsintervall</translation>
        </message>
        <message>
            <location filename="../../desktop_app/ui/editor/fields.py" line="44" />
            <source>Next review set by decision</source>
            <translation>Nästa omprövning satt i beslutet</translation>
        </message>
        <message>
            <location filename="../../desktop_app/ui/editor/fields.py" line="45" />
            <source>Reason for the review date</source>
            <translation>Skäl för omprövningsdatum</translation>
        </message>
        <message>
            <location filename="../../desktop_app/ui/editor/fields.py" line="46" />
            <source>Concerns</source>
            <translation>Ärendet avser</translation>
        </message>
        <message>
            <location filename="../../desktop_app/ui/editor/fields.py" line="47" />
            <source>Continued commitment</source>
            <translation>Fortsatt åtagande</translation>
        </message>
        <message>
            <location filename="../../desktop_app/ui/editor/fields.py" line="49" />
            <source>Project kind</source>
            <translation>Projekttyp</translation>
        </message>
        <message>
            <location filename="../../desktop_app/ui/editor/fields.py" line="50" />
            <source>External financiers</source>
            <translation>Externa finansiärer</translation>
        </message>
        <message>
            <location filename="../../desktop_app/ui/editor/fields.py" line="51" />
            <source>External share</source>
            <translation>Extern andel</translation>
        </message>
        <message>
            <location filename="../../desktop_app/ui/editor/fields.py" line="52" />
            <source>City's own contribution</source>
            <translation>Stadens egen insats</translation>
        </message>
        <message>
            <location filename="../../desktop_app/ui/editor/fields.py" line="53" />
            <source>Last review</source>
            <translation>Senaste omprövning</translation>
        </message>
        <message>
            <location filename="../../desktop_app/ui/editor/fields.py" line="54" />
            <source>Next review</source>
            <translation>Nästa omprövning</translation>
        </message>
        <message>
            <location filename="../../desktop_app/ui/editor/fields.py" line="55" />
            <source>Annual cost</source>
            <translation>Årlig kostnad</translation>
        </message>
        <message>
            <location filename="../../desktop_app/ui/editor/fields.py" line="56" />
            <source>Currency</source>
            <translation>Valuta</translation>
        </message>
        <message>
            <location filename="../../desktop_app/ui/editor/fields.py" line="48" />
            <source>Paid by</source>
            <translation>Betalas av</translation>
        </message>
        <message>
            <location filename="../../desktop_app/ui/editor/fields.py" line="57" />
            <source>Paid by (as written)</source>
            <translation>Betalas av (som skrivet)</translation>
        </message>
        <message>
            <location filename="../../desktop_app/ui/editor/fields.py" line="58" />
            <source>Status</source>
            <translation>Status</translation>
        </message>
        <message>
            <location filename="../../desktop_app/ui/editor/fields.py" line="59" />
            <source>Notes</source>
            <translation>Anteckningar</translation>
        </message>
        <message>
            <location filename="../../desktop_app/ui/editor/fields.py" line="60" />
            <source>Documents</source>
            <translation>Dokument</translation>
        </message>
        <message>
            <location filename="../../desktop_app/ui/editor/fields.py" line="61" />
            <source>Termination date</source>
            <translation>Avslutsdatum</translation>
        </message>
        <message>
            <location filename="../../desktop_app/ui/editor/fields.py" line="62" />
            <source>Reason for termination</source>
            <translation>Skäl för avslut</translation>
        </message>
        <message>
            <location filename="../../desktop_app/ui/editor/fields.py" line="63" />
            <source>Terminated by</source>
            <translation>Avslutad av</translation>
        </message>
        <message>
            <location filename="../../desktop_app/ui/editor/fields.py" line="64" />
            <source>Archived</source>
            <translation>Avförd</translation>
        </message>
        <message>
            <location filename="../../desktop_app/ui/editor/fields.py" line="140" />
            <source>Yes</source>
            <translation>Ja</translation>
        </message>
        <message>
            <location filename="../../desktop_app/ui/editor/fields.py" line="142" />
            <source>No</source>
            <translation>Nej</translation>
        </message>
        <message numerus="yes">
            <location filename="../../desktop_app/ui/editor/fields.py" line="149" />
            <source>%n year(s)</source>
            <translation>
                <numerusform>%n år</numerusform>
                <numerusform>%n år</numerusform>
            </translation>
        </message>
    </context>
    <context>
        <name>EntryForm</name>
        <message>
            <location filename="../../desktop_app/ui/editor/entry_form.py" line="121" />
            <source>e.g. KS 2016/1234</source>
            <translation>t.ex. KS 2016/1234</translation>
        </message>
        <message>
            <location filename="../../desktop_app/ui/editor/entry_form.py" line="127" />
            <source>Type to find a theme…</source>
            <translation>Skriv för att söka tema…</translation>
        </message>
        <message>
            <location filename="../../desktop_app/ui/editor/entry_form.py" line="128" />
            <source>New theme…</source>
            <translation>Nytt tema…</translation>
        </message>
        <message>
            <location filename="../../desktop_app/ui/editor/entry_form.py" line="137" />
            <source>&amp;Kind:</source>
            <translation>Avtals&amp;typ:</translation>
        </message>
        <message>
            <location filename="../../desktop_app/ui/editor/entry_form.py" line="146" />
            <source>&amp;Title:</source>
            <translation>T&amp;itel:</translation>
        </message>
        <message>
            <location filename="../../desktop_app/ui/editor/entry_form.py" line="149" />
            <location filename="../../desktop_app/ui/editor/entry_form.py" line="542" />
            <source>T&amp;heme:</source>
            <translation>T&amp;ema:</translation>
        </message>
        <message>
            <location filename="../../desktop_app/ui/editor/entry_form.py" line="152" />
            <source>Strategic directions:</source>
            <translation>Inriktningar:</translation>
        </message>
        <message>
            <location filename="../../desktop_app/ui/editor/entry_form.py" line="156" />
            <source>Stat&amp;us:</source>
            <translation>Stat&amp;us:</translation>
        </message>
        <message>
            <location filename="../../desktop_app/ui/editor/entry_form.py" line="162" />
            <source>&amp;Decision</source>
            <translation>&amp;Beslut</translation>
        </message>
        <message>
            <location filename="../../desktop_app/ui/editor/entry_form.py" line="163" />
            <source>Type to find the deciding body…</source>
            <translation>Skriv för att söka beslutande organ…</translation>
        </message>
        <message>
            <location filename="../../desktop_app/ui/editor/entry_form.py" line="170" />
            <source>A declaration or initiative, or a conference or event abroad, is decided by the International Committee whatever kind it is registered as (R4).</source>
            <translation>En deklaration eller ett initiativ, eller en konferens eller ett evenemang utomlands, beslutas av internationella beredningen oavsett vilken avtalstyp det registreras som (R4).</translation>
        </message>
        <message>
            <location filename="../../desktop_app/ui/editor/entry_form.py" line="175" />
            <source>The decision continues an existing commitment (not a new one)</source>
            <translation>Beslutet gäller ett fortsatt åtagande (inte ett nytt)</translation>
        </message>
        <message>
            <location filename="../../desktop_app/ui/editor/entry_form.py" line="177" />
            <source>Type to find the committee or company…</source>
            <translation>Skriv för att söka nämnd eller bolag…</translation>
        </message>
        <message>
            <location filename="../../desktop_app/ui/editor/entry_form.py" line="181" />
            <source>C&amp;oncerns:</source>
            <translation>&amp;Ärendet avser:</translation>
        </message>
        <message>
            <location filename="../../desktop_app/ui/editor/entry_form.py" line="184" />
            <source>Contact &amp;person:</source>
            <translation>Kontaktp&amp;erson:</translation>
        </message>
        <message>
            <location filename="../../desktop_app/ui/editor/entry_form.py" line="187" />
            <source>Under the strategy the City Council decides new memberships of city-wide organisations; the City Executive Board participation in city-wide networks and other city-wide questions; the International Committee conferences abroad and declarations that cost nothing; the committee or company board responsible what is operation-specific, and EU projects (R4). The counterparty's type (organisation or network) tells a membership from a network.</source>
            <translation>Enligt strategin beslutar kommunfullmäktige om nya medlemskap i stadsövergripande organisationer; kommunstyrelsen om deltagande i stadsövergripande nätverk och andra stadsövergripande frågor; internationella beredningen om konferenser utomlands och deklarationer som inte kostar något; den ansvariga nämnden eller bolagsstyrelsen om det verksamhetsspecifika och om EU-projekt (R4). Motpartens typ (organisation eller nätverk) skiljer ett medlemskap från ett nätverksdeltagande.</translation>
        </message>
        <message>
            <location filename="../../desktop_app/ui/editor/entry_form.py" line="200" />
            <source>Dates and re&amp;view</source>
            <translation>Datum o&amp;ch omprövning</translation>
        </message>
        <message>
            <location filename="../../desktop_app/ui/editor/entry_form.py" line="207" />
            <source> months</source>
            <translation> mån</translation>
        </message>
        <message>
            <location filename="../../desktop_app/ui/editor/entry_form.py" line="212" />
            <source>Set by the decision:</source>
            <translation>Satt i beslutet:</translation>
        </message>
        <message>
            <location filename="../../desktop_app/ui/editor/entry_form.py" line="214" />
            <source>When the decision names the date of the next review, e.g. “omprövas senast 2030-12-02”.</source>
            <translation>När beslutet anger datum för nästa omprövning, t.ex. ”omprövas senast 2030-12-02”.</translation>
        </message>
        <message>
            <location filename="../../desktop_app/ui/editor/entry_form.py" line="220" />
            <source>Reason, e.g. KF 2026-12-02: “omprövas senast 2030-12-02”</source>
            <translation>Skäl, t.ex. KF 2026-12-02: ”omprövas senast 2030-12-02”</translation>
        </message>
        <message>
            <location filename="../../desktop_app/ui/editor/entry_form.py" line="243" />
            <source>Cost and &amp;financing</source>
            <translation>&amp;Kostnad</translation>
        </message>
        <message>
            <location filename="../../desktop_app/ui/editor/entry_form.py" line="254" />
            <source>Type to find the committee or company that pays…</source>
            <translation>Skriv för att hitta nämnden eller bolaget som betalar …</translation>
        </message>
        <message>
            <location filename="../../desktop_app/ui/editor/entry_form.py" line="268" />
            <source>e.g. Sida, ICLD, EU (Horisont Europa)</source>
            <translation>t.ex. Sida, ICLD, EU (Horisont Europa)</translation>
        </message>
        <message>
            <location filename="../../desktop_app/ui/editor/entry_form.py" line="278" />
            <source>Pro&amp;ject:</source>
            <translation>Pro&amp;jekt:</translation>
        </message>
        <message>
            <location filename="../../desktop_app/ui/editor/entry_form.py" line="279" />
            <source>E&amp;xternal financiers:</source>
            <translation>E&amp;xterna finansiärer:</translation>
        </message>
        <message>
            <location filename="../../desktop_app/ui/editor/entry_form.py" line="286" />
            <source>International work fits each committee's and company's budget: record the cost and the body that pays it (R6). The city takes part in aid projects only when another party, e.g. Sida, finances all of it (R5). An empty amount means not known, which is not the same as 0.</source>
            <translation>Det internationella arbetet ska rymmas inom varje nämnds och bolags budget: ange kostnaden och vilket organ som betalar (R6). Staden deltar i projekt av biståndskaraktär bara när hela finansieringen kommer från annan part, t.ex. Sida (R5). Ett tomt belopp betyder okänt, vilket inte är detsamma som 0.</translation>
        </message>
        <message>
            <location filename="../../desktop_app/ui/editor/entry_form.py" line="296" />
            <source>&amp;Notes</source>
            <translation>A&amp;nteckningar</translation>
        </message>
        <message>
            <location filename="../../desktop_app/ui/editor/entry_form.py" line="562" />
            <source>The strategy's default is every four years: 48 months (R3).</source>
            <translation>Strategins utgångspunkt är vart fjärde år: 48 månader (R3).</translation>
        </message>
        <message>
            <location filename="../../desktop_app/ui/editor/entry_form.py" line="579" />
            <source>(set by the decision)</source>
            <translation>(satt i beslutet)</translation>
        </message>
        <message>
            <location filename="../../desktop_app/ui/editor/entry_form.py" line="583" />
            <source>(once decided; a draft is not due)</source>
            <translation>(när posten är beslutad; ett utkast omprövas inte)</translation>
        </message>
        <message>
            <location filename="../../desktop_app/ui/editor/entry_form.py" line="206" />
            <source>No regular review</source>
            <translation>Ingen regelbunden omprövning</translation>
        </message>
        <message>
            <location filename="../../desktop_app/ui/editor/entry_form.py" line="237" />
            <source>Last review:</source>
            <translation>Senaste omprövning:</translation>
        </message>
        <message>
            <location filename="../../desktop_app/ui/editor/entry_form.py" line="238" />
            <source>Next review:</source>
            <translation>Nästa omprövning:</translation>
        </message>
        <message>
            <location filename="../../desktop_app/ui/editor/entry_form.py" line="258" />
            <source>&amp;Annual cost or fee:</source>
            <translation>År&amp;lig kostnad eller avgift:</translation>
        </message>
        <message>
            <location filename="../../desktop_app/ui/editor/entry_form.py" line="261" />
            <source>&amp;Paid by:</source>
            <translation>Be&amp;talas av:</translation>
        </message>
        <message>
            <location filename="../../desktop_app/ui/editor/entry_form.py" line="300" />
            <source>No&amp;tes:</source>
            <translation>Ant&amp;eckningar:</translation>
        </message>
        <message>
            <location filename="../../desktop_app/ui/editor/entry_form.py" line="112" />
            <source>A&amp;greement</source>
            <translation>&amp;Avtal</translation>
        </message>
        <message>
            <location filename="../../desktop_app/ui/editor/entry_form.py" line="144" />
            <source>Case num&amp;ber:</source>
            <translation>&amp;Diarienummer:</translation>
        </message>
        <message>
            <location filename="../../desktop_app/ui/editor/entry_form.py" line="147" />
            <source>Counter&amp;parties:</source>
            <translation>M&amp;otparter:</translation>
        </message>
        <message>
            <location filename="../../desktop_app/ui/editor/entry_form.py" line="148" />
            <source>Sc&amp;ope:</source>
            <translation>Om&amp;fattning:</translation>
        </message>
        <message>
            <location filename="../../desktop_app/ui/editor/entry_form.py" line="153" />
            <location filename="../../desktop_app/ui/editor/entry_form.py" line="543" />
            <source>Mutua&amp;l benefit:</source>
            <translation>Ömsesidig n&amp;ytta:</translation>
        </message>
        <message>
            <location filename="../../desktop_app/ui/editor/entry_form.py" line="179" />
            <source>Deciding &amp;body:</source>
            <translation>Beslutande &amp;organ:</translation>
        </message>
        <message>
            <location filename="../../desktop_app/ui/editor/entry_form.py" line="180" />
            <source>Decision d&amp;ate:</source>
            <translation>Besluts&amp;datum:</translation>
        </message>
        <message>
            <location filename="../../desktop_app/ui/editor/entry_form.py" line="183" />
            <source>Responsib&amp;le committee or company:</source>
            <translation>Ansvar&amp;ig nämnd/bolag:</translation>
        </message>
        <message>
            <location filename="../../desktop_app/ui/editor/entry_form.py" line="229" />
            <location filename="../../desktop_app/ui/editor/entry_form.py" line="544" />
            <source>S&amp;tart date:</source>
            <translation>S&amp;tartdatum:</translation>
        </message>
        <message>
            <location filename="../../desktop_app/ui/editor/entry_form.py" line="231" />
            <location filename="../../desktop_app/ui/editor/entry_form.py" line="545" />
            <source>End d&amp;ate:</source>
            <translation>S&amp;lutdatum:</translation>
        </message>
        <message>
            <location filename="../../desktop_app/ui/editor/entry_form.py" line="235" />
            <source>Review interva&amp;l:</source>
            <translation>Omprövnings&amp;intervall:</translation>
        </message>
        <message>
            <location filename="../../desktop_app/ui/editor/entry_form.py" line="240" />
            <source>Reas&amp;on for the date:</source>
            <translation>Skäl för &amp;datumet:</translation>
        </message>
        <message>
            <location filename="../../desktop_app/ui/editor/entry_form.py" line="280" />
            <source>Ex&amp;ternal share:</source>
            <translation>Extern an&amp;del:</translation>
        </message>
        <message>
            <location filename="../../desktop_app/ui/editor/entry_form.py" line="283" />
            <source>City's &amp;own contribution:</source>
            <translation>Stadens &amp;egen insats:</translation>
        </message>
        <message>
            <location filename="../../desktop_app/ui/editor/entry_form.py" line="301" />
            <source>Signed doc&amp;uments:</source>
            <translation>Undertecknade &amp;dokument:</translation>
        </message>
        <message>
            <location filename="../../desktop_app/ui/editor/entry_form.py" line="382" />
            <source>New theme</source>
            <translation>Nytt tema</translation>
        </message>
        <message>
            <location filename="../../desktop_app/ui/editor/entry_form.py" line="382" />
            <source>Name of the thematic area (in Swedish):</source>
            <translation>Det tematiska områdets namn (på svenska):</translation>
        </message>
        <message>
            <location filename="../../desktop_app/ui/editor/entry_form.py" line="501" />
            <source>In the imported register: “%1”. Choose the body that pays.</source>
            <translation>I det importerade registret: ”%1”. Välj vilket organ som betalar.</translation>
        </message>
        <message>
            <location filename="../../desktop_app/ui/editor/entry_form.py" line="524" />
            <source>A terminated entry stays terminated.</source>
            <translation>En avslutad post förblir avslutad.</translation>
        </message>
        <message>
            <location filename="../../desktop_app/ui/editor/entry_form.py" line="530" />
            <source>To terminate an entry, use Terminate…</source>
            <translation>Använd Avsluta posten… för att avsluta en post.</translation>
        </message>
        <message>
            <location filename="../../desktop_app/ui/editor/entry_form.py" line="549" />
            <source>A cooperation agreement is a concrete exchange: theme, mutual benefit, start and end date are required (R2). A review interval is optional.</source>
            <translation>Ett samarbetsavtal gäller ett konkret utbyte: tematiskt område, ömsesidig nytta, start- och slutdatum krävs (R2). Omprövningsintervall är frivilligt.</translation>
        </message>
        <message>
            <location filename="../../desktop_app/ui/editor/entry_form.py" line="553" />
            <source>Optional for cooperation agreements.</source>
            <translation>Frivilligt för samarbetsavtal.</translation>
        </message>
        <message>
            <location filename="../../desktop_app/ui/editor/entry_form.py" line="557" />
            <source>Letters of intent and memberships are reviewed regularly, for example every four years (R3). The end date may be left empty.</source>
            <translation>Intentionsavtal och medlemskap omprövas regelbundet, till exempel vart fjärde år (R3). Slutdatum kan lämnas tomt.</translation>
        </message>
        <message>
            <location filename="../../desktop_app/ui/editor/entry_form.py" line="577" />
            <source>– (no interval or no date)</source>
            <translation>– (inget intervall eller datum)</translation>
        </message>
        <message>
            <location filename="../../desktop_app/ui/editor/form_findings.py" line="39" />
            <location filename="../../desktop_app/ui/editor/form_findings.py" line="60" />
            <source>Write the date as yyyy-mm-dd, or leave it empty.</source>
            <translation>Skriv datumet som åååå-mm-dd, eller lämna fältet tomt.</translation>
        </message>
        <message>
            <location filename="../../desktop_app/ui/editor/form_findings.py" line="48" />
            <source>Write the amount as a number, e.g. 25 000 or 1 250,50.</source>
            <translation>Skriv beloppet som ett tal, t.ex. 25 000 eller 1 250,50.</translation>
        </message>
        <message>
            <location filename="../../desktop_app/ui/editor/form_findings.py" line="55" />
            <source>Write the share as a percentage, 0-100.</source>
            <translation>Skriv andelen i procent, 0–100.</translation>
        </message>
        <message>
            <location filename="../../desktop_app/ui/editor/form_findings.py" line="68" />
            <source>deciding body</source>
            <translation>beslutande organ</translation>
        </message>
        <message>
            <location filename="../../desktop_app/ui/editor/form_findings.py" line="73" />
            <location filename="../../desktop_app/ui/editor/form_findings.py" line="79" />
            <source>committee or company</source>
            <translation>nämnd eller bolag</translation>
        </message>
        <message>
            <location filename="../../desktop_app/ui/editor/form_findings.py" line="75" />
            <source>theme</source>
            <translation>tema</translation>
        </message>
        <message>
            <location filename="../../desktop_app/ui/editor/form_findings.py" line="85" />
            <source>No %1 is called “%2”: choose one from the list.</source>
            <translation>Inget %1 heter ”%2”: välj i listan.</translation>
        </message>
        <message>
            <location filename="../../desktop_app/ui/editor/form_findings.py" line="95" />
            <source>The currency is a three-letter code such as SEK or EUR.</source>
            <translation>Valutan anges med tre bokstäver, t.ex. SEK eller EUR.</translation>
        </message>
    </context>
    <context>
        <name>EntryHistoryWidget</name>
        <message>
            <location filename="../../desktop_app/ui/editor/entry_history.py" line="52" />
            <source>&lt;b&gt;Reviews&lt;/b&gt;</source>
            <translation>&lt;b&gt;Omprövningar&lt;/b&gt;</translation>
        </message>
        <message>
            <location filename="../../desktop_app/ui/editor/entry_history.py" line="56" />
            <source>Review date</source>
            <translation>Omprövningsdatum</translation>
        </message>
        <message>
            <location filename="../../desktop_app/ui/editor/entry_history.py" line="57" />
            <source>Outcome</source>
            <translation>Utfall</translation>
        </message>
        <message>
            <location filename="../../desktop_app/ui/editor/entry_history.py" line="58" />
            <source>Deciding body</source>
            <translation>Beslutande organ</translation>
        </message>
        <message>
            <location filename="../../desktop_app/ui/editor/entry_history.py" line="59" />
            <source>Decision date</source>
            <translation>Beslutsdatum</translation>
        </message>
        <message>
            <location filename="../../desktop_app/ui/editor/entry_history.py" line="60" />
            <source>Case number</source>
            <translation>Diarienummer</translation>
        </message>
        <message>
            <location filename="../../desktop_app/ui/editor/entry_history.py" line="61" />
            <source>Note</source>
            <translation>Anteckning</translation>
        </message>
        <message>
            <location filename="../../desktop_app/ui/editor/entry_history.py" line="64" />
            <source>&lt;b&gt;Changes&lt;/b&gt; (oldest first)</source>
            <translation>&lt;b&gt;Ändringar&lt;/b&gt; (äldst först)</translation>
        </message>
    </context>
    <context>
        <name>FindingsPanel</name>
        <message>
            <location filename="../../desktop_app/ui/editor/findings_panel.py" line="114" />
            <source>&lt;b&gt;Rule check&lt;/b&gt;&lt;br&gt;No findings: the entry can be saved.</source>
            <translation>&lt;b&gt;Regelkontroll&lt;/b&gt;&lt;br&gt;Inga anmärkningar: posten kan sparas.</translation>
        </message>
        <message>
            <location filename="../../desktop_app/ui/editor/findings_panel.py" line="122" />
            <source>Rule check</source>
            <translation>Regelkontroll</translation>
        </message>
        <message numerus="yes">
            <location filename="../../desktop_app/ui/editor/findings_panel.py" line="117" />
            <source>%n error(s)</source>
            <translation>
                <numerusform>%n fel</numerusform>
                <numerusform>%n fel</numerusform>
            </translation>
        </message>
        <message>
            <location filename="../../desktop_app/ui/editor/findings_panel.py" line="82" />
            <source>The warning has been looked at and is in order: say why (kept in the history).</source>
            <translation>Varningen är granskad och i sin ordning: skriv varför (sparas i historiken).</translation>
        </message>
        <message>
            <location filename="../../desktop_app/ui/editor/findings_panel.py" line="79" />
            <source>Mark a&amp;s assessed…</source>
            <translation>Markera &amp;som bedömd…</translation>
        </message>
        <message>
            <location filename="../../desktop_app/ui/editor/findings_panel.py" line="86" />
            <source>R&amp;eopen</source>
            <translation>Öppna i&amp;gen</translation>
        </message>
        <message numerus="yes">
            <location filename="../../desktop_app/ui/editor/findings_panel.py" line="117" />
            <source>%n warning(s)</source>
            <translation>
                <numerusform>%n varning</numerusform>
                <numerusform>%n varningar</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <location filename="../../desktop_app/ui/editor/findings_panel.py" line="119" />
            <source>%n note(s)</source>
            <translation>
                <numerusform>%n notering</numerusform>
                <numerusform>%n noteringar</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <location filename="../../desktop_app/ui/editor/findings_panel.py" line="121" />
            <source>%n assessed</source>
            <translation>
                <numerusform>%n bedömd</numerusform>
                <numerusform>%n bedömda</numerusform>
            </translation>
        </message>
        <message>
            <location filename="../../desktop_app/ui/editor/findings_panel.py" line="132" />
            <source>Assessed: shown for the record, no longer an open warning</source>
            <translation>Bedömd: visas för spårbarheten, inte längre en öppen varning</translation>
        </message>
        <message>
            <location filename="../../desktop_app/ui/editor/findings_panel.py" line="135" />
            <source>Error: must be fixed before saving</source>
            <translation>Fel: måste rättas innan posten kan sparas</translation>
        </message>
        <message>
            <location filename="../../desktop_app/ui/editor/findings_panel.py" line="138" />
            <source>Note: unusual, not wrong</source>
            <translation>Notering: ovanligt, inte fel</translation>
        </message>
        <message>
            <location filename="../../desktop_app/ui/editor/findings_panel.py" line="141" />
            <source>Warning: can be saved anyway</source>
            <translation>Varning: posten kan ändå sparas</translation>
        </message>
    </context>
    <context>
        <name>Lifecycle</name>
        <message>
            <location filename="../../desktop_app/ui/editor/lifecycle.py" line="86" />
            <source>&amp;Save</source>
            <translation>&amp;Spara</translation>
        </message>
        <message>
            <location filename="../../desktop_app/ui/editor/lifecycle.py" line="89" />
            <source>Cancel</source>
            <translation>Avbryt</translation>
        </message>
        <message>
            <location filename="../../desktop_app/ui/editor/lifecycle.py" line="137" />
            <source>Record review</source>
            <translation>Registrera omprövning</translation>
        </message>
        <message>
            <location filename="../../desktop_app/ui/editor/lifecycle.py" line="145" />
            <location filename="../../desktop_app/ui/editor/lifecycle.py" line="303" />
            <source>Type to find the deciding body…</source>
            <translation>Skriv för att söka beslutande organ…</translation>
        </message>
        <message>
            <location filename="../../desktop_app/ui/editor/lifecycle.py" line="151" />
            <source>e.g. KS 2026/0123</source>
            <translation>t.ex. KS 2026/0123</translation>
        </message>
        <message>
            <location filename="../../desktop_app/ui/editor/lifecycle.py" line="161" />
            <source>Only if the decision names the next review date: its words</source>
            <translation>Bara om beslutet anger nästa omprövning: beslutets formulering</translation>
        </message>
        <message>
            <location filename="../../desktop_app/ui/editor/lifecycle.py" line="167" />
            <source>&amp;Outcome:</source>
            <translation>&amp;Utfall:</translation>
        </message>
        <message>
            <location filename="../../desktop_app/ui/editor/lifecycle.py" line="168" />
            <source>&amp;Review date:</source>
            <translation>&amp;Omprövningsdatum:</translation>
        </message>
        <message>
            <location filename="../../desktop_app/ui/editor/lifecycle.py" line="170" />
            <source>Decision &amp;date:</source>
            <translation>Besluts&amp;datum:</translation>
        </message>
        <message>
            <location filename="../../desktop_app/ui/editor/lifecycle.py" line="172" />
            <location filename="../../desktop_app/ui/editor/lifecycle.py" line="309" />
            <source>Decided &amp;by:</source>
            <translation>Beslutat &amp;av:</translation>
        </message>
        <message>
            <location filename="../../desktop_app/ui/editor/lifecycle.py" line="173" />
            <source>Case &amp;number:</source>
            <translation>Diarienu&amp;mmer:</translation>
        </message>
        <message>
            <location filename="../../desktop_app/ui/editor/lifecycle.py" line="174" />
            <source>Not&amp;e:</source>
            <translation>A&amp;nteckning:</translation>
        </message>
        <message>
            <location filename="../../desktop_app/ui/editor/lifecycle.py" line="177" />
            <source>Next review set by the decision:</source>
            <translation>Nästa omprövning enligt beslutet:</translation>
        </message>
        <message>
            <location filename="../../desktop_app/ui/editor/lifecycle.py" line="229" />
            <source>The entry will be terminated; no further review.</source>
            <translation>Posten avslutas; inga fler omprövningar.</translation>
        </message>
        <message>
            <location filename="../../desktop_app/ui/editor/lifecycle.py" line="233" />
            <source>The entry has no review interval: no next review.</source>
            <translation>Posten har inget omprövningsintervall: ingen nästa omprövning.</translation>
        </message>
        <message>
            <location filename="../../desktop_app/ui/editor/lifecycle.py" line="237" />
            <source>Next review will be: %1</source>
            <translation>Nästa omprövning blir: %1</translation>
        </message>
        <message>
            <location filename="../../desktop_app/ui/editor/lifecycle.py" line="241" />
            <source>Enter the review date as yyyy-mm-dd.</source>
            <translation>Ange omprövningsdatum som åååå-mm-dd.</translation>
        </message>
        <message>
            <location filename="../../desktop_app/ui/editor/lifecycle.py" line="262" />
            <source>A review is recorded once it has taken place: the dates cannot lie in the future.</source>
            <translation>En omprövning registreras när den är gjord: datumen kan inte ligga i framtiden.</translation>
        </message>
        <message>
            <location filename="../../desktop_app/ui/editor/lifecycle.py" line="270" />
            <source>Give the decision's words for the next review date.</source>
            <translation>Ange beslutets formulering för nästa omprövningsdatum.</translation>
        </message>
        <message>
            <location filename="../../desktop_app/ui/editor/lifecycle.py" line="296" />
            <source>Terminate entry</source>
            <translation>Avsluta posten</translation>
        </message>
        <message>
            <location filename="../../desktop_app/ui/editor/lifecycle.py" line="307" />
            <source>Termination &amp;date:</source>
            <translation>Avsluts&amp;datum:</translation>
        </message>
        <message>
            <location filename="../../desktop_app/ui/editor/lifecycle.py" line="308" />
            <source>&amp;Reason:</source>
            <translation>Skä&amp;l:</translation>
        </message>
        <message>
            <location filename="../../desktop_app/ui/editor/lifecycle.py" line="311" />
            <source>The entry stays in the register and its history; it is not deleted.</source>
            <translation>Posten finns kvar i registret med sin historik; den raderas inte.</translation>
        </message>
    </context>
    <context>
        <name>MoneyEdit</name>
        <message>
            <location filename="../../desktop_app/ui/editor/widgets.py" line="114" />
            <source>e.g. 25 000</source>
            <translation>t.ex. 25 000</translation>
        </message>
    </context>
    <context>
        <name>NewCounterpartyDialog</name>
        <message>
            <location filename="../../desktop_app/ui/editor/pickers.py" line="39" />
            <source>New counterparty</source>
            <translation>Ny motpart</translation>
        </message>
        <message>
            <location filename="../../desktop_app/ui/editor/pickers.py" line="42" />
            <source>e.g. Belgien</source>
            <translation>t.ex. Belgien</translation>
        </message>
        <message>
            <location filename="../../desktop_app/ui/editor/pickers.py" line="49" />
            <source>&amp;Name:</source>
            <translation>&amp;Namn:</translation>
        </message>
        <message>
            <location filename="../../desktop_app/ui/editor/pickers.py" line="50" />
            <source>&amp;Country:</source>
            <translation>&amp;Land:</translation>
        </message>
        <message>
            <location filename="../../desktop_app/ui/editor/pickers.py" line="51" />
            <source>&amp;Type:</source>
            <translation>&amp;Typ:</translation>
        </message>
    </context>
    <context>
        <name>PercentEdit</name>
        <message>
            <location filename="../../desktop_app/ui/editor/widgets.py" line="150" />
            <source>e.g. 100</source>
            <translation>t.ex. 100</translation>
        </message>
    </context>
</TS>
