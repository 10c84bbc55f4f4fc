<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="nl_NL">
<context>
    <name>AgendaDialog</name>
    <message>
        <source>Edit item</source>
        <translation>Item wijzigen</translation>
    </message>
    <message>
        <source>New item</source>
        <translation>Nieuw item</translation>
    </message>
    <message>
        <source>What is it about?</source>
        <translation>Waar gaat het over?</translation>
    </message>
    <message>
        <source>Title</source>
        <translation>Titel</translation>
    </message>
    <message>
        <source>Date</source>
        <translation>Datum</translation>
    </message>
    <message>
        <source>Start</source>
        <translation>Begin</translation>
    </message>
    <message>
        <source>End</source>
        <translation>Einde</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>Soort</translation>
    </message>
    <message>
        <source>Problem</source>
        <translation>Probleem</translation>
    </message>
    <message>
        <source>&amp;Title:</source>
        <translation>&amp;Titel:</translation>
    </message>
    <message>
        <source>&amp;Date:</source>
        <translation>&amp;Datum:</translation>
    </message>
    <message>
        <source>&amp;Start:</source>
        <translation>&amp;Begin:</translation>
    </message>
    <message>
        <source>&amp;End:</source>
        <translation>&amp;Einde:</translation>
    </message>
    <message>
        <source>&amp;Kind:</source>
        <translation>&amp;Soort:</translation>
    </message>
    <message>
        <source>Give the item a title.</source>
        <translation>Geef het item een titel.</translation>
    </message>
    <message>
        <source>The end must be after the start.</source>
        <translation>Het einde moet na het begin liggen.</translation>
    </message>
</context>
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
    <name>NudgePresenter</name>
    <message>
        <source>ritmeregie</source>
        <translation>ritmeregie</translation>
    </message>
    <message>
        <source>You missed one moment: {moments}.</source>
        <translation>Je hebt één moment gemist: {moments}.</translation>
    </message>
    <message>
        <source>You missed {count} moments: {moments} and {more} more.</source>
        <translation>Je hebt {count} momenten gemist: {moments} en nog {more}.</translation>
    </message>
    <message>
        <source>You missed {count} moments: {moments}.</source>
        <translation>Je hebt {count} momenten gemist: {moments}.</translation>
    </message>
</context>
<context>
    <name>NudgeWindow</name>
    <message>
        <source>&amp;Start</source>
        <translation>&amp;Starten</translation>
    </message>
    <message>
        <source>Start now</source>
        <translation>Nu starten</translation>
    </message>
    <message>
        <source>&amp;Later (+{minutes} min)</source>
        <translation>S&amp;traks (+{minutes} min)</translation>
    </message>
    <message>
        <source>Later, in {minutes} minutes</source>
        <translation>Straks, over {minutes} minuten</translation>
    </message>
    <message>
        <source>S&amp;kip</source>
        <translation>&amp;Overslaan</translation>
    </message>
    <message>
        <source>Skip this time</source>
        <translation>Deze keer overslaan</translation>
    </message>
</context>
<context>
    <name>Nudges</name>
    <message>
        <source>{title} in 1 minute</source>
        <translation>{title} over 1 minuut</translation>
    </message>
    <message>
        <source>{title} in {minutes} minutes</source>
        <translation>{title} over {minutes} minuten</translation>
    </message>
    <message>
        <source>{title} has ended</source>
        <translation>{title} is afgelopen</translation>
    </message>
    <message>
        <source>Capture the DADU while it is fresh: decision, action, deadline, update.</source>
        <translation>Leg de DADU vast nu het nog vers is: besluit, actie, deadline, update.</translation>
    </message>
    <message>
        <source>Quiet quarter in 1 minute: round off what you are doing.</source>
        <translation>Stil kwartier over 1 minuut: rond af waar je mee bezig bent.</translation>
    </message>
    <message>
        <source>Quiet quarter in {minutes} minutes: round off what you are doing.</source>
        <translation>Stil kwartier over {minutes} minuten: rond af waar je mee bezig bent.</translation>
    </message>
    <message>
        <source>{title} starts in 1 minute. Time to wrap up.</source>
        <translation>{title} begint over 1 minuut. Tijd om af te ronden.</translation>
    </message>
    <message>
        <source>{title} starts in {minutes} minutes. Time to wrap up.</source>
        <translation>{title} begint over {minutes} minuten. Tijd om af te ronden.</translation>
    </message>
    <message>
        <source>Focus block: {minutes} minutes for your own work.</source>
        <translation>Focusblok: {minutes} minuten voor je eigen werk.</translation>
    </message>
    <message>
        <source>Reset: stand up, drink some water, look away from the screen.</source>
        <translation>Reset: sta even op, drink wat water, kijk weg van je scherm.</translation>
    </message>
    <message>
        <source>Day start: choose three must-dos and one call.</source>
        <translation>Dagstart: kies drie must-do&apos;s en één belletje.</translation>
    </message>
    <message>
        <source>Inbox block: handle your mail in one go.</source>
        <translation>Inbox-blok: handel je mail in één keer af.</translation>
    </message>
    <message>
        <source>Lunch: time to step away from your desk.</source>
        <translation>Lunch: tijd om even weg te gaan van je bureau.</translation>
    </message>
    <message>
        <source>Quiet quarter: {minutes} minutes without mail or phone.</source>
        <translation>Stil kwartier: {minutes} minuten zonder mail en telefoon.</translation>
    </message>
    <message>
        <source>Friction Friday: remove one small friction from this week.</source>
        <translation>Frictievrijdag: haal één kleine wrijving van deze week weg.</translation>
    </message>
    <message>
        <source>Reflection: what went well, what less, and what will you do differently?</source>
        <translation>Reflectie: waar ben je tevreden over, waarover minder, en wat doe je anders?</translation>
    </message>
    <message>
        <source>Weekly review with your manager: what happened, what is coming.</source>
        <translation>Weekstart met je manager: wat is er gebeurd, wat komt er aan.</translation>
    </message>
    <message>
        <source>Time for your call: {title}.</source>
        <translation>Tijd voor je belletje: {title}.</translation>
    </message>
    <message>
        <source>Busy: {title}.</source>
        <translation>Bezet: {title}.</translation>
    </message>
    <message>
        <source>{title} starts now.</source>
        <translation>{title} begint nu.</translation>
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
    <name>RitmeregieApp</name>
    <message>
        <source>No system tray found: ritmeregie shows its Today window and keeps nudging you.</source>
        <translation>Geen systeemvak gevonden: ritmeregie toont het venster Vandaag en blijft je herinneren.</translation>
    </message>
</context>
<context>
    <name>TimelineWidget</name>
    <message>
        <source>Timeline of today</source>
        <translation>Tijdlijn van vandaag</translation>
    </message>
</context>
<context>
    <name>Tray</name>
    <message>
        <source>Start focus now</source>
        <translation>Nu focussen</translation>
    </message>
    <message>
        <source>25 minutes</source>
        <translation>25 minuten</translation>
    </message>
    <message>
        <source>50 minutes</source>
        <translation>50 minuten</translation>
    </message>
    <message>
        <source>Take a reset</source>
        <translation>Neem een reset</translation>
    </message>
    <message>
        <source>Back to the plan</source>
        <translation>Terug naar de planning</translation>
    </message>
    <message>
        <source>Pause the rhythm</source>
        <translation>Ritme pauzeren</translation>
    </message>
    <message>
        <source>For 30 minutes</source>
        <translation>30 minuten</translation>
    </message>
    <message>
        <source>For 1 hour</source>
        <translation>1 uur</translation>
    </message>
    <message>
        <source>For the rest of today</source>
        <translation>De rest van vandaag</translation>
    </message>
    <message>
        <source>Resume the rhythm</source>
        <translation>Ritme hervatten</translation>
    </message>
    <message>
        <source>Today</source>
        <translation>Vandaag</translation>
    </message>
    <message>
        <source>Quit ritmeregie</source>
        <translation>ritmeregie afsluiten</translation>
    </message>
    <message>
        <source>Paused until {time}</source>
        <translation>Gepauzeerd tot {time}</translation>
    </message>
    <message>
        <source>Now: free time</source>
        <translation>Nu: vrije tijd</translation>
    </message>
    <message>
        <source>Now: {title} until {time}</source>
        <translation>Nu: {title} tot {time}</translation>
    </message>
    <message>
        <source>Next: {title} at {time}</source>
        <translation>Daarna: {title} om {time}</translation>
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
    <name>VandaagWindow</name>
    <message>
        <source>Today — ritmeregie</source>
        <translation>Vandaag — ritmeregie</translation>
    </message>
    <message>
        <source>Changes to the rhythm today</source>
        <translation>Wijzigingen in het ritme vandaag</translation>
    </message>
    <message>
        <source>Own agenda</source>
        <translation>Eigen agenda</translation>
    </message>
    <message>
        <source>Time</source>
        <translation>Tijd</translation>
    </message>
    <message>
        <source>Title</source>
        <translation>Titel</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>Soort</translation>
    </message>
    <message>
        <source>Own agenda of today</source>
        <translation>Eigen agenda van vandaag</translation>
    </message>
    <message>
        <source>Nothing on your own agenda today.</source>
        <translation>Vandaag niets in je eigen agenda.</translation>
    </message>
    <message>
        <source>&amp;New item</source>
        <translation>&amp;Nieuw</translation>
    </message>
    <message>
        <source>&amp;Edit</source>
        <translation>&amp;Wijzigen</translation>
    </message>
    <message>
        <source>&amp;Delete</source>
        <translation>&amp;Verwijderen</translation>
    </message>
    <message>
        <source>&amp;Undo</source>
        <translation>&amp;Ongedaan maken</translation>
    </message>
    <message>
        <source>New item</source>
        <translation>Nieuw</translation>
    </message>
    <message>
        <source>Edit</source>
        <translation>Wijzigen</translation>
    </message>
    <message>
        <source>Delete</source>
        <translation>Verwijderen</translation>
    </message>
    <message>
        <source>Undo</source>
        <translation>Ongedaan maken</translation>
    </message>
    <message>
        <source>Enter or F2</source>
        <translation>Enter of F2</translation>
    </message>
    <message>
        <source>Paused for the rest of today</source>
        <translation>Gepauzeerd voor de rest van vandaag</translation>
    </message>
    <message>
        <source>Paused until {time}</source>
        <translation>Gepauzeerd tot {time}</translation>
    </message>
    <message>
        <source>Now: {title} until {time}</source>
        <translation>Nu: {title} tot {time}</translation>
    </message>
    <message>
        <source>Next: {title} at {time}</source>
        <translation>Daarna: {title} om {time}</translation>
    </message>
    <message>
        <source>Nothing more planned today.</source>
        <translation>Vandaag staat er niets meer gepland.</translation>
    </message>
    <message>
        <source>Removed ‘{title}’.</source>
        <translation>‘{title}’ verwijderd.</translation>
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
        <source>start a focus block now (in the running app)</source>
        <translation>start nu een focusblok (in de draaiende app)</translation>
    </message>
    <message>
        <source>length of the block (default: your rhythm&apos;s)</source>
        <translation>lengte van het blok (standaard: die van je ritme)</translation>
    </message>
    <message>
        <source>take a reset now (in the running app)</source>
        <translation>neem nu een reset (in de draaiende app)</translation>
    </message>
    <message>
        <source>pause the rhythm (in the running app)</source>
        <translation>pauzeer het ritme (in de draaiende app)</translation>
    </message>
    <message>
        <source>pause for N minutes (default: 30)</source>
        <translation>pauzeer N minuten (standaard: 30)</translation>
    </message>
    <message>
        <source>pause for the rest of today</source>
        <translation>pauzeer de rest van vandaag</translation>
    </message>
    <message>
        <source>resume the rhythm (in the running app)</source>
        <translation>hervat het ritme (in de draaiende app)</translation>
    </message>
    <message>
        <source>what now, what next</source>
        <translation>wat nu, wat daarna</translation>
    </message>
    <message>
        <source>quit the running app</source>
        <translation>sluit de draaiende app af</translation>
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
        <source>The running ritmeregie did not answer: {error}</source>
        <translation>De draaiende ritmeregie antwoordde niet: {error}</translation>
    </message>
    <message>
        <source>The running ritmeregie refused the command.</source>
        <translation>De draaiende ritmeregie weigerde de opdracht.</translation>
    </message>
    <message>
        <source>the app is not running; start it with &apos;ritmeregie&apos;.</source>
        <translation>de app draait niet; start hem met &apos;ritmeregie&apos;.</translation>
    </message>
    <message>
        <source>ritmeregie is closing.</source>
        <translation>ritmeregie wordt afgesloten.</translation>
    </message>
    <message>
        <source>Now: {title} until {time} ({minutes} min left)</source>
        <translation>Nu: {title} tot {time} (nog {minutes} min)</translation>
    </message>
    <message>
        <source>Now: free time</source>
        <translation>Nu: vrije tijd</translation>
    </message>
    <message>
        <source>Next: {title} at {time}</source>
        <translation>Daarna: {title} om {time}</translation>
    </message>
    <message>
        <source>Paused until {time}</source>
        <translation>Gepauzeerd tot {time}</translation>
    </message>
    <message>
        <source>(ritmeregie is not running: this is the plan without your changes)</source>
        <translation>(ritmeregie draait niet: dit is de planning zonder je eigen wijzigingen)</translation>
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
