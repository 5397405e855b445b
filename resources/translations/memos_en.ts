<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="en_GB" sourcelanguage="en">
    <context>
        <name>Archive</name>
        <message numerus="yes">
            <location filename="../../desktop_app/ui/memo_actions.py" line="136" />
            <source>… and %n more</source>
            <translation>
                <numerusform>… and %n more</numerusform>
                <numerusform>… and %n more</numerusform>
            </translation>
        </message>
    </context>
    <context>
        <name>MemoDialog</name>
        <message numerus="yes">
            <location filename="../../desktop_app/ui/memo_actions.py" line="58" />
            <source>%n selected entries</source>
            <translation>
                <numerusform>%n selected entry</numerusform>
                <numerusform>%n selected entries</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <location filename="../../desktop_app/ui/memo_actions.py" line="119" />
            <source>%n entries, overdue ones included</source>
            <translation>
                <numerusform>%n entry, overdue ones included</numerusform>
                <numerusform>%n entries, overdue ones included</numerusform>
            </translation>
        </message>
    </context>
</TS>
