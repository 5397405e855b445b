<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="en_GB" sourcelanguage="en">
    <context>
        <name>ImportDialog</name>
        <message numerus="yes">
            <location filename="../../desktop_app/ui/import_dialog.py" line="767" />
            <source>%n new entries were imported</source>
            <translation>
                <numerusform>%n new entry was imported</numerusform>
                <numerusform>%n new entries were imported</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <location filename="../../desktop_app/ui/import_dialog.py" line="769" />
            <source> and %n updated.</source>
            <translation>
                <numerusform> and %n updated.</numerusform>
                <numerusform> and %n updated.</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <location filename="../../desktop_app/ui/import_dialog.py" line="771" />
            <source>The %n rejected rows are in the report %1.</source>
            <translation>
                <numerusform>The %n rejected row is in the report %1.</numerusform>
                <numerusform>The %n rejected rows are in the report %1.</numerusform>
            </translation>
        </message>
    </context>
    <context>
        <name>ImportPreviewDialog</name>
        <message numerus="yes">
            <location filename="../../desktop_app/ui/import_dialog.py" line="547" />
            <source>%n rows are rejected.</source>
            <translation>
                <numerusform>%n row is rejected.</numerusform>
                <numerusform>%n rows are rejected.</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <location filename="../../desktop_app/ui/import_dialog.py" line="550" />
            <source>Import all rows or none: correct them in the file and import again, or import the %n accepted rows (the rejected ones are then saved in a report beside the file).</source>
            <translation>
                <numerusform>Import all rows or none: correct them in the file and import again, or import the accepted row (the rejected ones are then saved in a report beside the file).</numerusform>
                <numerusform>Import all rows or none: correct them in the file and import again, or import the %n accepted rows (the rejected ones are then saved in a report beside the file).</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <location filename="../../desktop_app/ui/import_dialog.py" line="572" />
            <source>Import the %n accepted rows</source>
            <translation>
                <numerusform>Import the %n accepted row</numerusform>
                <numerusform>Import the %n accepted rows</numerusform>
            </translation>
        </message>
    </context>
</TS>
