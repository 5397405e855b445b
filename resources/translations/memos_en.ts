<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="en_GB" sourcelanguage="en">
    <context>
        <name>Archive</name>
        <message numerus="yes">
            <location filename="../../desktop_app/ui/memo_actions.py" line="143" />
            <source>… and %n more</source>
            <translation>
                <numerusform>… and %n more</numerusform>
                <numerusform>… and %n more</numerusform>
            </translation>
        </message>
    </context>
    <context>
        <name>MemoActions</name>
        <message numerus="yes">
            <location filename="../../desktop_app/ui/memo_actions.py" line="251" />
            <source>%n memos were saved.</source>
            <translation>
                <numerusform>%n memo was saved.</numerusform>
                <numerusform>%n memos were saved.</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <location filename="../../desktop_app/ui/memo_actions.py" line="296" />
            <source>%n reviews were saved.</source>
            <translation>
                <numerusform>%n review was saved.</numerusform>
                <numerusform>%n reviews were saved.</numerusform>
            </translation>
        </message>
    </context>
    <context>
        <name>MemoDialog</name>
        <message numerus="yes">
            <location filename="../../desktop_app/ui/memo_actions.py" line="65" />
            <source>%n selected entries</source>
            <translation>
                <numerusform>%n selected entry</numerusform>
                <numerusform>%n selected entries</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <location filename="../../desktop_app/ui/memo_actions.py" line="126" />
            <source>%n entries, overdue ones included</source>
            <translation>
                <numerusform>%n entry, overdue ones included</numerusform>
                <numerusform>%n entries, overdue ones included</numerusform>
            </translation>
        </message>
    </context>
</TS>
