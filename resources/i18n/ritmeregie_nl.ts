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
        <source>Which time</source>
        <translation>Welke keer</translation>
    </message>
    <message>
        <source>Decision question</source>
        <translation>Beslisvraag</translation>
    </message>
    <message>
        <source>One line for the invite: what must be decided?</source>
        <translation>Eén regel voor de uitnodiging: wat moet er besloten worden?</translation>
    </message>
    <message>
        <source>Cop&amp;y</source>
        <translation>&amp;Kopiëren</translation>
    </message>
    <message>
        <source>Copy the decision question</source>
        <translation>Beslisvraag kopiëren</translation>
    </message>
    <message>
        <source>Copy the line to paste it into the invite</source>
        <translation>Kopieer de regel om hem in de uitnodiging te plakken</translation>
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
        <source>The clocks go &amp;back:</source>
        <translation>De klok &amp;gaat terug:</translation>
    </message>
    <message>
        <source>&amp;Kind:</source>
        <translation>&amp;Soort:</translation>
    </message>
    <message>
        <source>Decision &amp;question for the invite:</source>
        <translation>Beslis&amp;vraag voor de uitnodiging:</translation>
    </message>
    <message>
        <source>Give the item a title.</source>
        <translation>Geef het item een titel.</translation>
    </message>
    <message>
        <source>The end must be after the start.</source>
        <translation>Het einde moet na het begin liggen.</translation>
    </message>
    <message>
        <source>What decision must be taken here today?</source>
        <translation>Welke beslissing moet hier vandaag genomen worden?</translation>
    </message>
    <message>
        <source>Copied</source>
        <translation>Gekopieerd</translation>
    </message>
    <message>
        <source>the first time ({offset})</source>
        <translation>de eerste keer ({offset})</translation>
    </message>
    <message>
        <source>the second time ({offset})</source>
        <translation>de tweede keer ({offset})</translation>
    </message>
</context>
<context>
    <name>BackupKeeper</name>
    <message>
        <source>ritmeregie</source>
        <translation>ritmeregie</translation>
    </message>
    <message>
        <source>Today&apos;s backup could not be made ({reason}). Your data itself is safe; ritmeregie tries again tomorrow.</source>
        <translation>De back-up van vandaag kon niet worden gemaakt ({reason}). Je gegevens zelf zijn veilig; ritmeregie probeert het morgen opnieuw.</translation>
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
        <source>Report</source>
        <translation>Verslag</translation>
    </message>
    <message>
        <source>DADU</source>
        <translation>DADU</translation>
    </message>
    <message>
        <source>Busy</source>
        <translation>Bezet</translation>
    </message>
    <message>
        <source>Personal call</source>
        <translation>Persoonlijk belletje</translation>
    </message>
    <message>
        <source>DADU: {meeting}</source>
        <translation>DADU: {meeting}</translation>
    </message>
    <message>
        <source>Weekly review with {manager}</source>
        <translation>Weekstart met {manager}</translation>
    </message>
</context>
<context>
    <name>CalDAV</name>
    <message>
        <source>No keychain was found on this system; give the password with --password-stdin each time (or set {variable}).</source>
        <translation>Er is geen sleutelhanger op dit systeem; geef het wachtwoord elke keer met --password-stdin (of zet {variable}).</translation>
    </message>
    <message>
        <source>The keychain refused the password ({error}); give it with --password-stdin each time (or set {variable}).</source>
        <translation>De sleutelhanger weigerde het wachtwoord ({error}); geef het elke keer met --password-stdin (of zet {variable}).</translation>
    </message>
    <message>
        <source>{name}: the address {url} shows no calendars (is it a CalDAV address?).</source>
        <translation>{name}: op het adres {url} staan geen agenda&apos;s (is het een CalDAV-adres?).</translation>
    </message>
    <message>
        <source>{name}: the server has nothing at {url} (404).</source>
        <translation>{name}: de server heeft niets op {url} (404).</translation>
    </message>
    <message>
        <source>{name}: the collection {path} could not be made ({status}).</source>
        <translation>{name}: de verzameling {path} kon niet worden gemaakt ({status}).</translation>
    </message>
    <message>
        <source>{name}: the server sends us on to {target} ({status}); if that is right, add the account again with that address.</source>
        <translation>{name}: de server stuurt door naar {target} ({status}); klopt dat, voeg het account dan opnieuw toe met dat adres.</translation>
    </message>
    <message>
        <source>{name}: the server&apos;s answer is not CalDAV (a login page, or something in between?); check the address.</source>
        <translation>{name}: het antwoord van de server is geen CalDAV (een inlogpagina, of iets ertussen?); kijk het adres na.</translation>
    </message>
    <message>
        <source>{name}: the server&apos;s answer is far too large; nothing was changed.</source>
        <translation>{name}: het antwoord van de server is veel te groot; er is niets veranderd.</translation>
    </message>
    <message>
        <source>{name}: the server refuses access to this collection (403).</source>
        <translation>{name}: de server geeft geen toegang tot deze verzameling (403).</translation>
    </message>
    <message>
        <source>{name}: the server did not accept the user name or password (401); check them with &apos;ritmeregie caldav add&apos; again.</source>
        <translation>{name}: de server accepteerde de gebruikersnaam of het wachtwoord niet (401); controleer ze met &apos;ritmeregie caldav add&apos;.</translation>
    </message>
    <message>
        <source>{name}: the server did not answer in time; try again later.</source>
        <translation>{name}: de server antwoordde niet op tijd; probeer het later nog eens.</translation>
    </message>
    <message>
        <source>{name}: the server cannot be reached; your work stays here.</source>
        <translation>{name}: de server is niet bereikbaar; je werk blijft hier bewaard.</translation>
    </message>
    <message>
        <source>{name}: the server could not be used ({error}).</source>
        <translation>{name}: de server kon niet worden gebruikt ({error}).</translation>
    </message>
    <message>
        <source>{name}: the server answered {status}; try again later.</source>
        <translation>{name}: de server antwoordde {status}; probeer het later nog eens.</translation>
    </message>
    <message>
        <source>{title} (changed on two devices)</source>
        <translation>{title} (op twee apparaten gewijzigd)</translation>
    </message>
    <message>
        <source>&apos;{path}&apos; is not a collection path (e.g. /sanne/agenda/: the part of its address after the server name).</source>
        <translation>&apos;{path}&apos; is geen pad van een verzameling (bijv. /sanne/agenda/: het deel van het adres na de servernaam).</translation>
    </message>
    <message>
        <source>{name}: no password is known; give it with --password-stdin (or store it with &apos;ritmeregie caldav add&apos;).</source>
        <translation>{name}: er is geen wachtwoord bekend; geef het met --password-stdin (of bewaar het met &apos;ritmeregie caldav add&apos;).</translation>
    </message>
    <message>
        <source>There is no CalDAV account named &apos;{name}&apos;; see &apos;ritmeregie caldav list&apos;.</source>
        <translation>Er is geen CalDAV-account met de naam &apos;{name}&apos;; zie &apos;ritmeregie caldav list&apos;.</translation>
    </message>
    <message>
        <source>There is already a calendar named &apos;{name}&apos;.</source>
        <translation>Er is al een agenda met de naam &apos;{name}&apos;.</translation>
    </message>
    <message>
        <source>DADU of the meeting: {meeting}</source>
        <translation>DADU van het overleg: {meeting}</translation>
    </message>
    <message>
        <source>Decision: {decision}</source>
        <translation>Besluit: {decision}</translation>
    </message>
</context>
<context>
    <name>CaldavDialog</name>
    <message>
        <source>CalDAV server</source>
        <translation>CalDAV-server</translation>
    </message>
</context>
<context>
    <name>CaldavPanel</name>
    <message>
        <source>CalDAV server</source>
        <translation>CalDAV-server</translation>
    </message>
    <message>
        <source>Keep your agenda and must-do&apos;s on a CalDAV server (Nextcloud, iCloud, Fastmail …), the same on every device. The password goes into your keychain.</source>
        <translation>Houd je agenda en must-do&apos;s bij op een CalDAV-server (Nextcloud, iCloud, Fastmail …), op elk apparaat hetzelfde. Het wachtwoord gaat in je sleutelhanger.</translation>
    </message>
    <message>
        <source>CalDAV accounts</source>
        <translation>CalDAV-accounts</translation>
    </message>
    <message>
        <source>e.g. Werk</source>
        <translation>bijv. Werk</translation>
    </message>
    <message>
        <source>&amp;Name:</source>
        <translation>&amp;Naam:</translation>
    </message>
    <message>
        <source>A&amp;ddress:</source>
        <translation>A&amp;dres:</translation>
    </message>
    <message>
        <source>&amp;User:</source>
        <translation>&amp;Gebruiker:</translation>
    </message>
    <message>
        <source>Pass&amp;word:</source>
        <translation>Wacht&amp;woord:</translation>
    </message>
    <message>
        <source>&amp;Add account</source>
        <translation>&amp;Account toevoegen</translation>
    </message>
    <message>
        <source>Path of the calendar on the server</source>
        <translation>Pad van de agenda op de server</translation>
    </message>
    <message>
        <source>Show my focus blocks as &amp;busy</source>
        <translation>Toon mijn focusblokken als &amp;bezet</translation>
    </message>
    <message>
        <source>&amp;Publish my agenda</source>
        <translation>&amp;Publiceer mijn agenda</translation>
    </message>
    <message>
        <source>&amp;Test</source>
        <translation>&amp;Testen</translation>
    </message>
    <message>
        <source>&amp;Remove</source>
        <translation>&amp;Verwijderen</translation>
    </message>
    <message>
        <source>&amp;Sync now</source>
        <translation>Nu &amp;synchroniseren</translation>
    </message>
    <message>
        <source>Accounts</source>
        <translation>Accounts</translation>
    </message>
    <message>
        <source>No account yet. Add one below; the address is in your calendar service&apos;s settings (often under CalDAV).</source>
        <translation>Nog geen account. Voeg er hieronder een toe; het adres staat in de instellingen van je agendadienst (vaak onder CalDAV).</translation>
    </message>
    <message>
        <source>Publish</source>
        <translation>Publiceren</translation>
    </message>
    <message>
        <source>Your agenda goes to this calendar of the chosen account.</source>
        <translation>Je agenda komt in deze agenda van het gekozen account.</translation>
    </message>
    <message>
        <source>&amp;Calendar on the server:</source>
        <translation>Agenda &amp;op de server:</translation>
    </message>
    <message>
        <source>Add account</source>
        <translation>Account toevoegen</translation>
    </message>
    <message>
        <source>your agenda</source>
        <translation>je agenda</translation>
    </message>
    <message>
        <source>your must-do&apos;s</source>
        <translation>je must-do&apos;s</translation>
    </message>
    <message>
        <source>not yet</source>
        <translation>nog niet</translation>
    </message>
    <message>
        <source>  {path}: {what}, synced {when}</source>
        <translation>  {path}: {what}, gesynchroniseerd {when}</translation>
    </message>
    <message>
        <source>Fill in the name, address, user and password.</source>
        <translation>Vul de naam, het adres, de gebruiker en het wachtwoord in.</translation>
    </message>
    <message>
        <source>Added &apos;{name}&apos;.</source>
        <translation>&apos;{name}&apos; toegevoegd.</translation>
    </message>
    <message>
        <source>&apos;{name}&apos; answers.</source>
        <translation>&apos;{name}&apos; antwoordt.</translation>
    </message>
    <message>
        <source>Give the calendar&apos;s path on the server.</source>
        <translation>Geef het pad van de agenda op de server.</translation>
    </message>
    <message>
        <source>Published; it syncs from now on.</source>
        <translation>Gepubliceerd; vanaf nu wordt er gesynchroniseerd.</translation>
    </message>
    <message>
        <source>Removed &apos;{name}&apos;.</source>
        <translation>&apos;{name}&apos; verwijderd.</translation>
    </message>
    <message>
        <source>Synced.</source>
        <translation>Gesynchroniseerd.</translation>
    </message>
    <message>
        <source>Working …</source>
        <translation>Bezig …</translation>
    </message>
    <message>
        <source>That did not work.</source>
        <translation>Dat lukte niet.</translation>
    </message>
</context>
<context>
    <name>CaldavSync</name>
    <message>
        <source>The sync with the CalDAV server failed.</source>
        <translation>Synchroniseren met de CalDAV-server is mislukt.</translation>
    </message>
    <message>
        <source>The sync with the CalDAV server could not start.</source>
        <translation>Synchroniseren met de CalDAV-server kon niet starten.</translation>
    </message>
</context>
<context>
    <name>CalendarImporter</name>
    <message>
        <source>the file is larger than 20 MB</source>
        <translation>het bestand is groter dan 20 MB</translation>
    </message>
    <message>
        <source>{file} cannot be read: {reason}</source>
        <translation>{file} is niet te lezen: {reason}</translation>
    </message>
    <message>
        <source>Reading the calendar &apos;{name}&apos;…</source>
        <translation>De agenda &apos;{name}&apos; wordt ingelezen…</translation>
    </message>
    <message>
        <source>Import calendar</source>
        <translation>Agenda inlezen</translation>
    </message>
    <message>
        <source>{count} problems in the file; see the details.</source>
        <translation>{count} problemen in het bestand; zie de details.</translation>
    </message>
</context>
<context>
    <name>CalendarLegend</name>
    <message>
        <source>Calendar layers</source>
        <translation>Agendalagen</translation>
    </message>
    <message>
        <source>Your own agenda always keeps focus out of its time.</source>
        <translation>Je eigen agenda houdt focusblokken altijd buiten zijn afspraken.</translation>
    </message>
    <message>
        <source>Own agenda</source>
        <translation>Eigen agenda</translation>
    </message>
    <message>
        <source>Drop a calendar (.ics) here to see it next to your day.</source>
        <translation>Sleep een agenda (.ics) hierheen om hem naast je dag te zien.</translation>
    </message>
    <message>
        <source>blocks your focus</source>
        <translation>blokkeert je focustijd</translation>
    </message>
    <message>
        <source>shown for context</source>
        <translation>ter informatie getoond</translation>
    </message>
    <message>
        <source>{name}: {role}. Untick to hide it.</source>
        <translation>{name}: {role}. Vink uit om de laag te verbergen.</translation>
    </message>
    <message>
        <source>Show {name}</source>
        <translation>{name} tonen</translation>
    </message>
</context>
<context>
    <name>CalendarRoles</name>
    <message>
        <source>My own calendar: its events are my meetings</source>
        <translation>Mijn eigen agenda: de afspraken zijn mijn overleggen</translation>
    </message>
    <message>
        <source>A manager&apos;s calendar</source>
        <translation>Agenda van een manager</translation>
    </message>
    <message>
        <source>Context (holidays, a rota)</source>
        <translation>Ter informatie (feestdagen, een rooster)</translation>
    </message>
    <message>
        <source>My meetings</source>
        <translation>Mijn overleggen</translation>
    </message>
    <message>
        <source>Blocks focus</source>
        <translation>Blokkeert focus</translation>
    </message>
    <message>
        <source>Manager, context</source>
        <translation>Manager, ter informatie</translation>
    </message>
    <message>
        <source>Context</source>
        <translation>Ter informatie</translation>
    </message>
    <message>
        <source>Role of the calendar</source>
        <translation>Rol van de agenda</translation>
    </message>
    <message>
        <source>&amp;Blocks my focus time</source>
        <translation>Blo&amp;kkeert mijn focustijd</translation>
    </message>
    <message>
        <source>On: no focus blocks or rituals during its events. Off: shown for context.</source>
        <translation>Aan: geen focusblokken of rituelen tijdens deze afspraken. Uit: alleen ter informatie.</translation>
    </message>
</context>
<context>
    <name>Calendars</name>
    <message>
        <source>Busy</source>
        <translation>Bezet</translation>
    </message>
    <message>
        <source>Event &apos;{title}&apos;</source>
        <translation>Afspraak &apos;{title}&apos;</translation>
    </message>
    <message>
        <source>Event with UID {uid}</source>
        <translation>Afspraak met UID {uid}</translation>
    </message>
    <message>
        <source>cannot be expanded ({error})</source>
        <translation>is niet uit te rekenen ({error})</translation>
    </message>
    <message>
        <source>repeats more than {count} times in the imported days; the first {count} are kept</source>
        <translation>herhaalt meer dan {count} keer in de ingelezen dagen; de eerste {count} blijven</translation>
    </message>
    <message>
        <source>cannot be read ({error})</source>
        <translation>is onleesbaar ({error})</translation>
    </message>
    <message>
        <source>Own agenda (ritmeregie)</source>
        <translation>Eigen agenda (ritmeregie)</translation>
    </message>
    <message>
        <source>&apos;{url}&apos; is not a web address (https://…).</source>
        <translation>&apos;{url}&apos; is geen webadres (https://…).</translation>
    </message>
    <message>
        <source>Only https addresses can be subscribed to (&apos;{url}&apos; is not one).</source>
        <translation>Je kunt je alleen abonneren op https-adressen (&apos;{url}&apos; is dat niet).</translation>
    </message>
    <message>
        <source>it redirects to {url}, which is not an https address</source>
        <translation>het stuurt door naar {url}, en dat is geen https-adres</translation>
    </message>
    <message>
        <source>it redirects to {url}, an address on this computer</source>
        <translation>het stuurt door naar {url}, een adres op deze computer</translation>
    </message>
    <message>
        <source>The calendar &apos;{name}&apos; could not be fetched: {reason}</source>
        <translation>De agenda &apos;{name}&apos; kon niet worden opgehaald: {reason}</translation>
    </message>
    <message>
        <source>timed out after {seconds} s</source>
        <translation>time-out na {seconds} s</translation>
    </message>
    <message>
        <source>too many redirects</source>
        <translation>te veel doorverwijzingen</translation>
    </message>
    <message>
        <source>the server answered {code} ({reason})</source>
        <translation>de server antwoordde {code} ({reason})</translation>
    </message>
    <message>
        <source>the file is larger than {size} MB</source>
        <translation>het bestand is groter dan {size} MB</translation>
    </message>
    <message>
        <source>{where}: {property} {detail}; left out.</source>
        <translation>{where}: {property} {detail}; weggelaten.</translation>
    </message>
    <message>
        <source>{where}: {property} {detail}.</source>
        <translation>{where}: {property} {detail}.</translation>
    </message>
    <message>
        <source>The file is empty.</source>
        <translation>Het bestand is leeg.</translation>
    </message>
    <message>
        <source>This is not a calendar file (.ics): it has no BEGIN:VCALENDAR.</source>
        <translation>Dit is geen agendabestand (.ics): BEGIN:VCALENDAR ontbreekt.</translation>
    </message>
    <message>
        <source>The file cannot be read as a calendar ({error}).</source>
        <translation>Het bestand is niet als agenda te lezen ({error}).</translation>
    </message>
    <message>
        <source>it stops before END:VCALENDAR</source>
        <translation>het houdt op vóór END:VCALENDAR</translation>
    </message>
    <message>
        <source>The calendar</source>
        <translation>De agenda</translation>
    </message>
    <message>
        <source>&apos;{zone}&apos; is not a known time zone; times without a zone are read in yours</source>
        <translation>&apos;{zone}&apos; is geen bekende tijdzone; tijden zonder zone worden in jouw tijdzone gelezen</translation>
    </message>
    <message>
        <source>Time zone &apos;{zone}&apos;</source>
        <translation>Tijdzone &apos;{zone}&apos;</translation>
    </message>
    <message>
        <source>Event {number}</source>
        <translation>Afspraak {number}</translation>
    </message>
    <message>
        <source>A {component}</source>
        <translation>Een {component}</translation>
    </message>
    <message>
        <source>is missing</source>
        <translation>ontbreekt</translation>
    </message>
    <message>
        <source>is not a date or time</source>
        <translation>is geen datum of tijd</translation>
    </message>
    <message>
        <source>repeats every minute or second; only its first {count} times are read</source>
        <translation>herhaalt elke minuut of seconde; alleen de eerste {count} keer wordt ingelezen</translation>
    </message>
    <message>
        <source>has an unknown time zone &apos;{zone}&apos;; read in your own time zone</source>
        <translation>heeft een onbekende tijdzone &apos;{zone}&apos;; gelezen in jouw eigen tijdzone</translation>
    </message>
    <message>
        <source>is a date while DTSTART is a time (or the reverse)</source>
        <translation>is een datum terwijl DTSTART een tijdstip is (of andersom)</translation>
    </message>
    <message>
        <source>is before DTSTART</source>
        <translation>ligt vóór DTSTART</translation>
    </message>
    <message>
        <source>is not a positive duration</source>
        <translation>is geen positieve duur</translation>
    </message>
    <message>
        <source>&apos;{name}&apos; has not changed since the last import ({events} events).</source>
        <translation>&apos;{name}&apos; is niet veranderd sinds de vorige keer inlezen ({events} afspraken).</translation>
    </message>
    <message>
        <source>&apos;{name}&apos;: {events} from {first} to {last}, {series}.</source>
        <translation>&apos;{name}&apos;: {events} van {first} tot {last}, {series}.</translation>
    </message>
    <message>
        <source>1 event</source>
        <translation>1 afspraak</translation>
    </message>
    <message>
        <source>{count} events</source>
        <translation>{count} afspraken</translation>
    </message>
    <message>
        <source>1 recurring series</source>
        <translation>1 terugkerende reeks</translation>
    </message>
    <message>
        <source>{count} recurring series</source>
        <translation>{count} terugkerende reeksen</translation>
    </message>
    <message>
        <source>{count} left out (see below).</source>
        <translation>{count} weggelaten (zie hieronder).</translation>
    </message>
    <message>
        <source>This calendar is too large ({size} MB; at most {limit} MB).</source>
        <translation>Deze agenda is te groot ({size} MB; hoogstens {limit} MB).</translation>
    </message>
    <message>
        <source>No event in the file could be read. {problem}</source>
        <translation>Geen enkele afspraak in het bestand is leesbaar. {problem}</translation>
    </message>
    <message>
        <source>A calendar needs a name.</source>
        <translation>Geef de agenda een naam.</translation>
    </message>
    <message>
        <source>A calendar name can be at most {count} characters.</source>
        <translation>De naam van een agenda is hoogstens {count} tekens.</translation>
    </message>
    <message>
        <source>There is no calendar named &apos;{name}&apos;.</source>
        <translation>Er is geen agenda met de naam &apos;{name}&apos;.</translation>
    </message>
    <message>
        <source>The calendar &apos;{name}&apos; could not be read: {reason}</source>
        <translation>De agenda &apos;{name}&apos; kon niet worden gelezen: {reason}</translation>
    </message>
    <message>
        <source>The calendar &apos;{name}&apos; has no subscription.</source>
        <translation>De agenda &apos;{name}&apos; heeft geen abonnement.</translation>
    </message>
</context>
<context>
    <name>CalendarsPage</name>
    <message>
        <source>Calendars</source>
        <translation>Agenda&apos;s</translation>
    </message>
    <message>
        <source>Calendars as layers in Today. Your own calendar&apos;s events are your meetings; a manager&apos;s calendar that blocks keeps focus blocks and rituals out of its events; the others are shown for context. Your own agenda always blocks.</source>
        <translation>Agenda&apos;s als lagen in Vandaag. De afspraken uit je eigen agenda zijn je overleggen; de agenda van een manager die blokkeert houdt focusblokken en rituelen uit haar afspraken; de andere staan er ter informatie. Je eigen afspraken blokkeren altijd.</translation>
    </message>
    <message>
        <source>Calendar</source>
        <translation>Agenda</translation>
    </message>
    <message>
        <source>Role</source>
        <translation>Rol</translation>
    </message>
    <message>
        <source>Events</source>
        <translation>Afspraken</translation>
    </message>
    <message>
        <source>Last update</source>
        <translation>Laatst bijgewerkt</translation>
    </message>
    <message>
        <source>Imported calendars</source>
        <translation>Ingelezen agenda&apos;s</translation>
    </message>
    <message>
        <source>No calendars yet. Add an exported .ics file, or drop one on Today.</source>
        <translation>Nog geen agenda&apos;s. Voeg een geëxporteerd .ics-bestand toe, of sleep er een naar Vandaag.</translation>
    </message>
    <message>
        <source>Add &amp;file…</source>
        <translation>&amp;Bestand toevoegen…</translation>
    </message>
    <message>
        <source>Add &amp;subscription…</source>
        <translation>&amp;Abonnement toevoegen…</translation>
    </message>
    <message>
        <source>R&amp;efresh</source>
        <translation>Ver&amp;nieuwen</translation>
    </message>
    <message>
        <source>&amp;Remove</source>
        <translation>&amp;Verwijderen</translation>
    </message>
    <message>
        <source>Ca&amp;lDAV server…</source>
        <translation>Ca&amp;lDAV-server…</translation>
    </message>
    <message>
        <source>Your agenda and must-do&apos;s on a CalDAV server, the same on every device</source>
        <translation>Je agenda en must-do&apos;s op een CalDAV-server, op elk apparaat hetzelfde</translation>
    </message>
    <message>
        <source>{when} · problem</source>
        <translation>{when} · probleem</translation>
    </message>
    <message>
        <source>Subscribed: every {minutes} min from {url}</source>
        <translation>Abonnement: elke {minutes} min van {url}</translation>
    </message>
    <message>
        <source>Imported from a file; Refresh asks for a newer export.</source>
        <translation>Ingelezen uit een bestand; Vernieuwen vraagt om een nieuwere export.</translation>
    </message>
    <message>
        <source>{events} events from {first} to {last}; {skipped} left out.</source>
        <translation>{events} afspraken van {first} tot {last}; {skipped} weggelaten.</translation>
    </message>
    <message>
        <source>Last problem: {error}</source>
        <translation>Laatste probleem: {error}</translation>
    </message>
    <message>
        <source>Import calendar</source>
        <translation>Agenda inlezen</translation>
    </message>
    <message>
        <source>Calendars (*.ics)</source>
        <translation>Agenda&apos;s (*.ics)</translation>
    </message>
    <message>
        <source>A newer export of &apos;{name}&apos;</source>
        <translation>Een nieuwere export van &apos;{name}&apos;</translation>
    </message>
    <message>
        <source>Remove calendar</source>
        <translation>Agenda verwijderen</translation>
    </message>
    <message>
        <source>Remove the calendar &apos;{name}&apos; and its events from ritmeregie?</source>
        <translation>De agenda &apos;{name}&apos; en de afspraken ervan uit ritmeregie verwijderen?</translation>
    </message>
</context>
<context>
    <name>ChecklistsWindow</name>
    <message>
        <source>Checklists — ritmeregie</source>
        <translation>Checklists — ritmeregie</translation>
    </message>
    <message>
        <source>Checklists</source>
        <translation>Checklists</translation>
    </message>
    <message>
        <source>Check&amp;lists</source>
        <translation>Check&amp;lists</translation>
    </message>
    <message>
        <source>Show ar&amp;chived</source>
        <translation>Ge&amp;archiveerde tonen</translation>
    </message>
    <message>
        <source>&amp;New checklist</source>
        <translation>&amp;Nieuwe checklist</translation>
    </message>
    <message>
        <source>Title of the checklist</source>
        <translation>Titel van de checklist</translation>
    </message>
    <message>
        <source>Steps</source>
        <translation>Stappen</translation>
    </message>
    <message>
        <source>Add a step and press Enter</source>
        <translation>Typ een stap en druk op Enter</translation>
    </message>
    <message>
        <source>New step</source>
        <translation>Nieuwe stap</translation>
    </message>
    <message>
        <source>Space ticks · F2 renames · Delete removes · Ctrl+↑/↓ moves</source>
        <translation>Spatie vinkt af · F2 hernoemt · Delete verwijdert · Ctrl+↑/↓ verplaatst</translation>
    </message>
    <message>
        <source>New &amp;round</source>
        <translation>Nieuwe &amp;ronde</translation>
    </message>
    <message>
        <source>Clear the ticks for the next time</source>
        <translation>Haal de vinkjes weg voor de volgende keer</translation>
    </message>
    <message>
        <source>&amp;Archive</source>
        <translation>Arc&amp;hiveren</translation>
    </message>
    <message>
        <source>&amp;Undo</source>
        <translation>&amp;Ongedaan maken</translation>
    </message>
    <message>
        <source>No checklists yet. Make one from a friction on Friction Friday, or start a new one here.</source>
        <translation>Nog geen checklists. Maak er een van een wrijving op frictievrijdag, of begin hier een nieuwe.</translation>
    </message>
    <message>
        <source>No steps yet: add the first one below.</source>
        <translation>Nog geen stappen: voeg hieronder de eerste toe.</translation>
    </message>
    <message>
        <source>All {total} steps done. “New round” clears them for next time.</source>
        <translation>Alle {total} stappen gedaan. ‘Nieuwe ronde’ zet ze klaar voor de volgende keer.</translation>
    </message>
    <message>
        <source>{done} of {total} steps done</source>
        <translation>{done} van {total} stappen gedaan</translation>
    </message>
    <message>
        <source>Un&amp;archive</source>
        <translation>Uit archief &amp;halen</translation>
    </message>
    <message>
        <source>New checklist</source>
        <translation>Nieuwe checklist</translation>
    </message>
    <message>
        <source>&amp;Undo: ‘{text}’</source>
        <translation>&amp;Ongedaan maken: ‘{text}’</translation>
    </message>
</context>
<context>
    <name>CompetenceMirrorDialog</name>
    <message>
        <source>Competence mirror — ritmeregie</source>
        <translation>Competentiespiegel — ritmeregie</translation>
    </message>
    <message>
        <source>Once a year: look back at your own reflections and name what you see.</source>
        <translation>Eén keer per jaar: kijk terug op je eigen reflecties en benoem wat je ziet.</translation>
    </message>
    <message>
        <source>&amp;Your reflections this year</source>
        <translation>&amp;Je reflecties van dit jaar</translation>
    </message>
    <message>
        <source>Your reflections this year</source>
        <translation>Je reflecties van dit jaar</translation>
    </message>
    <message>
        <source>&amp;How enterprising have I been this year?</source>
        <translation>&amp;Hoe ondernemend ben ik dit jaar geweest?</translation>
    </message>
    <message>
        <source>Think of initiatives you took, things you improved, moments you chose your own course. And what you would like to take on next year.</source>
        <translation>Denk aan initiatieven die je nam, dingen die je verbeterde, momenten waarop je je eigen koers koos. En wat je volgend jaar wilt oppakken.</translation>
    </message>
    <message>
        <source>How enterprising have I been this year?</source>
        <translation>Hoe ondernemend ben ik dit jaar geweest?</translation>
    </message>
    <message>
        <source>Saved as you type.</source>
        <translation>Wordt bewaard terwijl je typt.</translation>
    </message>
    <message>
        <source>Done</source>
        <translation>Klaar</translation>
    </message>
    <message>
        <source>Ctrl+Enter · everything is saved as you type</source>
        <translation>Ctrl+Enter · alles wordt bewaard terwijl je typt</translation>
    </message>
    <message>
        <source>Competence mirror {year}</source>
        <translation>Competentiespiegel {year}</translation>
    </message>
    <message>
        <source>No reflections this year yet. Next year there will be.</source>
        <translation>Nog geen reflecties dit jaar. Volgend jaar wel.</translation>
    </message>
    <message>
        <source>Satisfied</source>
        <translation>Tevreden</translation>
    </message>
    <message>
        <source>Less satisfied</source>
        <translation>Minder tevreden</translation>
    </message>
    <message>
        <source>Differently</source>
        <translation>Anders doen</translation>
    </message>
    <message>
        <source>energy {energy} / 5</source>
        <translation>energie {energy} / 5</translation>
    </message>
</context>
<context>
    <name>ConflictNotice</name>
    <message>
        <source>Two requests do not fit</source>
        <translation>Twee verzoeken passen niet</translation>
    </message>
    <message>
        <source>&amp;Copy agreement</source>
        <translation>Afspraak &amp;kopiëren</translation>
    </message>
    <message>
        <source>&amp;Keep agreement</source>
        <translation>Afspraak &amp;bewaren</translation>
    </message>
    <message>
        <source>&amp;Later</source>
        <translation>&amp;Later</translation>
    </message>
    <message>
        <source>The work fits: no conflicts in the coming two weeks.</source>
        <translation>Het werk past: geen conflicten in de komende twee weken.</translation>
    </message>
    <message>
        <source>Copied: paste it into your mail or Teams.</source>
        <translation>Gekopieerd: plak het in je mail of Teams.</translation>
    </message>
    <message>
        <source>Not saved: {reason}</source>
        <translation>Niet bewaard: {reason}</translation>
    </message>
    <message>
        <source>Kept with both requests; History shows it.</source>
        <translation>Bewaard bij beide verzoeken; je ziet het terug in Geschiedenis.</translation>
    </message>
</context>
<context>
    <name>DaduDialog</name>
    <message>
        <source>DADU — ritmeregie</source>
        <translation>DADU — ritmeregie</translation>
    </message>
    <message>
        <source>DADU</source>
        <translation>DADU</translation>
    </message>
    <message>
        <source>Decision · Action · Deadline · Update</source>
        <translation>Besluit · Actie · Deadline · Update</translation>
    </message>
    <message>
        <source>Which meeting?</source>
        <translation>Welk overleg?</translation>
    </message>
    <message>
        <source>Meeting</source>
        <translation>Overleg</translation>
    </message>
    <message>
        <source>Date of the meeting</source>
        <translation>Datum van het overleg</translation>
    </message>
    <message>
        <source>Date problem</source>
        <translation>Probleem met de datum</translation>
    </message>
    <message>
        <source>&amp;Meeting:</source>
        <translation>&amp;Overleg:</translation>
    </message>
    <message>
        <source>&amp;Date:</source>
        <translation>&amp;Datum:</translation>
    </message>
    <message>
        <source>&amp;Add row</source>
        <translation>Regel &amp;toevoegen</translation>
    </message>
    <message>
        <source>Ctrl+Enter</source>
        <translation>Ctrl+Enter</translation>
    </message>
    <message>
        <source>A deadline becomes a must-do on that day; an update date becomes a reminder that morning.</source>
        <translation>Een deadline wordt een must-do op die dag; een updatedatum wordt die ochtend een herinnering.</translation>
    </message>
    <message>
        <source>&amp;Undo</source>
        <translation>Ongedaan &amp;maken</translation>
    </message>
    <message>
        <source>Save status</source>
        <translation>Opslagstatus</translation>
    </message>
    <message>
        <source>Copy as Mar&amp;kdown</source>
        <translation>Kopiëren als Mar&amp;kdown</translation>
    </message>
    <message>
        <source>For Teams, Loop, SharePoint or a wiki (Ctrl+Shift+M)</source>
        <translation>Voor Teams, Loop, SharePoint of een wiki (Ctrl+Shift+M)</translation>
    </message>
    <message>
        <source>Copy as &amp;text</source>
        <translation>Kopiëren als t&amp;ekst</translation>
    </message>
    <message>
        <source>For Outlook or Teams: pastes as a table (Ctrl+Shift+C)</source>
        <translation>Voor Outlook of Teams: plakt als tabel (Ctrl+Shift+C)</translation>
    </message>
    <message>
        <source>&amp;Close</source>
        <translation>&amp;Sluiten</translation>
    </message>
    <message>
        <source>Decision question: {question}</source>
        <translation>Beslisvraag: {question}</translation>
    </message>
    <message>
        <source>Saved as you type.</source>
        <translation>Wordt bewaard terwijl je typt.</translation>
    </message>
    <message>
        <source>Saved at {time}.</source>
        <translation>Opgeslagen om {time}.</translation>
    </message>
    <message>
        <source>Removed row ‘{what}’.</source>
        <translation>Regel ‘{what}’ verwijderd.</translation>
    </message>
    <message>
        <source>Copied as Markdown: paste it in Teams or a wiki.</source>
        <translation>Gekopieerd als Markdown: plak het in Teams of een wiki.</translation>
    </message>
    <message>
        <source>Copied: paste it in Outlook or Teams.</source>
        <translation>Gekopieerd: plak het in Outlook of Teams.</translation>
    </message>
</context>
<context>
    <name>DaduRowEditor</name>
    <message>
        <source>What was decided?</source>
        <translation>Wat is er besloten?</translation>
    </message>
    <message>
        <source>What happens next?</source>
        <translation>Wat gebeurt er nu?</translation>
    </message>
    <message>
        <source>Who</source>
        <translation>Wie</translation>
    </message>
    <message>
        <source>How and to whom do we report back?</source>
        <translation>Hoe en aan wie koppelen we terug?</translation>
    </message>
    <message>
        <source>Remove</source>
        <translation>Verwijderen</translation>
    </message>
    <message>
        <source>Decision</source>
        <translation>Besluit</translation>
    </message>
    <message>
        <source>Action</source>
        <translation>Actie</translation>
    </message>
    <message>
        <source>Deadline</source>
        <translation>Deadline</translation>
    </message>
    <message>
        <source>Update</source>
        <translation>Update</translation>
    </message>
    <message>
        <source>On</source>
        <translation>Op</translation>
    </message>
    <message>
        <source>Decision, row {number}</source>
        <translation>Besluit, regel {number}</translation>
    </message>
    <message>
        <source>Action, row {number}</source>
        <translation>Actie, regel {number}</translation>
    </message>
    <message>
        <source>Who, row {number}</source>
        <translation>Wie, regel {number}</translation>
    </message>
    <message>
        <source>Deadline, row {number}</source>
        <translation>Deadline, regel {number}</translation>
    </message>
    <message>
        <source>Update, row {number}</source>
        <translation>Update, regel {number}</translation>
    </message>
    <message>
        <source>Update date, row {number}</source>
        <translation>Updatedatum, regel {number}</translation>
    </message>
    <message>
        <source>Remove row {number}</source>
        <translation>Regel {number} verwijderen</translation>
    </message>
</context>
<context>
    <name>DaduText</name>
    <message>
        <source>{weekday} {day} {month} {year}</source>
        <translation>{weekday} {day} {month} {year}</translation>
    </message>
    <message>
        <source>{weekday} {day} {month}</source>
        <translation>{weekday} {day} {month}</translation>
    </message>
    <message>
        <source>Decision</source>
        <translation>Besluit</translation>
    </message>
    <message>
        <source>Action (who)</source>
        <translation>Actie (wie)</translation>
    </message>
    <message>
        <source>Deadline</source>
        <translation>Deadline</translation>
    </message>
    <message>
        <source>Update</source>
        <translation>Update</translation>
    </message>
    <message>
        <source>No decisions or actions recorded.</source>
        <translation>Geen besluiten of acties vastgelegd.</translation>
    </message>
</context>
<context>
    <name>DagstartContext</name>
    <message>
        <source>Agenda today</source>
        <translation>Agenda vandaag</translation>
    </message>
    <message>
        <source>Deadlines today</source>
        <translation>Deadlines vandaag</translation>
    </message>
    <message>
        <source>Yesterday you wanted to do differently</source>
        <translation>Gisteren wilde je dit anders doen</translation>
    </message>
    <message>
        <source>On {weekday} you wanted to do differently</source>
        <translation>Op {weekday} wilde je dit anders doen</translation>
    </message>
    <message>
        <source>Nothing noted.</source>
        <translation>Niets genoteerd.</translation>
    </message>
    <message>
        <source>Nothing on your own agenda.</source>
        <translation>Niets in je eigen agenda.</translation>
    </message>
    <message>
        <source>No deadlines today.</source>
        <translation>Geen deadlines vandaag.</translation>
    </message>
</context>
<context>
    <name>DagstartDialog</name>
    <message>
        <source>Day start — ritmeregie</source>
        <translation>Dagstart — ritmeregie</translation>
    </message>
    <message>
        <source>Day start</source>
        <translation>Dagstart</translation>
    </message>
    <message>
        <source>What really must happen today? Three must-dos and one call.</source>
        <translation>Wat moet er vandaag echt gebeuren? Drie must-do&apos;s en één belletje.</translation>
    </message>
    <message>
        <source>Today&apos;s &amp;must-dos</source>
        <translation>&amp;Must-do&apos;s van vandaag</translation>
    </message>
    <message>
        <source>&amp;Undo</source>
        <translation>&amp;Ongedaan maken</translation>
    </message>
    <message>
        <source>&amp;Call</source>
        <translation>&amp;Belletje</translation>
    </message>
    <message>
        <source>Who do you call today, and about what?</source>
        <translation>Wie bel je vandaag, en waarover?</translation>
    </message>
    <message>
        <source>Today&apos;s call</source>
        <translation>Belletje van vandaag</translation>
    </message>
    <message>
        <source>&amp;Open must-dos</source>
        <translation>Open must-do&apos;&amp;s</translation>
    </message>
    <message>
        <source>Open must-dos to pick from</source>
        <translation>Open must-do&apos;s om uit te kiezen</translation>
    </message>
    <message>
        <source>&amp;Add to today</source>
        <translation>&amp;Toevoegen aan vandaag</translation>
    </message>
    <message>
        <source>Enter in the list does the same</source>
        <translation>Enter in de lijst doet hetzelfde</translation>
    </message>
    <message>
        <source>Done</source>
        <translation>Klaar</translation>
    </message>
    <message>
        <source>Ctrl+Enter · everything is saved as you type</source>
        <translation>Ctrl+Enter · alles wordt bewaard terwijl je typt</translation>
    </message>
    <message>
        <source>Saved as you type.</source>
        <translation>Wordt bewaard terwijl je typt.</translation>
    </message>
    <message>
        <source>from {date}</source>
        <translation>van {date}</translation>
    </message>
    <message>
        <source>Nothing open. Type a new must-do on the left.</source>
        <translation>Niets open. Typ links een nieuwe must-do.</translation>
    </message>
    <message>
        <source>urgent and important</source>
        <translation>urgent en belangrijk</translation>
    </message>
    <message>
        <source>urgent</source>
        <translation>urgent</translation>
    </message>
    <message>
        <source>important</source>
        <translation>belangrijk</translation>
    </message>
    <message>
        <source>deadline {date}</source>
        <translation>deadline {date}</translation>
    </message>
    <message>
        <source>Three is plenty: clear or defer one first</source>
        <translation>Drie is genoeg: maak er eerst een leeg of schuif er een door</translation>
    </message>
    <message>
        <source>‘{title}’ moved to {date}.</source>
        <translation>‘{title}’ verschoven naar {date}.</translation>
    </message>
    <message>
        <source>Does not fit</source>
        <translation>Past niet</translation>
    </message>
</context>
<context>
    <name>DamageNotice</name>
    <message>
        <source>Part of your data could not be read: the file {path} is damaged. Quit ritmeregie and start it again: it sets the damaged file aside (nothing is deleted) and restores the newest good backup.</source>
        <translation>Een deel van je gegevens kon niet worden gelezen: het bestand {path} is beschadigd. Sluit ritmeregie af en start het opnieuw: het beschadigde bestand wordt dan apart gezet (er wordt niets verwijderd) en de nieuwste goede back-up wordt teruggezet.</translation>
    </message>
    <message>
        <source>Your data file is damaged</source>
        <translation>Je gegevensbestand is beschadigd</translation>
    </message>
</context>
<context>
    <name>DateField</name>
    <message>
        <source>Type a date ({examples}); Up and Down move a day</source>
        <translation>Typ een datum ({examples}); pijltje omhoog en omlaag gaan een dag verder of terug</translation>
    </message>
    <message>
        <source>No date is kept.</source>
        <translation>Er blijft geen datum staan.</translation>
    </message>
    <message>
        <source>The date stays {date}.</source>
        <translation>De datum blijft {date}.</translation>
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
    <message>
        <source>18-12, 18 december, tomorrow</source>
        <translation>18-12, 18 december, morgen</translation>
    </message>
    <message>
        <source>Write a date, e.g. {examples}.</source>
        <translation>Vul een datum in, bijvoorbeeld {examples}.</translation>
    </message>
    <message>
        <source>&apos;{value}&apos; is not a date on the calendar.</source>
        <translation>&apos;{value}&apos; is geen datum op de kalender.</translation>
    </message>
    <message>
        <source>&apos;{value}&apos; is outside the years {first}–{last}.</source>
        <translation>&apos;{value}&apos; valt buiten de jaren {first}–{last}.</translation>
    </message>
    <message>
        <source>&apos;{value}&apos; is not a date; write e.g. {examples}.</source>
        <translation>&apos;{value}&apos; is geen datum; schrijf bijvoorbeeld {examples}.</translation>
    </message>
</context>
<context>
    <name>DayNavigator</name>
    <message>
        <source>&amp;Today</source>
        <translation>V&amp;andaag</translation>
    </message>
    <message>
        <source>&amp;Week…</source>
        <translation>W&amp;eekoverzicht…</translation>
    </message>
    <message>
        <source>The week side by side, and planning next week</source>
        <translation>De week naast elkaar, en volgende week plannen</translation>
    </message>
    <message>
        <source>Previous day</source>
        <translation>Vorige dag</translation>
    </message>
    <message>
        <source>Next day</source>
        <translation>Volgende dag</translation>
    </message>
    <message>
        <source>Today</source>
        <translation>Vandaag</translation>
    </message>
    <message>
        <source>Previous day (Alt+Left)</source>
        <translation>Vorige dag (Alt+Links)</translation>
    </message>
    <message>
        <source>Next day (Alt+Right)</source>
        <translation>Volgende dag (Alt+Rechts)</translation>
    </message>
    <message>
        <source>Back to today (Home)</source>
        <translation>Terug naar vandaag (Home)</translation>
    </message>
    <message>
        <source>Day shown</source>
        <translation>Getoonde dag</translation>
    </message>
    <message>
        <source>Next working day: {day} →</source>
        <translation>Volgende werkdag: {day} →</translation>
    </message>
</context>
<context>
    <name>DayPreview</name>
    <message>
        <source>Preview of the day</source>
        <translation>Voorbeeld van de dag</translation>
    </message>
    <message>
        <source>No plan on this day.</source>
        <translation>Geen planning op deze dag.</translation>
    </message>
</context>
<context>
    <name>DayStory</name>
    <message>
        <source>Blocks started: {started} · skipped: {skipped}</source>
        <translation>Blokken gestart: {started} · overgeslagen: {skipped}</translation>
    </message>
    <message>
        <source>Done: {titles}</source>
        <translation>Gedaan: {titles}</translation>
    </message>
    <message>
        <source>DADU written for: {titles}</source>
        <translation>DADU geschreven voor: {titles}</translation>
    </message>
    <message>
        <source>No reflection written.</source>
        <translation>Geen reflectie geschreven.</translation>
    </message>
    <message>
        <source>Satisfied</source>
        <translation>Tevreden</translation>
    </message>
    <message>
        <source>Less satisfied</source>
        <translation>Minder tevreden</translation>
    </message>
    <message>
        <source>Differently</source>
        <translation>Anders doen</translation>
    </message>
    <message>
        <source>No must-dos planned for this day yet.</source>
        <translation>Nog geen must-do&apos;s gepland voor deze dag.</translation>
    </message>
    <message>
        <source>Must-dos planned: {titles}</source>
        <translation>Must-do&apos;s gepland: {titles}</translation>
    </message>
</context>
<context>
    <name>FrictionEntry</name>
    <message>
        <source>Note a friction</source>
        <translation>Wrijving noteren</translation>
    </message>
    <message>
        <source>Friction</source>
        <translation>Wrijving</translation>
    </message>
    <message>
        <source>Enter saves · Esc cancels</source>
        <translation>Enter bewaart · Esc annuleert</translation>
    </message>
    <message>
        <source>What costs you time again and again?</source>
        <translation>Wat kost je steeds weer tijd?</translation>
    </message>
    <message>
        <source>Not saved: {reason}</source>
        <translation>Niet bewaard: {reason}</translation>
    </message>
    <message>
        <source>Noted — see you on Friday.</source>
        <translation>Genoteerd — tot vrijdag.</translation>
    </message>
</context>
<context>
    <name>FrictionFridayWindow</name>
    <message>
        <source>Friction Friday — ritmeregie</source>
        <translation>Frictievrijdag — ritmeregie</translation>
    </message>
    <message>
        <source>Friction</source>
        <translation>Wrijving</translation>
    </message>
    <message>
        <source>Noted</source>
        <translation>Genoteerd</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <source>Frictions of this week</source>
        <translation>Wrijvingen van deze week</translation>
    </message>
    <message>
        <source>No frictions this week. When something costs you time again, note it from the tray in one line.</source>
        <translation>Geen wrijvingen deze week. Kost iets je weer tijd? Noteer het in één regel via het systeemvak.</translation>
    </message>
    <message>
        <source>&amp;Fixed</source>
        <translation>&amp;Opgelost</translation>
    </message>
    <message>
        <source>It no longer costs time (F)</source>
        <translation>Het kost geen tijd meer (F)</translation>
    </message>
    <message>
        <source>Make a &amp;checklist</source>
        <translation>&amp;Checklist maken</translation>
    </message>
    <message>
        <source>A recurring task: keep its steps (C)</source>
        <translation>Een terugkerende taak: leg de stappen vast (C)</translation>
    </message>
    <message>
        <source>&amp;Drop</source>
        <translation>&amp;Laten vallen</translation>
    </message>
    <message>
        <source>Not worth it after all (D)</source>
        <translation>Toch niet de moeite waard (D)</translation>
    </message>
    <message>
        <source>&amp;Note a friction</source>
        <translation>Wrijving &amp;noteren</translation>
    </message>
    <message>
        <source>C&amp;hecklists</source>
        <translation>C&amp;hecklists</translation>
    </message>
    <message>
        <source>Plan next &amp;week…</source>
        <translation>Volgende &amp;week plannen…</translation>
    </message>
    <message>
        <source>&amp;Undo</source>
        <translation>Ongedaan &amp;maken</translation>
    </message>
    <message>
        <source>Ctrl+Z</source>
        <translation>Ctrl+Z</translation>
    </message>
    <message>
        <source>Open</source>
        <translation>Open</translation>
    </message>
    <message>
        <source>Fixed</source>
        <translation>Opgelost</translation>
    </message>
    <message>
        <source>Checklist</source>
        <translation>Checklist</translation>
    </message>
    <message>
        <source>Dropped</source>
        <translation>Losgelaten</translation>
    </message>
    <message>
        <source>Week of {date} · {open} open · {dealt} dealt with</source>
        <translation>Week van {date} · {open} open · {dealt} afgehandeld</translation>
    </message>
    <message>
        <source>Fixed: ‘{text}’.</source>
        <translation>Opgelost: ‘{text}’.</translation>
    </message>
    <message>
        <source>Dropped: ‘{text}’.</source>
        <translation>Losgelaten: ‘{text}’.</translation>
    </message>
    <message>
        <source>Checklist made: ‘{text}’. Add its steps there.</source>
        <translation>Checklist gemaakt: ‘{text}’. Voeg daar de stappen toe.</translation>
    </message>
    <message>
        <source>Undone. Undo again for the step before.</source>
        <translation>Ongedaan gemaakt. Nog eens voor de stap daarvoor.</translation>
    </message>
</context>
<context>
    <name>GeneralPage</name>
    <message>
        <source>General</source>
        <translation>Algemeen</translation>
    </message>
    <message>
        <source>Language</source>
        <translation>Taal</translation>
    </message>
    <message>
        <source>&amp;Language:</source>
        <translation>&amp;Taal:</translation>
    </message>
    <message>
        <source>Like the system ({language})</source>
        <translation>Zoals het systeem ({language})</translation>
    </message>
    <message>
        <source>Settings and the tray menu switch at once; other windows the next time you open them.</source>
        <translation>Instellingen en het traymenu wisselen meteen; andere vensters de volgende keer dat je ze opent.</translation>
    </message>
    <message>
        <source>Start</source>
        <translation>Opstarten</translation>
    </message>
    <message>
        <source>Start ritmeregie when I log &amp;in</source>
        <translation>ritmeregie starten bij het &amp;inloggen</translation>
    </message>
    <message>
        <source>It waits quietly in the tray; nothing opens until it is time.</source>
        <translation>Het wacht rustig in de tray; er opent niets tot het tijd is.</translation>
    </message>
    <message>
        <source>Your data</source>
        <translation>Je gegevens</translation>
    </message>
    <message>
        <source>&amp;Folder:</source>
        <translation>&amp;Map:</translation>
    </message>
    <message>
        <source>Data folder</source>
        <translation>Gegevensmap</translation>
    </message>
    <message>
        <source>&amp;Open folder</source>
        <translation>Map o&amp;penen</translation>
    </message>
    <message>
        <source>Your agenda, reflections and settings, with daily backups. Only on this computer, nowhere else.</source>
        <translation>Je agenda, reflecties en instellingen, met dagelijkse back-ups. Alleen op deze computer, nergens anders.</translation>
    </message>
    <message>
        <source>Welcome</source>
        <translation>Welkom</translation>
    </message>
    <message>
        <source>Show the &amp;welcome again</source>
        <translation>&amp;Welkom opnieuw tonen</translation>
    </message>
    <message>
        <source>That did not work: {reason}</source>
        <translation>Dat lukte niet: {reason}</translation>
    </message>
    <message>
        <source>No file manager answered; the folder&apos;s path is shown above.</source>
        <translation>Er reageerde geen bestandsbeheerder; het pad van de map staat hierboven.</translation>
    </message>
</context>
<context>
    <name>HistoryWindow</name>
    <message>
        <source>History — ritmeregie</source>
        <translation>Geschiedenis — ritmeregie</translation>
    </message>
    <message>
        <source>Words from a reflection, DADU or friction</source>
        <translation>Woorden uit een reflectie, DADU of wrijving</translation>
    </message>
    <message>
        <source>Search</source>
        <translation>Zoeken</translation>
    </message>
    <message>
        <source>Everything</source>
        <translation>Alles</translation>
    </message>
    <message>
        <source>Reflections</source>
        <translation>Reflecties</translation>
    </message>
    <message>
        <source>DADUs</source>
        <translation>DADU&apos;s</translation>
    </message>
    <message>
        <source>Frictions</source>
        <translation>Wrijvingen</translation>
    </message>
    <message>
        <source>Agreements</source>
        <translation>Afspraken</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>Soort</translation>
    </message>
    <message>
        <source>From</source>
        <translation>Van</translation>
    </message>
    <message>
        <source>To</source>
        <translation>Tot en met</translation>
    </message>
    <message>
        <source>&amp;Search</source>
        <translation>&amp;Zoeken</translation>
    </message>
    <message>
        <source>&amp;Kind</source>
        <translation>&amp;Soort</translation>
    </message>
    <message>
        <source>&amp;From</source>
        <translation>&amp;Van</translation>
    </message>
    <message>
        <source>&amp;To</source>
        <translation>&amp;Tot en met</translation>
    </message>
    <message>
        <source>Date</source>
        <translation>Datum</translation>
    </message>
    <message>
        <source>Summary</source>
        <translation>Samenvatting</translation>
    </message>
    <message>
        <source>Entries</source>
        <translation>Items</translation>
    </message>
    <message>
        <source>The whole entry</source>
        <translation>Het hele item</translation>
    </message>
    <message>
        <source>Number of entries shown</source>
        <translation>Aantal getoonde items</translation>
    </message>
    <message>
        <source>&amp;Export shown…</source>
        <translation>Getoonde items &amp;exporteren…</translation>
    </message>
    <message>
        <source>Save the entries in the list as Markdown, CSV or JSON</source>
        <translation>De items in de lijst bewaren als Markdown, CSV of JSON</translation>
    </message>
    <message>
        <source>&amp;Close</source>
        <translation>Sl&amp;uiten</translation>
    </message>
    <message>
        <source>{shown} of {total} entries</source>
        <translation>{shown} van {total} items</translation>
    </message>
    <message>
        <source>Markdown (*.md)</source>
        <translation>Markdown (*.md)</translation>
    </message>
    <message>
        <source>CSV for a spreadsheet (*.csv)</source>
        <translation>CSV voor een spreadsheet (*.csv)</translation>
    </message>
    <message>
        <source>JSON (*.json)</source>
        <translation>JSON (*.json)</translation>
    </message>
    <message>
        <source>Export shown entries</source>
        <translation>Getoonde items exporteren</translation>
    </message>
    <message>
        <source>Export</source>
        <translation>Exporteren</translation>
    </message>
    <message>
        <source>Could not write {path}: {reason}</source>
        <translation>Kon {path} niet schrijven: {reason}</translation>
    </message>
    <message>
        <source>Exported {count} entries to {path}</source>
        <translation>{count} items geëxporteerd naar {path}</translation>
    </message>
    <message>
        <source>Reflection</source>
        <translation>Reflectie</translation>
    </message>
    <message>
        <source>DADU</source>
        <translation>DADU</translation>
    </message>
    <message>
        <source>Friction</source>
        <translation>Wrijving</translation>
    </message>
    <message>
        <source>Agreement</source>
        <translation>Afspraak</translation>
    </message>
    <message>
        <source>Nothing found. Try other words, another kind or a longer period.</source>
        <translation>Niets gevonden. Probeer andere woorden, een andere soort of een langere periode.</translation>
    </message>
    <message>
        <source>Nothing written in this period yet.</source>
        <translation>In deze periode is nog niets geschreven.</translation>
    </message>
    <message>
        <source>What am I satisfied with?</source>
        <translation>Waar ben ik tevreden over?</translation>
    </message>
    <message>
        <source>What am I less satisfied with?</source>
        <translation>Waar ben ik minder tevreden over?</translation>
    </message>
    <message>
        <source>What will I do differently?</source>
        <translation>Wat ga ik anders doen?</translation>
    </message>
    <message>
        <source>Energy: {energy} of 5</source>
        <translation>Energie: {energy} van 5</translation>
    </message>
    <message>
        <source>From your calendar: {date} at {time}</source>
        <translation>Uit je agenda: {date} om {time}</translation>
    </message>
    <message>
        <source>Decision</source>
        <translation>Besluit</translation>
    </message>
    <message>
        <source>Action</source>
        <translation>Actie</translation>
    </message>
    <message>
        <source>Deadline</source>
        <translation>Deadline</translation>
    </message>
    <message>
        <source>Update</source>
        <translation>Update</translation>
    </message>
    <message>
        <source>Open</source>
        <translation>Open</translation>
    </message>
    <message>
        <source>Fixed</source>
        <translation>Opgelost</translation>
    </message>
    <message>
        <source>Became a checklist</source>
        <translation>Checklist geworden</translation>
    </message>
    <message>
        <source>Dropped</source>
        <translation>Losgelaten</translation>
    </message>
</context>
<context>
    <name>ImportDialog</name>
    <message>
        <source>Import calendar</source>
        <translation>Agenda inlezen</translation>
    </message>
    <message>
        <source>Name of the calendar</source>
        <translation>Naam van de agenda</translation>
    </message>
    <message>
        <source>&amp;Import</source>
        <translation>&amp;Inlezen</translation>
    </message>
    <message>
        <source>&amp;Name:</source>
        <translation>&amp;Naam:</translation>
    </message>
    <message>
        <source>R&amp;ole:</source>
        <translation>R&amp;ol:</translation>
    </message>
    <message>
        <source>The calendar becomes a layer in Today. You can change this later in the settings.</source>
        <translation>De agenda wordt een laag in Vandaag. Je kunt dit later wijzigen in de instellingen.</translation>
    </message>
    <message>
        <source>&apos;{name}&apos; exists: importing replaces its events.</source>
        <translation>&apos;{name}&apos; bestaat al: inlezen vervangt de afspraken.</translation>
    </message>
</context>
<context>
    <name>Managers</name>
    <message>
        <source>Urgent and important</source>
        <translation>Urgent en belangrijk</translation>
    </message>
    <message>
        <source>Important, not urgent</source>
        <translation>Belangrijk, niet urgent</translation>
    </message>
    <message>
        <source>Urgent, not important</source>
        <translation>Urgent, niet belangrijk</translation>
    </message>
    <message>
        <source>Neither</source>
        <translation>Geen van beide</translation>
    </message>
    <message>
        <source>(none)</source>
        <translation>(geen)</translation>
    </message>
    <message>
        <source>Done last week</source>
        <translation>Vorige week klaar</translation>
    </message>
    <message>
        <source>Still open</source>
        <translation>Nog open</translation>
    </message>
    <message>
        <source>DADU actions</source>
        <translation>DADU-acties</translation>
    </message>
    <message>
        <source>Deadlines in the coming week</source>
        <translation>Deadlines in de komende week</translation>
    </message>
    <message>
        <source>Their calendar in the coming week</source>
        <translation>Hun agenda in de komende week</translation>
    </message>
    <message>
        <source>Agreements</source>
        <translation>Afspraken</translation>
    </message>
    <message>
        <source>Weekly review with {name} — week of {date}</source>
        <translation>Weekstart met {name} — week van {date}</translation>
    </message>
    <message>
        <source>Time on their requests last week: {time} (estimated).</source>
        <translation>Tijd aan hun verzoeken vorige week: {time} (geschat).</translation>
    </message>
    <message>
        <source>{minutes} min</source>
        <translation>{minutes} min</translation>
    </message>
    <message>
        <source>{hours} h</source>
        <translation>{hours} u</translation>
    </message>
    <message>
        <source>{hours} h {minutes:02d} min</source>
        <translation>{hours} u {minutes:02d} min</translation>
    </message>
    <message>
        <source>{title} ({manager})</source>
        <translation>{title} ({manager})</translation>
    </message>
    <message>
        <source>{first} and {second} are both urgent and compete for the same hours before {date}: {needed} of work, {available} of focus time.</source>
        <translation>{first} en {second} zijn allebei urgent en vragen dezelfde uren vóór {date}: {needed} werk, {available} focustijd.</translation>
    </message>
    <message>
        <source>The work due by {date} does not fit: {needed} of work, {available} of focus time.</source>
        <translation>Het werk dat {date} klaar moet zijn past niet: {needed} werk, {available} focustijd.</translation>
    </message>
    <message>
        <source>Proposal: {request} could move; there is no room for it yet.</source>
        <translation>Voorstel: {request} kan schuiven; er is nog geen ruimte voor.</translation>
    </message>
    <message>
        <source>Proposal: {request} could move to {date}.</source>
        <translation>Voorstel: {request} kan schuiven naar {date}.</translation>
    </message>
    <message>
        <source>That affects: {affects}</source>
        <translation>Dat raakt: {affects}</translation>
    </message>
    <message>
        <source>Plan a short talk with {first} and {second} together: put both requests side by side, let them choose what goes first, and write the agreement down.</source>
        <translation>Plan een kort overleg met {first} en {second} samen: leg beide verzoeken naast elkaar, laat hen kiezen wat voorgaat en leg de afspraak vast.</translation>
    </message>
    <message>
        <source>Ask {manager} what can move: name the work and the time there is, and write the agreement down.</source>
        <translation>Vraag {manager} wat kan schuiven: noem het werk en de tijd die er is, en leg de afspraak vast.</translation>
    </message>
    <message>
        <source>Choose what can move, and tell whoever is waiting for it in good time.</source>
        <translation>Kies wat kan schuiven en laat het op tijd weten aan wie erop wacht.</translation>
    </message>
    <message>
        <source>Agreement on priorities ({date})</source>
        <translation>Afspraak over prioriteiten ({date})</translation>
    </message>
    <message>
        <source>First: {request}, needed by {date}.</source>
        <translation>Eerst: {request}, nodig op {date}.</translation>
    </message>
    <message>
        <source>Moves: {request}, now needed by {date}.</source>
        <translation>Schuift: {request}, nu nodig op {date}.</translation>
    </message>
    <message>
        <source>Moves: {request}, to a date still to be agreed.</source>
        <translation>Schuift: {request}, naar een datum die we nog afspreken.</translation>
    </message>
    <message>
        <source>Agreed with {names}.</source>
        <translation>Afgesproken met {names}.</translation>
    </message>
    <message>
        <source> and </source>
        <translation> en </translation>
    </message>
</context>
<context>
    <name>ManagersPage</name>
    <message>
        <source>Managers</source>
        <translation>Managers</translation>
    </message>
    <message>
        <source>Who you work for. From the second manager on, requests, the priority matrix and conflicts between their work show in the app.</source>
        <translation>Voor wie je werkt. Vanaf de tweede manager laat de app verzoeken, de prioriteitenmatrix en conflicten tussen hun werk zien.</translation>
    </message>
    <message>
        <source>Name of a new manager</source>
        <translation>Naam van een nieuwe manager</translation>
    </message>
    <message>
        <source>&amp;Add</source>
        <translation>&amp;Toevoegen</translation>
    </message>
    <message>
        <source>Re&amp;move</source>
        <translation>&amp;Verwijderen</translation>
    </message>
    <message>
        <source>No managers yet. Add the first one below.</source>
        <translation>Nog geen managers. Voeg hieronder de eerste toe.</translation>
    </message>
    <message>
        <source>&amp;Name:</source>
        <translation>&amp;Naam:</translation>
    </message>
    <message>
        <source>&amp;Colour:</source>
        <translation>&amp;Kleur:</translation>
    </message>
    <message>
        <source>Ca&amp;lendars:</source>
        <translation>&amp;Agenda&apos;s:</translation>
    </message>
    <message>
        <source>&amp;Weekly review:</source>
        <translation>&amp;Weekstart:</translation>
    </message>
    <message>
        <source>Calendars</source>
        <translation>Agenda&apos;s</translation>
    </message>
    <message>
        <source>Tick the calendars that show this manager&apos;s appointments.</source>
        <translation>Vink de agenda&apos;s aan met de afspraken van deze manager.</translation>
    </message>
    <message>
        <source>&amp;Default for new requests</source>
        <translation>Stan&amp;daard voor nieuwe verzoeken</translation>
    </message>
    <message>
        <source>Default for new requests</source>
        <translation>Standaard voor nieuwe verzoeken</translation>
    </message>
    <message>
        <source>Colour for {name}</source>
        <translation>Kleur voor {name}</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Naam</translation>
    </message>
    <message>
        <source>C&amp;hoose …</source>
        <translation>K&amp;iezen …</translation>
    </message>
    <message>
        <source>Choose colour</source>
        <translation>Kleur kiezen</translation>
    </message>
    <message>
        <source>Colour</source>
        <translation>Kleur</translation>
    </message>
    <message>
        <source>Weekly review day</source>
        <translation>Dag van de weekstart</translation>
    </message>
    <message>
        <source>Weekly review time</source>
        <translation>Tijd van de weekstart</translation>
    </message>
    <message>
        <source>No slot</source>
        <translation>Geen moment</translation>
    </message>
    <message>
        <source>There is already a manager called {name}.</source>
        <translation>Er is al een manager die {name} heet.</translation>
    </message>
    <message>
        <source>A colour is written as #RRGGBB, e.g. #C2185B.</source>
        <translation>Een kleur schrijf je als #RRGGBB, bijv. #C2185B.</translation>
    </message>
</context>
<context>
    <name>MatrixWindow</name>
    <message>
        <source>Priority matrix</source>
        <translation>Prioriteitenmatrix</translation>
    </message>
    <message>
        <source>Show the requests of</source>
        <translation>Toon de verzoeken van</translation>
    </message>
    <message>
        <source>&amp;Show</source>
        <translation>&amp;Toon</translation>
    </message>
    <message>
        <source>Drag an item, or Ctrl+arrow: left urgent, up important; 1-4 a quadrant.</source>
        <translation>Sleep een verzoek, of Ctrl+pijl: links urgent, omhoog belangrijk; 1-4 een kwadrant.</translation>
    </message>
    <message>
        <source>Urgent and important: do it</source>
        <translation>Urgent en belangrijk: doen</translation>
    </message>
    <message>
        <source>Important, not urgent: plan it</source>
        <translation>Belangrijk, niet urgent: plannen</translation>
    </message>
    <message>
        <source>Urgent, not important: keep it short</source>
        <translation>Urgent, niet belangrijk: kort houden</translation>
    </message>
    <message>
        <source>Neither: let it go or later</source>
        <translation>Geen van beide: laten gaan of later</translation>
    </message>
    <message>
        <source>All managers</source>
        <translation>Alle managers</translation>
    </message>
    <message>
        <source>Not moved: {reason}</source>
        <translation>Niet verplaatst: {reason}</translation>
    </message>
</context>
<context>
    <name>MeetingChecks</name>
    <message>
        <source>Decision question for the invite</source>
        <translation>Beslisvraag voor de uitnodiging</translation>
    </message>
    <message>
        <source>No decision line in the invite</source>
        <translation>Geen beslisregel in de uitnodiging</translation>
    </message>
    <message>
        <source>Cop&amp;y the line</source>
        <translation>Regel kop&amp;iëren</translation>
    </message>
    <message>
        <source>Double booked at {time}: {first} and {second}.</source>
        <translation>Dubbel geboekt om {time}: {first} en {second}.</translation>
    </message>
    <message>
        <source>Copied</source>
        <translation>Gekopieerd</translation>
    </message>
</context>
<context>
    <name>MustDoSlot</name>
    <message>
        <source>Type a must-do or pick one on the right</source>
        <translation>Typ een must-do of kies er rechts een</translation>
    </message>
    <message>
        <source>Must-do {number}</source>
        <translation>Must-do {number}</translation>
    </message>
    <message>
        <source>Urgent</source>
        <translation>Urgent</translation>
    </message>
    <message>
        <source>Important</source>
        <translation>Belangrijk</translation>
    </message>
    <message>
        <source>Not today — next week</source>
        <translation>Niet vandaag — volgende week</translation>
    </message>
    <message>
        <source>Must-do {number}: not today — next week</source>
        <translation>Must-do {number}: niet vandaag — volgende week</translation>
    </message>
    <message>
        <source>done</source>
        <translation>gedaan</translation>
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
    <message>
        <source>&amp;Capture DADU</source>
        <translation>&amp;DADU vastleggen</translation>
    </message>
    <message>
        <source>Capture the DADU of this meeting now</source>
        <translation>Leg nu de DADU van dit overleg vast</translation>
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
        <source>DADU update due today</source>
        <translation>DADU-update vandaag</translation>
    </message>
    <message>
        <source>Call when in doubt</source>
        <translation>Bel bij twijfel</translation>
    </message>
    <message>
        <source>Also now: {moment}.</source>
        <translation>Ook nu: {moment}.</translation>
    </message>
    <message>
        <source>Capture the DADU while it is fresh: decision, action, deadline, update.</source>
        <translation>Leg de DADU vast nu het nog vers is: besluit, actie, deadline, update.</translation>
    </message>
    <message>
        <source>You promised an update today on: {meetings}.</source>
        <translation>Je hebt vandaag een update beloofd over: {meetings}.</translation>
    </message>
    <message>
        <source>Take five minutes to settle an open decision: one short call.</source>
        <translation>Neem vijf minuten om een open beslissing te nemen: één kort belletje.</translation>
    </message>
    <message>
        <source>Still open from {meeting}: “{question}” (deadline {deadline}). Take the first five minutes to settle it: one short call, what must we know for sure by then?</source>
        <translation>Nog open uit {meeting}: „{question}” (deadline {deadline}). Neem de eerste vijf minuten om de knoop door te hakken: één kort belletje, wat moeten we dan zeker weten?</translation>
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
        <source>Report: turn this morning&apos;s DADUs into a prompt for your AI, then make it your own.</source>
        <translation>Verslag: maak van de DADU&apos;s van vanochtend een prompt voor je AI, en maak het daarna eigen.</translation>
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
    <name>NudgesPage</name>
    <message>
        <source>Nudges</source>
        <translation>Herinneringen</translation>
    </message>
    <message>
        <source>ritmeregie nudges you when a block begins, and asks for an answer where one helps. Choose how loud and how early.</source>
        <translation>ritmeregie herinnert je als een blok begint, en vraagt om een antwoord waar dat helpt. Kies hoe opvallend en hoe vroeg.</translation>
    </message>
    <message>
        <source>&amp;Heads-up:</source>
        <translation>&amp;Vooraankondiging:</translation>
    </message>
    <message>
        <source> min before</source>
        <translation> min vooraf</translation>
    </message>
    <message>
        <source>None</source>
        <translation>Geen</translation>
    </message>
    <message>
        <source>Heads-up in minutes before</source>
        <translation>Vooraankondiging in minuten vooraf</translation>
    </message>
    <message>
        <source>Before a meeting, a call and the quiet quarter, so you can round off.</source>
        <translation>Voor een overleg, een belletje en het stil kwartier, zodat je iets kunt afronden.</translation>
    </message>
    <message>
        <source>&amp;Later waits:</source>
        <translation>&amp;Straks wacht:</translation>
    </message>
    <message>
        <source> min</source>
        <translation> min</translation>
    </message>
    <message>
        <source>Minutes that Later waits</source>
        <translation>Minuten die Straks wacht</translation>
    </message>
    <message>
        <source>How long a nudge you answer with Later stays away.</source>
        <translation>Hoe lang een herinnering wegblijft als je Straks kiest.</translation>
    </message>
    <message>
        <source>&amp;DADU after a meeting:</source>
        <translation>&amp;DADU na een overleg:</translation>
    </message>
    <message>
        <source>Minutes kept for the DADU after a meeting</source>
        <translation>Minuten voor de DADU na een overleg</translation>
    </message>
    <message>
        <source>The first minutes after each meeting are a DADU block before your next focus block; the DADU nudge comes when it starts.</source>
        <translation>De eerste minuten na elk overleg zijn een DADU-blok vóór je volgende focusblok; de DADU-herinnering komt als het begint.</translation>
    </message>
    <message>
        <source>Ask with the &amp;nudge window</source>
        <translation>Vragen met het herinneringsv&amp;enster</translation>
    </message>
    <message>
        <source>A small window with Start · Later · Skip for the moments that need an answer. Off: a notification only.</source>
        <translation>Een klein venster met Starten · Straks · Overslaan voor de momenten die om een antwoord vragen. Uit: alleen een melding.</translation>
    </message>
    <message>
        <source>Play a &amp;sound with a nudge</source>
        <translation>&amp;Geluid bij een herinnering</translation>
    </message>
    <message>
        <source>The system&apos;s alert sound, once per nudge.</source>
        <translation>Het waarschuwingsgeluid van het systeem, één keer per herinnering.</translation>
    </message>
</context>
<context>
    <name>OwnAddressField</name>
    <message>
        <source>My e-mail &amp;address:</source>
        <translation>Mijn e-mail&amp;adres:</translation>
    </message>
    <message>
        <source>My e-mail address</source>
        <translation>Mijn e-mailadres</translation>
    </message>
    <message>
        <source>An invite you declined in your own calendar is no meeting. Empty: the address your calendar&apos;s invites show.</source>
        <translation>Een uitnodiging die je in je eigen agenda hebt afgeslagen is geen overleg. Leeg: het adres dat de uitnodigingen in je agenda laten zien.</translation>
    </message>
    <message>
        <source>&apos;{text}&apos; is not an e-mail address.</source>
        <translation>&apos;{text}&apos; is geen e-mailadres.</translation>
    </message>
</context>
<context>
    <name>Phrases</name>
    <message>
        <source>A friendly no</source>
        <translation>Een vriendelijk nee</translation>
    </message>
    <message>
        <source>Thank you for thinking of me. This time I have to say no: my week is full with what {manager} needs now. I&apos;m happy to think along about who could pick it up.</source>
        <translation>Dank je dat je aan mij denkt. Deze keer moet ik nee zeggen: mijn week zit vol met wat {manager} nu nodig heeft. Ik denk graag mee over wie het wel kan oppakken.</translation>
    </message>
    <message>
        <source>Not this week, next week</source>
        <translation>Niet deze week, wel volgende week</translation>
    </message>
    <message>
        <source>This week won&apos;t work any more, next week will. Shall I set time aside for it {next_free_slot}?</source>
        <translation>Deze week lukt het niet meer, volgende week wel. Zal ik er {next_free_slot} tijd voor vrijmaken?</translation>
    </message>
    <message>
        <source>An overfull agenda</source>
        <translation>Een overvolle agenda</translation>
    </message>
    <message>
        <source>The agenda of {manager} is full this week. What really has to be decided before Friday? Then I&apos;ll make room for that and plan the rest for next week.</source>
        <translation>De agenda van {manager} zit deze week vol. Wat moet er echt vóór vrijdag besloten worden? Dan maak ik daar ruimte voor en plan ik de rest volgende week.</translation>
    </message>
    <message>
        <source>Unnecessary cc&apos;s</source>
        <translation>Onnodige cc&apos;s</translation>
    </message>
    <message>
        <source>Could you put me in cc only when I need to act or know? Then nothing that matters gets lost in my inbox. Thank you!</source>
        <translation>Wil je me alleen in cc zetten als ik iets moet doen of weten? Dan raakt niets belangrijks zoek in mijn inbox. Dank je!</translation>
    </message>
    <message>
        <source>An unrealistic deadline</source>
        <translation>Een onrealistische deadline</translation>
    </message>
    <message>
        <source>That deadline is too tight to do it well. What do you need at the least, and by when? I can start on it {next_free_slot}.</source>
        <translation>Die deadline is te krap om het goed te doen. Wat heb je minimaal nodig, en wanneer? Ik kan er {next_free_slot} mee beginnen.</translation>
    </message>
    <message>
        <source>Feel free to call me</source>
        <translation>Bel me gerust</translation>
    </message>
    <message>
        <source>Feel free to call me, I&apos;m happy to think along.</source>
        <translation>Bel me gerust, ik denk graag mee.</translation>
    </message>
    <message>
        <source>Call when in doubt</source>
        <translation>Bel bij twijfel</translation>
    </message>
    <message>
        <source>Shall we call for five minutes? What do we need to know for sure before Wednesday?</source>
        <translation>Zullen we vijf minuten bellen? Wat moeten we zeker weten vóór woensdag?</translation>
    </message>
    <message>
        <source>Goal, action, deadline</source>
        <translation>Doel, actie, deadline</translation>
    </message>
    <message>
        <source>In short: [goal]. Could you [action], by [day and time]? Thank you!</source>
        <translation>Kort: [doel]. Kun je [actie], graag vóór [dag en tijd]? Dank je!</translation>
    </message>
    <message>
        <source>my manager</source>
        <translation>mijn manager</translation>
    </message>
    <message>
        <source>next week</source>
        <translation>volgende week</translation>
    </message>
    <message>
        <source>on {weekday} {day} {month} at {time}</source>
        <translation>op {weekday} {day} {month} om {time}</translation>
    </message>
</context>
<context>
    <name>PhrasesWindow</name>
    <message>
        <source>Quick reply</source>
        <translation>Snel antwoord</translation>
    </message>
    <message>
        <source>&amp;Replies</source>
        <translation>&amp;Antwoorden</translation>
    </message>
    <message>
        <source>Quick replies</source>
        <translation>Snelle antwoorden</translation>
    </message>
    <message>
        <source>&amp;Text (yours to change)</source>
        <translation>&amp;Tekst (pas hem gerust aan)</translation>
    </message>
    <message>
        <source>Text of the reply</source>
        <translation>Tekst van het antwoord</translation>
    </message>
    <message>
        <source>{manager} becomes your manager&apos;s name, {next_free_slot} next week&apos;s first free focus block.</source>
        <translation>{manager} wordt de naam van je manager, {next_free_slot} het eerste vrije focusblok van volgende week.</translation>
    </message>
    <message>
        <source>As it will be copied</source>
        <translation>Zoals het gekopieerd wordt</translation>
    </message>
    <message>
        <source>Your manager&apos;s name</source>
        <translation>Naam van je manager</translation>
    </message>
    <message>
        <source>e.g. Inge</source>
        <translation>bijv. Inge</translation>
    </message>
    <message>
        <source>&amp;Copy (Enter)</source>
        <translation>&amp;Kopiëren (Enter)</translation>
    </message>
    <message>
        <source>Back to the &amp;default</source>
        <translation>Terug naar de &amp;standaardtekst</translation>
    </message>
    <message>
        <source>&amp;Manager&apos;s name</source>
        <translation>Naam van je &amp;manager</translation>
    </message>
    <message>
        <source>As it will be copied:</source>
        <translation>Zoals het gekopieerd wordt:</translation>
    </message>
    <message>
        <source>Not saved: {reason}</source>
        <translation>Niet bewaard: {reason}</translation>
    </message>
    <message>
        <source>Saved.</source>
        <translation>Bewaard.</translation>
    </message>
    <message>
        <source>The default is back.</source>
        <translation>De standaardtekst staat er weer.</translation>
    </message>
    <message>
        <source>Copied.</source>
        <translation>Gekopieerd.</translation>
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
    <name>PrepareThread</name>
    <message>
        <source>The calendar could not be read ({error}).</source>
        <translation>De agenda kon niet worden gelezen ({error}).</translation>
    </message>
</context>
<context>
    <name>RecoveryNotice</name>
    <message>
        <source>ritmeregie: your data</source>
        <translation>ritmeregie: je gegevens</translation>
    </message>
    <message>
        <source>The old file is kept in:</source>
        <translation>Het oude bestand staat in:</translation>
    </message>
    <message>
        <source>Folder with the old file</source>
        <translation>Map met het oude bestand</translation>
    </message>
    <message>
        <source>&amp;Show folder</source>
        <translation>&amp;Map tonen</translation>
    </message>
    <message>
        <source>&amp;Close</source>
        <translation>&amp;Sluiten</translation>
    </message>
    <message>
        <source>Your data could not be read</source>
        <translation>Je gegevens konden niet worden gelezen</translation>
    </message>
    <message>
        <source>Your data was restored from a backup</source>
        <translation>Je gegevens zijn teruggezet uit een back-up</translation>
    </message>
    <message>
        <source>the database file was empty</source>
        <translation>het databasebestand was leeg</translation>
    </message>
    <message>
        <source>the database file was cut short</source>
        <translation>het databasebestand was afgekapt</translation>
    </message>
    <message>
        <source>the database file was no longer a database</source>
        <translation>het databasebestand was geen database meer</translation>
    </message>
    <message>
        <source>the database file was damaged inside</source>
        <translation>het databasebestand was van binnen beschadigd</translation>
    </message>
    <message>
        <source>When ritmeregie started, {damage}. It moved the file aside — nothing was deleted — and, as there was no good backup, started with an empty agenda and the default rhythm.</source>
        <translation>Bij het starten van ritmeregie bleek dat {damage}. Het bestand is apart gezet — er is niets verwijderd — en omdat er geen goede back-up was, is ritmeregie begonnen met een lege agenda en het standaardritme.</translation>
    </message>
    <message>
        <source>When ritmeregie started, {damage}. It moved the file aside — nothing was deleted — and put back the backup of {date} at {time}. Anything you entered after that is still in the old file.</source>
        <translation>Bij het starten van ritmeregie bleek dat {damage}. Het bestand is apart gezet — er is niets verwijderd — en de back-up van {date} om {time} is teruggezet. Wat je daarna hebt ingevoerd, staat nog in het oude bestand.</translation>
    </message>
</context>
<context>
    <name>ReflectionDialog</name>
    <message>
        <source>Reflection — ritmeregie</source>
        <translation>Reflectie — ritmeregie</translation>
    </message>
    <message>
        <source>Reflection</source>
        <translation>Reflectie</translation>
    </message>
    <message>
        <source>Five to ten minutes for your own day. Short answers are fine.</source>
        <translation>Vijf tot tien minuten voor je eigen dag. Korte antwoorden zijn prima.</translation>
    </message>
    <message>
        <source>Time spent on this reflection</source>
        <translation>Tijd besteed aan deze reflectie</translation>
    </message>
    <message>
        <source>Reflection time, up to ten minutes</source>
        <translation>Reflectietijd, tot tien minuten</translation>
    </message>
    <message>
        <source>What am I &amp;satisfied with?</source>
        <translation>Waar ben ik &amp;tevreden over?</translation>
    </message>
    <message>
        <source>What am I &amp;less satisfied with?</source>
        <translation>Waar ben ik &amp;minder tevreden over?</translation>
    </message>
    <message>
        <source>What will I do &amp;differently?</source>
        <translation>Wat ga ik &amp;anders doen?</translation>
    </message>
    <message>
        <source>&amp;Energy</source>
        <translation>&amp;Energie</translation>
    </message>
    <message>
        <source>Energy {value} of 5</source>
        <translation>Energie {value} van 5</translation>
    </message>
    <message>
        <source>1 = running on empty · 5 = full of energy</source>
        <translation>1 = op de reservetank · 5 = vol energie</translation>
    </message>
    <message>
        <source>Saved as you type.</source>
        <translation>Wordt bewaard terwijl je typt.</translation>
    </message>
    <message>
        <source>Done</source>
        <translation>Klaar</translation>
    </message>
    <message>
        <source>Ctrl+Enter · everything is saved as you type</source>
        <translation>Ctrl+Enter · alles wordt bewaard terwijl je typt</translation>
    </message>
    <message>
        <source>{minutes} min · take 5 to 10 minutes</source>
        <translation>{minutes} min · neem er 5 tot 10 minuten voor</translation>
    </message>
    <message>
        <source>{minutes} min · round off when you are ready</source>
        <translation>{minutes} min · rond af wanneer je zover bent</translation>
    </message>
    <message>
        <source>{minutes} min · a good moment to stop</source>
        <translation>{minutes} min · een goed moment om te stoppen</translation>
    </message>
</context>
<context>
    <name>ReportPrompt</name>
    <message>
        <source>Short, friendly and to the point; no jargon.</source>
        <translation>Kort, vriendelijk en to the point; in de je-vorm; geen jargon.</translation>
    </message>
    <message>
        <source>(No DADUs recorded yet today.)</source>
        <translation>(Vandaag nog geen DADU&apos;s vastgelegd.)</translation>
    </message>
    <message>
        <source>Write a short report of today&apos;s meetings for my colleagues, in my own style. Start with the most important decision.</source>
        <translation>Schrijf een kort verslag van de overleggen van vandaag voor mijn collega&apos;s, in mijn eigen stijl. Begin met het belangrijkste besluit.</translation>
    </message>
    <message>
        <source>How I write:</source>
        <translation>Zo schrijf ik:</translation>
    </message>
    <message>
        <source>Use only the facts below. Keep every decision, action, owner and deadline; add nothing that is not there.</source>
        <translation>Gebruik alleen de feiten hieronder. Houd elk besluit, elke actie, eigenaar en deadline; voeg niets toe wat er niet staat.</translation>
    </message>
    <message>
        <source>End with one line: “First draft written with help from AI.”</source>
        <translation>Sluit af met één regel: „Eerste opzet geschreven met hulp van AI.”</translation>
    </message>
</context>
<context>
    <name>ReportPromptWindow</name>
    <message>
        <source>Report via AI</source>
        <translation>Verslag via AI</translation>
    </message>
    <message>
        <source>Today&apos;s DADUs and your style notes as one prompt for the AI assistant your organisation allows. ritmeregie sends nothing anywhere. Make the draft your own before you send it, and say that AI helped.</source>
        <translation>De DADU&apos;s van vandaag en je stijlnotities als één prompt voor de AI-assistent die je organisatie toestaat. ritmeregie stuurt niets door. Maak de opzet je eigen voordat je hem verstuurt, en zeg dat AI heeft geholpen.</translation>
    </message>
    <message>
        <source>&amp;How you write (a few lines)</source>
        <translation>&amp;Zo schrijf jij (een paar regels)</translation>
    </message>
    <message>
        <source>How you write</source>
        <translation>Zo schrijf jij</translation>
    </message>
    <message>
        <source>e.g. Short sentences, the &apos;je&apos; form, decisions first, no jargon.</source>
        <translation>bijv. Korte zinnen, je-vorm, besluiten eerst, geen jargon.</translation>
    </message>
    <message>
        <source>&amp;Prompt to copy</source>
        <translation>&amp;Prompt om te kopiëren</translation>
    </message>
    <message>
        <source>Prompt to copy</source>
        <translation>Prompt om te kopiëren</translation>
    </message>
    <message>
        <source>Copy prompt ({keys})</source>
        <translation>Prompt kopiëren ({keys})</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>Sluiten</translation>
    </message>
    <message>
        <source>Not saved: {reason}</source>
        <translation>Niet bewaard: {reason}</translation>
    </message>
    <message>
        <source>Copied. Paste it into your assistant.</source>
        <translation>Gekopieerd. Plak hem in je assistent.</translation>
    </message>
</context>
<context>
    <name>RequestIntake</name>
    <message>
        <source>Note a request</source>
        <translation>Verzoek vastleggen</translation>
    </message>
    <message>
        <source>Saved as you type · Esc closes</source>
        <translation>Wordt bewaard terwijl je typt · Esc sluit</translation>
    </message>
    <message>
        <source>What is asked?</source>
        <translation>Wat wordt er gevraagd?</translation>
    </message>
    <message>
        <source>Request</source>
        <translation>Verzoek</translation>
    </message>
    <message>
        <source>For whom</source>
        <translation>Voor wie</translation>
    </message>
    <message>
        <source>Needed by</source>
        <translation>Nodig op</translation>
    </message>
    <message>
        <source>What is the real goal?</source>
        <translation>Wat is het echte doel?</translation>
    </message>
    <message>
        <source>Goal</source>
        <translation>Doel</translation>
    </message>
    <message>
        <source>Who is it for in the end?</source>
        <translation>Voor wie is het uiteindelijk?</translation>
    </message>
    <message>
        <source>For whom in the end</source>
        <translation>Voor wie uiteindelijk</translation>
    </message>
    <message>
        <source>What does moving it affect?</source>
        <translation>Wat raakt het als het schuift?</translation>
    </message>
    <message>
        <source>Moving it affects</source>
        <translation>Schuiven raakt</translation>
    </message>
    <message>
        <source>Speed or completeness</source>
        <translation>Snelheid of volledigheid</translation>
    </message>
    <message>
        <source>No preference</source>
        <translation>Geen voorkeur</translation>
    </message>
    <message>
        <source>Speed</source>
        <translation>Snelheid</translation>
    </message>
    <message>
        <source>Completeness</source>
        <translation>Volledigheid</translation>
    </message>
    <message>
        <source> min</source>
        <translation> min</translation>
    </message>
    <message>
        <source>not estimated</source>
        <translation>niet geschat</translation>
    </message>
    <message>
        <source>Estimate in minutes</source>
        <translation>Schatting in minuten</translation>
    </message>
    <message>
        <source>&amp;Urgent</source>
        <translation>&amp;Urgent</translation>
    </message>
    <message>
        <source>&amp;Important</source>
        <translation>&amp;Belangrijk</translation>
    </message>
    <message>
        <source>&amp;Request</source>
        <translation>&amp;Verzoek</translation>
    </message>
    <message>
        <source>For &amp;whom</source>
        <translation>Voor &amp;wie</translation>
    </message>
    <message>
        <source>Needed &amp;by</source>
        <translation>Nodig &amp;op</translation>
    </message>
    <message>
        <source>&amp;Goal</source>
        <translation>&amp;Doel</translation>
    </message>
    <message>
        <source>For whom in the &amp;end</source>
        <translation>Voor wie uit&amp;eindelijk</translation>
    </message>
    <message>
        <source>Moving it &amp;affects</source>
        <translation>Schuiven &amp;raakt</translation>
    </message>
    <message>
        <source>S&amp;peed or completeness</source>
        <translation>&amp;Snelheid of volledigheid</translation>
    </message>
    <message>
        <source>E&amp;stimate</source>
        <translation>Sc&amp;hatting</translation>
    </message>
    <message>
        <source>Not saved: {reason}</source>
        <translation>Niet bewaard: {reason}</translation>
    </message>
    <message>
        <source>Saved · Esc closes</source>
        <translation>Bewaard · Esc sluit</translation>
    </message>
    <message>
        <source>Nobody in particular</source>
        <translation>Niemand in het bijzonder</translation>
    </message>
</context>
<context>
    <name>RhythmDraft</name>
    <message>
        <source>A focus block lasts {low} to {high} minutes.</source>
        <translation>Een focusblok duurt {low} tot {high} minuten.</translation>
    </message>
    <message>
        <source>A reset lasts {low} to {high} minutes.</source>
        <translation>Een reset duurt {low} tot {high} minuten.</translation>
    </message>
    <message>
        <source>{title} ({time}) overlaps {other} ({other_time}).</source>
        <translation>{title} ({time}) overlapt met {other} ({other_time}).</translation>
    </message>
    <message>
        <source>Give this block a title.</source>
        <translation>Geef dit blok een titel.</translation>
    </message>
    <message>
        <source>Work hours end after they start: choose an end after {start}.</source>
        <translation>Werktijden eindigen na het begin: kies een eindtijd na {start}.</translation>
    </message>
    <message>
        <source>{title} ({time}) starts before your work hours ({hours}).</source>
        <translation>{title} ({time}) begint vóór je werktijden ({hours}).</translation>
    </message>
    <message>
        <source>{title} ({time}) ends after your work hours ({hours}).</source>
        <translation>{title} ({time}) eindigt na je werktijden ({hours}).</translation>
    </message>
</context>
<context>
    <name>RhythmPage</name>
    <message>
        <source>Rhythm</source>
        <translation>Ritme</translation>
    </message>
    <message>
        <source>Rituals keep their own time; the free time between them becomes focus blocks with a short reset after each. Changes count from now on.</source>
        <translation>Rituelen houden hun eigen tijd; de vrije tijd ertussen wordt focusblokken met na elk blok een korte reset. Wijzigingen gelden vanaf nu.</translation>
    </message>
    <message>
        <source>Every working day</source>
        <translation>Elke werkdag</translation>
    </message>
    <message>
        <source>&amp;Focus block:</source>
        <translation>&amp;Focusblok:</translation>
    </message>
    <message>
        <source>R&amp;eset:</source>
        <translation>R&amp;eset:</translation>
    </message>
    <message>
        <source> min</source>
        <translation> min</translation>
    </message>
    <message>
        <source>Focus block length in minutes</source>
        <translation>Lengte van een focusblok in minuten</translation>
    </message>
    <message>
        <source>Reset length in minutes</source>
        <translation>Lengte van een reset in minuten</translation>
    </message>
    <message>
        <source>Per weekday</source>
        <translation>Per weekdag</translation>
    </message>
    <message>
        <source>Monday</source>
        <translation>Maandag</translation>
    </message>
    <message>
        <source>Tuesday</source>
        <translation>Dinsdag</translation>
    </message>
    <message>
        <source>Wednesday</source>
        <translation>Woensdag</translation>
    </message>
    <message>
        <source>Thursday</source>
        <translation>Donderdag</translation>
    </message>
    <message>
        <source>Friday</source>
        <translation>Vrijdag</translation>
    </message>
    <message>
        <source>Saturday</source>
        <translation>Zaterdag</translation>
    </message>
    <message>
        <source>Sunday</source>
        <translation>Zondag</translation>
    </message>
    <message>
        <source>Weekday</source>
        <translation>Weekdag</translation>
    </message>
    <message>
        <source>&amp;Work on this day</source>
        <translation>&amp;Werken op deze dag</translation>
    </message>
    <message>
        <source>Work &amp;hours:</source>
        <translation>Werkt&amp;ijden:</translation>
    </message>
    <message>
        <source>to</source>
        <translation>tot</translation>
    </message>
    <message>
        <source>Work hours start</source>
        <translation>Begin van de werktijden</translation>
    </message>
    <message>
        <source>Work hours end</source>
        <translation>Einde van de werktijden</translation>
    </message>
    <message>
        <source>Use for e&amp;very working day</source>
        <translation>&amp;Voor elke werkdag gebruiken</translation>
    </message>
    <message>
        <source>Give every working day these work hours (rituals at the edges move along).</source>
        <translation>Geef elke werkdag deze werktijden (rituelen aan begin en eind schuiven mee).</translation>
    </message>
    <message>
        <source>&amp;Lunch at</source>
        <translation>&amp;Lunch om</translation>
    </message>
    <message>
        <source>After lunch, ten minutes for a re&amp;port: the morning as a prompt for your AI</source>
        <translation>Na de lunch tien minuten voor een ve&amp;rslag: de ochtend als prompt voor je AI</translation>
    </message>
    <message>
        <source>A &apos;Report&apos; block after each day&apos;s lunch. Its nudge opens &apos;Report via AI…&apos;; copying the prompt marks it done for the day.</source>
        <translation>Een blok &apos;Verslag&apos; na de lunch van elke dag. De melding opent &apos;Verslag via AI…&apos;; met het kopiëren van de prompt is het voor die dag gedaan.</translation>
    </message>
    <message>
        <source>for</source>
        <translation>voor</translation>
    </message>
    <message>
        <source>Lunch start</source>
        <translation>Begin van de lunch</translation>
    </message>
    <message>
        <source>Lunch length in minutes</source>
        <translation>Lengte van de lunch in minuten</translation>
    </message>
    <message>
        <source>Ritual &amp;blocks:</source>
        <translation>Ritueel&amp;blokken:</translation>
    </message>
    <message>
        <source>Time</source>
        <translation>Tijd</translation>
    </message>
    <message>
        <source>Block</source>
        <translation>Blok</translation>
    </message>
    <message>
        <source>Length</source>
        <translation>Duur</translation>
    </message>
    <message>
        <source>Ritual blocks of this day</source>
        <translation>Rituele blokken van deze dag</translation>
    </message>
    <message>
        <source>&amp;Add block</source>
        <translation>&amp;Nieuw blok</translation>
    </message>
    <message>
        <source>Re&amp;move</source>
        <translation>Verwij&amp;deren</translation>
    </message>
    <message>
        <source>&amp;Kind:</source>
        <translation>&amp;Soort:</translation>
    </message>
    <message>
        <source>Kind of block</source>
        <translation>Soort blok</translation>
    </message>
    <message>
        <source>&amp;Starts:</source>
        <translation>Be&amp;gint:</translation>
    </message>
    <message>
        <source>Block start</source>
        <translation>Begin van het blok</translation>
    </message>
    <message>
        <source>&amp;Duration:</source>
        <translation>D&amp;uur:</translation>
    </message>
    <message>
        <source>Block length in minutes</source>
        <translation>Lengte van het blok in minuten</translation>
    </message>
    <message>
        <source>&amp;Title:</source>
        <translation>&amp;Titel:</translation>
    </message>
    <message>
        <source>Block title</source>
        <translation>Titel van het blok</translation>
    </message>
    <message>
        <source>This day</source>
        <translation>Deze dag</translation>
    </message>
    <message>
        <source>{minutes} min</source>
        <translation>{minutes} min</translation>
    </message>
    <message>
        <source>Rhythm not saved yet: first fix what is marked on {days}.</source>
        <translation>Ritme nog niet bewaard: los eerst op wat gemarkeerd is op {days}.</translation>
    </message>
    <message>
        <source>Rhythm not saved yet: first fix what is marked.</source>
        <translation>Ritme nog niet bewaard: los eerst op wat gemarkeerd is.</translation>
    </message>
</context>
<context>
    <name>RitmeregieApp</name>
    <message>
        <source>No system tray found: ritmeregie shows its Today window and keeps nudging you.</source>
        <translation>Geen systeemvak gevonden: ritmeregie toont het venster Vandaag en blijft je herinneren.</translation>
    </message>
    <message>
        <source>ritmeregie</source>
        <translation>ritmeregie</translation>
    </message>
    <message>
        <source>Desktop notifications stopped working, so ritmeregie shows its nudges here until they work again.</source>
        <translation>Bureaubladmeldingen werken niet meer, dus ritmeregie laat zijn herinneringen hier zien tot ze weer werken.</translation>
    </message>
</context>
<context>
    <name>RitualPrompts</name>
    <message>
        <source>Reflection</source>
        <translation>Reflectie</translation>
    </message>
    <message>
        <source>Your reflection did not happen earlier today. Five minutes now, while the day is fresh?</source>
        <translation>Je reflectie is er vandaag nog niet van gekomen. Nu vijf minuten, nu de dag nog vers is?</translation>
    </message>
    <message>
        <source>Competence mirror</source>
        <translation>Competentiespiegel</translation>
    </message>
    <message>
        <source>December: time to look back at your year. How enterprising have you been?</source>
        <translation>December: tijd om terug te kijken op je jaar. Hoe ondernemend ben je geweest?</translation>
    </message>
</context>
<context>
    <name>SendCheck</name>
    <message>
        <source>The mail does not ask the reader for anything.</source>
        <translation>De mail vraagt de lezer nergens om.</translation>
    </message>
    <message>
        <source>Say in the first lines what you need, or write “For information, no action needed.”</source>
        <translation>Zeg in de eerste regels wat je nodig hebt, of schrijf „Ter info, geen actie nodig.”</translation>
    </message>
    <message>
        <source>The request only comes in sentence {count}: “{evidence}”</source>
        <translation>De vraag komt pas in zin {count}: „{evidence}”</translation>
    </message>
    <message>
        <source>Move it to the opening, right after the greeting: goal, action, deadline.</source>
        <translation>Zet hem in de opening, direct na de aanhef: doel, actie, deadline.</translation>
    </message>
    <message>
        <source>The mail asks {count} things at once.</source>
        <translation>De mail vraagt {count} dingen tegelijk.</translation>
    </message>
    <message>
        <source>Put the one thing you need first; number the rest, or settle them in a short call.</source>
        <translation>Zet het ene dat je nodig hebt voorop; nummer de rest, of regel die in een kort belletje.</translation>
    </message>
    <message>
        <source>There is no day or time by which it is needed.</source>
        <translation>Er staat geen dag of tijd in waarvóór het nodig is.</translation>
    </message>
    <message>
        <source>Add a day and a time, e.g. “by Thursday 12:00”.</source>
        <translation>Noem een dag en een tijd, bijvoorbeeld „vóór donderdag 12:00”.</translation>
    </message>
    <message>
        <source>“{evidence}” in capitals reads as shouting.</source>
        <translation>„{evidence}” in hoofdletters leest als schreeuwen.</translation>
    </message>
    <message>
        <source>Write it in normal letters; say in the first line what matters.</source>
        <translation>Schrijf het in gewone letters; zeg in de eerste regel wat belangrijk is.</translation>
    </message>
    <message>
        <source>Stacked exclamation marks sound rushed or cross.</source>
        <translation>Meerdere uitroeptekens klinken gehaast of boos.</translation>
    </message>
    <message>
        <source>A full stop is calmer; say why it matters instead.</source>
        <translation>Een punt is rustiger; zeg liever waarom het belangrijk is.</translation>
    </message>
    <message>
        <source>“{evidence}” sounds like a reproach.</source>
        <translation>„{evidence}” klinkt als een verwijt.</translation>
    </message>
    <message>
        <source>Leave it out and simply give the point again: “In short: …”</source>
        <translation>Laat het weg en geef het punt gewoon nog eens: „Kort gezegd: …”</translation>
    </message>
    <message>
        <source>“{evidence}” does not say when, and it pushes.</source>
        <translation>„{evidence}” zegt niet wanneer, en het jaagt op.</translation>
    </message>
    <message>
        <source>Name the moment and the why: “by Thursday 12:00, because …”.</source>
        <translation>Noem het moment en het waarom: „vóór donderdag 12:00, omdat …”.</translation>
    </message>
    <message>
        <source>The mail starts without a greeting.</source>
        <translation>De mail begint zonder aanhef.</translation>
    </message>
    <message>
        <source>Start with “Hi [name],” or “Dear [name],”.</source>
        <translation>Begin met „Hoi [naam],” of „Beste [naam],”.</translation>
    </message>
    <message>
        <source>The mail ends without a closing.</source>
        <translation>De mail eindigt zonder afsluiting.</translation>
    </message>
    <message>
        <source>End with “Thanks in advance,” or “Kind regards,”.</source>
        <translation>Sluit af met „Alvast bedankt,” of „Hartelijke groet,”.</translation>
    </message>
    <message>
        <source>“{evidence}” reads as an order.</source>
        <translation>„{evidence}” leest als een bevel.</translation>
    </message>
    <message>
        <source>Ask it: “Could you …?”, and add why it matters.</source>
        <translation>Vraag het: „Kun je …?”, en zeg waarom het belangrijk is.</translation>
    </message>
    <message>
        <source>The mail is long ({count} words); a call would be quicker.</source>
        <translation>De mail is lang ({count} woorden); een belletje is sneller.</translation>
    </message>
    <message>
        <source>One short call instead of a long mail: “Do you have five minutes? I&apos;ll walk you through it.”</source>
        <translation>Eén kort belletje in plaats van een lange mail: „Heb je vijf minuten? Dan loop ik het met je door.”</translation>
    </message>
    <message>
        <source>The mail asks {count} questions: that is a conversation.</source>
        <translation>De mail stelt {count} vragen: dat is een gesprek.</translation>
    </message>
    <message>
        <source>Call briefly: “What do we need to know for sure before Wednesday?”</source>
        <translation>Bel even: „Wat moeten we zeker weten vóór woensdag?”</translation>
    </message>
    <message>
        <source>{count} people in cc.</source>
        <translation>{count} mensen in cc.</translation>
    </message>
    <message>
        <source>Keep in cc only who must act or know; tell the others later in one line.</source>
        <translation>Zet alleen in cc wie iets moet doen of weten; laat de anderen het later in één regel weten.</translation>
    </message>
    <message>
        <source>Action</source>
        <translation>Actie</translation>
    </message>
    <message>
        <source>Several actions</source>
        <translation>Meerdere acties</translation>
    </message>
    <message>
        <source>Deadline</source>
        <translation>Deadline</translation>
    </message>
    <message>
        <source>Tone</source>
        <translation>Toon</translation>
    </message>
    <message>
        <source>Length</source>
        <translation>Lengte</translation>
    </message>
    <message>
        <source>Cc</source>
        <translation>Cc</translation>
    </message>
    <message>
        <source>“{evidence}” is not a deadline: no day or time.</source>
        <translation>„{evidence}” is geen deadline: er staat geen dag of tijd.</translation>
    </message>
    <message>
        <source>Goal: {goal} · Action: {action} · Deadline: {deadline}</source>
        <translation>Doel: {goal} · Actie: {action} · Deadline: {deadline}</translation>
    </message>
    <message>
        <source>[why]</source>
        <translation>[waarom]</translation>
    </message>
    <message>
        <source>[what you need from them]</source>
        <translation>[wat je van de ander nodig hebt]</translation>
    </message>
    <message>
        <source>[day and time]</source>
        <translation>[dag en tijd]</translation>
    </message>
</context>
<context>
    <name>SendCheckWindow</name>
    <message>
        <source>Check a mail</source>
        <translation>Mail nakijken</translation>
    </message>
    <message>
        <source>Paste your draft. The remarks follow as you type; nothing you type here is stored or leaves this computer.</source>
        <translation>Plak je concept. De opmerkingen volgen terwijl je typt; niets van wat je hier typt wordt bewaard of verlaat deze computer.</translation>
    </message>
    <message>
        <source>&amp;Draft</source>
        <translation>&amp;Concept</translation>
    </message>
    <message>
        <source>Draft</source>
        <translation>Concept</translation>
    </message>
    <message>
        <source>Hi Mark,

Could you …</source>
        <translation>Hoi Mark,

Kun je …</translation>
    </message>
    <message>
        <source>&amp;Remarks and suggestions</source>
        <translation>O&amp;pmerkingen en suggesties</translation>
    </message>
    <message>
        <source>Remarks</source>
        <translation>Opmerkingen</translation>
    </message>
    <message>
        <source>&amp;Opening line to copy (goal · action · deadline)</source>
        <translation>&amp;Openingszin om te kopiëren (doel · actie · deadline)</translation>
    </message>
    <message>
        <source>Opening line to copy</source>
        <translation>Openingszin om te kopiëren</translation>
    </message>
    <message>
        <source>Copy opening line ({keys})</source>
        <translation>Openingszin kopiëren ({keys})</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>Sluiten</translation>
    </message>
    <message>
        <source>Paste or type a draft to check it.</source>
        <translation>Plak of typ een concept om het na te kijken.</translation>
    </message>
    <message>
        <source>Ready to send: nothing to remark.</source>
        <translation>Klaar om te versturen: niets op aan te merken.</translation>
    </message>
    <message>
        <source>Remarks: {count} · read as Dutch</source>
        <translation>Opmerkingen: {count} · gelezen als Nederlands</translation>
    </message>
    <message>
        <source>Remarks: {count} · read as English</source>
        <translation>Opmerkingen: {count} · gelezen als Engels</translation>
    </message>
    <message>
        <source>Copied.</source>
        <translation>Gekopieerd.</translation>
    </message>
</context>
<context>
    <name>SettingsWindow</name>
    <message>
        <source>Settings — ritmeregie</source>
        <translation>Instellingen — ritmeregie</translation>
    </message>
    <message>
        <source>Rhythm</source>
        <translation>Ritme</translation>
    </message>
    <message>
        <source>Nudges</source>
        <translation>Herinneringen</translation>
    </message>
    <message>
        <source>Calendars</source>
        <translation>Agenda&apos;s</translation>
    </message>
    <message>
        <source>Managers</source>
        <translation>Managers</translation>
    </message>
    <message>
        <source>General</source>
        <translation>Algemeen</translation>
    </message>
    <message>
        <source>Settings pages</source>
        <translation>Onderdelen van de instellingen</translation>
    </message>
    <message>
        <source>&amp;Restore defaults</source>
        <translation>Standaard &amp;herstellen</translation>
    </message>
    <message>
        <source>Back to how ritmeregie came, on this page only</source>
        <translation>Terug naar hoe ritmeregie begon, alleen op deze pagina</translation>
    </message>
    <message>
        <source>Changes are saved as you make them.</source>
        <translation>Wijzigingen worden meteen bewaard.</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>Sluiten</translation>
    </message>
    <message>
        <source>Defaults restored.</source>
        <translation>Standaard hersteld.</translation>
    </message>
    <message>
        <source>&amp;Undo</source>
        <translation>&amp;Ongedaan maken</translation>
    </message>
    <message>
        <source>Not saved: fix what is marked, or close again to leave it.</source>
        <translation>Niet bewaard: los op wat gemarkeerd is, of sluit nog eens om het zo te laten.</translation>
    </message>
</context>
<context>
    <name>StatisticsWindow</name>
    <message>
        <source>Statistics — ritmeregie</source>
        <translation>Statistieken — ritmeregie</translation>
    </message>
    <message>
        <source>◀ &amp;Previous</source>
        <translation>◀ &amp;Vorige</translation>
    </message>
    <message>
        <source>Previous period (Alt+Left)</source>
        <translation>Vorige periode (Alt+Links)</translation>
    </message>
    <message>
        <source>&amp;Next ▶</source>
        <translation>V&amp;olgende ▶</translation>
    </message>
    <message>
        <source>Next period (Alt+Right)</source>
        <translation>Volgende periode (Alt+Rechts)</translation>
    </message>
    <message>
        <source>&amp;This week</source>
        <translation>&amp;Deze week</translation>
    </message>
    <message>
        <source>&amp;Week</source>
        <translation>&amp;Week</translation>
    </message>
    <message>
        <source>&amp;Month</source>
        <translation>&amp;Maand</translation>
    </message>
    <message>
        <source>Show a week</source>
        <translation>Een week tonen</translation>
    </message>
    <message>
        <source>Show a month</source>
        <translation>Een maand tonen</translation>
    </message>
    <message>
        <source>focus time</source>
        <translation>focustijd</translation>
    </message>
    <message>
        <source>blocks started</source>
        <translation>blokken gestart</translation>
    </message>
    <message>
        <source>reflection streak (working days)</source>
        <translation>reflectiereeks (werkdagen)</translation>
    </message>
    <message>
        <source>Focus time per manager</source>
        <translation>Focustijd per manager</translation>
    </message>
    <message>
        <source>The requests done in this period, each at its estimate.</source>
        <translation>De verzoeken die in deze periode af zijn, elk met de geschatte tijd.</translation>
    </message>
    <message>
        <source>Focus minutes per day</source>
        <translation>Focusminuten per dag</translation>
    </message>
    <message>
        <source>Blocks per day</source>
        <translation>Blokken per dag</translation>
    </message>
    <message>
        <source>Focus minutes per week</source>
        <translation>Focusminuten per week</translation>
    </message>
    <message>
        <source>Focus minutes per week, last {weeks} weeks</source>
        <translation>Focusminuten per week, laatste {weeks} weken</translation>
    </message>
    <message>
        <source>Focus time counts the minutes of focus blocks you started, from the moment you started. A block counts once: started, skipped or missed; snoozed counts blocks you postponed at least once. The streak counts working days with a reflection; today counts once it is written.</source>
        <translation>Focustijd telt de minuten van focusblokken die je startte, vanaf het moment dat je begon. Een blok telt één keer: gestart, overgeslagen of gemist; uitgesteld telt blokken die je minstens één keer naar straks schoof. De reeks telt werkdagen met een reflectie; vandaag telt mee zodra die geschreven is.</translation>
    </message>
    <message>
        <source>&amp;This month</source>
        <translation>&amp;Deze maand</translation>
    </message>
    <message>
        <source>{name}: {time} ({count} done)</source>
        <translation>{name}: {time} ({count} af)</translation>
    </message>
    <message>
        <source>{minutes} minutes of started focus blocks</source>
        <translation>{minutes} minuten aan gestarte focusblokken</translation>
    </message>
    <message>
        <source>snoozed {snoozed} · skipped {skipped} · missed {missed}</source>
        <translation>uitgesteld {snoozed} · overgeslagen {skipped} · gemist {missed}</translation>
    </message>
    <message>
        <source>consecutive working days with a reflection, up to today</source>
        <translation>werkdagen achter elkaar met een reflectie, tot en met vandaag</translation>
    </message>
    <message>
        <source>No focus blocks started in this period yet.</source>
        <translation>In deze periode nog geen focusblokken gestart.</translation>
    </message>
    <message>
        <source>Focus</source>
        <translation>Focus</translation>
    </message>
    <message>
        <source> min</source>
        <translation> min</translation>
    </message>
    <message>
        <source>wk {week}</source>
        <translation>wk {week}</translation>
    </message>
    <message>
        <source>Blocks per week</source>
        <translation>Blokken per week</translation>
    </message>
    <message>
        <source>Started</source>
        <translation>Gestart</translation>
    </message>
    <message>
        <source>Snoozed</source>
        <translation>Uitgesteld</translation>
    </message>
    <message>
        <source>Skipped</source>
        <translation>Overgeslagen</translation>
    </message>
    <message>
        <source>Missed</source>
        <translation>Gemist</translation>
    </message>
    <message>
        <source>No answered blocks in this period yet.</source>
        <translation>In deze periode nog geen beantwoorde blokken.</translation>
    </message>
    <message>
        <source>No focus blocks started in these weeks yet.</source>
        <translation>In deze weken nog geen focusblokken gestart.</translation>
    </message>
    <message>
        <source>Week {week} · {days}</source>
        <translation>Week {week} · {days}</translation>
    </message>
    <message>
        <source>{minutes} min</source>
        <translation>{minutes} min</translation>
    </message>
    <message>
        <source>{hours} h {minutes} min</source>
        <translation>{hours} u {minutes} min</translation>
    </message>
</context>
<context>
    <name>SubscriptionDialog</name>
    <message>
        <source>Subscribe to a calendar</source>
        <translation>Abonneren op een agenda</translation>
    </message>
    <message>
        <source>Name of the calendar</source>
        <translation>Naam van de agenda</translation>
    </message>
    <message>
        <source>Web address of the calendar</source>
        <translation>Webadres van de agenda</translation>
    </message>
    <message>
        <source> min</source>
        <translation> min</translation>
    </message>
    <message>
        <source>Refresh every (minutes)</source>
        <translation>Vernieuwen elke (minuten)</translation>
    </message>
    <message>
        <source>&amp;Blocks my focus time</source>
        <translation>&amp;Blokkeert mijn focustijd</translation>
    </message>
    <message>
        <source>&amp;Name:</source>
        <translation>&amp;Naam:</translation>
    </message>
    <message>
        <source>&amp;Address:</source>
        <translation>&amp;Adres:</translation>
    </message>
    <message>
        <source>Refresh &amp;every:</source>
        <translation>&amp;Elke keer vernieuwen na:</translation>
    </message>
    <message>
        <source>Outlook: Settings → Calendar → Shared calendars → Publish a calendar, ICS link. Google: Settings of the calendar → Secret address in iCal format.</source>
        <translation>Outlook: Instellingen → Agenda → Gedeelde agenda&apos;s → Een agenda publiceren, ICS-koppeling. Google: Instellingen van de agenda → Geheim adres in iCal-indeling.</translation>
    </message>
    <message>
        <source>&amp;Subscribe</source>
        <translation>Ab&amp;onneren</translation>
    </message>
    <message>
        <source>A calendar needs a name.</source>
        <translation>Geef de agenda een naam.</translation>
    </message>
    <message>
        <source>There is already a calendar named &apos;{name}&apos;.</source>
        <translation>Er is al een agenda met de naam &apos;{name}&apos;.</translation>
    </message>
</context>
<context>
    <name>TimelineWidget</name>
    <message>
        <source>tentative</source>
        <translation>onder voorbehoud</translation>
    </message>
    <message>
        <source>context</source>
        <translation>ter informatie</translation>
    </message>
    <message>
        <source>All day</source>
        <translation>Hele dag</translation>
    </message>
    <message>
        <source>Timeline of today</source>
        <translation>Tijdlijn van vandaag</translation>
    </message>
</context>
<context>
    <name>TodayTasks</name>
    <message>
        <source>from yesterday</source>
        <translation>van gisteren</translation>
    </message>
    <message>
        <source>from {weekday}</source>
        <translation>van {weekday}</translation>
    </message>
    <message>
        <source>from {date}</source>
        <translation>van {date}</translation>
    </message>
    <message>
        <source>Must-dos: {done} of {total} done</source>
        <translation>Must-do&apos;s: {done} van {total} gedaan</translation>
    </message>
    <message>
        <source>… and {count} more</source>
        <translation>… en nog {count}</translation>
    </message>
    <message>
        <source>Call: {mark} {who}</source>
        <translation>Belletje: {mark} {who}</translation>
    </message>
</context>
<context>
    <name>TodayTasksPanel</name>
    <message>
        <source>Must-dos and call</source>
        <translation>Must-do&apos;s en belletje</translation>
    </message>
    <message>
        <source>Day &amp;start…</source>
        <translation>&amp;Dagstart…</translation>
    </message>
    <message>
        <source>Choose three must-dos and one call</source>
        <translation>Kies drie must-do&apos;s en één belletje</translation>
    </message>
    <message>
        <source>Note a &amp;request…</source>
        <translation>Ve&amp;rzoek vastleggen…</translation>
    </message>
    <message>
        <source>What is asked, for whom, by when, and why</source>
        <translation>Wat er gevraagd wordt, voor wie, wanneer en waarom</translation>
    </message>
    <message>
        <source>No must-dos yet. The day start helps you choose three.</source>
        <translation>Nog geen must-do&apos;s. De dagstart helpt je er drie te kiezen.</translation>
    </message>
    <message>
        <source>Today&apos;s must-dos and call</source>
        <translation>Must-do&apos;s en belletje van vandaag</translation>
    </message>
    <message>
        <source>Call: {who}</source>
        <translation>Belletje: {who}</translation>
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
        <source>Week…</source>
        <translation>Weekoverzicht…</translation>
    </message>
    <message>
        <source>Reflect now…</source>
        <translation>Nu reflecteren…</translation>
    </message>
    <message>
        <source>New DADU…</source>
        <translation>Nieuwe DADU…</translation>
    </message>
    <message>
        <source>Note a friction…</source>
        <translation>Wrijving noteren…</translation>
    </message>
    <message>
        <source>Note a request…</source>
        <translation>Verzoek vastleggen…</translation>
    </message>
    <message>
        <source>Priority matrix…</source>
        <translation>Prioriteitenmatrix…</translation>
    </message>
    <message>
        <source>Check a mail…</source>
        <translation>Mail nakijken…</translation>
    </message>
    <message>
        <source>Quick reply…</source>
        <translation>Snel antwoord…</translation>
    </message>
    <message>
        <source>Rituals</source>
        <translation>Rituelen</translation>
    </message>
    <message>
        <source>Dagstart…</source>
        <translation>Dagstart…</translation>
    </message>
    <message>
        <source>Weekly review…</source>
        <translation>Weekstart…</translation>
    </message>
    <message>
        <source>Frictievrijdag…</source>
        <translation>Frictievrijdag…</translation>
    </message>
    <message>
        <source>Checklists…</source>
        <translation>Checklists…</translation>
    </message>
    <message>
        <source>Report via AI…</source>
        <translation>Verslag via AI…</translation>
    </message>
    <message>
        <source>Competence mirror…</source>
        <translation>Competentiespiegel…</translation>
    </message>
    <message>
        <source>History…</source>
        <translation>Geschiedenis…</translation>
    </message>
    <message>
        <source>Statistics…</source>
        <translation>Statistieken…</translation>
    </message>
    <message>
        <source>Settings…</source>
        <translation>Instellingen…</translation>
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
    <name>WeekGrid</name>
    <message>
        <source>Week overview</source>
        <translation>Weekoverzicht</translation>
    </message>
    <message>
        <source>free {time}</source>
        <translation>vrij {time}</translation>
    </message>
    <message>
        <source>overfull · free {time}</source>
        <translation>overvol · vrij {time}</translation>
    </message>
</context>
<context>
    <name>WeekPlanner</name>
    <message>
        <source>&amp;Spread the open must-dos</source>
        <translation>&amp;Verdeel de open must-do&apos;s</translation>
    </message>
    <message>
        <source>Still open</source>
        <translation>Nog open</translation>
    </message>
    <message>
        <source>Next week, {first} to {last}. Move a must-do with Ctrl+Left/Right or drag it; every move is saved and becomes that day&apos;s dagstart proposal. Each counts as one focus block ({minutes} min).</source>
        <translation>Volgende week, {first} tot en met {last}. Verplaats een must-do met Ctrl+Links/Rechts of sleep hem; elke verplaatsing wordt bewaard en komt in de dagstart van die dag. Elke must-do telt als één focusblok ({minutes} min).</translation>
    </message>
    <message>
        <source>free {time}</source>
        <translation>vrij {time}</translation>
    </message>
    <message>
        <source>urgent and important</source>
        <translation>urgent en belangrijk</translation>
    </message>
    <message>
        <source>urgent</source>
        <translation>urgent</translation>
    </message>
    <message>
        <source>important</source>
        <translation>belangrijk</translation>
    </message>
    <message>
        <source>deadline {date}</source>
        <translation>deadline {date}</translation>
    </message>
    <message>
        <source>deadline before this week</source>
        <translation>deadline vóór deze week</translation>
    </message>
    <message>
        <source>no room before its deadline</source>
        <translation>geen ruimte vóór de deadline</translation>
    </message>
    <message>
        <source>more than a day holds</source>
        <translation>meer dan een dag kan hebben</translation>
    </message>
    <message>
        <source>the week is full</source>
        <translation>de week is vol</translation>
    </message>
    <message>
        <source>Does not fit next week: {titles}</source>
        <translation>Past niet in volgende week: {titles}</translation>
    </message>
    <message>
        <source>Everything fits.</source>
        <translation>Alles past.</translation>
    </message>
</context>
<context>
    <name>WeekWindow</name>
    <message>
        <source>Week — ritmeregie</source>
        <translation>Week — ritmeregie</translation>
    </message>
    <message>
        <source>&amp;This week</source>
        <translation>&amp;Deze week</translation>
    </message>
    <message>
        <source>Previous week (Alt+Left)</source>
        <translation>Vorige week (Alt+Links)</translation>
    </message>
    <message>
        <source>Next week (Alt+Right)</source>
        <translation>Volgende week (Alt+Rechts)</translation>
    </message>
    <message>
        <source>Previous week</source>
        <translation>Vorige week</translation>
    </message>
    <message>
        <source>Next week</source>
        <translation>Volgende week</translation>
    </message>
    <message>
        <source>Week and planning</source>
        <translation>Week en planning</translation>
    </message>
    <message>
        <source>&amp;Week</source>
        <translation>&amp;Week</translation>
    </message>
    <message>
        <source>&amp;Plan next week</source>
        <translation>Volgende week &amp;plannen</translation>
    </message>
    <message>
        <source>Week {number} · {first} – {last}</source>
        <translation>Week {number} · {first} – {last}</translation>
    </message>
    <message>
        <source>Meetings {meetings} · focus {focus} · free focus time {free}</source>
        <translation>Overleg {meetings} · focus {focus} · vrije focustijd {free}</translation>
    </message>
    <message>
        <source>overfull days: {count}</source>
        <translation>overvolle dagen: {count}</translation>
    </message>
</context>
<context>
    <name>WeeklyReview</name>
    <message>
        <source>Weekly review — week of {date}</source>
        <translation>Weekstart — week van {date}</translation>
    </message>
    <message>
        <source>Last week</source>
        <translation>Vorige week</translation>
    </message>
    <message>
        <source>Coming week</source>
        <translation>Komende week</translation>
    </message>
    <message>
        <source>Must-dos done</source>
        <translation>Afgeronde must-do&apos;s</translation>
    </message>
    <message>
        <source>DADU: open actions</source>
        <translation>DADU: open acties</translation>
    </message>
    <message>
        <source>Frictions fixed</source>
        <translation>Opgeloste wrijvingen</translation>
    </message>
    <message>
        <source>Highlights from my reflections</source>
        <translation>Hoogtepunten uit mijn reflecties</translation>
    </message>
    <message>
        <source>Average energy: {energy} / 5</source>
        <translation>Gemiddelde energie: {energy} / 5</translation>
    </message>
    <message>
        <source>Agenda</source>
        <translation>Agenda</translation>
    </message>
    <message>
        <source>Deadlines</source>
        <translation>Deadlines</translation>
    </message>
    <message>
        <source>Notes for the conversation</source>
        <translation>Punten voor het gesprek</translation>
    </message>
    <message>
        <source>Nothing.</source>
        <translation>Niets.</translation>
    </message>
    <message>
        <source>owner: {owner}</source>
        <translation>eigenaar: {owner}</translation>
    </message>
    <message>
        <source>deadline {date}</source>
        <translation>deadline {date}</translation>
    </message>
    <message>
        <source>all day</source>
        <translation>hele dag</translation>
    </message>
    <message>
        <source>Mon</source>
        <translation>ma</translation>
    </message>
    <message>
        <source>Tue</source>
        <translation>di</translation>
    </message>
    <message>
        <source>Wed</source>
        <translation>wo</translation>
    </message>
    <message>
        <source>Thu</source>
        <translation>do</translation>
    </message>
    <message>
        <source>Fri</source>
        <translation>vr</translation>
    </message>
    <message>
        <source>Sat</source>
        <translation>za</translation>
    </message>
    <message>
        <source>Sun</source>
        <translation>zo</translation>
    </message>
</context>
<context>
    <name>WeeklyReviewDialog</name>
    <message>
        <source>Weekly review — ritmeregie</source>
        <translation>Weekstart — ritmeregie</translation>
    </message>
    <message>
        <source>Weekly review with your manager</source>
        <translation>Weekstart met je manager</translation>
    </message>
    <message>
        <source>What happened last week, what is coming: ready to talk through.</source>
        <translation>Wat er vorige week gebeurde en wat er komt: klaar om door te spreken.</translation>
    </message>
    <message>
        <source>Whose week</source>
        <translation>Wiens week</translation>
    </message>
    <message>
        <source>&amp;Summary</source>
        <translation>&amp;Samenvatting</translation>
    </message>
    <message>
        <source>Summary of last week and the coming week</source>
        <translation>Samenvatting van vorige week en de komende week</translation>
    </message>
    <message>
        <source>&amp;Notes for the conversation</source>
        <translation>&amp;Punten voor het gesprek</translation>
    </message>
    <message>
        <source>What do you want to raise? Questions, choices, holidays…</source>
        <translation>Wat wil je bespreken? Vragen, keuzes, vakantie…</translation>
    </message>
    <message>
        <source>Notes for the conversation</source>
        <translation>Punten voor het gesprek</translation>
    </message>
    <message>
        <source>&amp;Refresh</source>
        <translation>&amp;Vernieuwen</translation>
    </message>
    <message>
        <source>&amp;Copy as Markdown</source>
        <translation>&amp;Kopiëren als Markdown</translation>
    </message>
    <message>
        <source>Ctrl+Shift+C · pastes cleanly into Teams or Outlook</source>
        <translation>Ctrl+Shift+C · plakt netjes in Teams of Outlook</translation>
    </message>
    <message>
        <source>Done</source>
        <translation>Klaar</translation>
    </message>
    <message>
        <source>Ctrl+Enter · your notes are saved as you type</source>
        <translation>Ctrl+Enter · je punten worden bewaard terwijl je typt</translation>
    </message>
    <message>
        <source>&amp;Plan next week…</source>
        <translation>Volgende week &amp;plannen…</translation>
    </message>
    <message>
        <source>Week of {date}</source>
        <translation>Week van {date}</translation>
    </message>
    <message>
        <source>The whole week</source>
        <translation>De hele week</translation>
    </message>
    <message>
        <source>With {name}</source>
        <translation>Met {name}</translation>
    </message>
    <message>
        <source>Copied. Paste it in Teams, Outlook or OneNote.</source>
        <translation>Gekopieerd. Plak het in Teams, Outlook of OneNote.</translation>
    </message>
</context>
<context>
    <name>WelcomeDialog</name>
    <message>
        <source>Welcome to ritmeregie</source>
        <translation>Welkom bij ritmeregie</translation>
    </message>
    <message>
        <source>A calm rhythm for your working day. ritmeregie waits in the tray and nudges you at the right moments, so your own work gets its time between everyone else&apos;s requests.</source>
        <translation>Een rustig ritme voor je werkdag. ritmeregie wacht in de tray en herinnert je op de juiste momenten, zodat je eigen werk zijn tijd krijgt tussen de vragen van anderen door.</translation>
    </message>
    <message>
        <source>Your day, in blocks</source>
        <translation>Je dag, in blokken</translation>
    </message>
    <message>
        <source>The day start sets three must-do&apos;s and one call. Rituals keep their own time; the free time between them becomes focus blocks with a short reset after each. Your own agenda always wins: a ritual that collides moves.</source>
        <translation>Bij de dagstart kies je drie must-do&apos;s en één belletje. Rituelen houden hun eigen tijd; de vrije tijd ertussen wordt focusblokken met na elk blok een korte reset. Je eigen agenda gaat altijd voor: een ritueel dat botst, schuift op.</translation>
    </message>
    <message>
        <source>Make it yours</source>
        <translation>Maak het van jou</translation>
    </message>
    <message>
        <source>Work &amp;hours:</source>
        <translation>Werkt&amp;ijden:</translation>
    </message>
    <message>
        <source>to</source>
        <translation>tot</translation>
    </message>
    <message>
        <source>Work hours start</source>
        <translation>Begin van de werktijden</translation>
    </message>
    <message>
        <source>Work hours end</source>
        <translation>Einde van de werktijden</translation>
    </message>
    <message>
        <source>For every working day; the day start and the end-of-day rituals move along.</source>
        <translation>Voor elke werkdag; de dagstart en de rituelen aan het eind van de dag schuiven mee.</translation>
    </message>
    <message>
        <source>&amp;Language:</source>
        <translation>&amp;Taal:</translation>
    </message>
    <message>
        <source>Like the system ({language})</source>
        <translation>Zoals het systeem ({language})</translation>
    </message>
    <message>
        <source>Language</source>
        <translation>Taal</translation>
    </message>
    <message>
        <source>Everything here can be changed later in Settings, from the tray menu.</source>
        <translation>Alles hier kun je later aanpassen in Instellingen, via het traymenu.</translation>
    </message>
    <message>
        <source>S&amp;kip</source>
        <translation>&amp;Overslaan</translation>
    </message>
    <message>
        <source>Adjust the &amp;rhythm…</source>
        <translation>&amp;Ritme aanpassen…</translation>
    </message>
    <message>
        <source>&amp;Start</source>
        <translation>&amp;Beginnen</translation>
    </message>
</context>
<context>
    <name>WriteNotice</name>
    <message>
        <source>Not saved</source>
        <translation>Niet opgeslagen</translation>
    </message>
    <message>
        <source>The disk is full: ritmeregie shows your day, but cannot save changes. Nothing is damaged; make some room and start ritmeregie again.</source>
        <translation>De schijf is vol: ritmeregie laat je dag zien, maar kan wijzigingen niet bewaren. Er is niets beschadigd; maak wat ruimte en start ritmeregie opnieuw.</translation>
    </message>
    <message>
        <source>Your data folder {folder} is read-only: ritmeregie shows your day, but cannot save changes.</source>
        <translation>Je gegevensmap {folder} is alleen-lezen: ritmeregie laat je dag zien, maar kan geen wijzigingen opslaan.</translation>
    </message>
    <message>
        <source>The disk is full, so your last change was not saved. Everything saved before is safe; make some room and ritmeregie saves again.</source>
        <translation>De schijf is vol, dus je laatste wijziging is niet opgeslagen. Alles wat al was opgeslagen is veilig; maak wat ruimte vrij en ritmeregie slaat weer op.</translation>
    </message>
    <message>
        <source>Your data folder {folder} has become read-only, so your last change was not saved. Everything saved before is safe.</source>
        <translation>Je gegevensmap {folder} is alleen-lezen geworden, dus je laatste wijziging is niet opgeslagen. Alles wat al was opgeslagen is veilig.</translation>
    </message>
    <message>
        <source>The disk reported an error, so your last change was not saved. Everything saved before is safe.</source>
        <translation>De schijf meldde een fout, dus je laatste wijziging is niet opgeslagen. Alles wat al was opgeslagen is veilig.</translation>
    </message>
    <message>
        <source>Another program keeps your data file locked, so your last change was not saved. Everything saved before is safe.</source>
        <translation>Een ander programma houdt je gegevensbestand op slot, dus je laatste wijziging is niet opgeslagen. Alles wat al was opgeslagen is veilig.</translation>
    </message>
    <message>
        <source>Your data file cannot be opened for writing, so your last change was not saved. Everything saved before is safe.</source>
        <translation>Je gegevensbestand kan niet worden geopend om te schrijven, dus je laatste wijziging is niet opgeslagen. Alles wat al was opgeslagen is veilig.</translation>
    </message>
</context>
<context>
    <name>argparse</name>
    <message>
        <source>usage: </source>
        <translation>gebruik: </translation>
    </message>
    <message>
        <source>positional arguments</source>
        <translation>argumenten</translation>
    </message>
    <message>
        <source>options</source>
        <translation>opties</translation>
    </message>
    <message>
        <source>optional arguments</source>
        <translation>opties</translation>
    </message>
    <message>
        <source>show this help message and exit</source>
        <translation>toon deze hulp en stop</translation>
    </message>
    <message>
        <source>argument %(argument_name)s: %(message)s</source>
        <translation>%(argument_name)s: %(message)s</translation>
    </message>
    <message>
        <source>the following arguments are required: %s</source>
        <translation>dit ontbreekt nog: %s</translation>
    </message>
    <message>
        <source>one of the arguments %s is required</source>
        <translation>geef een van deze: %s</translation>
    </message>
    <message>
        <source>not allowed with argument %s</source>
        <translation>gaat niet samen met %s</translation>
    </message>
    <message>
        <source>expected one argument</source>
        <translation>hier hoort één waarde achter</translation>
    </message>
    <message>
        <source>expected at most one argument</source>
        <translation>hier hoort hoogstens één waarde achter</translation>
    </message>
    <message>
        <source>expected at least one argument</source>
        <translation>hier hoort minstens één waarde achter</translation>
    </message>
    <message>
        <source>expected %s argument</source>
        <translation>hier hoort %s waarde achter</translation>
    </message>
    <message>
        <source>expected %s arguments</source>
        <translation>hier horen %s waarden achter</translation>
    </message>
    <message>
        <source>unrecognized arguments: %s</source>
        <translation>onbekend: %s</translation>
    </message>
    <message>
        <source>ambiguous option: %(option)s could match %(matches)s</source>
        <translation>%(option)s is niet eenduidig: het kan %(matches)s zijn</translation>
    </message>
    <message>
        <source>invalid choice: %(value)r (choose from %(choices)s)</source>
        <translation>%(value)r is geen keuze (kies uit %(choices)s)</translation>
    </message>
    <message>
        <source>invalid %(type)s value: %(value)r</source>
        <translation>%(value)r is geen geldige waarde (%(type)s)</translation>
    </message>
    <message>
        <source>ignored explicit argument %r</source>
        <translation>%r hoort hier niet bij</translation>
    </message>
    <message>
        <source>unknown parser %(parser_name)r (choices: %(choices)s)</source>
        <translation>onbekende opdracht %(parser_name)r (kies uit: %(choices)s)</translation>
    </message>
    <message>
        <source>unexpected option string: %s</source>
        <translation>onverwachte optie: %s</translation>
    </message>
    <message>
        <source>&apos;{value}&apos; is not a whole number</source>
        <translation>&apos;{value}&apos; is geen heel getal</translation>
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
        <source>check a mail draft before it goes out</source>
        <translation>een conceptmail nakijken voordat hij weggaat</translation>
    </message>
    <message>
        <source>Reads a draft and says, in the draft&apos;s language, whether the opening gives goal, action and deadline, whether there is one clear action, whether the tone is friendly, whether a call would do and whether the cc is too long. Nothing leaves this computer. Exit code 0 whenever the check ran, with or without findings.</source>
        <translation>Leest een concept en zegt, in de taal van het concept, of de opening doel, actie en deadline geeft, of er één duidelijke actie is, of de toon vriendelijk is, of een belletje volstaat en of de cc te lang is. Er gaat niets van deze computer af. Afsluitcode 0 zodra de controle gedaan is, met of zonder opmerkingen.</translation>
    </message>
    <message>
        <source>the draft as a text file; - or nothing: read it from input</source>
        <translation>het concept als tekstbestand; - of niets: lees het van de invoer</translation>
    </message>
    <message>
        <source>machine-readable output</source>
        <translation>uitvoer voor scripts (JSON)</translation>
    </message>
    <message>
        <source>quick replies to copy</source>
        <translation>snelle antwoorden om te kopiëren</translation>
    </message>
    <message>
        <source>show the quick replies, filled in</source>
        <translation>de snelle antwoorden tonen, ingevuld</translation>
    </message>
    <message>
        <source>copy a quick reply to the clipboard (printed where there is none)</source>
        <translation>een snel antwoord naar het klembord kopiëren (getoond waar er geen is)</translation>
    </message>
    <message>
        <source>the reply&apos;s name (see &apos;phrases list&apos;)</source>
        <translation>de naam van het antwoord (zie &apos;phrases list&apos;)</translation>
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
        <source>Try &apos;{command} --help&apos;.</source>
        <translation>Zie &apos;{command} --help&apos;.</translation>
    </message>
    <message>
        <source>DIR</source>
        <translation>MAP</translation>
    </message>
    <message>
        <source>show the version and stop</source>
        <translation>toon de versie en stop</translation>
    </message>
    <message>
        <source>COMMAND</source>
        <translation>OPDRACHT</translation>
    </message>
    <message>
        <source>the whole week (Monday to Sunday) holding the day, with totals</source>
        <translation>de hele week (maandag tot en met zondag) van die dag, met totalen</translation>
    </message>
    <message>
        <source>ACTION</source>
        <translation>ACTIE</translation>
    </message>
    <message>
        <source>&quot;DATE HH:MM&quot;</source>
        <translation>&quot;DATUM UU:MM&quot;</translation>
    </message>
    <message>
        <source>when it starts: &quot;2027-12-18 10:00&quot;, &quot;18-12 10:00&quot;, &quot;tomorrow 10:00&quot; or 10:00 (today)</source>
        <translation>wanneer het begint: &quot;2027-12-18 10:00&quot;, &quot;18-12 10:00&quot;, &quot;morgen 10:00&quot; of 10:00 (vandaag)</translation>
    </message>
    <message>
        <source>&quot;DATE HH:MM&quot; or HH:MM</source>
        <translation>&quot;DATUM UU:MM&quot; of UU:MM</translation>
    </message>
    <message>
        <source>when it ends (a time alone: on the start&apos;s day)</source>
        <translation>wanneer het eindigt (alleen een tijd: op de dag van het begin)</translation>
    </message>
    <message>
        <source>how long it lasts</source>
        <translation>hoe lang het duurt</translation>
    </message>
    <message>
        <source>when the clocks go back and a time happens twice: 0 the first time (default), 1 the second</source>
        <translation>als de klok terug gaat en een tijd twee keer voorkomt: 0 de eerste keer (standaard), 1 de tweede</translation>
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
        <source>open a window of the running app (for a keyboard shortcut)</source>
        <translation>open een venster van de draaiende app (voor een sneltoets)</translation>
    </message>
    <message>
        <source>the window: {names}</source>
        <translation>het venster: {names}</translation>
    </message>
    <message>
        <source>ritmeregie: an argument is not valid text (UTF-8): {value}</source>
        <translation>ritmeregie: een argument is geen geldige tekst (UTF-8): {value}</translation>
    </message>
    <message>
        <source>DATE</source>
        <translation>DATUM</translation>
    </message>
    <message>
        <source>A date can be typed as 18-12, 18-12-2027, 18 december, tomorrow, friday or 2027-12-18.</source>
        <translation>Een datum typ je als 18-12, 18-12-2027, 18 december, morgen, vrijdag of 2027-12-18.</translation>
    </message>
    <message>
        <source>ritmeregie: something unexpected went wrong ({error}); details are in {path}.</source>
        <translation>ritmeregie: er ging iets onverwachts mis ({error}); details staan in {path}.</translation>
    </message>
    <message>
        <source>Write &apos;{value}&apos; without a UTC offset: times are in your own time zone.</source>
        <translation>Schrijf &apos;{value}&apos; zonder UTC-verschil: tijden zijn in je eigen tijdzone.</translation>
    </message>
    <message>
        <source>&apos;{value}&apos; is not a date and time; write e.g. &quot;2027-03-26 10:00&quot;, &quot;26-3 10:00&quot;, &quot;tomorrow 10:00&quot; or 10:00.</source>
        <translation>&apos;{value}&apos; is geen datum met tijd; schrijf bijvoorbeeld &quot;2027-03-26 10:00&quot;, &quot;26-3 10:00&quot;, &quot;morgen 10:00&quot; of 10:00.</translation>
    </message>
    <message>
        <source>{value} does not exist in {zone}: the clocks skip that hour.</source>
        <translation>{value} bestaat niet in {zone}: de klok slaat dat uur over.</translation>
    </message>
    <message>
        <source>{value} happens twice in {zone} (the clocks go back): taken the first time ({first}); --fold 1 takes the second ({second}).</source>
        <translation>{value} komt twee keer voor in {zone} (de klok gaat terug): de eerste keer genomen ({first}); --fold 1 neemt de tweede ({second}).</translation>
    </message>
    <message>
        <source>{path} is damaged ({detail}); it was left untouched. Starting ritmeregie sets it aside and restores the newest good backup.</source>
        <translation>{path} is beschadigd ({detail}); het is niet aangeraakt. Als je ritmeregie start, wordt het apart gezet en wordt de nieuwste goede back-up teruggezet.</translation>
    </message>
    <message>
        <source>Not saved: the disk is full ({path}).</source>
        <translation>Niet opgeslagen: de schijf is vol ({path}).</translation>
    </message>
    <message>
        <source>Not saved: the data folder {folder} is read-only.</source>
        <translation>Niet opgeslagen: de gegevensmap {folder} is alleen-lezen.</translation>
    </message>
    <message>
        <source>Not saved: the disk reported an error while writing {path}.</source>
        <translation>Niet opgeslagen: de schijf meldde een fout bij het schrijven van {path}.</translation>
    </message>
    <message>
        <source>Not saved: another program keeps {path} locked.</source>
        <translation>Niet opgeslagen: een ander programma houdt {path} op slot.</translation>
    </message>
    <message>
        <source>Not saved: {path} cannot be opened for writing.</source>
        <translation>Niet opgeslagen: {path} kan niet worden geopend om te schrijven.</translation>
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
        <source>tentative</source>
        <translation>onder voorbehoud</translation>
    </message>
    <message>
        <source>all day</source>
        <translation>hele dag</translation>
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
        <source>A title cannot contain a control character ({code}).</source>
        <translation>Een titel kan geen stuurteken bevatten ({code}).</translation>
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
        <source>ritmeregie was asked to quit but is still running after {seconds} s; perhaps a window is waiting for an answer.</source>
        <translation>ritmeregie is gevraagd te stoppen, maar draait na {seconds} s nog; misschien wacht een venster op een antwoord.</translation>
    </message>
    <message>
        <source>ritmeregie has closed.</source>
        <translation>ritmeregie is gestopt.</translation>
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
        <source>Starting ritmeregie sets a damaged file aside and restores the newest good backup; or choose one yourself with &apos;ritmeregie restore FILE&apos;.</source>
        <translation>Bij het starten zet ritmeregie een beschadigd bestand apart en zet de nieuwste goede back-up terug; of kies er zelf een met &apos;ritmeregie restore BESTAND&apos;.</translation>
    </message>
    <message>
        <source>saving</source>
        <translation>opslaan</translation>
    </message>
    <message>
        <source>not possible: the disk is full (your data is readable and not damaged)</source>
        <translation>niet mogelijk: de schijf is vol (je gegevens zijn leesbaar en niet beschadigd)</translation>
    </message>
    <message>
        <source>not possible: the data folder is read-only</source>
        <translation>niet mogelijk: de gegevensmap is alleen-lezen</translation>
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
    <message>
        <source>backups</source>
        <translation>back-ups</translation>
    </message>
    <message>
        <source>none yet in {path} (the app makes one every day)</source>
        <translation>nog geen in {path} (de app maakt er elke dag een)</translation>
    </message>
    <message>
        <source>{count} in {path}; newest {when} ({kind})</source>
        <translation>{count} in {path}; nieuwste {when} ({kind})</translation>
    </message>
    <message>
        <source>last recovery</source>
        <translation>laatste herstel</translation>
    </message>
    <message>
        <source>none</source>
        <translation>geen</translation>
    </message>
    <message>
        <source>restored from {path}</source>
        <translation>teruggezet vanuit {path}</translation>
    </message>
    <message>
        <source>no good backup: started empty</source>
        <translation>geen goede back-up: leeg begonnen</translation>
    </message>
    <message>
        <source>{when}: {damage}; the old file is in {path}; {restored}</source>
        <translation>{when}: {damage}; het oude bestand staat in {path}; {restored}</translation>
    </message>
    <message>
        <source>privacy</source>
        <translation>privacy</translation>
    </message>
    <message>
        <source>{count} owned by another user, e.g. {path} (uid {uid}); ritmeregie will not use this folder</source>
        <translation>{count} van een andere gebruiker, bijv. {path} (uid {uid}); ritmeregie gebruikt deze map niet</translation>
    </message>
    <message>
        <source>folders 0700, files 0600</source>
        <translation>mappen 0700, bestanden 0600</translation>
    </message>
    <message>
        <source>{count} not private, e.g. {path} ({mode}); ritmeregie repairs this at its next start</source>
        <translation>{count} niet privé, bijv. {path} ({mode}); ritmeregie herstelt dit bij de volgende start</translation>
    </message>
    <message>
        <source>the database file was empty</source>
        <translation>het databasebestand was leeg</translation>
    </message>
    <message>
        <source>the database file was cut short</source>
        <translation>het databasebestand was afgekapt</translation>
    </message>
    <message>
        <source>the database file was not a database any more</source>
        <translation>het databasebestand was geen database meer</translation>
    </message>
    <message>
        <source>the database file was damaged inside</source>
        <translation>het databasebestand was van binnen beschadigd</translation>
    </message>
    <message>
        <source>start ritmeregie when you log in</source>
        <translation>ritmeregie starten als je inlogt</translation>
    </message>
    <message>
        <source>start ritmeregie at every login</source>
        <translation>ritmeregie bij elke keer inloggen starten</translation>
    </message>
    <message>
        <source>no longer start ritmeregie at login</source>
        <translation>ritmeregie niet meer starten bij inloggen</translation>
    </message>
    <message>
        <source>does ritmeregie start at login?</source>
        <translation>start ritmeregie bij het inloggen?</translation>
    </message>
    <message>
        <source>Could not switch on start at login: {reason}</source>
        <translation>Starten bij inloggen kon niet worden aangezet: {reason}</translation>
    </message>
    <message>
        <source>ritmeregie now starts when you log in ({location}).</source>
        <translation>ritmeregie start nu als je inlogt ({location}).</translation>
    </message>
    <message>
        <source>Could not switch off start at login: {reason}</source>
        <translation>Starten bij inloggen kon niet worden uitgezet: {reason}</translation>
    </message>
    <message>
        <source>ritmeregie no longer starts when you log in.</source>
        <translation>ritmeregie start niet meer als je inlogt.</translation>
    </message>
    <message>
        <source>Start at login: on</source>
        <translation>Starten bij inloggen: aan</translation>
    </message>
    <message>
        <source>Start at login: off</source>
        <translation>Starten bij inloggen: uit</translation>
    </message>
    <message>
        <source>Start at login is not available on this system.</source>
        <translation>Starten bij inloggen is op dit systeem niet beschikbaar.</translation>
    </message>
    <message>
        <source>other people&apos;s calendars (.ics) as layers in your plan</source>
        <translation>agenda&apos;s van anderen (.ics) als lagen in je planning</translation>
    </message>
    <message>
        <source>import a calendar as a new layer</source>
        <translation>een agenda inlezen als nieuwe laag</translation>
    </message>
    <message>
        <source>read the password from standard input (where no keychain exists)</source>
        <translation>lees het wachtwoord van standaardinvoer (waar geen sleutelhanger is)</translation>
    </message>
    <message>
        <source>your agenda and must-do&apos;s on a CalDAV server (Nextcloud, iCloud …)</source>
        <translation>je agenda en must-do&apos;s op een CalDAV-server (Nextcloud, iCloud …)</translation>
    </message>
    <message>
        <source>add a server account</source>
        <translation>voeg een serveraccount toe</translation>
    </message>
    <message>
        <source>NAME</source>
        <translation>NAAM</translation>
    </message>
    <message>
        <source>e.g. Werk</source>
        <translation>bijv. Werk</translation>
    </message>
    <message>
        <source>the server&apos;s CalDAV address (https://…)</source>
        <translation>het CalDAV-adres van de server (https://…)</translation>
    </message>
    <message>
        <source>the user name on the server</source>
        <translation>de gebruikersnaam op de server</translation>
    </message>
    <message>
        <source>show the accounts</source>
        <translation>toon de accounts</translation>
    </message>
    <message>
        <source>remove an account and its password</source>
        <translation>verwijder een account en het wachtwoord</translation>
    </message>
    <message>
        <source>the account</source>
        <translation>het account</translation>
    </message>
    <message>
        <source>log in to the server once</source>
        <translation>log één keer in op de server</translation>
    </message>
    <message>
        <source>keep your agenda and must-do&apos;s in a calendar on the server</source>
        <translation>houd je agenda en must-do&apos;s bij in een agenda op de server</translation>
    </message>
    <message>
        <source>PATH</source>
        <translation>PAD</translation>
    </message>
    <message>
        <source>the calendar&apos;s path on the server, e.g. /sanne/agenda/</source>
        <translation>het pad van de agenda op de server, bijv. /sanne/agenda/</translation>
    </message>
    <message>
        <source>the must-do&apos;s collection (default: the calendar&apos;s path + -tasks)</source>
        <translation>de verzameling voor must-do&apos;s (standaard: het pad van de agenda + -tasks)</translation>
    </message>
    <message>
        <source>also show today&apos;s focus blocks and quiet quarter as busy</source>
        <translation>toon ook de focusblokken en het stil kwartier van vandaag als bezet</translation>
    </message>
    <message>
        <source>sync with the CalDAV server now</source>
        <translation>synchroniseer nu met de CalDAV-server</translation>
    </message>
    <message>
        <source>the layer&apos;s name, e.g. Directie</source>
        <translation>de naam van de laag, bijvoorbeeld Directie</translation>
    </message>
    <message>
        <source>FILE.ics</source>
        <translation>BESTAND.ics</translation>
    </message>
    <message>
        <source>the exported calendar (may be left out with --url)</source>
        <translation>de geëxporteerde agenda (mag weg met --url)</translation>
    </message>
    <message>
        <source>ACCOUNT</source>
        <translation>ACCOUNT</translation>
    </message>
    <message>
        <source>read-only from a CalDAV account (see &apos;ritmeregie caldav add&apos;)</source>
        <translation>alleen-lezen uit een CalDAV-account (zie &apos;ritmeregie caldav add&apos;)</translation>
    </message>
    <message>
        <source>with --caldav: the collection&apos;s path, e.g. /directie/agenda/</source>
        <translation>met --caldav: het pad van de verzameling, bijv. /directie/agenda/</translation>
    </message>
    <message>
        <source>import a calendar again: from FILE, from its address, or from the stored copy</source>
        <translation>een agenda opnieuw inlezen: uit FILE, van het adres of uit de bewaarde kopie</translation>
    </message>
    <message>
        <source>the layer&apos;s name</source>
        <translation>de naam van de laag</translation>
    </message>
    <message>
        <source>a newer export</source>
        <translation>een nieuwere export</translation>
    </message>
    <message>
        <source>show the layers</source>
        <translation>de lagen tonen</translation>
    </message>
    <message>
        <source>remove a layer</source>
        <translation>een laag verwijderen</translation>
    </message>
    <message>
        <source>change a layer&apos;s role, or whether it blocks your focus</source>
        <translation>de rol van een laag wijzigen, of of ze je focus blokkeert</translation>
    </message>
    <message>
        <source>own: your own calendar (its events are your meetings); manager: a manager&apos;s (context, or blocking with --blocking); context: holidays, a rota (default)</source>
        <translation>own: je eigen agenda (de afspraken zijn je overleggen); manager: die van een manager (ter informatie, of blokkerend met --blocking); context: feestdagen, een rooster (standaard)</translation>
    </message>
    <message>
        <source>a manager&apos;s events keep focus blocks and rituals away (default: context only)</source>
        <translation>de afspraken van een manager houden focusblokken en rituelen weg (standaard: alleen ter informatie)</translation>
    </message>
    <message>
        <source>its events keep focus blocks and rituals away</source>
        <translation>de afspraken houden focusblokken en rituelen weg</translation>
    </message>
    <message>
        <source>its events are shown for context only</source>
        <translation>de afspraken worden alleen ter informatie getoond</translation>
    </message>
    <message>
        <source>stop the subscription (the imported events stay)</source>
        <translation>het abonnement stoppen (de ingelezen afspraken blijven)</translation>
    </message>
    <message>
        <source>subscribe: the calendar&apos;s https address (Outlook or Google)</source>
        <translation>abonneren: het https-adres van de agenda (Outlook of Google)</translation>
    </message>
    <message>
        <source>MINUTES</source>
        <translation>MINUTEN</translation>
    </message>
    <message>
        <source>with --url: fetch it again every MINUTES (default: 60)</source>
        <translation>met --url: elke MINUTES minuten opnieuw ophalen (standaard: 60)</translation>
    </message>
    <message>
        <source>Ready to send: nothing to remark.</source>
        <translation>Klaar om te versturen: niets op aan te merken.</translation>
    </message>
    <message>
        <source>An opening line to copy:</source>
        <translation>Een openingszin om te kopiëren:</translation>
    </message>
    <message>
        <source>Paste the draft, then Ctrl+D:</source>
        <translation>Plak het concept, dan Ctrl+D:</translation>
    </message>
    <message>
        <source>The input</source>
        <translation>De invoer</translation>
    </message>
    <message>
        <source>{path} is a folder, not a draft.</source>
        <translation>{path} is een map, geen concept.</translation>
    </message>
    <message>
        <source>There is no file {path}.</source>
        <translation>Het bestand {path} bestaat niet.</translation>
    </message>
    <message>
        <source>{what} is too large for a mail draft.</source>
        <translation>{what} is te groot voor een conceptmail.</translation>
    </message>
    <message>
        <source>{what} is not text; save the draft as plain text first.</source>
        <translation>{what} is geen tekst; sla het concept eerst op als platte tekst.</translation>
    </message>
    <message>
        <source>There is no quick reply called &apos;{name}&apos;; choose from: {names}.</source>
        <translation>Er is geen snel antwoord &apos;{name}&apos;; kies uit: {names}.</translation>
    </message>
    <message>
        <source>Copied to the clipboard: {name}.</source>
        <translation>Gekopieerd naar het klembord: {name}.</translation>
    </message>
    <message>
        <source>No clipboard here (no display); the text is printed above instead.</source>
        <translation>Geen klembord hier (geen beeldscherm); de tekst staat hierboven.</translation>
    </message>
    <message>
        <source>{path} is too large for a calendar ({size} MB).</source>
        <translation>{path} is te groot voor een agenda ({size} MB).</translation>
    </message>
    <message>
        <source>{path} cannot be read: {reason}</source>
        <translation>{path} is niet te lezen: {reason}</translation>
    </message>
    <message>
        <source>--blocking goes with --role manager.</source>
        <translation>--blocking hoort bij --role manager.</translation>
    </message>
    <message>
        <source>--every goes with --url.</source>
        <translation>--every hoort bij --url.</translation>
    </message>
    <message>
        <source>--every must be between {low} and {high} minutes.</source>
        <translation>--every moet tussen {low} en {high} minuten liggen.</translation>
    </message>
    <message>
        <source>Reading &apos;{name}&apos;…</source>
        <translation>&apos;{name}&apos; wordt ingelezen…</translation>
    </message>
    <message>
        <source>Give the calendar&apos;s file, or its address with --url.</source>
        <translation>Geef het bestand van de agenda op, of het adres met --url.</translation>
    </message>
    <message>
        <source>There is already a calendar named &apos;{name}&apos;; use &apos;calendar refresh&apos;.</source>
        <translation>Er is al een agenda met de naam &apos;{name}&apos;; gebruik &apos;calendar refresh&apos;.</translation>
    </message>
    <message>
        <source>&apos;{name}&apos; has no stored copy: give the file.</source>
        <translation>Van &apos;{name}&apos; is geen kopie bewaard: geef het bestand op.</translation>
    </message>
    <message>
        <source>No calendars yet: add one with &apos;ritmeregie calendar add&apos;.</source>
        <translation>Nog geen agenda&apos;s: voeg er een toe met &apos;ritmeregie calendar add&apos;.</translation>
    </message>
    <message>
        <source>Say what to change: --role, --blocking or --not-blocking.</source>
        <translation>Zeg wat er moet veranderen: --role, --blocking of --not-blocking.</translation>
    </message>
    <message>
        <source>context only</source>
        <translation>alleen ter informatie</translation>
    </message>
    <message>
        <source>{name}: {role}, {events}, imported {when}</source>
        <translation>{name}: {role}, {events}, ingelezen {when}</translation>
    </message>
    <message>
        <source>1 event</source>
        <translation>1 afspraak</translation>
    </message>
    <message>
        <source>{count} events</source>
        <translation>{count} afspraken</translation>
    </message>
    <message>
        <source>subscribed: every {minutes} min from {url}</source>
        <translation>abonnement: elke {minutes} min van {url}</translation>
    </message>
    <message>
        <source>Removed the calendar &apos;{name}&apos;.</source>
        <translation>De agenda &apos;{name}&apos; is verwijderd.</translation>
    </message>
    <message>
        <source>--url and --no-url do not go together.</source>
        <translation>--url en --no-url gaan niet samen.</translation>
    </message>
    <message>
        <source>{name}: {role}.</source>
        <translation>{name}: {role}.</translation>
    </message>
    <message>
        <source>your own calendar (its events are your meetings)</source>
        <translation>je eigen agenda (de afspraken zijn je overleggen)</translation>
    </message>
    <message>
        <source>a manager&apos;s calendar, blocking</source>
        <translation>agenda van een manager, blokkeert</translation>
    </message>
    <message>
        <source>a manager&apos;s calendar, context only</source>
        <translation>agenda van een manager, alleen ter informatie</translation>
    </message>
    <message>
        <source>There is no calendar named &apos;{name}&apos;; see &apos;calendar list&apos;.</source>
        <translation>Er is geen agenda met de naam &apos;{name}&apos;; zie &apos;calendar list&apos;.</translation>
    </message>
    <message>
        <source>copy your data now (also while the app runs)</source>
        <translation>maak nu een kopie van je gegevens (ook terwijl de app draait)</translation>
    </message>
    <message>
        <source>FILE</source>
        <translation>BESTAND</translation>
    </message>
    <message>
        <source>where to write the copy (a new file or a folder; default: the backups folder)</source>
        <translation>waar de kopie komt (een nieuw bestand of een map; standaard: de map backups)</translation>
    </message>
    <message>
        <source>list the backups, newest first</source>
        <translation>toon de back-ups, nieuwste eerst</translation>
    </message>
    <message>
        <source>put a backup back in place (your current data is kept aside)</source>
        <translation>zet een back-up terug (je huidige gegevens worden apart bewaard)</translation>
    </message>
    <message>
        <source>the backup to restore (see &apos;backup --list&apos;)</source>
        <translation>de back-up die je terugzet (zie &apos;backup --list&apos;)</translation>
    </message>
    <message>
        <source>remove everything you entered, backups included</source>
        <translation>verwijder alles wat je hebt ingevoerd, back-ups inbegrepen</translation>
    </message>
    <message>
        <source>everything: agenda, rituals, settings, backups</source>
        <translation>alles: agenda, rituelen, instellingen, back-ups</translation>
    </message>
    <message>
        <source>do not ask (for scripts)</source>
        <translation>niet vragen (voor scripts)</translation>
    </message>
    <message>
        <source>ritmeregie is running; quit it first (&apos;ritmeregie quit&apos;), then {what} again.</source>
        <translation>ritmeregie draait nog; sluit het eerst af (&apos;ritmeregie quit&apos;) en probeer daarna opnieuw {what}.</translation>
    </message>
    <message>
        <source>--list takes no FILE.</source>
        <translation>--list neemt geen BESTAND.</translation>
    </message>
    <message>
        <source>{path} already exists; choose a new name.</source>
        <translation>{path} bestaat al; kies een nieuwe naam.</translation>
    </message>
    <message>
        <source>The folder {path} does not exist.</source>
        <translation>De map {path} bestaat niet.</translation>
    </message>
    <message>
        <source>There is nothing to back up yet: no database in {path}.</source>
        <translation>Er is nog niets om te back-uppen: geen database in {path}.</translation>
    </message>
    <message>
        <source>Backup written to {path} ({size}).</source>
        <translation>Back-up geschreven naar {path} ({size}).</translation>
    </message>
    <message>
        <source>No backups yet in {path}.</source>
        <translation>Nog geen back-ups in {path}.</translation>
    </message>
    <message>
        <source>{path} is not a file.</source>
        <translation>{path} is geen bestand.</translation>
    </message>
    <message>
        <source>That is the database itself; choose a backup.</source>
        <translation>Dat is de database zelf; kies een back-up.</translation>
    </message>
    <message>
        <source>Restored from {path}.</source>
        <translation>Teruggezet vanuit {path}.</translation>
    </message>
    <message>
        <source>Your previous data is kept in {path}.</source>
        <translation>Je vorige gegevens zijn bewaard in {path}.</translation>
    </message>
    <message>
        <source>There is nothing to forget in {path}.</source>
        <translation>Er is niets te vergeten in {path}.</translation>
    </message>
    <message>
        <source>This removes everything you entered in ritmeregie from {path}: agenda, must-dos, calls, reflections, DADUs, frictions, checklists, notes, settings, and all backups and set-aside copies of them. It cannot be undone. To keep a copy first, run &apos;ritmeregie export --all&apos; or &apos;ritmeregie backup FILE&apos;.</source>
        <translation>Dit verwijdert alles wat je in ritmeregie hebt ingevoerd uit {path}: agenda, must-do&apos;s, belletjes, reflecties, DADU&apos;s, wrijvingen, checklists, notities, instellingen, en alle back-ups en apart gezette kopieën daarvan. Dit kan niet ongedaan worden gemaakt. Wil je eerst een kopie bewaren, gebruik dan &apos;ritmeregie export --all&apos; of &apos;ritmeregie backup BESTAND&apos;.</translation>
    </message>
    <message>
        <source>Type &apos;forget&apos; to remove it all: </source>
        <translation>Typ &apos;vergeet&apos; om alles te verwijderen: </translation>
    </message>
    <message>
        <source>Nothing was removed.</source>
        <translation>Er is niets verwijderd.</translation>
    </message>
    <message>
        <source>Could not remove {path}: {error}</source>
        <translation>Kon {path} niet verwijderen: {error}</translation>
    </message>
    <message>
        <source>Forgotten: {files} removed from {path}. The next start begins with the default rhythm and an empty agenda.</source>
        <translation>Vergeten: {files} verwijderd uit {path}. De volgende start begint met het standaardritme en een lege agenda.</translation>
    </message>
    <message>
        <source>1 file</source>
        <translation>1 bestand</translation>
    </message>
    <message>
        <source>{count} files</source>
        <translation>{count} bestanden</translation>
    </message>
    <message>
        <source>write the day&apos;s reflection (saving again replaces it)</source>
        <translation>de reflectie van de dag schrijven (opnieuw opslaan vervangt hem)</translation>
    </message>
    <message>
        <source>TEXT</source>
        <translation>TEKST</translation>
    </message>
    <message>
        <source>what am I satisfied with</source>
        <translation>waar ben ik tevreden over</translation>
    </message>
    <message>
        <source>what am I less satisfied with</source>
        <translation>waar ben ik minder tevreden over</translation>
    </message>
    <message>
        <source>what will I do differently</source>
        <translation>wat ga ik anders doen</translation>
    </message>
    <message>
        <source>energy, from 1 to 5</source>
        <translation>energie, van 1 tot 5</translation>
    </message>
    <message>
        <source>Decision, Action, Deadline, Update</source>
        <translation>Besluit, Actie, Deadline, Update</translation>
    </message>
    <message>
        <source>add one row to a meeting&apos;s DADU (repeat for more rows)</source>
        <translation>één regel toevoegen aan de DADU van een overleg (herhaal voor meer regels)</translation>
    </message>
    <message>
        <source>TITLE</source>
        <translation>TITEL</translation>
    </message>
    <message>
        <source>the meeting&apos;s title; a meeting of that day (typed or from your own calendar) is found by it</source>
        <translation>de titel van het overleg; een overleg van die dag (ingetypt of uit je eigen agenda) wordt erop gevonden</translation>
    </message>
    <message>
        <source>the meeting&apos;s start, when several meetings match the title</source>
        <translation>het begin van het overleg, als meerdere overleggen bij de titel passen</translation>
    </message>
    <message>
        <source>what was decided</source>
        <translation>wat er besloten is</translation>
    </message>
    <message>
        <source>what will be done</source>
        <translation>wat er gedaan wordt</translation>
    </message>
    <message>
        <source>who does it</source>
        <translation>wie het doet</translation>
    </message>
    <message>
        <source>when it is due (becomes a must-do on that day)</source>
        <translation>wanneer het af moet zijn (wordt een must-do op die dag)</translation>
    </message>
    <message>
        <source>how and when to report back</source>
        <translation>hoe en wanneer je terugkoppelt</translation>
    </message>
    <message>
        <source>the day of the update</source>
        <translation>de dag van de update</translation>
    </message>
    <message>
        <source>the meeting&apos;s day (default: today)</source>
        <translation>de dag van het overleg (standaard: vandaag)</translation>
    </message>
    <message>
        <source>your must-dos</source>
        <translation>je must-do&apos;s</translation>
    </message>
    <message>
        <source>add a must-do</source>
        <translation>een must-do toevoegen</translation>
    </message>
    <message>
        <source>what must happen</source>
        <translation>wat er moet gebeuren</translation>
    </message>
    <message>
        <source>the day it is planned for (default: none, it waits in your list)</source>
        <translation>de dag waarvoor hij gepland is (standaard: geen, hij wacht in je lijst)</translation>
    </message>
    <message>
        <source>it is urgent</source>
        <translation>het is urgent</translation>
    </message>
    <message>
        <source>the first day (default: today)</source>
        <translation>de eerste dag (standaard: vandaag)</translation>
    </message>
    <message>
        <source>the last day (default: two weeks on)</source>
        <translation>de laatste dag (standaard: twee weken verder)</translation>
    </message>
    <message>
        <source>the manager&apos;s colour</source>
        <translation>de kleur van de manager</translation>
    </message>
    <message>
        <source>LAYER</source>
        <translation>LAAG</translation>
    </message>
    <message>
        <source>a calendar layer of theirs (repeat for more)</source>
        <translation>een agendalaag van deze manager (herhaal voor meer)</translation>
    </message>
    <message>
        <source>&quot;DAY HH:MM&quot;</source>
        <translation>&quot;DAG UU:MM&quot;</translation>
    </message>
    <message>
        <source>their weekly review slot, e.g. &quot;monday 09:00&quot; (none: no slot)</source>
        <translation>het moment van de weekstart, bijv. &quot;maandag 09:00&quot; (geen: geen moment)</translation>
    </message>
    <message>
        <source>make them the default for a new request</source>
        <translation>maak deze manager de standaard voor een nieuw verzoek</translation>
    </message>
    <message>
        <source>the managers you work for</source>
        <translation>de managers voor wie je werkt</translation>
    </message>
    <message>
        <source>add a manager</source>
        <translation>een manager toevoegen</translation>
    </message>
    <message>
        <source>their name</source>
        <translation>de naam</translation>
    </message>
    <message>
        <source>list the managers</source>
        <translation>de managers tonen</translation>
    </message>
    <message>
        <source>remove a manager (their requests stay, without a manager)</source>
        <translation>een manager verwijderen (de verzoeken blijven, zonder manager)</translation>
    </message>
    <message>
        <source>the weekly review with this manager</source>
        <translation>de weekstart met deze manager</translation>
    </message>
    <message>
        <source>a day of the week to review (default: this week)</source>
        <translation>een dag van de week om door te nemen (standaard: deze week)</translation>
    </message>
    <message>
        <source>change a manager</source>
        <translation>een manager wijzigen</translation>
    </message>
    <message>
        <source>a new name</source>
        <translation>een nieuwe naam</translation>
    </message>
    <message>
        <source>no calendar layers</source>
        <translation>geen agendalagen</translation>
    </message>
    <message>
        <source>a manager&apos;s requests</source>
        <translation>de verzoeken van een manager</translation>
    </message>
    <message>
        <source>note a request (it becomes a must-do)</source>
        <translation>een verzoek vastleggen (het wordt een must-do)</translation>
    </message>
    <message>
        <source>what is asked</source>
        <translation>wat er gevraagd wordt</translation>
    </message>
    <message>
        <source>whose request it is (default: your default manager)</source>
        <translation>van wie het verzoek is (standaard: je standaardmanager)</translation>
    </message>
    <message>
        <source>what is the real goal</source>
        <translation>wat is het echte doel</translation>
    </message>
    <message>
        <source>when it is needed</source>
        <translation>wanneer het nodig is</translation>
    </message>
    <message>
        <source>who it is for in the end (e.g. the board)</source>
        <translation>voor wie het uiteindelijk is (bijv. het bestuur)</translation>
    </message>
    <message>
        <source>what moving it affects</source>
        <translation>wat het raakt als het schuift</translation>
    </message>
    <message>
        <source>speed or completeness</source>
        <translation>snelheid of volledigheid</translation>
    </message>
    <message>
        <source>how long you think it takes</source>
        <translation>hoe lang het volgens jou duurt</translation>
    </message>
    <message>
        <source>it is important</source>
        <translation>het is belangrijk</translation>
    </message>
    <message>
        <source>a request with its answers and agreements</source>
        <translation>een verzoek met de antwoorden en afspraken</translation>
    </message>
    <message>
        <source>keep an agreement about a conflict with both requests</source>
        <translation>een afspraak over een conflict bij beide verzoeken bewaren</translation>
    </message>
    <message>
        <source>one request</source>
        <translation>het ene verzoek</translation>
    </message>
    <message>
        <source>the other</source>
        <translation>het andere</translation>
    </message>
    <message>
        <source>what was agreed (default: the proposal of their conflict)</source>
        <translation>wat is afgesproken (standaard: het voorstel bij hun conflict)</translation>
    </message>
    <message>
        <source>move the request as the proposal says</source>
        <translation>het verzoek verschuiven zoals het voorstel zegt</translation>
    </message>
    <message>
        <source>the open must-dos in four quadrants: urgent and important</source>
        <translation>de open must-do&apos;s in vier kwadranten: urgent en belangrijk</translation>
    </message>
    <message>
        <source>only this manager&apos;s requests</source>
        <translation>alleen de verzoeken van deze manager</translation>
    </message>
    <message>
        <source>QUADRANT</source>
        <translation>KWADRANT</translation>
    </message>
    <message>
        <source>move a must-do to a quadrant: {names}</source>
        <translation>een must-do naar een kwadrant verplaatsen: {names}</translation>
    </message>
    <message>
        <source>work that does not fit before its deadline, with a proposal</source>
        <translation>werk dat niet past vóór de deadline, met een voorstel</translation>
    </message>
    <message>
        <source>the weekly review per manager</source>
        <translation>de weekstart per manager</translation>
    </message>
    <message>
        <source>only this manager (default: each of them)</source>
        <translation>alleen deze manager (standaard: allemaal)</translation>
    </message>
    <message>
        <source>when it is due</source>
        <translation>wanneer het af moet zijn</translation>
    </message>
    <message>
        <source>the manager it is for</source>
        <translation>de manager voor wie het is</translation>
    </message>
    <message>
        <source>the open must-dos of a day</source>
        <translation>de openstaande must-do&apos;s van een dag</translation>
    </message>
    <message>
        <source>only this manager&apos;s must-dos</source>
        <translation>alleen de must-do&apos;s van deze manager</translation>
    </message>
    <message>
        <source>tick a must-do off</source>
        <translation>een must-do afvinken</translation>
    </message>
    <message>
        <source>ID</source>
        <translation>NR</translation>
    </message>
    <message>
        <source>the must-do&apos;s number (see &apos;mustdo list&apos;)</source>
        <translation>het nummer van de must-do (zie &apos;mustdo list&apos;)</translation>
    </message>
    <message>
        <source>frictions: small things that cost time again and again</source>
        <translation>wrijvingen: kleine dingen die steeds weer tijd kosten</translation>
    </message>
    <message>
        <source>note a friction</source>
        <translation>een wrijving noteren</translation>
    </message>
    <message>
        <source>what got in the way</source>
        <translation>wat zat je in de weg</translation>
    </message>
    <message>
        <source>all frictions</source>
        <translation>alle wrijvingen</translation>
    </message>
    <message>
        <source>everything you wrote, as Markdown, CSV, JSON or a calendar (.ics)</source>
        <translation>alles wat je schreef, als Markdown, CSV, JSON of agenda (.ics)</translation>
    </message>
    <message>
        <source>md, csv, json (default) or ics</source>
        <translation>md, csv, json (standaard) of ics</translation>
    </message>
    <message>
        <source>the first day to include</source>
        <translation>de eerste dag die meegaat</translation>
    </message>
    <message>
        <source>the last day to include</source>
        <translation>de laatste dag die meegaat</translation>
    </message>
    <message>
        <source>everything you ever entered, with calls, checklists, review notes and settings</source>
        <translation>alles wat je ooit invoerde, met belletjes, checklists, notities van het weekoverleg en instellingen</translation>
    </message>
    <message>
        <source>ics: add the rhythm&apos;s blocks to the agenda</source>
        <translation>ics: de blokken van je ritme aan de agenda toevoegen</translation>
    </message>
    <message>
        <source>write to this file instead of the screen</source>
        <translation>naar dit bestand schrijven in plaats van naar het scherm</translation>
    </message>
    <message>
        <source>with --output: replace a file that exists</source>
        <translation>met --output: vervang een bestand dat al bestaat</translation>
    </message>
    <message>
        <source>What am I satisfied with?</source>
        <translation>Waar ben ik tevreden over?</translation>
    </message>
    <message>
        <source>What am I less satisfied with?</source>
        <translation>Waar ben ik minder tevreden over?</translation>
    </message>
    <message>
        <source>What will I do differently?</source>
        <translation>Wat ga ik anders doen?</translation>
    </message>
    <message>
        <source>A reflection needs at least one answer.</source>
        <translation>Een reflectie heeft minstens één antwoord nodig.</translation>
    </message>
    <message>
        <source>Reflection of {date} updated.</source>
        <translation>Reflectie van {date} bijgewerkt.</translation>
    </message>
    <message>
        <source>Reflection of {date} saved.</source>
        <translation>Reflectie van {date} bewaard.</translation>
    </message>
    <message>
        <source>Energy today, 1 to 5 (Enter to leave out):</source>
        <translation>Energie vandaag, 1 tot 5 (Enter om over te slaan):</translation>
    </message>
    <message>
        <source>Stopped; nothing was saved.</source>
        <translation>Gestopt; er is niets bewaard.</translation>
    </message>
    <message>
        <source>Energy is a number from 1 to 5, not &apos;{value}&apos;.</source>
        <translation>Energie is een getal van 1 tot 5, niet &apos;{value}&apos;.</translation>
    </message>
    <message>
        <source>Meeting:</source>
        <translation>Overleg:</translation>
    </message>
    <message>
        <source>Decision:</source>
        <translation>Besluit:</translation>
    </message>
    <message>
        <source>Action (Enter: none):</source>
        <translation>Actie (Enter: geen):</translation>
    </message>
    <message>
        <source>Who (Enter: none):</source>
        <translation>Wie (Enter: niemand):</translation>
    </message>
    <message>
        <source>Update, how to report back (Enter: none):</source>
        <translation>Update, hoe je terugkoppelt (Enter: geen):</translation>
    </message>
    <message>
        <source>Deadline, e.g. 18-12 or friday (Enter: none):</source>
        <translation>Deadline, bijvoorbeeld 18-12 of vrijdag (Enter: geen):</translation>
    </message>
    <message>
        <source>Day of the update, e.g. 18-12 or friday (Enter: none):</source>
        <translation>Dag van de update, bijvoorbeeld 18-12 of vrijdag (Enter: geen):</translation>
    </message>
    <message>
        <source>DADU of {meeting} ({date}): row {number} added.</source>
        <translation>DADU van {meeting} ({date}): regel {number} toegevoegd.</translation>
    </message>
    <message>
        <source>The deadline is on your must-dos for {date}.</source>
        <translation>De deadline staat bij je must-do&apos;s voor {date}.</translation>
    </message>
    <message>
        <source>--at takes a time like 10:00, not &apos;{text}&apos;.</source>
        <translation>--at wil een tijd zoals 10:00, niet &apos;{text}&apos;.</translation>
    </message>
    <message>
        <source>No meeting &apos;{title}&apos; starts at {time} on {date}.</source>
        <translation>Er begint geen overleg &apos;{title}&apos; om {time} op {date}.</translation>
    </message>
    <message>
        <source>Several meetings on {date} match &apos;{title}&apos;; name one with --at HH:MM:</source>
        <translation>Meerdere overleggen op {date} passen bij &apos;{title}&apos;; kies er een met --at UU:MM:</translation>
    </message>
    <message>
        <source>Must-do:</source>
        <translation>Must-do:</translation>
    </message>
    <message>
        <source>The must-do</source>
        <translation>De must-do</translation>
    </message>
    <message>
        <source>The request</source>
        <translation>Het verzoek</translation>
    </message>
    <message>
        <source>Request:</source>
        <translation>Verzoek:</translation>
    </message>
    <message>
        <source>For whom (a manager&apos;s name):</source>
        <translation>Voor wie (naam van een manager):</translation>
    </message>
    <message>
        <source>What is the real goal?</source>
        <translation>Wat is het echte doel?</translation>
    </message>
    <message>
        <source>Needed by (a date):</source>
        <translation>Nodig op (een datum):</translation>
    </message>
    <message>
        <source>Who is it for in the end?</source>
        <translation>Voor wie is het uiteindelijk?</translation>
    </message>
    <message>
        <source>What does moving it affect?</source>
        <translation>Wat raakt het als het schuift?</translation>
    </message>
    <message>
        <source>Speed or completeness? (s/c)</source>
        <translation>Snelheid of volledigheid? (s/v)</translation>
    </message>
    <message>
        <source>How many minutes will it take?</source>
        <translation>Hoeveel minuten kost het?</translation>
    </message>
    <message>
        <source>Added request #{id} for {manager}: {title}</source>
        <translation>Verzoek #{id} voor {manager} vastgelegd: {title}</translation>
    </message>
    <message>
        <source>Added must-do #{id}: {title}</source>
        <translation>Must-do #{id} toegevoegd: {title}</translation>
    </message>
    <message>
        <source>Answer s (speed) or c (completeness).</source>
        <translation>Antwoord s (snelheid) of v (volledigheid).</translation>
    </message>
    <message>
        <source>&apos;{value}&apos; is not a whole number.</source>
        <translation>&apos;{value}&apos; is geen heel getal.</translation>
    </message>
    <message>
        <source>Goal</source>
        <translation>Doel</translation>
    </message>
    <message>
        <source>For whom</source>
        <translation>Voor wie</translation>
    </message>
    <message>
        <source>Moving it affects</source>
        <translation>Schuiven raakt</translation>
    </message>
    <message>
        <source>An agreement is between two different requests.</source>
        <translation>Een afspraak gaat over twee verschillende verzoeken.</translation>
    </message>
    <message>
        <source>Must-dos {first} and {second} have no conflict just now; give the agreement with --text.</source>
        <translation>Must-do&apos;s {first} en {second} hebben nu geen conflict; geef de afspraak met --text.</translation>
    </message>
    <message>
        <source>Kept with must-dos #{first} and #{second}.</source>
        <translation>Bewaard bij must-do&apos;s #{first} en #{second}.</translation>
    </message>
    <message>
        <source>No must-dos for {date}.</source>
        <translation>Geen must-do&apos;s voor {date}.</translation>
    </message>
    <message>
        <source>Must-dos for {date}:</source>
        <translation>Must-do&apos;s voor {date}:</translation>
    </message>
    <message>
        <source>(none chosen yet)</source>
        <translation>(nog geen gekozen)</translation>
    </message>
    <message>
        <source>Also open:</source>
        <translation>Ook open:</translation>
    </message>
    <message>
        <source>(default)</source>
        <translation>(standaard)</translation>
    </message>
    <message>
        <source>layers: {names}</source>
        <translation>lagen: {names}</translation>
    </message>
    <message>
        <source>weekly review {day} {time}</source>
        <translation>weekstart {day} {time}</translation>
    </message>
    <message>
        <source>due {date}</source>
        <translation>deadline {date}</translation>
    </message>
    <message>
        <source>(none)</source>
        <translation>(geen)</translation>
    </message>
    <message>
        <source>Agreed? ritmeregie request agree {first} {second}</source>
        <translation>Afgesproken? ritmeregie request agree {first} {second}</translation>
    </message>
    <message>
        <source>Weekly review with {name} — week of {date}</source>
        <translation>Weekstart met {name} — week van {date}</translation>
    </message>
    <message>
        <source>Done last week</source>
        <translation>Vorige week klaar</translation>
    </message>
    <message>
        <source>Still open</source>
        <translation>Nog open</translation>
    </message>
    <message>
        <source>DADU actions</source>
        <translation>DADU-acties</translation>
    </message>
    <message>
        <source>Deadlines</source>
        <translation>Deadlines</translation>
    </message>
    <message>
        <source>Coming week</source>
        <translation>Komende week</translation>
    </message>
    <message>
        <source>Agreements</source>
        <translation>Afspraken</translation>
    </message>
    <message>
        <source>planned {date}</source>
        <translation>gepland {date}</translation>
    </message>
    <message>
        <source>&apos;{value}&apos; is not a must-do number; see &apos;ritmeregie mustdo list&apos;.</source>
        <translation>&apos;{value}&apos; is geen nummer van een must-do; zie &apos;ritmeregie mustdo list&apos;.</translation>
    </message>
    <message>
        <source>There is no must-do #{id}.</source>
        <translation>Er is geen must-do #{id}.</translation>
    </message>
    <message>
        <source>Done: #{id} {title}</source>
        <translation>Gedaan: #{id} {title}</translation>
    </message>
    <message>
        <source>Friction:</source>
        <translation>Wrijving:</translation>
    </message>
    <message>
        <source>The friction</source>
        <translation>De wrijving</translation>
    </message>
    <message>
        <source>Noted friction #{id}.</source>
        <translation>Wrijving #{id} genoteerd.</translation>
    </message>
    <message>
        <source>No frictions noted yet.</source>
        <translation>Nog geen wrijvingen genoteerd.</translation>
    </message>
    <message>
        <source>open</source>
        <translation>open</translation>
    </message>
    <message>
        <source>fixed</source>
        <translation>opgelost</translation>
    </message>
    <message>
        <source>checklist</source>
        <translation>checklist</translation>
    </message>
    <message>
        <source>dropped</source>
        <translation>losgelaten</translation>
    </message>
    <message>
        <source>--all exports everything; leave out --from and --to.</source>
        <translation>--all exporteert alles; laat --from en --to weg.</translation>
    </message>
    <message>
        <source>--to ({last}) comes before --from ({first}).</source>
        <translation>--to ({last}) ligt vóór --from ({first}).</translation>
    </message>
    <message>
        <source>--include-rhythm only goes with --format ics.</source>
        <translation>--include-rhythm hoort alleen bij --format ics.</translation>
    </message>
    <message>
        <source>Written to {path}.</source>
        <translation>Geschreven naar {path}.</translation>
    </message>
    <message>
        <source>Calendar export (.ics) is not available in this version.</source>
        <translation>Agenda-export (.ics) zit niet in deze versie.</translation>
    </message>
    <message>
        <source>{path} is a folder; name a file.</source>
        <translation>{path} is een map; noem een bestand.</translation>
    </message>
    <message>
        <source>{path} already exists; choose another name, or add --force to replace it.</source>
        <translation>{path} bestaat al; kies een andere naam, of voeg --force toe om het te vervangen.</translation>
    </message>
    <message>
        <source>Cannot write {path}: {reason}</source>
        <translation>Kan {path} niet schrijven: {reason}</translation>
    </message>
    <message>
        <source>{option} is empty; write a few words.</source>
        <translation>{option} is leeg; schrijf een paar woorden.</translation>
    </message>
    <message>
        <source>{option} is longer than {limit} characters.</source>
        <translation>{option} is langer dan {limit} tekens.</translation>
    </message>
    <message>
        <source>{option} contains a control character ({code}); only newlines and tabs are allowed.</source>
        <translation>{option} bevat een stuurteken ({code}); alleen nieuwe regels en tabs mogen.</translation>
    </message>
    <message>
        <source>{option} is missing (or run this in a terminal to be asked).</source>
        <translation>{option} ontbreekt (of start dit in een terminal, dan wordt het gevraagd).</translation>
    </message>
    <message>
        <source>{option} are missing (or run this in a terminal to be asked).</source>
        <translation>{option} ontbreken (of start dit in een terminal, dan wordt het gevraagd).</translation>
    </message>
    <message>
        <source>there is no display to show the tray on (no DISPLAY or WAYLAND_DISPLAY); start it from your desktop session.</source>
        <translation>er is geen beeldscherm om het systeemvak op te tonen (geen DISPLAY of WAYLAND_DISPLAY); start ritmeregie vanuit je bureaubladsessie.</translation>
    </message>
    <message>
        <source>plan a week</source>
        <translation>een week plannen</translation>
    </message>
    <message>
        <source>spread the open must-dos over next week&apos;s free focus time and save it</source>
        <translation>verdeel de open must-do&apos;s over de vrije focustijd van volgende week en bewaar dat</translation>
    </message>
    <message>
        <source>a day of the week to plan (default: next week)</source>
        <translation>een dag uit de week die je plant (standaard: volgende week)</translation>
    </message>
    <message>
        <source>show the spread without saving it</source>
        <translation>toon de verdeling zonder die te bewaren</translation>
    </message>
    <message>
        <source>{minutes} min</source>
        <translation>{minutes} min</translation>
    </message>
    <message>
        <source>{hours} h {minutes:02d} min</source>
        <translation>{hours} u {minutes:02d} min</translation>
    </message>
    <message>
        <source>no focus time left</source>
        <translation>geen focustijd over</translation>
    </message>
    <message>
        <source>more must-dos than focus time</source>
        <translation>meer must-do&apos;s dan focustijd</translation>
    </message>
    <message>
        <source>a ritual found no room</source>
        <translation>een ritueel vond geen plek</translation>
    </message>
    <message>
        <source>its deadline is before this week</source>
        <translation>de deadline ligt vóór deze week</translation>
    </message>
    <message>
        <source>no free focus time before its deadline</source>
        <translation>geen vrije focustijd vóór de deadline</translation>
    </message>
    <message>
        <source>longer than any day&apos;s focus time</source>
        <translation>langer dan de focustijd van welke dag ook</translation>
    </message>
    <message>
        <source>the week&apos;s focus time is full</source>
        <translation>de focustijd van de week is vol</translation>
    </message>
    <message>
        <source>Week: meetings {meetings} · focus {focus} · free {free}</source>
        <translation>Week: overleg {meetings} · focus {focus} · vrij {free}</translation>
    </message>
    <message>
        <source>(meetings {meetings} · focus {focus} · free {free})</source>
        <translation>(overleg {meetings} · focus {focus} · vrij {free})</translation>
    </message>
    <message>
        <source>Overfull: {reasons}</source>
        <translation>Overvol: {reasons}</translation>
    </message>
    <message>
        <source>Nothing planned: a day off.</source>
        <translation>Niets gepland: een vrije dag.</translation>
    </message>
    <message>
        <source>Must-do: {title}</source>
        <translation>Must-do: {title}</translation>
    </message>
    <message>
        <source>The week {first} – {last}:</source>
        <translation>De week {first} – {last}:</translation>
    </message>
    <message>
        <source>(due {date})</source>
        <translation>(deadline {date})</translation>
    </message>
    <message>
        <source>No open must-dos to plan.</source>
        <translation>Geen open must-do&apos;s om te plannen.</translation>
    </message>
    <message>
        <source>Does not fit:</source>
        <translation>Past niet:</translation>
    </message>
    <message>
        <source>Each must-do counts as one focus block ({minutes} min): they have no estimate.</source>
        <translation>Elke must-do telt als één focusblok ({minutes} min): er is geen schatting.</translation>
    </message>
    <message>
        <source>Saved: each day&apos;s dagstart offers its must-dos first.</source>
        <translation>Bewaard: de dagstart van elke dag biedt die must-do&apos;s als eerste aan.</translation>
    </message>
    <message>
        <source>No meetings on this day.</source>
        <translation>Geen overleggen op deze dag.</translation>
    </message>
    <message>
        <source>no decision line in the invite</source>
        <translation>geen beslisregel in de uitnodiging</translation>
    </message>
    <message>
        <source>Double booked: {first} and {second} ({time}).</source>
        <translation>Dubbel geboekt: {first} en {second} ({time}).</translation>
    </message>
    <message>
        <source>your agenda</source>
        <translation>je agenda</translation>
    </message>
    <message>
        <source>DADU written</source>
        <translation>DADU geschreven</translation>
    </message>
    <message>
        <source>no DADU yet</source>
        <translation>nog geen DADU</translation>
    </message>
    <message>
        <source>a day&apos;s meetings: where from, their decision line, whether the DADU exists</source>
        <translation>de overleggen van een dag: waarvandaan, hun beslisregel, of de DADU er is</translation>
    </message>
    <message>
        <source>A manager needs a name.</source>
        <translation>Een manager heeft een naam nodig.</translation>
    </message>
    <message>
        <source>A manager&apos;s name is at most 80 characters.</source>
        <translation>De naam van een manager is hoogstens 80 tekens.</translation>
    </message>
    <message>
        <source>A colour is written as #RRGGBB (e.g. #C2185B), not {value}.</source>
        <translation>Een kleur schrijf je als #RRGGBB (bijv. #C2185B), niet {value}.</translation>
    </message>
    <message>
        <source>A review slot is a weekday and a time, e.g. &quot;monday 09:00&quot;, not {value}.</source>
        <translation>Een weekstartmoment is een weekdag en een tijd, bijv. &quot;maandag 09:00&quot;, niet {value}.</translation>
    </message>
    <message>
        <source>{value} is not a time of day.</source>
        <translation>{value} is geen tijd van de dag.</translation>
    </message>
    <message>
        <source>An estimate is from 0 to {limit} minutes.</source>
        <translation>Een schatting is 0 tot {limit} minuten.</translation>
    </message>
    <message>
        <source>&apos;{value}&apos; is not a must-do&apos;s number.</source>
        <translation>&apos;{value}&apos; is geen nummer van een must-do.</translation>
    </message>
    <message>
        <source>Which {name}? There are {names}.</source>
        <translation>Welke {name}? Er zijn er meer: {names}.</translation>
    </message>
    <message>
        <source>There is no manager called {name} (see &apos;manager list&apos;).</source>
        <translation>Er is geen manager die {name} heet (zie &apos;manager list&apos;).</translation>
    </message>
    <message>
        <source>There is no calendar layer called {name}; the layers are: {names}.</source>
        <translation>Er is geen agendalaag die {name} heet; de lagen zijn: {names}.</translation>
    </message>
    <message>
        <source>There is already a manager called {name}.</source>
        <translation>Er is al een manager die {name} heet.</translation>
    </message>
    <message>
        <source>Added manager {name}.</source>
        <translation>Manager {name} toegevoegd.</translation>
    </message>
    <message>
        <source>No managers yet; add one with &apos;ritmeregie manager add NAME&apos;.</source>
        <translation>Nog geen managers; voeg er een toe met &apos;ritmeregie manager add NAAM&apos;.</translation>
    </message>
    <message>
        <source>Removed manager {name}; their requests stay, without a manager.</source>
        <translation>Manager {name} verwijderd; de verzoeken blijven, zonder manager.</translation>
    </message>
    <message>
        <source>Nothing to change: give at least one option.</source>
        <translation>Niets te wijzigen: geef minstens één optie.</translation>
    </message>
    <message>
        <source>Changed manager {name}.</source>
        <translation>Manager {name} gewijzigd.</translation>
    </message>
    <message>
        <source>There is no must-do {id}.</source>
        <translation>Er is geen must-do {id}.</translation>
    </message>
    <message>
        <source>&apos;{value}&apos; is not a quadrant; choose from {names}.</source>
        <translation>&apos;{value}&apos; is geen kwadrant; kies uit {names}.</translation>
    </message>
    <message>
        <source>--to ({last}) is before --from ({first}).</source>
        <translation>--to ({last}) ligt vóór --from ({first}).</translation>
    </message>
    <message>
        <source>Look at a year at most.</source>
        <translation>Kijk naar hoogstens een jaar.</translation>
    </message>
    <message>
        <source>No conflicts from {first} to {last}: the work fits.</source>
        <translation>Geen conflicten van {first} tot {last}: het werk past.</translation>
    </message>
    <message>
        <source>No password came on standard input.</source>
        <translation>Er kwam geen wachtwoord binnen op standaardinvoer.</translation>
    </message>
    <message>
        <source>&apos;{url}&apos; is not a server address (https://…).</source>
        <translation>&apos;{url}&apos; is geen serveradres (https://…).</translation>
    </message>
    <message>
        <source>An account needs a user name.</source>
        <translation>Een account heeft een gebruikersnaam nodig.</translation>
    </message>
    <message>
        <source>Password (stored in your keychain): </source>
        <translation>Wachtwoord (bewaard in je sleutelhanger): </translation>
    </message>
    <message>
        <source>Added the account &apos;{name}&apos;.</source>
        <translation>Account &apos;{name}&apos; toegevoegd.</translation>
    </message>
    <message>
        <source>Its calendars are under {home} (give --calendar a name there, e.g. agenda).</source>
        <translation>De agenda&apos;s staan onder {home} (geef --calendar een naam daar, bv. agenda).</translation>
    </message>
    <message>
        <source>No CalDAV accounts yet; add one with &apos;ritmeregie caldav add&apos;.</source>
        <translation>Nog geen CalDAV-accounts; voeg er een toe met &apos;ritmeregie caldav add&apos;.</translation>
    </message>
    <message>
        <source>Removed the account &apos;{name}&apos;.</source>
        <translation>Account &apos;{name}&apos; verwijderd.</translation>
    </message>
    <message>
        <source>&apos;{name}&apos;: logged in, the server answers.</source>
        <translation>&apos;{name}&apos;: ingelogd, de server antwoordt.</translation>
    </message>
    <message>
        <source>Your agenda goes to {calendar}, your must-do&apos;s to {tasks}; run &apos;ritmeregie sync&apos;.</source>
        <translation>Je agenda gaat naar {calendar}, je must-do&apos;s naar {tasks}; voer &apos;ritmeregie sync&apos; uit.</translation>
    </message>
    <message>
        <source>Nothing to sync: bind a calendar with &apos;ritmeregie caldav publish&apos;.</source>
        <translation>Niets te synchroniseren: koppel een agenda met &apos;ritmeregie caldav publish&apos;.</translation>
    </message>
    <message>
        <source>Synced: {pulled} in, {pushed} out, {deleted} removed.</source>
        <translation>Gesynchroniseerd: {pulled} binnen, {pushed} verstuurd, {deleted} verwijderd.</translation>
    </message>
    <message>
        <source>Changed on two devices, both kept: {what}</source>
        <translation>Op twee apparaten gewijzigd, allebei bewaard: {what}</translation>
    </message>
    <message>
        <source>--caldav goes with --calendar PATH.</source>
        <translation>--caldav hoort bij --calendar PAD.</translation>
    </message>
    <message>
        <source>Added the calendar &apos;{name}&apos; from {path} ({count} events).</source>
        <translation>Agenda &apos;{name}&apos; toegevoegd uit {path} ({count} afspraken).</translation>
    </message>
    <message>
        <source>There is no CalDAV account named &apos;{name}&apos;.</source>
        <translation>Er is geen CalDAV-account met de naam &apos;{name}&apos;.</translation>
    </message>
</context>
<context>
    <name>export</name>
    <message>
        <source>everything</source>
        <translation>alles</translation>
    </message>
    <message>
        <source>ritmeregie — what you wrote</source>
        <translation>ritmeregie — wat je schreef</translation>
    </message>
    <message>
        <source>Exported {when} ({zone}) · {range}</source>
        <translation>Geëxporteerd {when} ({zone}) · {range}</translation>
    </message>
    <message>
        <source>Reflections</source>
        <translation>Reflecties</translation>
    </message>
    <message>
        <source>(none)</source>
        <translation>(geen)</translation>
    </message>
    <message>
        <source>What I am satisfied with</source>
        <translation>Waar ik tevreden over ben</translation>
    </message>
    <message>
        <source>What I am less satisfied with</source>
        <translation>Waar ik minder tevreden over ben</translation>
    </message>
    <message>
        <source>What I will do differently</source>
        <translation>Wat ik anders ga doen</translation>
    </message>
    <message>
        <source>Energy: {energy} of 5</source>
        <translation>Energie: {energy} van 5</translation>
    </message>
    <message>
        <source>DADU</source>
        <translation>DADU</translation>
    </message>
    <message>
        <source>Decision</source>
        <translation>Besluit</translation>
    </message>
    <message>
        <source>Action</source>
        <translation>Actie</translation>
    </message>
    <message>
        <source>Deadline</source>
        <translation>Deadline</translation>
    </message>
    <message>
        <source>Update</source>
        <translation>Update</translation>
    </message>
    <message>
        <source>Must-dos</source>
        <translation>Must-do&apos;s</translation>
    </message>
    <message>
        <source>urgent</source>
        <translation>urgent</translation>
    </message>
    <message>
        <source>important</source>
        <translation>belangrijk</translation>
    </message>
    <message>
        <source>deadline {date}</source>
        <translation>deadline {date}</translation>
    </message>
    <message>
        <source>planned {date}</source>
        <translation>gepland {date}</translation>
    </message>
    <message>
        <source>done {date}</source>
        <translation>gedaan {date}</translation>
    </message>
    <message>
        <source>Frictions</source>
        <translation>Wrijvingen</translation>
    </message>
    <message>
        <source>open</source>
        <translation>open</translation>
    </message>
    <message>
        <source>fixed</source>
        <translation>opgelost</translation>
    </message>
    <message>
        <source>became a checklist</source>
        <translation>checklist geworden</translation>
    </message>
    <message>
        <source>dropped</source>
        <translation>losgelaten</translation>
    </message>
    <message>
        <source>Agenda</source>
        <translation>Agenda</translation>
    </message>
    <message>
        <source>Decision question</source>
        <translation>Beslisvraag</translation>
    </message>
    <message>
        <source>Notes</source>
        <translation>Notities</translation>
    </message>
    <message>
        <source>Calls</source>
        <translation>Belletjes</translation>
    </message>
    <message>
        <source>Checklists</source>
        <translation>Checklists</translation>
    </message>
    <message>
        <source>Review notes</source>
        <translation>Notities weekoverleg en competentiespiegel</translation>
    </message>
    <message>
        <source>Weekly review</source>
        <translation>Weekstart met je manager</translation>
    </message>
    <message>
        <source>Competence mirror</source>
        <translation>Competentiespiegel</translation>
    </message>
    <message>
        <source>Settings</source>
        <translation>Instellingen</translation>
    </message>
</context>
</TS>
