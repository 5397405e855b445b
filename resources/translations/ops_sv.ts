<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="sv_SE" sourcelanguage="en">
    <context>
        <name>Archive</name>
        <message numerus="yes">
            <location filename="../../desktop_app/ui/archive.py" line="55" />
            <source>… and %n more</source>
            <translation>
                <numerusform>… och %n till</numerusform>
                <numerusform>… och %n till</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <location filename="../../desktop_app/ui/archive.py" line="62" />
            <source>Archive %n entries?</source>
            <translation>
                <numerusform>Avföra %n post ur det aktuella registret?</numerusform>
                <numerusform>Avföra %n poster ur det aktuella registret?</numerusform>
            </translation>
        </message>
        <message>
            <location filename="../../desktop_app/ui/archive.py" line="63" />
            <source>Archived entries stay in the register with their history; they are only hidden from the current list. You can restore them.</source>
            <translation>Avförda poster finns kvar i registret med sin historik och är allmänna handlingar; de visas bara inte i den aktuella listan. Du kan återställa dem.</translation>
        </message>
        <message numerus="yes">
            <location filename="../../desktop_app/ui/archive.py" line="69" />
            <source>Restore %n entries to the register?</source>
            <translation>
                <numerusform>Återställa %n post till registret?</numerusform>
                <numerusform>Återställa %n poster till registret?</numerusform>
            </translation>
        </message>
        <message>
            <location filename="../../desktop_app/ui/archive.py" line="90" />
            <source>Archive</source>
            <translation>Avför</translation>
        </message>
        <message>
            <location filename="../../desktop_app/ui/archive.py" line="92" />
            <source>Restore</source>
            <translation>Återställ</translation>
        </message>
        <message numerus="yes">
            <location filename="../../desktop_app/ui/archive.py" line="117" />
            <source>%n entries archived.</source>
            <translation>
                <numerusform>%n post avförd.</numerusform>
                <numerusform>%n poster avförda.</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <location filename="../../desktop_app/ui/archive.py" line="118" />
            <source>%n entries restored.</source>
            <translation>
                <numerusform>%n post återställd.</numerusform>
                <numerusform>%n poster återställda.</numerusform>
            </translation>
        </message>
    </context>
    <context>
        <name>Conflict</name>
        <message>
            <location filename="../../desktop_app/ui/conflict.py" line="29" />
            <source>someone else</source>
            <translation>någon annan</translation>
        </message>
        <message>
            <location filename="../../desktop_app/ui/conflict.py" line="33" />
            <source>%1 on %2</source>
            <translation>%1 den %2</translation>
        </message>
        <message>
            <location filename="../../desktop_app/ui/conflict.py" line="41" />
            <source>This decision body</source>
            <translation>Organet</translation>
        </message>
        <message>
            <location filename="../../desktop_app/ui/conflict.py" line="42" />
            <source>This theme</source>
            <translation>Temat</translation>
        </message>
        <message>
            <location filename="../../desktop_app/ui/conflict.py" line="43" />
            <source>This counterparty</source>
            <translation>Motparten</translation>
        </message>
        <message>
            <location filename="../../desktop_app/ui/conflict.py" line="44" />
            <source>This setting</source>
            <translation>Inställningen</translation>
        </message>
        <message>
            <location filename="../../desktop_app/ui/conflict.py" line="45" />
            <source>This entry</source>
            <translation>Posten</translation>
        </message>
        <message>
            <location filename="../../desktop_app/ui/conflict.py" line="52" />
            <location filename="../../desktop_app/ui/conflict.py" line="84" />
            <source>Changed by someone else</source>
            <translation>Ändrad av någon annan</translation>
        </message>
        <message>
            <location filename="../../desktop_app/ui/conflict.py" line="54" />
            <source>%1 was changed by %2 while you were editing it. Nothing of yours was saved.</source>
            <translation>%1 ändrades av %2 medan du redigerade. Ingen av dina ändringar har sparats.</translation>
        </message>
        <message>
            <location filename="../../desktop_app/ui/conflict.py" line="62" />
            <source>Reload shows the saved version and keeps your edits, so you can apply them again. Keep editing leaves the form as it is.</source>
            <translation>Läs in visar den sparade versionen och behåller dina ändringar, så att du kan föra in dem igen. Fortsätt redigera lämnar formuläret som det är.</translation>
        </message>
        <message>
            <location filename="../../desktop_app/ui/conflict.py" line="70" />
            <source>&amp;Reload</source>
            <translation>&amp;Läs in</translation>
        </message>
        <message>
            <location filename="../../desktop_app/ui/conflict.py" line="73" />
            <source>&amp;Keep editing</source>
            <translation>&amp;Fortsätt redigera</translation>
        </message>
        <message>
            <location filename="../../desktop_app/ui/conflict.py" line="86" />
            <source>%1 was changed by %2 in the meantime. Nothing was changed by you.</source>
            <translation>%1 ändrades av %2 under tiden. Ingenting ändrades av dig.</translation>
        </message>
        <message>
            <location filename="../../desktop_app/ui/conflict.py" line="94" />
            <source>The list now shows the saved version. Look at it and try again.</source>
            <translation>Listan visar nu den sparade versionen. Titta på den och försök igen.</translation>
        </message>
    </context>
    <context>
        <name>Runner</name>
        <message>
            <location filename="../../desktop_app/ui/runner.py" line="281" />
            <source>Cancel</source>
            <translation>Avbryt</translation>
        </message>
    </context>
</TS>
