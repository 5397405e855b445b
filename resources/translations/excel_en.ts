<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="en_GB" sourcelanguage="en">
    <context>
        <name>ExcelActions</name>
        <message numerus="yes">
            <location filename="../../desktop_app/ui/excel_actions.py" line="73" />
            <source>%n entries were exported.</source>
            <translation>
                <numerusform>%n entry was exported.</numerusform>
                <numerusform>%n entries were exported.</numerusform>
            </translation>
        </message>
    </context>
</TS>
