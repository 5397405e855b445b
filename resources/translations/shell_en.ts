<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="en_GB" sourcelanguage="en">
    <context>
        <name>FilterBar</name>
        <message numerus="yes">
            <location filename="../../desktop_app/ui/register/filter_bar.py" line="242" />
            <source>More filters (%n in use)</source>
            <translation>
                <numerusform>More filters (%n in use)</numerusform>
                <numerusform>More filters (%n in use)</numerusform>
            </translation>
        </message>
    </context>
    <context>
        <name>MainWindow</name>
        <message numerus="yes">
            <location filename="../../desktop_app/ui/main_window.py" line="242" />
            <source>%n reviews overdue</source>
            <translation>
                <numerusform>%n review overdue</numerusform>
                <numerusform>%n reviews overdue</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <location filename="../../desktop_app/ui/main_window.py" line="248" />
            <source>%n reviews due soon</source>
            <translation>
                <numerusform>%n review due soon</numerusform>
                <numerusform>%n reviews due soon</numerusform>
            </translation>
        </message>
    </context>
</TS>
