<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="sv_SE" sourcelanguage="en">
    <context>
        <name>Startup</name>
        <message>
            <location filename="../../desktop_app/ui/startup.py" line="30" />
            <source>Integrity check</source>
            <translation>Integritetskontroll</translation>
        </message>
        <message>
            <location filename="../../desktop_app/ui/startup.py" line="32" />
            <source>The register failed its integrity check.</source>
            <translation>Registret klarade inte integritetskontrollen.</translation>
        </message>
    </context>
</TS>
