<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="en_GB" sourcelanguage="en">
    <context>
        <name>EntryFields</name>
        <message numerus="yes">
            <location filename="../../desktop_app/ui/editor/fields.py" line="149" />
            <source>%n year(s)</source>
            <translation>
                <numerusform>%n year</numerusform>
                <numerusform>%n years</numerusform>
            </translation>
        </message>
    </context>
    <context>
        <name>FindingsPanel</name>
        <message numerus="yes">
            <location filename="../../desktop_app/ui/editor/findings_panel.py" line="117" />
            <source>%n error(s)</source>
            <translation>
                <numerusform>%n error</numerusform>
                <numerusform>%n errors</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <location filename="../../desktop_app/ui/editor/findings_panel.py" line="117" />
            <source>%n warning(s)</source>
            <translation>
                <numerusform>%n warning</numerusform>
                <numerusform>%n warnings</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <location filename="../../desktop_app/ui/editor/findings_panel.py" line="119" />
            <source>%n note(s)</source>
            <translation>
                <numerusform>%n note</numerusform>
                <numerusform>%n notes</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <location filename="../../desktop_app/ui/editor/findings_panel.py" line="121" />
            <source>%n assessed</source>
            <translation>
                <numerusform>%n assessed</numerusform>
                <numerusform>%n assessed</numerusform>
            </translation>
        </message>
    </context>
</TS>
