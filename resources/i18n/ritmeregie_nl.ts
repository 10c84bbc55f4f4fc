<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="nl_NL">
<context>
    <name>Blocks</name>
    <message>
        <source>Day start</source>
        <translation>Dagstart</translation>
    </message>
    <message>
        <source>Focus block</source>
        <translation>Focusblok</translation>
    </message>
    <message>
        <source>Reset</source>
        <translation>Reset</translation>
    </message>
    <message>
        <source>Inbox block</source>
        <translation>Inbox-blok</translation>
    </message>
    <message>
        <source>Meeting</source>
        <translation>Overleg</translation>
    </message>
    <message>
        <source>Lunch</source>
        <translation>Lunch</translation>
    </message>
    <message>
        <source>Quiet quarter</source>
        <translation>Stil kwartier</translation>
    </message>
    <message>
        <source>Friction Friday</source>
        <translation>Frictievrijdag</translation>
    </message>
    <message>
        <source>Reflection</source>
        <translation>Reflectie</translation>
    </message>
    <message>
        <source>Weekly review with your manager</source>
        <translation>Weekstart met je manager</translation>
    </message>
    <message>
        <source>Call</source>
        <translation>Belletje</translation>
    </message>
    <message>
        <source>Busy</source>
        <translation>Bezet</translation>
    </message>
</context>
<context>
    <name>Dates</name>
    <message>
        <source>Monday</source>
        <translation>maandag</translation>
    </message>
    <message>
        <source>Tuesday</source>
        <translation>dinsdag</translation>
    </message>
    <message>
        <source>Wednesday</source>
        <translation>woensdag</translation>
    </message>
    <message>
        <source>Thursday</source>
        <translation>donderdag</translation>
    </message>
    <message>
        <source>Friday</source>
        <translation>vrijdag</translation>
    </message>
    <message>
        <source>Saturday</source>
        <translation>zaterdag</translation>
    </message>
    <message>
        <source>Sunday</source>
        <translation>zondag</translation>
    </message>
    <message>
        <source>January</source>
        <translation>januari</translation>
    </message>
    <message>
        <source>February</source>
        <translation>februari</translation>
    </message>
    <message>
        <source>March</source>
        <translation>maart</translation>
    </message>
    <message>
        <source>April</source>
        <translation>april</translation>
    </message>
    <message>
        <source>May</source>
        <translation>mei</translation>
    </message>
    <message>
        <source>June</source>
        <translation>juni</translation>
    </message>
    <message>
        <source>July</source>
        <translation>juli</translation>
    </message>
    <message>
        <source>August</source>
        <translation>augustus</translation>
    </message>
    <message>
        <source>September</source>
        <translation>september</translation>
    </message>
    <message>
        <source>October</source>
        <translation>oktober</translation>
    </message>
    <message>
        <source>November</source>
        <translation>november</translation>
    </message>
    <message>
        <source>December</source>
        <translation>december</translation>
    </message>
    <message>
        <source>{weekday} {day} {month} {year}</source>
        <translation>{weekday} {day} {month} {year}</translation>
    </message>
</context>
<context>
    <name>NudgeWindow</name>
    <message>
        <source>&amp;Start</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Start now</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Later (+{minutes} min)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Later, in {minutes} minutes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>S&amp;kip</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Skip this time</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Plan</name>
    <message>
        <source>{title} ({time}) dropped: no free time left today.</source>
        <translation>{title} ({time}) vervalt: er is vandaag geen vrije tijd meer.</translation>
    </message>
    <message>
        <source>it collides with your agenda</source>
        <translation>het botst met je agenda</translation>
    </message>
    <message>
        <source>it collides with another ritual</source>
        <translation>het botst met een ander ritueel</translation>
    </message>
    <message>
        <source>that time does not exist tonight (clocks go forward)</source>
        <translation>dat tijdstip bestaat vannacht niet (de klok gaat vooruit)</translation>
    </message>
    <message>
        <source>{title} moved from {wanted} to {placed}: {reason}.</source>
        <translation>{title} verschoven van {wanted} naar {placed}: {reason}.</translation>
    </message>
</context>
<context>
    <name>TrayIcon</name>
    <message>
        <source>h</source>
        <comment>hours suffix inside the tray icon</comment>
        <translation>u</translation>
    </message>
</context>
<context>
    <name>cli</name>
    <message>
        <source>where ritmeregie keeps its data (also RITMEREGIE_HOME)</source>
        <translation>waar ritmeregie je gegevens bewaart (ook RITMEREGIE_HOME)</translation>
    </message>
    <message>
        <source>language of the output (default: your system&apos;s)</source>
        <translation>taal van de uitvoer (standaard: die van je systeem)</translation>
    </message>
    <message>
        <source>A calm rhythm for your working day.</source>
        <translation>Een rustig ritme voor je werkdag.</translation>
    </message>
    <message>
        <source>show the day&apos;s plan</source>
        <translation>toon de planning van de dag</translation>
    </message>
    <message>
        <source>the day to plan (default: today)</source>
        <translation>de dag om te plannen (standaard: vandaag)</translation>
    </message>
    <message>
        <source>machine-readable output</source>
        <translation>uitvoer voor scripts (JSON)</translation>
    </message>
    <message>
        <source>your own agenda</source>
        <translation>je eigen agenda</translation>
    </message>
    <message>
        <source>add an item</source>
        <translation>een afspraak toevoegen</translation>
    </message>
    <message>
        <source>what it is</source>
        <translation>wat het is</translation>
    </message>
    <message>
        <source>when it starts</source>
        <translation>wanneer het begint</translation>
    </message>
    <message>
        <source>when it ends</source>
        <translation>wanneer het eindigt</translation>
    </message>
    <message>
        <source>how long it lasts</source>
        <translation>hoe lang het duurt</translation>
    </message>
    <message>
        <source>meeting (default) or call</source>
        <translation>overleg (standaard) of belletje</translation>
    </message>
    <message>
        <source>list the items of a day</source>
        <translation>de afspraken van een dag tonen</translation>
    </message>
    <message>
        <source>the day (default: today)</source>
        <translation>de dag (standaard: vandaag)</translation>
    </message>
    <message>
        <source>remove an item</source>
        <translation>een afspraak verwijderen</translation>
    </message>
    <message>
        <source>the item&apos;s number (see &apos;agenda list&apos;)</source>
        <translation>het nummer van de afspraak (zie &apos;agenda list&apos;)</translation>
    </message>
    <message>
        <source>check the installation and the data</source>
        <translation>controleer de installatie en je gegevens</translation>
    </message>
    <message>
        <source>Try &apos;ritmeregie --help&apos;.</source>
        <translation>Probeer &apos;ritmeregie --help&apos;.</translation>
    </message>
    <message>
        <source>ritmeregie: something unexpected went wrong ({error}); details are in {path}.</source>
        <translation>ritmeregie: er ging iets onverwachts mis ({error}); details staan in {path}.</translation>
    </message>
    <message>
        <source>&apos;{value}&apos; is not a date; write it as YYYY-MM-DD, e.g. 2027-03-26.</source>
        <translation>&apos;{value}&apos; is geen datum; schrijf hem als JJJJ-MM-DD, bijvoorbeeld 2027-03-26.</translation>
    </message>
    <message>
        <source>&apos;{value}&apos; is not a date and time; write it as &quot;YYYY-MM-DD HH:MM&quot;, e.g. &quot;2027-03-26 10:00&quot;.</source>
        <translation>&apos;{value}&apos; is geen datum met tijd; schrijf het als &quot;JJJJ-MM-DD UU:MM&quot;, bijvoorbeeld &quot;2027-03-26 10:00&quot;.</translation>
    </message>
    <message>
        <source>Write &apos;{value}&apos; without a UTC offset: times are in your own time zone.</source>
        <translation>Schrijf &apos;{value}&apos; zonder UTC-verschil: tijden zijn in je eigen tijdzone.</translation>
    </message>
    <message>
        <source>{value} does not exist in {zone}: the clocks skip that hour.</source>
        <translation>{value} bestaat niet in {zone}: de klok slaat dat uur over.</translation>
    </message>
    <message>
        <source>The time zone &apos;{zone}&apos; in your settings is unknown.</source>
        <translation>De tijdzone &apos;{zone}&apos; in je instellingen is onbekend.</translation>
    </message>
    <message>
        <source>Nothing planned: enjoy your day off.</source>
        <translation>Niets gepland: geniet van je vrije dag.</translation>
    </message>
    <message>
        <source>An agenda item needs a title.</source>
        <translation>Een afspraak heeft een titel nodig.</translation>
    </message>
    <message>
        <source>A title can be at most 500 characters.</source>
        <translation>Een titel is hoogstens 500 tekens lang.</translation>
    </message>
    <message>
        <source>--minutes must be between 1 and 1440.</source>
        <translation>--minutes ligt tussen 1 en 1440.</translation>
    </message>
    <message>
        <source>The end ({end}) is not after the start ({start}).</source>
        <translation>Het einde ({end}) ligt niet na het begin ({start}).</translation>
    </message>
    <message>
        <source>Added #{id}: {title}, {start}–{end}.</source>
        <translation>Toegevoegd #{id}: {title}, {start}–{end}.</translation>
    </message>
    <message>
        <source>No agenda items on this day.</source>
        <translation>Geen afspraken op deze dag.</translation>
    </message>
    <message>
        <source>&apos;{value}&apos; is not an item number; see &apos;ritmeregie agenda list&apos;.</source>
        <translation>&apos;{value}&apos; is geen afspraaknummer; zie &apos;ritmeregie agenda list&apos;.</translation>
    </message>
    <message>
        <source>There is no agenda item #{id}.</source>
        <translation>Er is geen afspraak #{id}.</translation>
    </message>
    <message>
        <source>Removed #{id}.</source>
        <translation>Verwijderd: #{id}.</translation>
    </message>
    <message>
        <source>no display (not in a desktop session)</source>
        <translation>geen beeldscherm (geen bureaubladsessie)</translation>
    </message>
    <message>
        <source>could not ask Qt ({error})</source>
        <translation>kon Qt niet bevragen ({error})</translation>
    </message>
    <message>
        <source>available</source>
        <translation>beschikbaar</translation>
    </message>
    <message>
        <source>not available: ritmeregie shows its Today window instead</source>
        <translation>niet beschikbaar: ritmeregie toont dan het venster Vandaag</translation>
    </message>
    <message>
        <source>Qt could not start (exit code {code})</source>
        <translation>Qt kon niet starten (afsluitcode {code})</translation>
    </message>
    <message>
        <source>version</source>
        <translation>versie</translation>
    </message>
    <message>
        <source>data folder</source>
        <translation>gegevensmap</translation>
    </message>
    <message>
        <source>database</source>
        <translation>database</translation>
    </message>
    <message>
        <source>schema version</source>
        <translation>schemaversie</translation>
    </message>
    <message>
        <source>integrity</source>
        <translation>integriteit</translation>
    </message>
    <message>
        <source>time zone</source>
        <translation>tijdzone</translation>
    </message>
    <message>
        <source>language</source>
        <translation>taal</translation>
    </message>
    <message>
        <source>system tray</source>
        <translation>systeemvak</translation>
    </message>
    <message>
        <source>notifications</source>
        <translation>meldingen</translation>
    </message>
    <message>
        <source>a notification service answers</source>
        <translation>een meldingendienst antwoordt</translation>
    </message>
    <message>
        <source>no notification service: nudges appear in ritmeregie&apos;s own window</source>
        <translation>geen meldingendienst: herinneringen verschijnen in het eigen venster van ritmeregie</translation>
    </message>
</context>
</TS>
