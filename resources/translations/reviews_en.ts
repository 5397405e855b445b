<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="en_GB" sourcelanguage="en">
    <context>
        <name>ReviewsDueModel</name>
        <message numerus="yes">
            <location filename="../../desktop_app/ui/reviews/model.py" line="328" />
            <source>%n days overdue</source>
            <translation>
                <numerusform>%n day overdue</numerusform>
                <numerusform>%n days overdue</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <location filename="../../desktop_app/ui/reviews/model.py" line="332" />
            <source>in %n days</source>
            <translation>
                <numerusform>in %n day</numerusform>
                <numerusform>in %n days</numerusform>
            </translation>
        </message>
    </context>
    <context>
        <name>ReviewsDuePage</name>
        <message numerus="yes">
            <location filename="../../desktop_app/ui/reviews/page.py" line="162" />
            <source>&lt;b&gt;%Ln overdue&lt;/b&gt;</source>
            <translation>
                <numerusform>&lt;b&gt;%Ln overdue&lt;/b&gt;</numerusform>
                <numerusform>&lt;b&gt;%Ln overdue&lt;/b&gt;</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <location filename="../../desktop_app/ui/reviews/page.py" line="163" />
            <source>%Ln due</source>
            <translation>
                <numerusform>%Ln due</numerusform>
                <numerusform>%Ln due</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <location filename="../../desktop_app/ui/reviews/page.py" line="247" />
            <source>%n live entries</source>
            <translation>
                <numerusform>%n live entry</numerusform>
                <numerusform>%n live entries</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <location filename="../../desktop_app/ui/reviews/page.py" line="256" />
            <source>%n entries</source>
            <translation>
                <numerusform>%n entry</numerusform>
                <numerusform>%n entries</numerusform>
            </translation>
        </message>
    </context>
</TS>
