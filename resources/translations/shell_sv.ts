<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="sv_SE" sourcelanguage="en">
    <context>
        <name>App</name>
        <message>
            <location filename="../../desktop_app/ui/dialogs/register_file.py" line="15" />
            <source>Open a register</source>
            <translation>Öppna ett register</translation>
        </message>
        <message>
            <location filename="../../desktop_app/ui/dialogs/register_file.py" line="17" />
            <source>Avtalsregister (*.sqlite3 *.sqlite *.db);;All files (*)</source>
            <translation>Avtalsregister (*.sqlite3 *.sqlite *.db);;Alla filer (*)</translation>
        </message>
        <message>
            <location filename="../../desktop_app/ui/app.py" line="168" />
            <source>Avtalsregister</source>
            <translation>Avtalsregister</translation>
        </message>
        <message>
            <location filename="../../desktop_app/ui/app.py" line="169" />
            <source>The register could not be opened.</source>
            <translation>Registret gick inte att öppna.</translation>
        </message>
        <message>
            <location filename="../../desktop_app/ui/app.py" line="176" />
            <source>Choose &amp;another…</source>
            <translation>Välj ett &amp;annat…</translation>
        </message>
        <message>
            <location filename="../../desktop_app/ui/app.py" line="179" />
            <source>Create a &amp;new register…</source>
            <translation>Skapa ett &amp;nytt register…</translation>
        </message>
        <message>
            <location filename="../../desktop_app/ui/app.py" line="183" />
            <source>&amp;Quit</source>
            <translation>&amp;Avsluta</translation>
        </message>
        <message>
            <location filename="../../desktop_app/ui/app.py" line="193" />
            <source>New register file</source>
            <translation>Ny registerfil</translation>
        </message>
        <message>
            <location filename="../../desktop_app/ui/app.py" line="195" />
            <source>Avtalsregister (*.sqlite3)</source>
            <translation>Avtalsregister (*.sqlite3)</translation>
        </message>
        <message>
            <location filename="../../desktop_app/ui/app.py" line="206" />
            <source>Choose a register</source>
            <translation>Välj register</translation>
        </message>
    </context>
    <context>
        <name>BackupActions</name>
        <message>
            <location filename="../../desktop_app/ui/backup_actions.py" line="53" />
            <source>Back up the register</source>
            <translation>Säkerhetskopiera registret</translation>
        </message>
        <message>
            <location filename="../../desktop_app/ui/backup_actions.py" line="55" />
            <source>Register backup (*.sqlite3)</source>
            <translation>Säkerhetskopia av register (*.sqlite3)</translation>
        </message>
        <message>
            <location filename="../../desktop_app/ui/backup_actions.py" line="65" />
            <source>No backup was made</source>
            <translation>Ingen säkerhetskopia gjordes</translation>
        </message>
        <message>
            <location filename="../../desktop_app/ui/backup_actions.py" line="70" />
            <source>Backup made</source>
            <translation>Säkerhetskopian är gjord</translation>
        </message>
        <message>
            <location filename="../../desktop_app/ui/backup_actions.py" line="73" />
            <source>Show in folder</source>
            <translation>Visa i mappen</translation>
        </message>
        <message>
            <location filename="../../desktop_app/ui/backup_actions.py" line="85" />
            <source>Backing up the register…</source>
            <translation>Säkerhetskopierar registret…</translation>
        </message>
        <message>
            <location filename="../../desktop_app/ui/backup_actions.py" line="97" />
            <source>Restore the register from a backup</source>
            <translation>Återställ registret från en säkerhetskopia</translation>
        </message>
        <message>
            <location filename="../../desktop_app/ui/backup_actions.py" line="99" />
            <source>Register backup (*.sqlite3 *.sqlite *.db)</source>
            <translation>Säkerhetskopia av register (*.sqlite3 *.sqlite *.db)</translation>
        </message>
        <message>
            <location filename="../../desktop_app/ui/backup_actions.py" line="105" />
            <source>Restore from a backup</source>
            <translation>Återställ från en säkerhetskopia</translation>
        </message>
        <message>
            <location filename="../../desktop_app/ui/backup_actions.py" line="106" />
            <source>Replace the register with the backup %1?

The register as it is now is kept beside it as a *.before-restore copy. Everyone using the register sees the restored version.</source>
            <translation>Ersätta registret med säkerhetskopian %1?

Registret som det är nu sparas bredvid som en *.before-restore-kopia. Alla som använder registret ser den återställda versionen.</translation>
        </message>
        <message>
            <location filename="../../desktop_app/ui/backup_actions.py" line="121" />
            <source>The register was not restored</source>
            <translation>Registret återställdes inte</translation>
        </message>
        <message>
            <location filename="../../desktop_app/ui/backup_actions.py" line="127" />
            <source>Register restored</source>
            <translation>Registret är återställt</translation>
        </message>
        <message>
            <location filename="../../desktop_app/ui/backup_actions.py" line="134" />
            <source>Restoring the register…</source>
            <translation>Återställer registret…</translation>
        </message>
    </context>
    <context>
        <name>ColumnDialog</name>
        <message>
            <location filename="../../desktop_app/ui/register/column_dialog.py" line="31" />
            <source>Columns</source>
            <translation>Kolumner</translation>
        </message>
        <message>
            <location filename="../../desktop_app/ui/register/column_dialog.py" line="36" />
            <source>Check the columns to show. Drag them, or use Up and Down, to order them.</source>
            <translation>Markera de kolumner som ska visas. Dra dem, eller använd Upp och Ned, för att ändra ordningen.</translation>
        </message>
        <message>
            <location filename="../../desktop_app/ui/register/column_dialog.py" line="40" />
            <source>&amp;Up</source>
            <translation>&amp;Upp</translation>
        </message>
        <message>
            <location filename="../../desktop_app/ui/register/column_dialog.py" line="41" />
            <source>Do&amp;wn</source>
            <translation>&amp;Ned</translation>
        </message>
        <message>
            <location filename="../../desktop_app/ui/register/column_dialog.py" line="42" />
            <source>&amp;Defaults</source>
            <translation>&amp;Standard</translation>
        </message>
    </context>
    <context>
        <name>DatabaseChoice</name>
        <message>
            <location filename="../../desktop_app/ui/dialogs/database_choice.py" line="36" />
            <source>The file does not exist yet; it will be created (with its folder).</source>
            <translation>Filen finns inte ännu; den skapas (med sin mapp).</translation>
        </message>
        <message>
            <location filename="../../desktop_app/ui/dialogs/database_choice.py" line="41" />
            <source>The file does not exist yet; a new register will be created there.</source>
            <translation>Filen finns inte ännu; ett nytt register skapas där.</translation>
        </message>
        <message>
            <location filename="../../desktop_app/ui/dialogs/database_choice.py" line="47" />
            <source>This file is not an Avtalsregister register.</source>
            <translation>Filen är inte ett register från Avtalsregister.</translation>
        </message>
        <message>
            <location filename="../../desktop_app/ui/dialogs/database_choice.py" line="57" />
            <source>The file is empty; a new register will be created there.</source>
            <translation>Filen är tom; ett nytt register skapas där.</translation>
        </message>
        <message>
            <location filename="../../desktop_app/ui/dialogs/database_choice.py" line="60" />
            <source>Connected: a register with %1 entries.</source>
            <translation>Ansluten: ett register med %1 poster.</translation>
        </message>
        <message>
            <location filename="../../desktop_app/ui/dialogs/database_choice.py" line="53" />
            <source>Connected. The database is empty; a new register will be created there.</source>
            <translation>Ansluten. Databasen är tom; ett nytt register skapas där.</translation>
        </message>
        <message>
            <location filename="../../desktop_app/ui/dialogs/database_choice.py" line="199" />
            <source>Could not connect: %1</source>
            <translation>Det gick inte att ansluta: %1</translation>
        </message>
    </context>
    <context>
        <name>DatabaseChooser</name>
        <message>
            <location filename="../../desktop_app/ui/dialogs/database_choice.py" line="73" />
            <source>A register &amp;file on this computer (SQLite)</source>
            <translation>En register&amp;fil på den här datorn (SQLite)</translation>
        </message>
        <message>
            <location filename="../../desktop_app/ui/dialogs/database_choice.py" line="76" />
            <source>A shared register on a &amp;server (PostgreSQL)</source>
            <translation>Ett gemensamt register på en &amp;server (PostgreSQL)</translation>
        </message>
        <message>
            <location filename="../../desktop_app/ui/dialogs/database_choice.py" line="83" />
            <source>&amp;Browse…</source>
            <translation>&amp;Bläddra…</translation>
        </message>
        <message>
            <location filename="../../desktop_app/ui/dialogs/database_choice.py" line="88" />
            <source>Ask IT for the address. A password is better kept in pgpass than here.</source>
            <translation>Fråga IT om adressen. Ett lösenord förvaras bättre i pgpass än här.</translation>
        </message>
        <message>
            <location filename="../../desktop_app/ui/dialogs/database_choice.py" line="90" />
            <source>&amp;Test connection</source>
            <translation>&amp;Testa anslutningen</translation>
        </message>
        <message>
            <location filename="../../desktop_app/ui/dialogs/database_choice.py" line="147" />
            <source>Register file</source>
            <translation>Registerfil</translation>
        </message>
        <message>
            <location filename="../../desktop_app/ui/dialogs/database_choice.py" line="149" />
            <source>Avtalsregister (*.sqlite3 *.db);;All files (*)</source>
            <translation>Avtalsregister (*.sqlite3 *.db);;Alla filer (*)</translation>
        </message>
        <message>
            <location filename="../../desktop_app/ui/dialogs/database_choice.py" line="162" />
            <source>Enter an address starting with postgresql://</source>
            <translation>Ange en adress som börjar med postgresql://</translation>
        </message>
        <message>
            <location filename="../../desktop_app/ui/dialogs/database_choice.py" line="165" />
            <source>Connecting…</source>
            <translation>Ansluter…</translation>
        </message>
    </context>
    <context>
        <name>EmptyState</name>
        <message>
            <location filename="../../desktop_app/ui/register/view.py" line="71" />
            <source>Clear filters</source>
            <translation>Rensa filter</translation>
        </message>
    </context>
    <context>
        <name>Errors</name>
        <message>
            <location filename="../../desktop_app/ui/errors.py" line="33" />
            <source>Something unexpected went wrong. Nothing was saved. Please send the details below to your IT support.</source>
            <translation>Något oväntat gick fel. Ingenting sparades. Skicka uppgifterna nedan till IT-supporten.</translation>
        </message>
        <message>
            <location filename="../../desktop_app/ui/errors.py" line="66" />
            <source>The database said: %1</source>
            <translation>Databasens svar: %1</translation>
        </message>
        <message>
            <location filename="../../desktop_app/ui/errors.py" line="72" />
            <source>Changed by someone else</source>
            <translation>Ändrad av någon annan</translation>
        </message>
        <message>
            <location filename="../../desktop_app/ui/errors.py" line="74" />
            <source>Cannot save</source>
            <translation>Kan inte spara</translation>
        </message>
        <message>
            <location filename="../../desktop_app/ui/errors.py" line="76" />
            <source>Not allowed</source>
            <translation>Inte tillåtet</translation>
        </message>
        <message>
            <location filename="../../desktop_app/ui/errors.py" line="77" />
            <source>Avtalsregister</source>
            <translation>Avtalsregister</translation>
        </message>
    </context>
    <context>
        <name>FilterBar</name>
        <message>
            <location filename="../../desktop_app/ui/register/filter_bar.py" line="108" />
            <source>Search case number, title, counterparty, theme, notes…</source>
            <translation>Sök diarienummer, titel, motpart, tema, anteckningar…</translation>
        </message>
        <message>
            <location filename="../../desktop_app/ui/register/filter_bar.py" line="118" />
            <source>Entries whose rule check finds errors, open warnings or assessed warnings</source>
            <translation>Poster där regelkontrollen hittar fel, öppna varningar eller bedömda varningar</translation>
        </message>
        <message>
            <location filename="../../desktop_app/ui/register/filter_bar.py" line="127" />
            <source>C&amp;lear filters</source>
            <translation>Rensa &amp;filter</translation>
        </message>
        <message>
            <location filename="../../desktop_app/ui/register/filter_bar.py" line="128" />
            <source>Show the whole register again</source>
            <translation>Visa hela registret igen</translation>
        </message>
        <message>
            <location filename="../../desktop_app/ui/register/filter_bar.py" line="130" />
            <source>From (empty: no limit). Ctrl+Delete empties it.</source>
            <translation>Från (tomt: ingen gräns). Ctrl+Delete tömmer fältet.</translation>
        </message>
        <message>
            <location filename="../../desktop_app/ui/register/filter_bar.py" line="131" />
            <source>To (empty: no limit). Ctrl+Delete empties it.</source>
            <translation>Till (tomt: ingen gräns). Ctrl+Delete tömmer fältet.</translation>
        </message>
        <message>
            <location filename="../../desktop_app/ui/register/filter_bar.py" line="151" />
            <source>&amp;Search:</source>
            <translation>&amp;Sök:</translation>
        </message>
        <message>
            <location filename="../../desktop_app/ui/register/filter_bar.py" line="155" />
            <source>&amp;Kind:</source>
            <translation>&amp;Typ:</translation>
        </message>
        <message>
            <location filename="../../desktop_app/ui/register/filter_bar.py" line="156" />
            <source>Stat&amp;us:</source>
            <translation>Stat&amp;us:</translation>
        </message>
        <message>
            <location filename="../../desktop_app/ui/register/filter_bar.py" line="157" />
            <source>Fi&amp;ndings:</source>
            <translation>Anmärknin&amp;gar:</translation>
        </message>
        <message>
            <location filename="../../desktop_app/ui/register/filter_bar.py" line="160" />
            <source>&amp;Deciding body:</source>
            <translation>&amp;Beslutande organ:</translation>
        </message>
        <message>
            <location filename="../../desktop_app/ui/register/filter_bar.py" line="161" />
            <source>&amp;Responsible:</source>
            <translation>A&amp;nsvarig:</translation>
        </message>
        <message>
            <location filename="../../desktop_app/ui/register/filter_bar.py" line="162" />
            <source>The&amp;me:</source>
            <translation>T&amp;ema:</translation>
        </message>
        <message>
            <location filename="../../desktop_app/ui/register/filter_bar.py" line="163" />
            <source>D&amp;irection:</source>
            <translation>&amp;Inriktning:</translation>
        </message>
        <message>
            <location filename="../../desktop_app/ui/register/filter_bar.py" line="167" />
            <source>from</source>
            <translation>från</translation>
        </message>
        <message>
            <location filename="../../desktop_app/ui/register/filter_bar.py" line="168" />
            <source>to</source>
            <translation>till</translation>
        </message>
        <message>
            <location filename="../../desktop_app/ui/register/filter_bar.py" line="244" />
            <source>More filters</source>
            <translation>Fler filter</translation>
        </message>
        <message numerus="yes">
            <location filename="../../desktop_app/ui/register/filter_bar.py" line="246" />
            <source>More filters (%n in use)</source>
            <translation>
                <numerusform>Fler filter (%n används)</numerusform>
                <numerusform>Fler filter (%n används)</numerusform>
            </translation>
        </message>
        <message>
            <location filename="../../desktop_app/ui/register/filter_bar.py" line="249" />
            <source>Hide the less-used filters</source>
            <translation>Dölj de mindre använda filtren</translation>
        </message>
        <message>
            <location filename="../../desktop_app/ui/register/filter_bar.py" line="251" />
            <source>Show the less-used filters: bodies, theme, direction and dates</source>
            <translation>Visa de mindre använda filtren: organ, tema, inriktning och datum</translation>
        </message>
        <message>
            <location filename="../../desktop_app/ui/register/filter_bar.py" line="256" />
            <source>All kinds</source>
            <translation>Alla avtalstyper</translation>
        </message>
        <message>
            <location filename="../../desktop_app/ui/register/filter_bar.py" line="261" />
            <source>Active</source>
            <translation>Aktiva</translation>
        </message>
        <message>
            <location filename="../../desktop_app/ui/register/filter_bar.py" line="262" />
            <source>Review due or overdue</source>
            <translation>Omprövning inom kort eller försenad</translation>
        </message>
        <message>
            <location filename="../../desktop_app/ui/register/filter_bar.py" line="263" />
            <source>Review due soon</source>
            <translation>Omprövning inom kort</translation>
        </message>
        <message>
            <location filename="../../desktop_app/ui/register/filter_bar.py" line="264" />
            <source>Review overdue</source>
            <translation>Omprövning försenad</translation>
        </message>
        <message>
            <location filename="../../desktop_app/ui/register/filter_bar.py" line="265" />
            <source>Draft</source>
            <translation>Utkast</translation>
        </message>
        <message>
            <location filename="../../desktop_app/ui/register/filter_bar.py" line="266" />
            <source>Expired</source>
            <translation>Utgångna</translation>
        </message>
        <message>
            <location filename="../../desktop_app/ui/register/filter_bar.py" line="267" />
            <source>Terminated</source>
            <translation>Avslutade</translation>
        </message>
        <message>
            <location filename="../../desktop_app/ui/register/filter_bar.py" line="268" />
            <source>Archived</source>
            <translation>Avförda</translation>
        </message>
        <message>
            <location filename="../../desktop_app/ui/register/filter_bar.py" line="272" />
            <source>With errors</source>
            <translation>Med fel</translation>
        </message>
        <message>
            <location filename="../../desktop_app/ui/register/filter_bar.py" line="273" />
            <source>With warnings</source>
            <translation>Med varningar</translation>
        </message>
        <message>
            <location filename="../../desktop_app/ui/register/filter_bar.py" line="274" />
            <source>Assessed</source>
            <translation>Bedömda</translation>
        </message>
        <message>
            <location filename="../../desktop_app/ui/register/filter_bar.py" line="275" />
            <source>All directions</source>
            <translation>Alla inriktningar</translation>
        </message>
        <message>
            <location filename="../../desktop_app/ui/register/filter_bar.py" line="279" />
            <source>Next review</source>
            <translation>Nästa omprövning</translation>
        </message>
        <message>
            <location filename="../../desktop_app/ui/register/filter_bar.py" line="280" />
            <source>Decision date</source>
            <translation>Beslutsdatum</translation>
        </message>
        <message>
            <location filename="../../desktop_app/ui/register/filter_bar.py" line="281" />
            <source>Start date</source>
            <translation>Startdatum</translation>
        </message>
        <message>
            <location filename="../../desktop_app/ui/register/filter_bar.py" line="282" />
            <source>End date</source>
            <translation>Slutdatum</translation>
        </message>
        <message>
            <location filename="../../desktop_app/ui/register/filter_bar.py" line="283" />
            <source>Last review</source>
            <translation>Senaste omprövning</translation>
        </message>
        <message>
            <location filename="../../desktop_app/ui/register/filter_bar.py" line="286" />
            <source>Which date the from/to limits apply to</source>
            <translation>Vilket datum som från- och till-gränserna gäller</translation>
        </message>
        <message>
            <location filename="../../desktop_app/ui/register/filter_bar.py" line="294" />
            <source>All bodies</source>
            <translation>Alla organ</translation>
        </message>
        <message>
            <location filename="../../desktop_app/ui/register/filter_bar.py" line="271" />
            <location filename="../../desktop_app/ui/register/filter_bar.py" line="295" />
            <source>All</source>
            <translation>Alla</translation>
        </message>
        <message>
            <location filename="../../desktop_app/ui/register/filter_bar.py" line="259" />
            <source>All but archived</source>
            <translation>Alla utom avförda</translation>
        </message>
        <message>
            <location filename="../../desktop_app/ui/register/filter_bar.py" line="306" />
            <source>All themes</source>
            <translation>Alla teman</translation>
        </message>
    </context>
    <context>
        <name>FirstRunDialog</name>
        <message>
            <location filename="../../desktop_app/ui/dialogs/first_run.py" line="42" />
            <source>Welcome to Avtalsregister</source>
            <translation>Välkommen till Avtalsregister</translation>
        </message>
        <message>
            <location filename="../../desktop_app/ui/dialogs/first_run.py" line="58" />
            <source>&lt;h2&gt;Welcome to Avtalsregister&lt;/h2&gt;</source>
            <translation>&lt;h2&gt;Välkommen till Avtalsregister&lt;/h2&gt;</translation>
        </message>
        <message>
            <location filename="../../desktop_app/ui/dialogs/first_run.py" line="61" />
            <source>The register of the city's international cooperation agreements, letters of intent and memberships. There is no register on this computer yet. How do you want to start?</source>
            <translation>Registret över stadens internationella samarbetsavtal, intentionsavtal och medlemskap. Det finns inget register på den här datorn ännu. Hur vill du börja?</translation>
        </message>
        <message>
            <location filename="../../desktop_app/ui/dialogs/first_run.py" line="69" />
            <source>Create an &amp;empty register</source>
            <translation>Skapa ett &amp;tomt register</translation>
        </message>
        <message>
            <location filename="../../desktop_app/ui/dialogs/first_run.py" line="71" />
            <source>A new register file in your own folder, with the decision bodies of the international strategy and the list of themes.</source>
            <translation>En ny registerfil i din egen mapp, med den internationella strategins beslutande organ och listan över teman.</translation>
        </message>
        <message>
            <location filename="../../desktop_app/ui/dialogs/first_run.py" line="77" />
            <source>Open the &amp;demo register</source>
            <translation>Öppna &amp;demoregistret</translation>
        </message>
        <message>
            <location filename="../../desktop_app/ui/dialogs/first_run.py" line="78" />
            <source>Look around first: examples from the strategy (Eurocities, GrowSmarter…).</source>
            <translation>Titta runt först: exempel ur strategin (Eurocities, GrowSmarter …).</translation>
        </message>
        <message>
            <location filename="../../desktop_app/ui/dialogs/first_run.py" line="82" />
            <source>Connect to a &amp;shared register</source>
            <translation>Anslut till ett &amp;gemensamt register</translation>
        </message>
        <message>
            <location filename="../../desktop_app/ui/dialogs/first_run.py" line="83" />
            <source>A register on a PostgreSQL server that your colleagues use too.</source>
            <translation>Ett register på en PostgreSQL-server som dina kollegor också använder.</translation>
        </message>
        <message>
            <location filename="../../desktop_app/ui/dialogs/first_run.py" line="87" />
            <source>&amp;Open a register file…</source>
            <translation>Ö&amp;ppna en registerfil…</translation>
        </message>
        <message>
            <location filename="../../desktop_app/ui/dialogs/first_run.py" line="88" />
            <source>A register file that already exists (copied, or kept on a shared drive).</source>
            <translation>En registerfil som redan finns (kopierad eller på en gemensam enhet).</translation>
        </message>
        <message>
            <location filename="../../desktop_app/ui/dialogs/first_run.py" line="97" />
            <source>Open &amp;recent</source>
            <translation>Öppna &amp;senaste</translation>
        </message>
        <message>
            <location filename="../../desktop_app/ui/dialogs/first_run.py" line="102" />
            <source>Recent registers:</source>
            <translation>Senaste register:</translation>
        </message>
        <message>
            <location filename="../../desktop_app/ui/dialogs/first_run.py" line="109" />
            <source>&amp;Quit</source>
            <translation>&amp;Avsluta</translation>
        </message>
        <message>
            <location filename="../../desktop_app/ui/dialogs/first_run.py" line="136" />
            <source>&lt;h3&gt;Connect to a shared register&lt;/h3&gt;</source>
            <translation>&lt;h3&gt;Anslut till ett gemensamt register&lt;/h3&gt;</translation>
        </message>
        <message>
            <location filename="../../desktop_app/ui/dialogs/first_run.py" line="139" />
            <source>Enter the address of the PostgreSQL database IT gave you and test the connection. A new, empty database becomes a new register.</source>
            <translation>Ange adressen till den PostgreSQL-databas som du fått av IT och testa anslutningen. En ny, tom databas blir ett nytt register.</translation>
        </message>
        <message>
            <location filename="../../desktop_app/ui/dialogs/first_run.py" line="151" />
            <source>&amp;Connect</source>
            <translation>&amp;Anslut</translation>
        </message>
        <message>
            <location filename="../../desktop_app/ui/dialogs/first_run.py" line="154" />
            <source>Bac&amp;k</source>
            <translation>Ti&amp;llbaka</translation>
        </message>
    </context>
    <context>
        <name>MainWindow</name>
        <message>
            <location filename="../../desktop_app/ui/main_window.py" line="54" />
            <source>Avtalsregister</source>
            <translation>Avtalsregister</translation>
        </message>
        <message>
            <location filename="../../desktop_app/ui/main_window.py" line="56" />
            <source>Avtalsregister – %1</source>
            <translation>Avtalsregister – %1</translation>
        </message>
        <message>
            <location filename="../../desktop_app/ui/main_window.py" line="128" />
            <source>Database: %1</source>
            <translation>Databas: %1</translation>
        </message>
        <message>
            <location filename="../../desktop_app/ui/main_window.py" line="266" />
            <source>%1 of %2 entries shown</source>
            <translation>%1 av %2 poster visas</translation>
        </message>
        <message numerus="yes">
            <location filename="../../desktop_app/ui/main_window.py" line="239" />
            <source>%n reviews overdue</source>
            <translation>
                <numerusform>%n omprövning försenad</numerusform>
                <numerusform>%n omprövningar försenade</numerusform>
            </translation>
        </message>
        <message>
            <location filename="../../desktop_app/ui/main_window.py" line="243" />
            <source>1 review due soon</source>
            <translation>1 omprövning inom kort</translation>
        </message>
        <message numerus="yes">
            <location filename="../../desktop_app/ui/main_window.py" line="245" />
            <source>%n reviews due soon</source>
            <translation>
                <numerusform>%n omprövning inom kort</numerusform>
                <numerusform>%n omprövningar inom kort</numerusform>
            </translation>
        </message>
        <message>
            <location filename="../../desktop_app/ui/main_window.py" line="249" />
            <source>Click to show these entries</source>
            <translation>Klicka för att visa de posterna</translation>
        </message>
        <message>
            <location filename="../../desktop_app/ui/main_window.py" line="259" />
            <source>Counting matches… (%1 entries in the register)</source>
            <translation>Räknar träffar… (%1 poster i registret)</translation>
        </message>
        <message>
            <location filename="../../desktop_app/ui/main_window.py" line="262" />
            <source>Counting entries…</source>
            <translation>Räknar poster…</translation>
        </message>
        <message>
            <location filename="../../desktop_app/ui/main_window.py" line="265" />
            <source>%1 entries shown</source>
            <translation>%1 poster visas</translation>
        </message>
        <message>
            <location filename="../../desktop_app/ui/main_window.py" line="282" />
            <source>Searching…</source>
            <translation>Söker…</translation>
        </message>
        <message>
            <location filename="../../desktop_app/ui/window_commands.py" line="62" />
            <source>Export the register</source>
            <translation>Exportera registret</translation>
        </message>
        <message>
            <location filename="../../desktop_app/ui/window_commands.py" line="63" />
            <source>The list shows no entries.</source>
            <translation>Listan visar inga poster.</translation>
        </message>
        <message>
            <location filename="../../desktop_app/ui/window_commands.py" line="65" />
            <source>A file with no entries would be written. Clear the filters and export the whole register instead?</source>
            <translation>En fil utan poster skulle skrivas. Vill du rensa filtren och exportera hela registret i stället?</translation>
        </message>
        <message>
            <location filename="../../desktop_app/ui/window_commands.py" line="72" />
            <source>Clear filters and export</source>
            <translation>Rensa filter och exportera</translation>
        </message>
        <message>
            <location filename="../../desktop_app/ui/window_commands.py" line="76" />
            <source>Export no entries</source>
            <translation>Exportera utan poster</translation>
        </message>
        <message>
            <location filename="../../desktop_app/ui/window_commands.py" line="141" />
            <source>About Avtalsregister</source>
            <translation>Om Avtalsregister</translation>
        </message>
        <message>
            <location filename="../../desktop_app/ui/window_commands.py" line="142" />
            <source>&lt;h3&gt;Avtalsregister %1&lt;/h3&gt;&lt;p&gt;The register of the city's international cooperation agreements, letters of intent and memberships, their reviews and their history.&lt;/p&gt;&lt;p&gt;Database: %2&lt;/p&gt;</source>
            <translation>&lt;h3&gt;Avtalsregister %1&lt;/h3&gt;&lt;p&gt;Registret över stadens internationella samarbetsavtal, intentionsavtal och medlemskap, deras omprövningar och deras historik.&lt;/p&gt;&lt;p&gt;Databas: %2&lt;/p&gt;</translation>
        </message>
        <message>
            <location filename="../../desktop_app/ui/actions.py" line="33" />
            <source>&amp;New entry…</source>
            <translation>&amp;Ny post…</translation>
        </message>
        <message>
            <location filename="../../desktop_app/ui/actions.py" line="36" />
            <source>&amp;Export register to Excel…</source>
            <translation>&amp;Exportera registret till Excel…</translation>
        </message>
        <message>
            <location filename="../../desktop_app/ui/actions.py" line="41" />
            <source>Export reviews &amp;due…</source>
            <translation>Exportera &amp;omprövningar som förfaller…</translation>
        </message>
        <message>
            <location filename="../../desktop_app/ui/actions.py" line="44" />
            <source>Export per deciding &amp;body…</source>
            <translation>Exportera per &amp;beslutande organ…</translation>
        </message>
        <message>
            <location filename="../../desktop_app/ui/actions.py" line="49" />
            <source>&amp;Annual report…</source>
            <translation>Å&amp;rsrapport…</translation>
        </message>
        <message>
            <location filename="../../desktop_app/ui/actions.py" line="57" />
            <source>&amp;Import register…</source>
            <translation>&amp;Importera register…</translation>
        </message>
        <message>
            <location filename="../../desktop_app/ui/entry_actions.py" line="62" />
            <source>Renewal &amp;memo…</source>
            <translation>Omprövnings-&amp;PM…</translation>
        </message>
        <message>
            <location filename="../../desktop_app/ui/actions.py" line="60" />
            <source>&amp;Calendar file…</source>
            <translation>&amp;Kalenderfil…</translation>
        </message>
        <message>
            <location filename="../../desktop_app/ui/actions.py" line="66" />
            <source>&amp;Settings…</source>
            <translation>Instä&amp;llningar…</translation>
        </message>
        <message>
            <location filename="../../desktop_app/ui/actions.py" line="74" />
            <source>Resto&amp;re from a backup…</source>
            <translation>Återställ &amp;från säkerhetskopia…</translation>
        </message>
        <message>
            <location filename="../../desktop_app/ui/actions.py" line="79" />
            <source>&amp;Open register…</source>
            <translation>&amp;Öppna register…</translation>
        </message>
        <message>
            <location filename="../../desktop_app/ui/actions.py" line="84" />
            <source>&amp;Quit</source>
            <translation>&amp;Avsluta programmet</translation>
        </message>
        <message>
            <location filename="../../desktop_app/ui/entry_actions.py" line="45" />
            <source>&amp;Open</source>
            <translation>&amp;Öppna</translation>
        </message>
        <message>
            <location filename="../../desktop_app/ui/entry_actions.py" line="55" />
            <source>&amp;Archive…</source>
            <translation>&amp;Avför…</translation>
        </message>
        <message>
            <location filename="../../desktop_app/ui/entry_actions.py" line="59" />
            <source>&amp;Restore…</source>
            <translation>&amp;Återställ…</translation>
        </message>
        <message>
            <location filename="../../desktop_app/ui/entry_actions.py" line="216" />
            <source>Undo</source>
            <translation>Ångra</translation>
        </message>
        <message>
            <location filename="../../desktop_app/ui/entry_actions.py" line="220" />
            <source>Restore the entries just archived (Ctrl+Z)</source>
            <translation>Återställ posterna som just avfördes (Ctrl+Z)</translation>
        </message>
        <message>
            <location filename="../../desktop_app/ui/entry_actions.py" line="49" />
            <source>Record re&amp;view…</source>
            <translation>Registrera &amp;omprövning…</translation>
        </message>
        <message>
            <location filename="../../desktop_app/ui/entry_actions.py" line="52" />
            <source>&amp;Terminate…</source>
            <translation>Avsluta pos&amp;ten…</translation>
        </message>
        <message>
            <location filename="../../desktop_app/ui/actions.py" line="69" />
            <source>Bac&amp;k up the register…</source>
            <translation>&amp;Säkerhetskopiera…</translation>
        </message>
        <message>
            <location filename="../../desktop_app/ui/actions.py" line="97" />
            <source>&amp;Reload</source>
            <translation>&amp;Uppdatera</translation>
        </message>
        <message>
            <location filename="../../desktop_app/ui/actions.py" line="103" />
            <source>&amp;Columns…</source>
            <translation>&amp;Kolumner…</translation>
        </message>
        <message>
            <location filename="../../desktop_app/ui/actions.py" line="106" />
            <source>&amp;Search</source>
            <translation>&amp;Sök</translation>
        </message>
        <message>
            <location filename="../../desktop_app/ui/actions.py" line="113" />
            <source>&amp;About Avtalsregister</source>
            <translation>&amp;Om Avtalsregister</translation>
        </message>
        <message>
            <location filename="../../desktop_app/ui/actions.py" line="116" />
            <source>&amp;User guide</source>
            <translation>&amp;Användarhandledning</translation>
        </message>
        <message>
            <location filename="../../desktop_app/ui/actions.py" line="142" />
            <source>(none yet)</source>
            <translation>(inga än)</translation>
        </message>
        <message>
            <location filename="../../desktop_app/ui/actions.py" line="147" />
            <source>&amp;File</source>
            <translation>&amp;Arkiv</translation>
        </message>
        <message>
            <location filename="../../desktop_app/ui/actions.py" line="151" />
            <source>Recen&amp;t registers</source>
            <translation>Senas&amp;te register</translation>
        </message>
        <message>
            <location filename="../../desktop_app/ui/actions.py" line="176" />
            <source>&amp;Edit</source>
            <translation>&amp;Redigera</translation>
        </message>
        <message>
            <location filename="../../desktop_app/ui/actions.py" line="182" />
            <source>&amp;View</source>
            <translation>&amp;Visa</translation>
        </message>
        <message>
            <location filename="../../desktop_app/ui/actions.py" line="186" />
            <source>S&amp;ection</source>
            <translation>&amp;Avsnitt</translation>
        </message>
        <message>
            <location filename="../../desktop_app/ui/actions.py" line="188" />
            <source>&amp;Help</source>
            <translation>&amp;Hjälp</translation>
        </message>
        <message>
            <location filename="../../desktop_app/ui/shared_use.py" line="70" />
            <source>You may only read this register.</source>
            <translation>Du har bara läsbehörighet i det här registret.</translation>
        </message>
        <message>
            <location filename="../../desktop_app/ui/shared_use.py" line="74" />
            <source>Read only</source>
            <translation>Skrivskyddat</translation>
        </message>
        <message>
            <location filename="../../desktop_app/ui/shared_use.py" line="81" />
            <source>read only</source>
            <translation>skrivskyddat</translation>
        </message>
    </context>
    <context>
        <name>OpenFiles</name>
        <message>
            <location filename="../../desktop_app/ui/open_files.py" line="41" />
            <source>Could not open the file</source>
            <translation>Filen kunde inte öppnas</translation>
        </message>
        <message>
            <location filename="../../desktop_app/ui/open_files.py" line="44" />
            <source>The file does not exist (moved or deleted?).</source>
            <translation>Filen finns inte (flyttad eller borttagen?).</translation>
        </message>
        <message>
            <location filename="../../desktop_app/ui/open_files.py" line="48" />
            <source>No program on this computer opened the file.</source>
            <translation>Inget program på den här datorn kunde öppna filen.</translation>
        </message>
        <message>
            <location filename="../../desktop_app/ui/open_files.py" line="51" />
            <source>The address could not be opened.</source>
            <translation>Adressen kunde inte öppnas.</translation>
        </message>
        <message>
            <location filename="../../desktop_app/ui/open_files.py" line="57" />
            <location filename="../../desktop_app/ui/open_files.py" line="109" />
            <source>Show in folder</source>
            <translation>Visa i mappen</translation>
        </message>
        <message>
            <location filename="../../desktop_app/ui/open_files.py" line="61" />
            <location filename="../../desktop_app/ui/open_files.py" line="113" />
            <source>Close</source>
            <translation>Stäng</translation>
        </message>
        <message>
            <location filename="../../desktop_app/ui/open_files.py" line="75" />
            <source>Could not open the folder</source>
            <translation>Mappen kunde inte öppnas</translation>
        </message>
        <message>
            <location filename="../../desktop_app/ui/open_files.py" line="76" />
            <source>The folder could not be shown:</source>
            <translation>Mappen kunde inte visas:</translation>
        </message>
        <message>
            <location filename="../../desktop_app/ui/open_files.py" line="100" />
            <source>Export finished</source>
            <translation>Exporten är klar</translation>
        </message>
        <message>
            <location filename="../../desktop_app/ui/open_files.py" line="106" />
            <source>Open file</source>
            <translation>Öppna filen</translation>
        </message>
    </context>
    <context>
        <name>RegisterColumns</name>
        <message>
            <location filename="../../desktop_app/ui/register/columns.py" line="15" />
            <source>Case number</source>
            <translation>Diarienummer</translation>
        </message>
        <message>
            <location filename="../../desktop_app/ui/register/columns.py" line="16" />
            <source>Title</source>
            <translation>Titel</translation>
        </message>
        <message>
            <location filename="../../desktop_app/ui/register/columns.py" line="17" />
            <source>Kind</source>
            <translation>Avtalstyp</translation>
        </message>
        <message>
            <location filename="../../desktop_app/ui/register/columns.py" line="18" />
            <source>Counterparties</source>
            <translation>Motparter</translation>
        </message>
        <message>
            <location filename="../../desktop_app/ui/register/columns.py" line="19" />
            <source>Scope</source>
            <translation>Omfattning</translation>
        </message>
        <message>
            <location filename="../../desktop_app/ui/register/columns.py" line="20" />
            <source>Deciding body</source>
            <translation>Beslutande organ</translation>
        </message>
        <message>
            <location filename="../../desktop_app/ui/register/columns.py" line="21" />
            <source>Decision date</source>
            <translation>Beslutsdatum</translation>
        </message>
        <message>
            <location filename="../../desktop_app/ui/register/columns.py" line="22" />
            <source>Responsible</source>
            <translation>Ansvarig nämnd/bolag</translation>
        </message>
        <message>
            <location filename="../../desktop_app/ui/register/columns.py" line="23" />
            <source>Contact person</source>
            <translation>Kontaktperson</translation>
        </message>
        <message>
            <location filename="../../desktop_app/ui/register/columns.py" line="24" />
            <source>Theme</source>
            <translation>Tema</translation>
        </message>
        <message>
            <location filename="../../desktop_app/ui/register/columns.py" line="25" />
            <source>Directions</source>
            <translation>Inriktningar</translation>
        </message>
        <message>
            <location filename="../../desktop_app/ui/register/columns.py" line="26" />
            <source>Start</source>
            <translation>Start</translation>
        </message>
        <message>
            <location filename="../../desktop_app/ui/register/columns.py" line="27" />
            <source>End</source>
            <translation>Slut</translation>
        </message>
        <message>
            <location filename="../../desktop_app/ui/register/columns.py" line="28" />
            <source>Review interval</source>
            <translation>Omprövningsintervall</translation>
        </message>
        <message>
            <location filename="../../desktop_app/ui/register/columns.py" line="29" />
            <source>Last review</source>
            <translation>Senaste omprövning</translation>
        </message>
        <message>
            <location filename="../../desktop_app/ui/register/columns.py" line="30" />
            <source>Next review</source>
            <translation>Nästa omprövning</translation>
        </message>
        <message>
            <location filename="../../desktop_app/ui/register/columns.py" line="31" />
            <source>Annual cost</source>
            <translation>Årlig kostnad</translation>
        </message>
        <message>
            <location filename="../../desktop_app/ui/register/columns.py" line="32" />
            <source>Paid by</source>
            <translation>Betalas av</translation>
        </message>
        <message>
            <location filename="../../desktop_app/ui/register/columns.py" line="33" />
            <source>Status</source>
            <translation>Status</translation>
        </message>
        <message>
            <location filename="../../desktop_app/ui/register/columns.py" line="34" />
            <source>Review</source>
            <translation>Omprövning</translation>
        </message>
        <message>
            <location filename="../../desktop_app/ui/register/columns.py" line="35" />
            <source>Notes</source>
            <translation>Anteckningar</translation>
        </message>
        <message>
            <location filename="../../desktop_app/ui/register/columns.py" line="36" />
            <source>Changed</source>
            <translation>Ändrad</translation>
        </message>
        <message>
            <location filename="../../desktop_app/ui/register/columns.py" line="37" />
            <source>Changed by</source>
            <translation>Ändrad av</translation>
        </message>
        <message>
            <location filename="../../desktop_app/ui/register/columns.py" line="38" />
            <source>No.</source>
            <translation>Nr</translation>
        </message>
        <message>
            <location filename="../../desktop_app/ui/register/columns.py" line="41" />
            <location filename="../../desktop_app/ui/register/findings_column.py" line="119" />
            <source>Findings</source>
            <translation>Anmärkningar</translation>
        </message>
    </context>
    <context>
        <name>RegisterModel</name>
        <message>
            <location filename="../../desktop_app/ui/register/model.py" line="334" />
            <source>assessed</source>
            <translation>bedömd</translation>
        </message>
        <message>
            <location filename="../../desktop_app/ui/register/model.py" line="365" />
            <source>Review overdue: the next review was due %1.</source>
            <translation>Omprövningen är försenad: nästa omprövning skulle ha gjorts %1.</translation>
        </message>
        <message>
            <location filename="../../desktop_app/ui/register/model.py" line="369" />
            <source>Review due soon: the next review is due %1.</source>
            <translation>Omprövning inom kort: nästa omprövning ska göras senast %1.</translation>
        </message>
        <message>
            <location filename="../../desktop_app/ui/register/model.py" line="373" />
            <source>Archived: kept for the record, no longer in use.</source>
            <translation>Avförd: bevaras som allmän handling men visas inte i det aktuella registret.</translation>
        </message>
        <message>
            <location filename="../../desktop_app/ui/register/model.py" line="378" />
            <source>Expired: the end date %1 has passed.</source>
            <translation>Utgången: slutdatumet %1 har passerats.</translation>
        </message>
        <message>
            <location filename="../../desktop_app/ui/register/model.py" line="381" />
            <source>Terminated.</source>
            <translation>Avslutad.</translation>
        </message>
    </context>
    <context>
        <name>RegisterView</name>
        <message>
            <location filename="../../desktop_app/ui/register/view.py" line="233" />
            <source>Review overdue</source>
            <translation>Omprövning försenad</translation>
        </message>
        <message>
            <location filename="../../desktop_app/ui/register/view.py" line="234" />
            <source>Review due soon</source>
            <translation>Omprövning inom kort</translation>
        </message>
        <message>
            <location filename="../../desktop_app/ui/register/view.py" line="235" />
            <source>Grey: terminated, expired or archived</source>
            <translation>Grått: avslutad, utgången eller avförd</translation>
        </message>
        <message>
            <location filename="../../desktop_app/ui/register/view.py" line="458" />
            <source>The register has no entries yet. Add one with New entry (Ctrl+N) or import an Excel register (File menu).</source>
            <translation>Registret har inga poster än. Lägg till en med Ny post (Ctrl+N) eller importera ett Excelregister (Arkiv-menyn).</translation>
        </message>
        <message>
            <location filename="../../desktop_app/ui/register/view.py" line="464" />
            <source>kind</source>
            <translation>avtalstyp</translation>
        </message>
        <message>
            <location filename="../../desktop_app/ui/register/view.py" line="466" />
            <source>status</source>
            <translation>status</translation>
        </message>
        <message>
            <location filename="../../desktop_app/ui/register/view.py" line="468" />
            <source>findings</source>
            <translation>anmärkningar</translation>
        </message>
        <message>
            <location filename="../../desktop_app/ui/register/view.py" line="470" />
            <source>deciding body</source>
            <translation>beslutande organ</translation>
        </message>
        <message>
            <location filename="../../desktop_app/ui/register/view.py" line="472" />
            <source>responsible</source>
            <translation>ansvarig</translation>
        </message>
        <message>
            <location filename="../../desktop_app/ui/register/view.py" line="474" />
            <source>theme</source>
            <translation>tema</translation>
        </message>
        <message>
            <location filename="../../desktop_app/ui/register/view.py" line="476" />
            <source>direction</source>
            <translation>inriktning</translation>
        </message>
        <message>
            <location filename="../../desktop_app/ui/register/view.py" line="478" />
            <source>dates</source>
            <translation>datum</translation>
        </message>
        <message>
            <location filename="../../desktop_app/ui/register/view.py" line="481" />
            <source>No entries match the search “%1”.</source>
            <translation>Inga poster matchar sökningen ”%1”.</translation>
        </message>
        <message>
            <location filename="../../desktop_app/ui/register/view.py" line="484" />
            <source>Filters in use: %1.</source>
            <translation>Filter som används: %1.</translation>
        </message>
        <message>
            <location filename="../../desktop_app/ui/register/view.py" line="486" />
            <source>No entries match the filters in use: %1.</source>
            <translation>Inga poster matchar filtren som används: %1.</translation>
        </message>
        <message>
            <location filename="../../desktop_app/ui/register/view.py" line="493" />
            <source>No current entries: every entry is archived. Choose Status: Archived to see them.</source>
            <translation>Inga aktuella poster: alla poster är avförda. Välj Status: Avförda för att se dem.</translation>
        </message>
        <message>
            <location filename="../../desktop_app/ui/register/view.py" line="625" />
            <source>Columns</source>
            <translation>Kolumner</translation>
        </message>
        <message>
            <location filename="../../desktop_app/ui/register/view.py" line="634" />
            <source>Restore default columns</source>
            <translation>Återställ standardkolumnerna</translation>
        </message>
    </context>
    <context>
        <name>Sections</name>
        <message>
            <location filename="../../desktop_app/ui/sections.py" line="33" />
            <source>Register</source>
            <translation>Register</translation>
        </message>
        <message>
            <location filename="../../desktop_app/ui/sections.py" line="41" />
            <source>Reviews due</source>
            <translation>Omprövningar</translation>
        </message>
        <message>
            <location filename="../../desktop_app/ui/sections.py" line="49" />
            <source>Decision bodies</source>
            <translation>Beslutande organ</translation>
        </message>
        <message>
            <location filename="../../desktop_app/ui/sections.py" line="57" />
            <source>Counterparties and themes</source>
            <translation>Motparter och teman</translation>
        </message>
        <message>
            <location filename="../../desktop_app/ui/sections.py" line="65" />
            <source>History</source>
            <translation>Historik</translation>
        </message>
        <message>
            <location filename="../../desktop_app/ui/sections.py" line="73" />
            <source>Invitation letters</source>
            <translation>Inbjudningsbrev</translation>
        </message>
    </context>
    <context>
        <name>SettingsDialog</name>
        <message>
            <location filename="../../desktop_app/ui/dialogs/settings_dialog.py" line="41" />
            <location filename="../../desktop_app/ui/dialogs/settings_dialog.py" line="112" />
            <location filename="../../desktop_app/ui/dialogs/settings_dialog.py" line="153" />
            <source>Settings</source>
            <translation>Inställningar</translation>
        </message>
        <message>
            <location filename="../../desktop_app/ui/dialogs/settings_dialog.py" line="45" />
            <source>Register database</source>
            <translation>Registrets databas</translation>
        </message>
        <message>
            <location filename="../../desktop_app/ui/dialogs/settings_dialog.py" line="48" />
            <source>In use now: %1</source>
            <translation>Används nu: %1</translation>
        </message>
        <message>
            <location filename="../../desktop_app/ui/dialogs/settings_dialog.py" line="53" />
            <source>Opened at the next start:</source>
            <translation>Öppnas vid nästa start:</translation>
        </message>
        <message>
            <location filename="../../desktop_app/ui/dialogs/settings_dialog.py" line="55" />
            <source>A change of database takes effect when you restart.</source>
            <translation>Byte av databas gäller när du startar om programmet.</translation>
        </message>
        <message>
            <location filename="../../desktop_app/ui/dialogs/settings_dialog.py" line="63" />
            <source>Language</source>
            <translation>Språk</translation>
        </message>
        <message>
            <location filename="../../desktop_app/ui/dialogs/settings_dialog.py" line="65" />
            <source>Follow the system</source>
            <translation>Samma som systemet</translation>
        </message>
        <message>
            <location filename="../../desktop_app/ui/dialogs/settings_dialog.py" line="70" />
            <source>&amp;Language:</source>
            <translation>Språ&amp;k:</translation>
        </message>
        <message>
            <location filename="../../desktop_app/ui/dialogs/settings_dialog.py" line="71" />
            <source>Takes effect when you restart.</source>
            <translation>Gäller när du startar om programmet.</translation>
        </message>
        <message>
            <location filename="../../desktop_app/ui/dialogs/settings_dialog.py" line="73" />
            <source>This register (shared by everyone using it)</source>
            <translation>Det här registret (gemensamt för alla som använder det)</translation>
        </message>
        <message>
            <location filename="../../desktop_app/ui/dialogs/settings_dialog.py" line="76" />
            <source> days</source>
            <translation> dagar</translation>
        </message>
        <message>
            <location filename="../../desktop_app/ui/dialogs/settings_dialog.py" line="78" />
            <source>How long before the next review date an entry counts as due.</source>
            <translation>Hur lång tid före nästa omprövningsdatum som en post räknas som aktuell för omprövning.</translation>
        </message>
        <message>
            <location filename="../../desktop_app/ui/dialogs/settings_dialog.py" line="81" />
            <source>Printed on memos and Excel cover sheets.</source>
            <translation>Skrivs ut på promemorior och Excelfilernas försättsblad.</translation>
        </message>
        <message>
            <location filename="../../desktop_app/ui/dialogs/settings_dialog.py" line="91" />
            <source>Review lea&amp;d time:</source>
            <translation>F&amp;ramförhållning för omprövning:</translation>
        </message>
        <message>
            <location filename="../../desktop_app/ui/dialogs/settings_dialog.py" line="92" />
            <source>&amp;Organisation name:</source>
            <translation>&amp;Organisationens namn:</translation>
        </message>
        <message>
            <location filename="../../desktop_app/ui/dialogs/settings_dialog.py" line="113" />
            <source>The connection test failed. Use this database anyway?</source>
            <translation>Anslutningstestet misslyckades. Vill du ändå använda den här databasen?</translation>
        </message>
        <message>
            <location filename="../../desktop_app/ui/dialogs/settings_dialog.py" line="154" />
            <source>Saved. Restart Avtalsregister to use the new database or language.</source>
            <translation>Sparat. Starta om Avtalsregister för att använda den nya databasen eller det nya språket.</translation>
        </message>
    </context>
</TS>
