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
            <location filename="../../desktop_app/ui/editor/widgets.py" line="44" />
            <source>yyyy-mm-dd</source>
            <translation>åååå-mm-dd</translation>
        </message>
        <message>
            <location filename="../../desktop_app/ui/editor/widgets.py" line="51" />
            <source>Choose a date in the calendar</source>
            <translation>Välj datum i kalendern</translation>
        </message>
    </context>
    <context>
        <name>DocumentLinks</name>
        <message>
            <location filename="../../desktop_app/ui/editor/pickers.py" line="177" />
            <source>Add &amp;file…</source>
            <translation>Lägg till &amp;fil…</translation>
        </message>
        <message>
            <location filename="../../desktop_app/ui/editor/pickers.py" line="179" />
            <source>Add &amp;link…</source>
            <translation>Lägg till &amp;länk…</translation>
        </message>
        <message>
            <location filename="../../desktop_app/ui/editor/pickers.py" line="181" />
            <source>&amp;Open</source>
            <translation>&amp;Öppna</translation>
        </message>
        <message>
            <location filename="../../desktop_app/ui/editor/pickers.py" line="183" />
            <source>Remove</source>
            <translation>Ta bort</translation>
        </message>
        <message>
            <location filename="../../desktop_app/ui/editor/pickers.py" line="213" />
            <source>Choose the signed document</source>
            <translation>Välj det undertecknade dokumentet</translation>
        </message>
        <message>
            <location filename="../../desktop_app/ui/editor/pickers.py" line="219" />
            <source>Add link</source>
            <translation>Lägg till länk</translation>
        </message>
        <message>
            <location filename="../../desktop_app/ui/editor/pickers.py" line="219" />
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
            <source>&amp;Use my values again</source>
            <translation>&amp;Använd mina värden igen</translation>
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
            <location filename="../../desktop_app/ui/editor/entry_dialog.py" line="99" />
            <source>&amp;History</source>
            <translation>&amp;Historik</translation>
        </message>
        <message>
            <location filename="../../desktop_app/ui/editor/entry_dialog.py" line="115" />
            <source>Record &amp;review…</source>
            <translation>Registrera &amp;omprövning…</translation>
        </message>
        <message>
            <location filename="../../desktop_app/ui/editor/entry_dialog.py" line="117" />
            <source>Ter&amp;minate…</source>
            <translation>A&amp;vsluta…</translation>
        </message>
        <message>
            <location filename="../../desktop_app/ui/editor/entry_dialog.py" line="119" />
            <location filename="../../desktop_app/ui/editor/entry_dialog.py" line="207" />
            <source>Arc&amp;hive</source>
            <translation>Arkive&amp;ra</translation>
        </message>
        <message>
            <location filename="../../desktop_app/ui/editor/entry_dialog.py" line="121" />
            <source>&amp;Save</source>
            <translation>&amp;Spara</translation>
        </message>
        <message>
            <location filename="../../desktop_app/ui/editor/entry_dialog.py" line="123" />
            <source>&amp;Close</source>
            <translation>St&amp;äng</translation>
        </message>
        <message>
            <location filename="../../desktop_app/ui/editor/entry_dialog.py" line="163" />
            <source>Terminated %1</source>
            <translation>Avslutad %1</translation>
        </message>
        <message>
            <location filename="../../desktop_app/ui/editor/entry_dialog.py" line="165" />
            <source>by %1</source>
            <translation>av %1</translation>
        </message>
        <message>
            <location filename="../../desktop_app/ui/editor/entry_dialog.py" line="177" />
            <location filename="../../desktop_app/ui/editor/entry_dialog.py" line="179" />
            <source>New entry</source>
            <translation>Ny post</translation>
        </message>
        <message>
            <location filename="../../desktop_app/ui/editor/entry_dialog.py" line="179" />
            <source>fields marked * are required</source>
            <translation>fält markerade med * är obligatoriska</translation>
        </message>
        <message>
            <location filename="../../desktop_app/ui/editor/entry_dialog.py" line="184" />
            <source>Entry %1</source>
            <translation>Post %1</translation>
        </message>
        <message>
            <location filename="../../desktop_app/ui/editor/entry_dialog.py" line="190" />
            <source>Archived</source>
            <translation>Arkiverad</translation>
        </message>
        <message>
            <location filename="../../desktop_app/ui/editor/entry_dialog.py" line="194" />
            <source>next review %1</source>
            <translation>nästa omprövning %1</translation>
        </message>
        <message>
            <location filename="../../desktop_app/ui/editor/entry_dialog.py" line="199" />
            <source>version %1, saved %2 by %3</source>
            <translation>version %1, sparad %2 av %3</translation>
        </message>
        <message>
            <location filename="../../desktop_app/ui/editor/entry_dialog.py" line="207" />
            <source>Rest&amp;ore</source>
            <translation>Åte&amp;rställ</translation>
        </message>
        <message>
            <location filename="../../desktop_app/ui/editor/entry_dialog.py" line="262" />
            <source>Fix the errors first:</source>
            <translation>Rätta först felen:</translation>
        </message>
        <message>
            <location filename="../../desktop_app/ui/editor/entry_dialog.py" line="267" />
            <source>Nothing has changed.</source>
            <translation>Inget har ändrats.</translation>
        </message>
        <message>
            <location filename="../../desktop_app/ui/editor/entry_dialog.py" line="269" />
            <source>Save the entry (Ctrl+S)</source>
            <translation>Spara posten (Ctrl+S)</translation>
        </message>
    </context>
    <context>
        <name>EntryFields</name>
        <message>
            <location filename="../../desktop_app/ui/editor/fields.py" line="23" />
            <source>Kind</source>
            <translation>Avtalstyp</translation>
        </message>
        <message>
            <location filename="../../desktop_app/ui/editor/fields.py" line="24" />
            <source>Case number</source>
            <translation>Diarienummer</translation>
        </message>
        <message>
            <location filename="../../desktop_app/ui/editor/fields.py" line="25" />
            <source>Title</source>
            <translation>Titel</translation>
        </message>
        <message>
            <location filename="../../desktop_app/ui/editor/fields.py" line="26" />
            <location filename="../../desktop_app/ui/editor/fields.py" line="27" />
            <source>Counterparties</source>
            <translation>Motparter</translation>
        </message>
        <message>
            <location filename="../../desktop_app/ui/editor/fields.py" line="28" />
            <source>Scope</source>
            <translation>Omfattning</translation>
        </message>
        <message>
            <location filename="../../desktop_app/ui/editor/fields.py" line="29" />
            <location filename="../../desktop_app/ui/editor/fields.py" line="30" />
            <source>Deciding body</source>
            <translation>Beslutande organ</translation>
        </message>
        <message>
            <location filename="../../desktop_app/ui/editor/fields.py" line="31" />
            <source>Decision date</source>
            <translation>Beslutsdatum</translation>
        </message>
        <message>
            <location filename="../../desktop_app/ui/editor/fields.py" line="32" />
            <source>Responsible committee or company</source>
            <translation>Ansvarig nämnd eller bolag</translation>
        </message>
        <message>
            <location filename="../../desktop_app/ui/editor/fields.py" line="33" />
            <source>Contact person</source>
            <translation>Kontaktperson</translation>
        </message>
        <message>
            <location filename="../../desktop_app/ui/editor/fields.py" line="34" />
            <location filename="../../desktop_app/ui/editor/fields.py" line="35" />
            <source>Theme</source>
            <translation>Tematiskt område</translation>
        </message>
        <message>
            <location filename="../../desktop_app/ui/editor/fields.py" line="36" />
            <source>Strategic directions</source>
            <translation>Inriktningar</translation>
        </message>
        <message>
            <location filename="../../desktop_app/ui/editor/fields.py" line="37" />
            <source>Mutual benefit</source>
            <translation>Ömsesidig nytta</translation>
        </message>
        <message>
            <location filename="../../desktop_app/ui/editor/fields.py" line="38" />
            <source>Start date</source>
            <translation>Startdatum</translation>
        </message>
        <message>
            <location filename="../../desktop_app/ui/editor/fields.py" line="39" />
            <source>End date</source>
            <translation>Slutdatum</translation>
        </message>
        <message>
            <location filename="../../desktop_app/ui/editor/fields.py" line="40" />
            <source>Review interval</source>
            <translation>Omprövningsintervall</translation>
        </message>
        <message>
            <location filename="../../desktop_app/ui/editor/fields.py" line="41" />
            <source>Last review</source>
            <translation>Senaste omprövning</translation>
        </message>
        <message>
            <location filename="../../desktop_app/ui/editor/fields.py" line="42" />
            <source>Next review</source>
            <translation>Nästa omprövning</translation>
        </message>
        <message>
            <location filename="../../desktop_app/ui/editor/fields.py" line="43" />
            <source>Annual cost</source>
            <translation>Årskostnad</translation>
        </message>
        <message>
            <location filename="../../desktop_app/ui/editor/fields.py" line="44" />
            <source>Currency</source>
            <translation>Valuta</translation>
        </message>
        <message>
            <location filename="../../desktop_app/ui/editor/fields.py" line="45" />
            <source>Paid by</source>
            <translation>Betalas av</translation>
        </message>
        <message>
            <location filename="../../desktop_app/ui/editor/fields.py" line="46" />
            <source>Status</source>
            <translation>Status</translation>
        </message>
        <message>
            <location filename="../../desktop_app/ui/editor/fields.py" line="47" />
            <source>Notes</source>
            <translation>Anteckningar</translation>
        </message>
        <message>
            <location filename="../../desktop_app/ui/editor/fields.py" line="48" />
            <source>Documents</source>
            <translation>Dokument</translation>
        </message>
        <message>
            <location filename="../../desktop_app/ui/editor/fields.py" line="49" />
            <source>Termination date</source>
            <translation>Avslutsdatum</translation>
        </message>
        <message>
            <location filename="../../desktop_app/ui/editor/fields.py" line="50" />
            <source>Reason for termination</source>
            <translation>Skäl för avslut</translation>
        </message>
        <message>
            <location filename="../../desktop_app/ui/editor/fields.py" line="51" />
            <source>Terminated by</source>
            <translation>Avslutad av</translation>
        </message>
        <message>
            <location filename="../../desktop_app/ui/editor/fields.py" line="52" />
            <source>Archived</source>
            <translation>Arkiverad</translation>
        </message>
        <message>
            <location filename="../../desktop_app/ui/editor/fields.py" line="160" />
            <source>Yes</source>
            <translation>Ja</translation>
        </message>
        <message>
            <location filename="../../desktop_app/ui/editor/fields.py" line="162" />
            <source>No</source>
            <translation>Nej</translation>
        </message>
        <message numerus="yes">
            <location filename="../../desktop_app/ui/editor/fields.py" line="169" />
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
            <location filename="../../desktop_app/ui/editor/entry_form.py" line="100" />
            <source>&amp;Agreement</source>
            <translation>&amp;Avtal</translation>
        </message>
        <message>
            <location filename="../../desktop_app/ui/editor/entry_form.py" line="109" />
            <source>e.g. KS 2016/1234</source>
            <translation>t.ex. KS 2016/1234</translation>
        </message>
        <message>
            <location filename="../../desktop_app/ui/editor/entry_form.py" line="115" />
            <source>Type to find a theme…</source>
            <translation>Skriv för att söka tema…</translation>
        </message>
        <message>
            <location filename="../../desktop_app/ui/editor/entry_form.py" line="116" />
            <source>New theme…</source>
            <translation>Nytt tema…</translation>
        </message>
        <message>
            <location filename="../../desktop_app/ui/editor/entry_form.py" line="125" />
            <source>&amp;Kind:</source>
            <translation>Avtals&amp;typ:</translation>
        </message>
        <message>
            <location filename="../../desktop_app/ui/editor/entry_form.py" line="132" />
            <source>Case &amp;number:</source>
            <translation>&amp;Diarienummer:</translation>
        </message>
        <message>
            <location filename="../../desktop_app/ui/editor/entry_form.py" line="133" />
            <source>&amp;Title:</source>
            <translation>T&amp;itel:</translation>
        </message>
        <message>
            <location filename="../../desktop_app/ui/editor/entry_form.py" line="134" />
            <source>C&amp;ounterparties:</source>
            <translation>&amp;Motparter:</translation>
        </message>
        <message>
            <location filename="../../desktop_app/ui/editor/entry_form.py" line="135" />
            <source>&amp;Scope:</source>
            <translation>Om&amp;fattning:</translation>
        </message>
        <message>
            <location filename="../../desktop_app/ui/editor/entry_form.py" line="136" />
            <location filename="../../desktop_app/ui/editor/entry_form.py" line="402" />
            <source>T&amp;heme:</source>
            <translation>T&amp;ema:</translation>
        </message>
        <message>
            <location filename="../../desktop_app/ui/editor/entry_form.py" line="139" />
            <source>Strategic directions:</source>
            <translation>Inriktningar:</translation>
        </message>
        <message>
            <location filename="../../desktop_app/ui/editor/entry_form.py" line="140" />
            <location filename="../../desktop_app/ui/editor/entry_form.py" line="403" />
            <source>Mutual &amp;benefit:</source>
            <translation>Ömsesidig n&amp;ytta:</translation>
        </message>
        <message>
            <location filename="../../desktop_app/ui/editor/entry_form.py" line="143" />
            <source>Stat&amp;us:</source>
            <translation>Stat&amp;us:</translation>
        </message>
        <message>
            <location filename="../../desktop_app/ui/editor/entry_form.py" line="149" />
            <source>&amp;Decision</source>
            <translation>&amp;Beslut</translation>
        </message>
        <message>
            <location filename="../../desktop_app/ui/editor/entry_form.py" line="150" />
            <source>Type to find the deciding body…</source>
            <translation>Skriv för att söka beslutande organ…</translation>
        </message>
        <message>
            <location filename="../../desktop_app/ui/editor/entry_form.py" line="152" />
            <source>Type to find the committee or company…</source>
            <translation>Skriv för att söka nämnd eller bolag…</translation>
        </message>
        <message>
            <location filename="../../desktop_app/ui/editor/entry_form.py" line="154" />
            <source>De&amp;ciding body:</source>
            <translation>Beslutande or&amp;gan:</translation>
        </message>
        <message>
            <location filename="../../desktop_app/ui/editor/entry_form.py" line="155" />
            <source>Decision &amp;date:</source>
            <translation>Besluts&amp;datum:</translation>
        </message>
        <message>
            <location filename="../../desktop_app/ui/editor/entry_form.py" line="156" />
            <source>&amp;Responsible committee or company:</source>
            <translation>Ansvar&amp;ig nämnd eller bolag:</translation>
        </message>
        <message>
            <location filename="../../desktop_app/ui/editor/entry_form.py" line="157" />
            <source>Contact &amp;person:</source>
            <translation>Kontaktp&amp;erson:</translation>
        </message>
        <message>
            <location filename="../../desktop_app/ui/editor/entry_form.py" line="160" />
            <source>Under the strategy, the City Council decides new memberships in city-wide organisations, the City Executive Board participation in city-wide networks, and the committee or company board concerned what is operation-specific (R4).</source>
            <translation>Enligt strategin beslutar kommunfullmäktige om nya medlemskap i stadsövergripande organisationer, kommunstyrelsen om deltagande i stadsövergripande nätverk och berörd nämnd eller bolagsstyrelse om det verksamhetsspecifika (R4).</translation>
        </message>
        <message>
            <location filename="../../desktop_app/ui/editor/entry_form.py" line="169" />
            <source>Dates and &amp;review</source>
            <translation>Datum och om&amp;prövning</translation>
        </message>
        <message>
            <location filename="../../desktop_app/ui/editor/entry_form.py" line="174" />
            <source>No regular review</source>
            <translation>Ingen regelbunden omprövning</translation>
        </message>
        <message>
            <location filename="../../desktop_app/ui/editor/entry_form.py" line="175" />
            <source> years</source>
            <translation> år</translation>
        </message>
        <message>
            <location filename="../../desktop_app/ui/editor/entry_form.py" line="183" />
            <location filename="../../desktop_app/ui/editor/entry_form.py" line="404" />
            <source>&amp;Start date:</source>
            <translation>S&amp;tartdatum:</translation>
        </message>
        <message>
            <location filename="../../desktop_app/ui/editor/entry_form.py" line="185" />
            <location filename="../../desktop_app/ui/editor/entry_form.py" line="405" />
            <source>&amp;End date:</source>
            <translation>S&amp;lutdatum:</translation>
        </message>
        <message>
            <location filename="../../desktop_app/ui/editor/entry_form.py" line="189" />
            <source>Review &amp;interval:</source>
            <translation>Omprövnings&amp;intervall:</translation>
        </message>
        <message>
            <location filename="../../desktop_app/ui/editor/entry_form.py" line="191" />
            <source>Last review:</source>
            <translation>Senaste omprövning:</translation>
        </message>
        <message>
            <location filename="../../desktop_app/ui/editor/entry_form.py" line="192" />
            <source>Next review:</source>
            <translation>Nästa omprövning:</translation>
        </message>
        <message>
            <location filename="../../desktop_app/ui/editor/entry_form.py" line="195" />
            <source>C&amp;ost</source>
            <translation>&amp;Kostnad</translation>
        </message>
        <message>
            <location filename="../../desktop_app/ui/editor/entry_form.py" line="207" />
            <source>e.g. Kommunstyrelsen</source>
            <translation>t.ex. Kommunstyrelsen</translation>
        </message>
        <message>
            <location filename="../../desktop_app/ui/editor/entry_form.py" line="208" />
            <source>&amp;Annual cost or fee:</source>
            <translation>Årskostnad eller av&amp;gift:</translation>
        </message>
        <message>
            <location filename="../../desktop_app/ui/editor/entry_form.py" line="211" />
            <source>&amp;Paid by:</source>
            <translation>Be&amp;talas av:</translation>
        </message>
        <message>
            <location filename="../../desktop_app/ui/editor/entry_form.py" line="214" />
            <source>International work is part of each committee's and company's ordinary work and must fit its budget: record the cost and who pays it (R6).</source>
            <translation>Det internationella arbetet är en del av varje nämnds och bolags ordinarie verksamhet och ska rymmas i dess budget: ange kostnaden och vem som betalar (R6).</translation>
        </message>
        <message>
            <location filename="../../desktop_app/ui/editor/entry_form.py" line="222" />
            <source>&amp;Notes and documents</source>
            <translation>A&amp;nteckningar och dokument</translation>
        </message>
        <message>
            <location filename="../../desktop_app/ui/editor/entry_form.py" line="226" />
            <source>No&amp;tes:</source>
            <translation>Ant&amp;eckningar:</translation>
        </message>
        <message>
            <location filename="../../desktop_app/ui/editor/entry_form.py" line="227" />
            <source>Signed &amp;documents:</source>
            <translation>Undertecknade &amp;dokument:</translation>
        </message>
        <message>
            <location filename="../../desktop_app/ui/editor/entry_form.py" line="286" />
            <source>New theme</source>
            <translation>Nytt tema</translation>
        </message>
        <message>
            <location filename="../../desktop_app/ui/editor/entry_form.py" line="286" />
            <source>Name of the thematic area (in Swedish):</source>
            <translation>Det tematiska områdets namn (på svenska):</translation>
        </message>
        <message>
            <location filename="../../desktop_app/ui/editor/entry_form.py" line="384" />
            <source>A terminated entry stays terminated.</source>
            <translation>En avslutad post förblir avslutad.</translation>
        </message>
        <message>
            <location filename="../../desktop_app/ui/editor/entry_form.py" line="390" />
            <source>To terminate an entry, use Terminate…</source>
            <translation>Använd Avsluta… för att avsluta en post.</translation>
        </message>
        <message>
            <location filename="../../desktop_app/ui/editor/entry_form.py" line="409" />
            <source>A cooperation agreement is a concrete exchange: theme, mutual benefit, start and end date are required (R2). A review interval is optional.</source>
            <translation>Ett samarbetsavtal gäller ett konkret utbyte: tematiskt område, ömsesidig nytta, start- och slutdatum krävs (R2). Omprövningsintervall är frivilligt.</translation>
        </message>
        <message>
            <location filename="../../desktop_app/ui/editor/entry_form.py" line="413" />
            <source>Optional for cooperation agreements.</source>
            <translation>Frivilligt för samarbetsavtal.</translation>
        </message>
        <message>
            <location filename="../../desktop_app/ui/editor/entry_form.py" line="417" />
            <source>Letters of intent and memberships are reviewed regularly, for example every four years (R3). The end date may be left empty.</source>
            <translation>Intentionsavtal och medlemskap omprövas regelbundet, till exempel vart fjärde år (R3). Slutdatum kan lämnas tomt.</translation>
        </message>
        <message>
            <location filename="../../desktop_app/ui/editor/entry_form.py" line="421" />
            <source>The strategy's default is every four years (R3).</source>
            <translation>Strategins utgångspunkt är vart fjärde år (R3).</translation>
        </message>
        <message>
            <location filename="../../desktop_app/ui/editor/entry_form.py" line="426" />
            <source>– (no interval or no date)</source>
            <translation>– (inget intervall eller datum)</translation>
        </message>
        <message>
            <location filename="../../desktop_app/ui/editor/form_findings.py" line="39" />
            <source>Write the date as yyyy-mm-dd, or leave it empty.</source>
            <translation>Skriv datumet som åååå-mm-dd, eller lämna fältet tomt.</translation>
        </message>
        <message>
            <location filename="../../desktop_app/ui/editor/form_findings.py" line="46" />
            <source>Write the cost as a number, e.g. 25 000 or 1 250,50.</source>
            <translation>Skriv kostnaden som ett tal, t.ex. 25 000 eller 1 250,50.</translation>
        </message>
        <message>
            <location filename="../../desktop_app/ui/editor/form_findings.py" line="54" />
            <source>deciding body</source>
            <translation>beslutande organ</translation>
        </message>
        <message>
            <location filename="../../desktop_app/ui/editor/form_findings.py" line="59" />
            <source>committee or company</source>
            <translation>nämnd eller bolag</translation>
        </message>
        <message>
            <location filename="../../desktop_app/ui/editor/form_findings.py" line="61" />
            <source>theme</source>
            <translation>tema</translation>
        </message>
        <message>
            <location filename="../../desktop_app/ui/editor/form_findings.py" line="66" />
            <source>No %1 is called “%2”: choose one from the list.</source>
            <translation>Inget %1 heter ”%2”: välj i listan.</translation>
        </message>
        <message>
            <location filename="../../desktop_app/ui/editor/form_findings.py" line="76" />
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
            <source>Decided by</source>
            <translation>Beslutat av</translation>
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
            <location filename="../../desktop_app/ui/editor/findings_panel.py" line="78" />
            <source>&lt;b&gt;Rule check&lt;/b&gt;&lt;br&gt;No findings: the entry can be saved.</source>
            <translation>&lt;b&gt;Regelkontroll&lt;/b&gt;&lt;br&gt;Inga anmärkningar: posten kan sparas.</translation>
        </message>
        <message>
            <location filename="../../desktop_app/ui/editor/findings_panel.py" line="83" />
            <source>Rule check</source>
            <translation>Regelkontroll</translation>
        </message>
        <message numerus="yes">
            <location filename="../../desktop_app/ui/editor/findings_panel.py" line="85" />
            <source>%n error(s)</source>
            <translation>
                <numerusform>%n fel</numerusform>
                <numerusform>%n fel</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <location filename="../../desktop_app/ui/editor/findings_panel.py" line="87" />
            <source>%n warning(s)</source>
            <translation>
                <numerusform>%n varning</numerusform>
                <numerusform>%n varningar</numerusform>
            </translation>
        </message>
        <message>
            <location filename="../../desktop_app/ui/editor/findings_panel.py" line="99" />
            <source>Error: must be fixed before saving</source>
            <translation>Fel: måste rättas innan posten kan sparas</translation>
        </message>
        <message>
            <location filename="../../desktop_app/ui/editor/findings_panel.py" line="101" />
            <source>Warning: can be saved anyway</source>
            <translation>Varning: posten kan ändå sparas</translation>
        </message>
    </context>
    <context>
        <name>Lifecycle</name>
        <message>
            <location filename="../../desktop_app/ui/editor/lifecycle.py" line="62" />
            <source>&amp;Save</source>
            <translation>&amp;Spara</translation>
        </message>
        <message>
            <location filename="../../desktop_app/ui/editor/lifecycle.py" line="65" />
            <source>Cancel</source>
            <translation>Avbryt</translation>
        </message>
        <message>
            <location filename="../../desktop_app/ui/editor/lifecycle.py" line="113" />
            <source>Record review</source>
            <translation>Registrera omprövning</translation>
        </message>
        <message>
            <location filename="../../desktop_app/ui/editor/lifecycle.py" line="121" />
            <location filename="../../desktop_app/ui/editor/lifecycle.py" line="215" />
            <source>Type to find the deciding body…</source>
            <translation>Skriv för att söka beslutande organ…</translation>
        </message>
        <message>
            <location filename="../../desktop_app/ui/editor/lifecycle.py" line="127" />
            <source>e.g. KS 2026/0123</source>
            <translation>t.ex. KS 2026/0123</translation>
        </message>
        <message>
            <location filename="../../desktop_app/ui/editor/lifecycle.py" line="134" />
            <source>&amp;Outcome:</source>
            <translation>&amp;Utfall:</translation>
        </message>
        <message>
            <location filename="../../desktop_app/ui/editor/lifecycle.py" line="135" />
            <source>&amp;Review date:</source>
            <translation>&amp;Omprövningsdatum:</translation>
        </message>
        <message>
            <location filename="../../desktop_app/ui/editor/lifecycle.py" line="137" />
            <source>Decision &amp;date:</source>
            <translation>Besluts&amp;datum:</translation>
        </message>
        <message>
            <location filename="../../desktop_app/ui/editor/lifecycle.py" line="139" />
            <location filename="../../desktop_app/ui/editor/lifecycle.py" line="221" />
            <source>Decided &amp;by:</source>
            <translation>Beslutat &amp;av:</translation>
        </message>
        <message>
            <location filename="../../desktop_app/ui/editor/lifecycle.py" line="140" />
            <source>Case &amp;number:</source>
            <translation>Diarie&amp;nummer:</translation>
        </message>
        <message>
            <location filename="../../desktop_app/ui/editor/lifecycle.py" line="141" />
            <source>N&amp;ote:</source>
            <translation>A&amp;nteckning:</translation>
        </message>
        <message>
            <location filename="../../desktop_app/ui/editor/lifecycle.py" line="172" />
            <source>The entry will be terminated; no further review.</source>
            <translation>Posten avslutas; inga fler omprövningar.</translation>
        </message>
        <message>
            <location filename="../../desktop_app/ui/editor/lifecycle.py" line="176" />
            <source>The entry has no review interval: no next review.</source>
            <translation>Posten har inget omprövningsintervall: ingen nästa omprövning.</translation>
        </message>
        <message>
            <location filename="../../desktop_app/ui/editor/lifecycle.py" line="180" />
            <source>Next review will be: %1</source>
            <translation>Nästa omprövning blir: %1</translation>
        </message>
        <message>
            <location filename="../../desktop_app/ui/editor/lifecycle.py" line="184" />
            <source>Enter the review date as yyyy-mm-dd.</source>
            <translation>Ange omprövningsdatum som åååå-mm-dd.</translation>
        </message>
        <message>
            <location filename="../../desktop_app/ui/editor/lifecycle.py" line="208" />
            <source>Terminate entry</source>
            <translation>Avsluta post</translation>
        </message>
        <message>
            <location filename="../../desktop_app/ui/editor/lifecycle.py" line="219" />
            <source>Termination &amp;date:</source>
            <translation>Avsluts&amp;datum:</translation>
        </message>
        <message>
            <location filename="../../desktop_app/ui/editor/lifecycle.py" line="220" />
            <source>&amp;Reason:</source>
            <translation>Skä&amp;l:</translation>
        </message>
        <message>
            <location filename="../../desktop_app/ui/editor/lifecycle.py" line="223" />
            <source>The entry stays in the register and its history; it is not deleted.</source>
            <translation>Posten finns kvar i registret med sin historik; den raderas inte.</translation>
        </message>
    </context>
    <context>
        <name>MoneyEdit</name>
        <message>
            <location filename="../../desktop_app/ui/editor/widgets.py" line="109" />
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
</TS>
