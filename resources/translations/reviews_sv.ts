<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="sv_SE" sourcelanguage="en">
    <context>
        <name>ReviewsDueModel</name>
        <message>
            <location filename="../../desktop_app/ui/reviews/model.py" line="107" />
            <source>Case number</source>
            <translation>Diarienummer</translation>
        </message>
        <message>
            <location filename="../../desktop_app/ui/reviews/model.py" line="108" />
            <source>Title</source>
            <translation>Titel</translation>
        </message>
        <message>
            <location filename="../../desktop_app/ui/reviews/model.py" line="109" />
            <source>Kind</source>
            <translation>Avtalstyp</translation>
        </message>
        <message>
            <location filename="../../desktop_app/ui/reviews/model.py" line="110" />
            <source>Deciding body</source>
            <translation>Beslutande organ</translation>
        </message>
        <message>
            <location filename="../../desktop_app/ui/reviews/model.py" line="111" />
            <source>Next review</source>
            <translation>Nästa omprövning</translation>
        </message>
        <message>
            <location filename="../../desktop_app/ui/reviews/model.py" line="112" />
            <source>Days left</source>
            <translation>Dagar kvar</translation>
        </message>
        <message>
            <location filename="../../desktop_app/ui/reviews/model.py" line="302" />
            <source>Overdue (%1)</source>
            <translation>Försenade (%1)</translation>
        </message>
        <message numerus="yes">
            <location filename="../../desktop_app/ui/reviews/model.py" line="311" />
            <source>%n days overdue</source>
            <translation>
                <numerusform>%n dag försenad</numerusform>
                <numerusform>%n dagar försenad</numerusform>
            </translation>
        </message>
        <message>
            <location filename="../../desktop_app/ui/reviews/model.py" line="313" />
            <source>today</source>
            <translation>i dag</translation>
        </message>
        <message numerus="yes">
            <location filename="../../desktop_app/ui/reviews/model.py" line="315" />
            <source>in %n days</source>
            <translation>
                <numerusform>om %n dag</numerusform>
                <numerusform>om %n dagar</numerusform>
            </translation>
        </message>
    </context>
    <context>
        <name>ReviewsDuePage</name>
        <message>
            <location filename="../../desktop_app/ui/reviews/page.py" line="72" />
            <source>Show all &amp;live entries in the timeline</source>
            <translation>Visa alla &amp;gällande poster i tidslinjen</translation>
        </message>
        <message>
            <location filename="../../desktop_app/ui/reviews/page.py" line="74" />
            <source>Off: the timeline shows the entries listed above. On: every live entry.</source>
            <translation>Av: tidslinjen visar posterna i listan ovan. På: alla gällande poster.</translation>
        </message>
        <message>
            <location filename="../../desktop_app/ui/reviews/page.py" line="77" />
            <source>&amp;Refresh</source>
            <translation>&amp;Uppdatera</translation>
        </message>
        <message>
            <location filename="../../desktop_app/ui/reviews/page.py" line="127" />
            <source>Reading reviews due…</source>
            <translation>Läser omprövningar…</translation>
        </message>
        <message>
            <location filename="../../desktop_app/ui/reviews/page.py" line="147" />
            <source>The reviews due could not be read: {0}</source>
            <translation>Omprövningarna kunde inte läsas: {0}</translation>
        </message>
        <message numerus="yes">
            <location filename="../../desktop_app/ui/reviews/page.py" line="161" />
            <source>&lt;b&gt;%Ln overdue&lt;/b&gt;</source>
            <translation>
                <numerusform>&lt;b&gt;%Ln försenad&lt;/b&gt;</numerusform>
                <numerusform>&lt;b&gt;%Ln försenade&lt;/b&gt;</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <location filename="../../desktop_app/ui/reviews/page.py" line="162" />
            <source>%Ln due</source>
            <translation>
                <numerusform>%Ln som ska omprövas</numerusform>
                <numerusform>%Ln som ska omprövas</numerusform>
            </translation>
        </message>
        <message>
            <location filename="../../desktop_app/ui/reviews/page.py" line="165" />
            <source>{parts} within the lead time of {lead} days (today {today}).</source>
            <translation>{parts} inom framförhållningen på {lead} dagar (i dag {today}).</translation>
        </message>
        <message>
            <location filename="../../desktop_app/ui/reviews/page.py" line="166" />
            <source> and </source>
            <translation> och </translation>
        </message>
        <message>
            <location filename="../../desktop_app/ui/reviews/page.py" line="224" />
            <source>The first {0} live entries by next review.</source>
            <translation>De första {0} gällande posterna efter nästa omprövning.</translation>
        </message>
        <message numerus="yes">
            <location filename="../../desktop_app/ui/reviews/page.py" line="226" />
            <source>%n live entries</source>
            <translation>
                <numerusform>%n gällande post</numerusform>
                <numerusform>%n gällande poster</numerusform>
            </translation>
        </message>
        <message>
            <location filename="../../desktop_app/ui/reviews/page.py" line="231" />
            <source>The first {0} of {1} entries.</source>
            <translation>De första {0} av {1} poster.</translation>
        </message>
        <message numerus="yes">
            <location filename="../../desktop_app/ui/reviews/page.py" line="233" />
            <source>%n entries</source>
            <translation>
                <numerusform>%n post</numerusform>
                <numerusform>%n poster</numerusform>
            </translation>
        </message>
    </context>
</TS>
