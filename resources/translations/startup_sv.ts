<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="sv_SE" sourcelanguage="en">
    <context>
        <name>Startup</name>
        <message>
            <location filename="../../desktop_app/ui/startup.py" line="63" />
            <source>Integrity check</source>
            <translation>Integritetskontroll</translation>
        </message>
        <message>
            <location filename="../../desktop_app/ui/startup.py" line="65" />
            <source>The register failed its integrity check.</source>
            <translation>Registret klarade inte integritetskontrollen.</translation>
        </message>
        <message>
            <location filename="../../desktop_app/ui/startup.py" line="92" />
            <source>Preparing the findings filter: %1 of %2 entries…</source>
            <translation>Förbereder filtret Anmärkningar: %1 av %2 poster…</translation>
        </message>
        <message>
            <location filename="../../desktop_app/ui/startup.py" line="113" />
            <source>The findings filter is ready.</source>
            <translation>Filtret Anmärkningar är klart.</translation>
        </message>
        <message>
            <location filename="../../desktop_app/ui/startup.py" line="122" />
            <source>The findings filter could not be prepared: %1</source>
            <translation>Filtret Anmärkningar kunde inte förberedas: %1</translation>
        </message>
    </context>
</TS>
