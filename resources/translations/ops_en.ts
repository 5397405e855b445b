<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="en_GB" sourcelanguage="en">
    <context>
        <name>Archive</name>
        <message numerus="yes">
            <location filename="../../desktop_app/ui/archive.py" line="55" />
            <source>… and %n more</source>
            <translation>
                <numerusform>… and %n more</numerusform>
                <numerusform>… and %n more</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <location filename="../../desktop_app/ui/archive.py" line="62" />
            <source>Archive %n entries?</source>
            <translation>
                <numerusform>Archive %n entry?</numerusform>
                <numerusform>Archive %n entries?</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <location filename="../../desktop_app/ui/archive.py" line="69" />
            <source>Restore %n entries to the register?</source>
            <translation>
                <numerusform>Restore %n entry to the register?</numerusform>
                <numerusform>Restore %n entries to the register?</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <location filename="../../desktop_app/ui/archive.py" line="124" />
            <source>%n entries archived.</source>
            <translation>
                <numerusform>%n entry archived.</numerusform>
                <numerusform>%n entries archived.</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <location filename="../../desktop_app/ui/archive.py" line="125" />
            <source>%n entries restored.</source>
            <translation>
                <numerusform>%n entry restored.</numerusform>
                <numerusform>%n entries restored.</numerusform>
            </translation>
        </message>
    </context>
</TS>
