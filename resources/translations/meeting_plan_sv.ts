<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="sv_SE" sourcelanguage="en">
    <context>
        <name>MeetingPlanDialog</name>
        <message>
            <location filename="../../desktop_app/ui/meeting_plan.py" line="46" />
            <source>Memo ready by</source>
            <translation>PM klart senast</translation>
        </message>
        <message>
            <location filename="../../desktop_app/ui/meeting_plan.py" line="50" />
            <source>Memo settings and meeting p&amp;lans…</source>
            <translation>P&amp;M-inställningar och sammanträdesplaner…</translation>
        </message>
        <message>
            <location filename="../../desktop_app/ui/meeting_plan.py" line="66" />
            <source>Memo settings and meeting plans</source>
            <translation>PM-inställningar och sammanträdesplaner</translation>
        </message>
        <message>
            <location filename="../../desktop_app/ui/meeting_plan.py" line="75" />
            <source>Body:</source>
            <translation>Organ:</translation>
        </message>
        <message>
            <location filename="../../desktop_app/ui/meeting_plan.py" line="77" />
            <source>Department in the memo's head:</source>
            <translation>Avdelning i PM:ets sidhuvud:</translation>
        </message>
        <message>
            <location filename="../../desktop_app/ui/meeting_plan.py" line="79" />
            <source>Förvaltningschef (signs):</source>
            <translation>Förvaltningschef (undertecknar):</translation>
        </message>
        <message>
            <location filename="../../desktop_app/ui/meeting_plan.py" line="82" />
            <source>Their title:</source>
            <translation>Titel:</translation>
        </message>
        <message>
            <location filename="../../desktop_app/ui/meeting_plan.py" line="84" />
            <source>Avdelningschef (signs):</source>
            <translation>Avdelningschef (undertecknar):</translation>
        </message>
        <message>
            <location filename="../../desktop_app/ui/meeting_plan.py" line="87" />
            <source> days before the meeting</source>
            <translation> dagar före sammanträdet</translation>
        </message>
        <message>
            <location filename="../../desktop_app/ui/meeting_plan.py" line="88" />
            <source>Papers must be in:</source>
            <translation>Handlingar ska vara inne:</translation>
        </message>
        <message>
            <location filename="../../desktop_app/ui/meeting_plan.py" line="92" />
            <source>&amp;Import a list or calendar file…</source>
            <translation>&amp;Importera en lista eller kalenderfil…</translation>
        </message>
        <message>
            <location filename="../../desktop_app/ui/meeting_plan.py" line="98" />
            <source>Meeting dates
(yyyy-mm-dd, one a line):</source>
            <translation>Sammanträdesdatum
(åååå-mm-dd, ett per rad):</translation>
        </message>
        <message>
            <location filename="../../desktop_app/ui/meeting_plan.py" line="101" />
            <source>A review must reach the body's last meeting before its review date; the memo is due the papers-days before that meeting, and a City Council matter first goes through the City Executive Board. Without meeting dates the register's lead time applies.</source>
            <translation>En omprövning ska nå organets sista sammanträde före omprövningsdatum; PM:et ska vara klart så många dagar före sammanträdet som handlingarna ska vara inne, och ett ärende för kommunfullmäktige går först via kommunstyrelsen. Utan sammanträdesdatum gäller registrets ledtid.</translation>
        </message>
        <message>
            <location filename="../../desktop_app/ui/meeting_plan.py" line="114" />
            <source>&amp;Save</source>
            <translation>&amp;Spara</translation>
        </message>
        <message>
            <location filename="../../desktop_app/ui/meeting_plan.py" line="115" />
            <source>Cancel</source>
            <translation>Avbryt</translation>
        </message>
        <message>
            <location filename="../../desktop_app/ui/meeting_plan.py" line="143" />
            <source>Meeting dates</source>
            <translation>Sammanträdesdatum</translation>
        </message>
        <message>
            <location filename="../../desktop_app/ui/meeting_plan.py" line="145" />
            <source>Calendar or list (*.ics *.txt *.csv);;All files (*)</source>
            <translation>Kalender eller lista (*.ics *.txt *.csv);;Alla filer (*)</translation>
        </message>
        <message>
            <location filename="../../desktop_app/ui/meeting_plan.py" line="200" />
            <source>Reading the meeting plans…</source>
            <translation>Läser sammanträdesplanerna…</translation>
        </message>
    </context>
</TS>
