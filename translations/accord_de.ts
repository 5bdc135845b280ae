<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="de_DE">
<context>
    <name>Commands</name>
    <message>
        <location filename="../src/gui/commands/AttachmentCommands.cpp" line="+26"/>
        <source>Attach %1</source>
        <translation>%1 anhängen</translation>
    </message>
    <message>
        <location line="+19"/>
        <source>Remove %1</source>
        <translation>%1 entfernen</translation>
    </message>
    <message>
        <location filename="../src/gui/commands/Command.cpp" line="+19"/>
        <source>%1 changed meanwhile elsewhere; nothing was saved, look again.</source>
        <translation>%1: inzwischen an anderer Stelle geändert; nichts wurde gespeichert. Bitte sehen Sie erneut nach.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>%1 changed since; redo is not possible.</source>
        <translation>%1: seitdem geändert; Wiederholen ist nicht möglich.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>%1 changed since; undo is not possible.</source>
        <translation>%1: seitdem geändert; Rückgängigmachen ist nicht möglich.</translation>
    </message>
    <message>
        <location filename="../src/gui/commands/Commands.cpp" line="+22"/>
        <source>Edit %1</source>
        <translation>%1 bearbeiten</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Edit contact %1</source>
        <translation>Kontakt %1 bearbeiten</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Edit meeting</source>
        <translation>Besprechung bearbeiten</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>The prospect could not be read: %1</source>
        <translation>Der Interessent konnte nicht gelesen werden: %1</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Edit tags</source>
        <translation>Schlagwörter bearbeiten</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>The tags of %1</source>
        <translation>Die Schlagwörter von %1</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>New prospect %1</source>
        <translation>Neuer Interessent %1</translation>
    </message>
    <message>
        <location line="+31"/>
        <source>Move to %1</source>
        <translation>In %1 verschieben</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Set status %1</source>
        <translation>Status auf %1 setzen</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Log meeting</source>
        <translation>Besprechung erfassen</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Delete meeting</source>
        <translation>Besprechung löschen</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Add contact %1</source>
        <translation>Kontakt %1 hinzufügen</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Remove contact %1</source>
        <translation>Kontakt %1 entfernen</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Delete %1</source>
        <translation>%1 löschen</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Restore %1</source>
        <translation>%1 wiederherstellen</translation>
    </message>
</context>
<context>
    <name>Format</name>
    <message>
        <location filename="../src/gui/Format.cpp" line="+38"/>
        <source>%1%2M</source>
        <comment>money in millions</comment>
        <translation>%2&#xa0;Mio.&#xa0;%1</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>%1%2k</source>
        <comment>money in thousands</comment>
        <translation>%2&#xa0;Tsd.&#xa0;%1</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>%1%2</source>
        <comment>money under a thousand</comment>
        <translation>%2&#xa0;%1</translation>
    </message>
    <message numerus="yes">
        <location line="+24"/>
        <source>%n d</source>
        <comment>days, short</comment>
        <translation>
            <numerusform>%n&#xa0;Tg.</numerusform>
            <numerusform>%n&#xa0;Tg.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>LeverModel</name>
    <message>
        <location filename="../src/gui/models/MethodModels.cpp" line="+22"/>
        <source>—</source>
        <translation>—</translation>
    </message>
</context>
<context>
    <name>Startup</name>
    <message>
        <location filename="../src/gui/Startup.cpp" line="+79"/>
        <source>Welcome to Accord</source>
        <translation>Willkommen bei Accord</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>This database is new. Start with an empty pipeline, or explore Accord with a demo pipeline of made-up prospects?</source>
        <translation>Diese Datenbank ist neu. Möchten Sie mit einer leeren Pipeline beginnen oder Accord mit einer Demo-Pipeline mit erfundenen Interessenten erkunden?</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Empty pipeline</source>
        <translation>Leere Pipeline</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Demo pipeline</source>
        <translation>Demo-Pipeline</translation>
    </message>
    <message>
        <location line="+78"/>
        <source>Walked through the regional benchmark with their CFO</source>
        <translation>Regionalen Benchmark mit dem Finanzvorstand durchgesprochen</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>They track online revenue weekly but not abandoned carts.
Agreed to send last year&apos;s monthly figures.</source>
        <translation>Sie erfassen den Online-Umsatz wöchentlich, aber nicht die abgebrochenen Warenkörbe.
Sie haben zugesagt, die Monatszahlen des Vorjahres zu schicken.</translation>
    </message>
</context>
<context>
    <name>WorkspaceCommands</name>
    <message>
        <location filename="../src/gui/commands/WorkspaceCommands.cpp" line="+32"/>
        <source>Add insight %1</source>
        <translation>Erkenntnis %1 hinzufügen</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Remove insight %1</source>
        <translation>Erkenntnis %1 entfernen</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Edit insight %1</source>
        <translation>Erkenntnis %1 bearbeiten</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Request %1</source>
        <translation>%1 anfordern</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Remove data request %1</source>
        <translation>Datenanfrage %1 entfernen</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Edit data request %1</source>
        <translation>Datenanfrage %1 bearbeiten</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Add metric %1</source>
        <translation>Kennzahl %1 hinzufügen</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Remove metric %1</source>
        <translation>Kennzahl %1 entfernen</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Edit metric %1</source>
        <translation>Kennzahl %1 bearbeiten</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Add opportunity %1</source>
        <translation>Chance %1 hinzufügen</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Remove opportunity %1</source>
        <translation>Chance %1 entfernen</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Edit opportunity %1</source>
        <translation>Chance %1 bearbeiten</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Add tradable %1</source>
        <translation>Tauschgut %1 hinzufügen</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Remove tradable %1</source>
        <translation>Tauschgut %1 entfernen</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Edit tradable %1</source>
        <translation>Tauschgut %1 bearbeiten</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>“%1”</source>
        <translation>„%1“</translation>
    </message>
    <message>
        <location line="+62"/>
        <source>The exit criteria</source>
        <translation>Die Freigabekriterien</translation>
    </message>
    <message>
        <location line="+64"/>
        <source>Tick exit criterion</source>
        <translation>Freigabekriterium abhaken</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Untick exit criterion</source>
        <translation>Haken bei Freigabekriterium entfernen</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>The tick</source>
        <translation>Das Häkchen</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>Restore default exit criteria</source>
        <translation>Standard-Freigabekriterien wiederherstellen</translation>
    </message>
</context>
<context>
    <name>WorkspaceNames</name>
    <message>
        <location filename="../src/gui/models/EvidenceModels.cpp" line="+33"/>
        <source>We can give</source>
        <translation>Wir können geben</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>They can give</source>
        <translation>Die Gegenseite kann geben</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>%1%</source>
        <comment>a lift in percent</comment>
        <translation>%1&#xa0;%</translation>
    </message>
</context>
<context>
    <name>accord</name>
    <message>
        <location filename="../src/core/Activities.cpp" line="+29"/>
        <source>Overdue</source>
        <translation>Überfällig</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Today</source>
        <translation>Heute</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Planned</source>
        <translation>Geplant</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Done</source>
        <translation>Erledigt</translation>
    </message>
    <message>
        <location line="+52"/>
        <source>“%1” is not a day of the calendar.</source>
        <translation>„%1“ ist kein Kalendertag.</translation>
    </message>
    <message>
        <location line="+81"/>
        <location line="+6"/>
        <source>“%1” is not a day: give a date such as 2026-12-24, today, tomorrow, +3d or a weekday, and a time such as 14:30 if you like.</source>
        <translation>„%1“ ist kein Tag: Geben Sie ein Datum wie 2026-12-24, today, tomorrow, +3d oder einen Wochentag (englisch, z.&#xa0;B. monday) an, auf Wunsch mit einer Uhrzeit wie 14:30.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>“%1” is outside the years 1900 to 9999.</source>
        <translation>„%1“ liegt außerhalb der Jahre 1900 bis 9999.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>“%1” does not end with a time of day such as 14:30.</source>
        <translation>„%1“ endet nicht mit einer Uhrzeit wie 14:30.</translation>
    </message>
    <message>
        <location line="+140"/>
        <source>There is no activity %1.</source>
        <translation>Es gibt keine Aktivität %1.</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>Contact %1 is not one of %2&apos;s contacts.</source>
        <translation>Kontakt %1 gehört nicht zu den Kontakten von %2.</translation>
    </message>
    <message>
        <location line="+10"/>
        <location line="+25"/>
        <location line="+59"/>
        <location filename="../src/core/PipelineService.cpp" line="+29"/>
        <source>There is no prospect %1.</source>
        <translation>Es gibt keinen Interessenten %1.</translation>
    </message>
    <message>
        <location line="-10"/>
        <source>Activity %1 was done already, on %2.</source>
        <translation>Aktivität %1 wurde bereits am %2 erledigt.</translation>
    </message>
    <message>
        <location filename="../src/core/Bundle.cpp" line="+326"/>
        <source>%1 names another prospect than the one the bundle is for.</source>
        <translation>%1 nennt einen anderen Interessenten als den, für den das Paket bestimmt ist.</translation>
    </message>
    <message>
        <location line="+109"/>
        <location line="+9"/>
        <location line="+45"/>
        <source>%1 is too long.</source>
        <translation>%1 ist zu lang.</translation>
    </message>
    <message>
        <location line="-29"/>
        <source>%1 is missing.</source>
        <translation>%1 fehlt.</translation>
    </message>
    <message>
        <location line="+23"/>
        <source>%1 should name a gate criterion.</source>
        <translation>%1 sollte ein Freigabekriterium benennen.</translation>
    </message>
    <message>
        <location line="+30"/>
        <source>%1 should be a non-empty string.</source>
        <translation>%1 sollte eine nicht leere Zeichenkette sein.</translation>
    </message>
    <message>
        <location filename="../src/core/CloseDates.cpp" line="+48"/>
        <source>never moved</source>
        <translation>nie verschoben</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>moved once, never later</source>
        <translation>einmal verschoben, nie nach hinten</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>moved %1 times, never later</source>
        <translation>%1-mal verschoben, nie nach hinten</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>moved later once, by 1 day</source>
        <translation>einmal nach hinten verschoben, um 1 Tag</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>moved later once, by %1 days</source>
        <translation>einmal nach hinten verschoben, um %1 Tage</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>moved later %1 times, %2 days in all</source>
        <translation>%1-mal nach hinten verschoben, insgesamt %2 Tage</translation>
    </message>
    <message>
        <location filename="../src/core/EnumTraits.h" line="+106"/>
        <source>Uniquely Informative</source>
        <translation>Einzigartig informativ</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Collaborative Consulting</source>
        <translation>Gemeinsame Beratung</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Mutual Negotiation</source>
        <translation>Gegenseitige Verhandlung</translation>
    </message>
    <message>
        <location line="+1"/>
        <location filename="../src/core/Types.cpp" line="+21"/>
        <source>Partnership</source>
        <translation>Partnerschaft</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Active</source>
        <translation>Aktiv</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>On hold</source>
        <translation>Pausiert</translation>
    </message>
    <message>
        <location line="+1"/>
        <location filename="../src/core/Report.cpp" line="+55"/>
        <source>Won</source>
        <translation>Gewonnen</translation>
    </message>
    <message>
        <location line="+1"/>
        <location filename="../src/core/Report.cpp" line="+1"/>
        <source>Lost</source>
        <translation>Verloren</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Executive</source>
        <translation>Geschäftsführung</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Operations</source>
        <translation>Betrieb</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Field sales</source>
        <translation>Außendienst</translation>
    </message>
    <message>
        <location line="+1"/>
        <location filename="../src/core/Reasons.cpp" line="+42"/>
        <source>Other</source>
        <translation>Sonstige</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Presentation</source>
        <translation>Präsentation</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Discovery</source>
        <translation>Bedarfsanalyse</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Workshop</source>
        <translation>Workshop</translation>
    </message>
    <message>
        <location line="+1"/>
        <location filename="../src/core/Types.cpp" line="-1"/>
        <source>Negotiation</source>
        <translation>Verhandlung</translation>
    </message>
    <message>
        <location line="+1"/>
        <location line="+33"/>
        <source>Call</source>
        <translation>Anruf</translation>
    </message>
    <message>
        <location line="-32"/>
        <location line="+34"/>
        <source>Email</source>
        <translation>E-Mail</translation>
    </message>
    <message>
        <location line="-31"/>
        <source>Requested</source>
        <translation>Angefragt</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Received</source>
        <translation>Erhalten</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Declined</source>
        <translation>Abgelehnt</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Prospect</source>
        <translation>Interessent</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Industry</source>
        <translation>Branche</translation>
    </message>
    <message>
        <location line="+1"/>
        <location filename="../src/core/Reasons.cpp" line="-3"/>
        <source>Competitor</source>
        <translation>Wettbewerber</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Proposed</source>
        <translation>Vorgeschlagen</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Embraced</source>
        <translation>Angenommen</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Rejected</source>
        <translation>Abgelehnt</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Amount</source>
        <translation>Betrag</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Percent</source>
        <translation>Prozent</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Money</source>
        <translation>Geld</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Time</source>
        <translation>Zeit</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Rights</source>
        <translation>Rechte</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Risk</source>
        <translation>Risiko</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Ours</source>
        <translation>Unsere Seite</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Theirs</source>
        <translation>Gegenseite</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Meeting</source>
        <translation>Besprechung</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Task</source>
        <translation>Aufgabe</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Share an insight</source>
        <translation>Erkenntnis teilen</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Request data</source>
        <translation>Daten anfordern</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Review the gap</source>
        <translation>Lücke besprechen</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Negotiation session</source>
        <translation>Verhandlungstermin</translation>
    </message>
    <message>
        <location filename="../src/core/FieldPatch.cpp" line="+70"/>
        <source>prospect</source>
        <translation>Interessent</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>contact</source>
        <translation>Kontakt</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>meeting</source>
        <translation>Besprechung</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>stage history entry</source>
        <translation>Eintrag im Phasenverlauf</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>insight</source>
        <translation>Erkenntnis</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>data request</source>
        <translation>Datenanfrage</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>metric</source>
        <translation>Kennzahl</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>opportunity</source>
        <translation>Chance</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>tradable</source>
        <translation>Tauschgut</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>close date history entry</source>
        <translation>Eintrag im Abschlussdatumsverlauf</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>activity</source>
        <translation>Aktivität</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>negotiation worksheet</source>
        <translation>Verhandlungsblatt</translation>
    </message>
    <message>
        <location filename="../src/core/GapAnalysis.cpp" line="+38"/>
        <source>no unit</source>
        <translation>ohne Einheit</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>“%1” cannot be compared: the prospect&apos;s figure is in %2 but the benchmark is in %3. Record both in the same unit.</source>
        <translation>„%1“ lässt sich nicht vergleichen: Der Wert des Interessenten ist in %2 angegeben, der Benchmark aber in %3. Erfassen Sie beide in derselben Einheit.</translation>
    </message>
    <message>
        <location line="+52"/>
        <source>Online revenue</source>
        <translation>Online-Umsatz</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Number of orders</source>
        <translation>Anzahl der Bestellungen</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Abandoned carts</source>
        <translation>Abgebrochene Warenkörbe</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Unique visits</source>
        <translation>Eindeutige Besuche</translation>
    </message>
    <message>
        <location filename="../src/core/Gate.cpp" line="+23"/>
        <location line="+239"/>
        <source>Ticked by hand</source>
        <translation>Manuell abgehakt</translation>
    </message>
    <message>
        <location line="-237"/>
        <source>At least one insight is recorded</source>
        <translation>Mindestens eine Erkenntnis ist erfasst</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>At least one data request is recorded</source>
        <translation>Mindestens eine Datenanfrage ist erfasst</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>At least one data request is marked received</source>
        <translation>Mindestens eine Datenanfrage ist als erhalten markiert</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>A prospect metric has an industry or competitor figure of the same name and period</source>
        <translation>Eine Kennzahl des Interessenten hat einen Branchen- oder Wettbewerberwert mit gleichem Namen und Zeitraum</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>At least one opportunity is proposed or embraced</source>
        <translation>Mindestens eine Chance ist vorgeschlagen oder angenommen</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>An open opportunity has a champion contact</source>
        <translation>Eine offene Chance hat einen Kontakt als Fürsprecher</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Our BATNA and their BATNA are both written</source>
        <translation>Unsere BATNA und die der Gegenseite sind beide eingetragen</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Their interests are written in the worksheet</source>
        <translation>Die Interessen der Gegenseite sind im Verhandlungsblatt eingetragen</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Each of the four levers has a position on at least one side</source>
        <translation>Jeder der vier Hebel hat auf mindestens einer Seite eine Position</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>A concession is recorded by us and one by them</source>
        <translation>Je ein Zugeständnis von uns und von der Gegenseite ist erfasst</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The signed date is set</source>
        <translation>Das Unterzeichnungsdatum ist gesetzt</translation>
    </message>
    <message>
        <location line="+46"/>
        <source>Not ticked yet</source>
        <translation>Noch nicht abgehakt</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>1 insight recorded</source>
        <translation>1 Erkenntnis erfasst</translation>
    </message>
    <message numerus="yes">
        <location line="+1"/>
        <source>%n insights recorded</source>
        <translation>
            <numerusform>%n Erkenntnis erfasst</numerusform>
            <numerusform>%n Erkenntnisse erfasst</numerusform>
        </translation>
    </message>
    <message>
        <location line="+1"/>
        <source>No insight recorded yet</source>
        <translation>Noch keine Erkenntnis erfasst</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>1 data request recorded</source>
        <translation>1 Datenanfrage erfasst</translation>
    </message>
    <message numerus="yes">
        <location line="+1"/>
        <source>%n data requests recorded</source>
        <translation>
            <numerusform>%n Datenanfrage erfasst</numerusform>
            <numerusform>%n Datenanfragen erfasst</numerusform>
        </translation>
    </message>
    <message>
        <location line="+1"/>
        <location line="+6"/>
        <source>No data request recorded yet</source>
        <translation>Noch keine Datenanfrage erfasst</translation>
    </message>
    <message>
        <location line="-4"/>
        <source>1 data request received</source>
        <translation>1 Datenanfrage erhalten</translation>
    </message>
    <message numerus="yes">
        <location line="+1"/>
        <source>%n data requests received</source>
        <translation>
            <numerusform>%n Datenanfrage erhalten</numerusform>
            <numerusform>%n Datenanfragen erhalten</numerusform>
        </translation>
    </message>
    <message>
        <location line="+2"/>
        <source>No data request has been received yet</source>
        <translation>Noch keine Datenanfrage erhalten</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>1 metric compared with a benchmark</source>
        <translation>1 Kennzahl mit einem Benchmark verglichen</translation>
    </message>
    <message numerus="yes">
        <location line="+1"/>
        <source>%n metrics compared with a benchmark</source>
        <translation>
            <numerusform>%n Kennzahl mit einem Benchmark verglichen</numerusform>
            <numerusform>%n Kennzahlen mit einem Benchmark verglichen</numerusform>
        </translation>
    </message>
    <message>
        <location line="+1"/>
        <source>No prospect metric has a benchmark of the same name and period</source>
        <translation>Keine Kennzahl des Interessenten hat einen Benchmark mit gleichem Namen und Zeitraum</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>1 open opportunity</source>
        <translation>1 offene Chance</translation>
    </message>
    <message numerus="yes">
        <location line="+1"/>
        <source>%n open opportunities</source>
        <translation>
            <numerusform>%n offene Chance</numerusform>
            <numerusform>%n offene Chancen</numerusform>
        </translation>
    </message>
    <message>
        <location line="+1"/>
        <source>No open opportunity recorded</source>
        <translation>Keine offene Chance erfasst</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>1 opportunity with a champion</source>
        <translation>1 Chance mit Fürsprecher</translation>
    </message>
    <message numerus="yes">
        <location line="+1"/>
        <source>%n opportunities with a champion</source>
        <translation>
            <numerusform>%n Chance mit Fürsprecher</numerusform>
            <numerusform>%n Chancen mit Fürsprecher</numerusform>
        </translation>
    </message>
    <message>
        <location line="+1"/>
        <source>No opportunity has a champion</source>
        <translation>Keine Chance hat einen Fürsprecher</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Both BATNAs written</source>
        <translation>Beide BATNAs notiert</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Their BATNA is missing</source>
        <translation>Die BATNA der Gegenseite fehlt</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Our BATNA is missing</source>
        <translation>Unsere BATNA fehlt</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Neither BATNA is written</source>
        <translation>Keine der beiden BATNAs ist notiert</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Their interests are written</source>
        <translation>Die Interessen der Gegenseite sind notiert</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Their interests are not written yet</source>
        <translation>Die Interessen der Gegenseite sind noch nicht notiert</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>All four levers have a position</source>
        <translation>Alle vier Hebel haben eine Position</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Only 1 of the 4 levers discussed</source>
        <translation>Erst 1 der 4 Hebel besprochen</translation>
    </message>
    <message numerus="yes">
        <location line="+1"/>
        <source>%n of the 4 levers discussed</source>
        <translation>
            <numerusform>%n der 4 Hebel besprochen</numerusform>
            <numerusform>%n der 4 Hebel besprochen</numerusform>
        </translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Concessions recorded on both sides</source>
        <translation>Zugeständnisse auf beiden Seiten erfasst</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>No concession from them recorded</source>
        <translation>Kein Zugeständnis der Gegenseite erfasst</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>No concession from us recorded</source>
        <translation>Kein Zugeständnis von uns erfasst</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>No concession recorded on either side</source>
        <translation>Auf keiner Seite ein Zugeständnis erfasst</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Signed date set</source>
        <translation>Unterschriftsdatum gesetzt</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>No signed date</source>
        <translation>Kein Unterschriftsdatum</translation>
    </message>
    <message>
        <location line="+51"/>
        <source>A tailored insight was presented</source>
        <translation>Eine maßgeschneiderte Erkenntnis wurde präsentiert</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>They agreed to share their data</source>
        <translation>Der Interessent hat zugestimmt, seine Daten zu teilen</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>At least one data request was received</source>
        <translation>Zu mindestens einer Datenanfrage sind Daten eingegangen</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Their data was compared with benchmarks</source>
        <translation>Die Daten des Interessenten wurden mit Benchmarks verglichen</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>A growth opportunity was identified</source>
        <translation>Eine Wachstumschance wurde erkannt</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>A champion at the prospect owns the vision</source>
        <translation>Ein Fürsprecher beim Interessenten vertritt die Vision</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Both BATNAs are written</source>
        <translation>Beide BATNAs sind eingetragen</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Their interests are captured</source>
        <translation>Die Interessen der Gegenseite sind erfasst</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>All four levers were discussed</source>
        <translation>Alle vier Hebel wurden besprochen</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Concessions on both sides</source>
        <translation>Zugeständnisse auf beiden Seiten</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Contract signed</source>
        <translation>Vertrag unterzeichnet</translation>
    </message>
    <message>
        <location filename="../src/core/Method.cpp" line="+44"/>
        <source>%1 is already in %2.</source>
        <translation>%1 ist bereits in der Phase „%2“.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>%1 is in the trash: restore it before moving it.</source>
        <translation>%1 liegt im Papierkorb: Stellen Sie den Interessenten wieder her, bevor Sie ihn verschieben.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>%1 is won: its stage can no longer change (undo the move instead).</source>
        <translation>%1 ist gewonnen: Die Phase kann sich nicht mehr ändern (machen Sie stattdessen das Verschieben rückgängig).</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>%1 is lost: reopen it before moving it.</source>
        <translation>%1 ist verloren: Öffnen Sie den Interessenten wieder, bevor Sie ihn verschieben.</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Moving %1 back to %2 needs a reason.</source>
        <translation>Um %1 zurück in die Phase „%2“ zu verschieben, ist ein Grund nötig.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>%1 moves back to %2.</source>
        <translation>%1 wird zurück in die Phase „%2“ verschoben.</translation>
    </message>
    <message>
        <location line="+18"/>
        <source>the signed date</source>
        <translation>Unterzeichnungsdatum</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>%1 can become a partnership only when the negotiation is complete; missing: %2.</source>
        <translation>%1 kann erst zur Partnerschaft werden, wenn die Verhandlung abgeschlossen ist; es fehlt: %2.</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>%1 moves to %2.</source>
        <translation>%1 wird in die Phase „%2“ verschoben.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Moving %1 to %2 skips unmet criteria (%3): write a reason to override.</source>
        <translation>Beim Verschieben von %1 in die Phase „%2“ werden unerfüllte Kriterien übersprungen (%3): Geben Sie eine Begründung der Ausnahme an.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>%1 moves to %2 with a gate override.</source>
        <translation>%1 wird per Ausnahme von der Phasenfreigabe in die Phase „%2“ verschoben.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>%1 is already %2.</source>
        <translation>%1 ist bereits %2.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>%1 is in the trash: restore it before changing its status.</source>
        <translation>%1 liegt im Papierkorb: Stellen Sie den Interessenten wieder her, bevor Sie seinen Status ändern.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>A prospect is won by moving it to Partnership.</source>
        <translation>Ein Interessent wird gewonnen, indem Sie ihn in die Phase Partnerschaft verschieben.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>%1 is won: that is final (undo the move instead).</source>
        <translation>%1 ist gewonnen: Das ist endgültig (machen Sie stattdessen das Verschieben rückgängig).</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Marking %1 as lost needs a reason.</source>
        <translation>Um %1 als verloren zu markieren, ist ein Grund nötig.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>%1 is active again.</source>
        <translation>%1 ist wieder aktiv.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>%1 is on hold.</source>
        <translation>%1 ist pausiert.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>%1 is marked as lost.</source>
        <translation>%1 ist als verloren markiert.</translation>
    </message>
    <message>
        <location filename="../src/core/PipelineService.cpp" line="+44"/>
        <source>The %1 is not changed by an edit.</source>
        <translation>Das Feld „%1“ lässt sich nicht durch Bearbeiten ändern.</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>%1 is a partnership and keeps its signed date; reopen it first to remove the date.</source>
        <translation>%1 ist eine Partnerschaft und behält ihr Unterzeichnungsdatum; öffnen Sie sie zuerst wieder, um das Datum zu entfernen.</translation>
    </message>
    <message>
        <location line="+240"/>
        <source>%1 is in the trash: restore it before reopening it.</source>
        <translation>%1 liegt im Papierkorb: Stellen Sie den Interessenten wieder her, bevor Sie ihn wieder öffnen.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>%1 is neither won nor lost: move it or change its status instead.</source>
        <translation>%1 ist weder gewonnen noch verloren: Verschieben Sie den Interessenten oder ändern Sie stattdessen seinen Status.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>A prospect is reopened in stage 1, 2 or 3; it becomes a partnership again by moving it there.</source>
        <translation>Ein Interessent wird in Phase 1, 2 oder 3 wieder geöffnet; zur Partnerschaft wird er wieder, indem Sie ihn dorthin verschieben.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Reopening %1 needs a reason.</source>
        <translation>Um %1 wieder zu öffnen, ist ein Grund nötig.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>%1 is active again in %2.</source>
        <translation>%1 ist in der Phase „%2“ wieder aktiv.</translation>
    </message>
    <message>
        <location line="+43"/>
        <source>%1 is already in the trash.</source>
        <translation>%1 ist bereits im Papierkorb.</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>The prospect no longer exists.</source>
        <translation>Der Interessent existiert nicht mehr.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>%1 is not in the trash.</source>
        <translation>%1 ist nicht im Papierkorb.</translation>
    </message>
    <message>
        <location line="+31"/>
        <source>redo is not possible</source>
        <translation>Wiederholen ist nicht möglich</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>undo is not possible</source>
        <translation>Rückgängigmachen ist nicht möglich</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>nothing was saved</source>
        <translation>es wurde nichts gespeichert</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Someone linked an %1 to this %2 since; %3.</source>
        <translation>Jemand hat inzwischen einen Eintrag vom Typ „%1“ mit diesem Eintrag (%2) verknüpft; %3.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Someone linked a %1 to this %2 since; %3.</source>
        <translation>Jemand hat inzwischen einen Eintrag vom Typ „%1“ mit diesem Eintrag (%2) verknüpft; %3.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Another %1 took its place since; %2.</source>
        <translation>Inzwischen hat ein anderer Eintrag (%1) seinen Platz eingenommen; %2.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The %1 no longer exists; %2.</source>
        <translation>Der Eintrag (%1) existiert nicht mehr; %2.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>%1 changed the %2 since; %3.</source>
        <translation>%1 hat den Eintrag (%2) inzwischen geändert; %3.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The %1 was changed since; %2.</source>
        <translation>Der Eintrag (%1) wurde inzwischen geändert; %2.</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>The prospect no longer exists; %1.</source>
        <translation>Der Interessent existiert nicht mehr; %1.</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>Someone</source>
        <translation>Jemand</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>%1 moved %2 to %3 since; %4.</source>
        <translation>%1 hat %2 inzwischen in die Phase „%3“ verschoben; %4.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>%1 marked %2 as %3 since; %4.</source>
        <translation>%1 hat %2 inzwischen als %3 markiert; %4.</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>data</source>
        <translation>Daten</translation>
    </message>
    <message>
        <location line="+0"/>
        <source> and </source>
        <translation> und </translation>
    </message>
    <message>
        <location line="+2"/>
        <source>%1 changed %2&apos;s %3 since; %4.</source>
        <translation>%1 hat inzwischen %3 von %2 geändert; %4.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>%1&apos;s %2 was changed since; %3.</source>
        <translation>Bei %1 wurde inzwischen geändert: %2; %3.</translation>
    </message>
    <message>
        <location filename="../src/core/PipelineSettings.cpp" line="+107"/>
        <source>%1 is the pipeline&apos;s currency: it needs no rate.</source>
        <translation>%1 ist die Währung der Pipeline: Dafür ist kein Kurs nötig.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>An exchange rate must be a number from 0.000000001 to 1000000000.</source>
        <translation>Ein Wechselkurs muss eine Zahl von 0.000000001 bis 1000000000 sein.</translation>
    </message>
    <message>
        <location line="+36"/>
        <source>The exchange rate of “%1” cannot be used.</source>
        <translation>Der Wechselkurs für „%1“ kann nicht verwendet werden.</translation>
    </message>
    <message>
        <location line="+29"/>
        <source>exchange rate of %1</source>
        <translation>Wechselkurs für %1</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>pipeline currency</source>
        <translation>Pipeline-Währung</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>list of reasons</source>
        <translation>Liste der Gründe</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>stale days of %1</source>
        <translation>Tage bis zum Stocken (%1)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>probability of %1</source>
        <translation>Wahrscheinlichkeit (%1)</translation>
    </message>
    <message>
        <location line="+34"/>
        <source>Someone changed the %1 since you opened the settings; nothing was saved.</source>
        <translation>Jemand hat „%1“ geändert, seit Sie die Einstellungen geöffnet haben; es wurde nichts gespeichert.</translation>
    </message>
    <message>
        <location filename="../src/core/Reasons.cpp" line="-3"/>
        <source>Price</source>
        <translation>Preis</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Timing</source>
        <translation>Zeitpunkt</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>No decision</source>
        <translation>Keine Entscheidung</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>No fit</source>
        <translation>Passt nicht</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Champion left</source>
        <translation>Fürsprecher gegangen</translation>
    </message>
    <message>
        <location line="+65"/>
        <source>A pipeline keeps at most %1 reasons.</source>
        <translation>Eine Pipeline hat höchstens %1 Gründe.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>The reason key “%1” should be lower-case letters, digits and _ (up to 40).</source>
        <translation>Der Schlüssel „%1“ eines Grundes darf nur Kleinbuchstaben, Ziffern und _ enthalten (bis zu 40 Zeichen).</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Two reasons have the key “%1”.</source>
        <translation>Zwei Gründe haben den Schlüssel „%1“.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The reason “%1” needs a label.</source>
        <translation>Der Grund „%1“ braucht eine Bezeichnung.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The reason&apos;s label</source>
        <translation>Die Bezeichnung des Grundes</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The reason&apos;s label is too long.</source>
        <translation>Die Bezeichnung des Grundes ist zu lang.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Two reasons are called “%1”.</source>
        <translation>Zwei Gründe heißen „%1“.</translation>
    </message>
    <message>
        <location line="+35"/>
        <source>%1 or %2</source>
        <translation>%1 oder %2</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>There is no reason “%1”; the pipeline knows %2.</source>
        <translation>Es gibt keinen Grund „%1“; die Pipeline kennt %2.</translation>
    </message>
    <message>
        <location filename="../src/core/Report.cpp" line="-4"/>
        <source>New</source>
        <translation>Neu</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Advanced</source>
        <translation>Vorgerückt</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Moved back</source>
        <translation>Zurückgestuft</translation>
    </message>
    <message>
        <location filename="../src/core/Types.cpp" line="-2"/>
        <source>Informative</source>
        <translation>Informativ</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Consulting</source>
        <translation>Beratung</translation>
    </message>
    <message>
        <location filename="../src/core/Validation.cpp" line="+26"/>
        <source>%1 is required.</source>
        <translation>%1 ist erforderlich.</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>%1 are too long: %2 characters (the limit is %3).</source>
        <translation>%1 sind zu lang: %2 Zeichen (höchstens %3).</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>%1 is too long: %2 characters (the limit is %3).</source>
        <translation>%1 ist zu lang: %2 Zeichen (höchstens %3).</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>%1 must be between %2 and %3 (it is %4).</source>
        <translation>%1 muss zwischen %2 und %3 liegen (aktuell %4).</translation>
    </message>
    <message>
        <location line="+18"/>
        <source>“%1” does not look like an email address.</source>
        <translation>„%1“ sieht nicht wie eine E-Mail-Adresse aus.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>The value cannot be negative.</source>
        <translation>Der Wert darf nicht negativ sein.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>The value is too large: the most Accord takes is %1 %2.</source>
        <translation>Der Wert ist zu groß: Accord erlaubt höchstens %1 %2.</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>%1 must fall in the years %2 to %3 (UTC).</source>
        <translation>%1 muss in den Jahren %2 bis %3 liegen (UTC).</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>%1 must fall in the years %2 to %3.</source>
        <translation>%1 muss in den Jahren %2 bis %3 liegen.</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>%1 must be a number.</source>
        <translation>%1 muss eine Zahl sein.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>It does not say which prospect it belongs to.</source>
        <translation>Es ist nicht angegeben, zu welchem Interessenten dies gehört.</translation>
    </message>
    <message>
        <location line="+69"/>
        <source>%1 must be one line without tabs (it holds %2 at character %3).</source>
        <translation>%1 muss eine einzelne Zeile ohne Tabulatoren sein (enthält %2 an Zeichenposition %3).</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>%1 holds the control character %2 at character %3; remove it.</source>
        <translation>%1 enthält das Steuerzeichen %2 an Zeichenposition %3; bitte entfernen Sie es.</translation>
    </message>
    <message>
        <location line="+29"/>
        <source>“%1” is not a three-letter currency code such as EUR.</source>
        <translation>„%1“ ist kein dreistelliger Währungscode wie EUR.</translation>
    </message>
    <message>
        <location line="+5"/>
        <location line="+1"/>
        <source>The name</source>
        <translation>Der Name</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The industry</source>
        <translation>Die Branche</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The segment</source>
        <translation>Das Segment</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The website</source>
        <translation>Die Website</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The owner</source>
        <translation>Das Feld „Verantwortlich“</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The lost reason</source>
        <translation>Der Verlustgrund</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The agreement summary</source>
        <translation>Die Zusammenfassung der Vereinbarung</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The creation time</source>
        <translation>Die Erstellungszeit</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The time of the last change</source>
        <translation>Der Zeitpunkt der letzten Änderung</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The time the stage was entered</source>
        <translation>Der Zeitpunkt des Eintritts in die Phase</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The time it was moved to the trash</source>
        <translation>Der Zeitpunkt des Verschiebens in den Papierkorb</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The signed date</source>
        <translation>Das Unterzeichnungsdatum</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>A prospect in Partnership is won (or lost), not %1.</source>
        <translation>Ein Interessent in der Phase Partnerschaft ist gewonnen (oder verloren), nicht %1.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>A won prospect is in Partnership, not in %1.</source>
        <translation>Ein gewonnener Interessent ist in der Phase Partnerschaft, nicht in „%1“.</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>The meeting needs a valid date and time.</source>
        <translation>Die Besprechung braucht ein gültiges Datum und eine gültige Uhrzeit.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The meeting&apos;s date</source>
        <translation>Das Datum der Besprechung</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The next step&apos;s due date</source>
        <translation>Das Fälligkeitsdatum des nächsten Schritts</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The duration in minutes</source>
        <translation>Die Dauer in Minuten</translation>
    </message>
    <message>
        <location line="+1"/>
        <location line="+1"/>
        <source>The summary</source>
        <translation>Die Zusammenfassung</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The attendee list</source>
        <translation>Die Teilnehmerliste</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Notes</source>
        <translation>Notizen</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>What we shared</source>
        <translation>Was wir geteilt haben</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>What we learned</source>
        <translation>Was wir erfahren haben</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The next step</source>
        <translation>Der nächste Schritt</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Logged by</source>
        <translation>Erfasst von</translation>
    </message>
    <message>
        <location line="+23"/>
        <source>An estimated lift in money cannot be negative.</source>
        <translation>Eine geschätzte Steigerung als Geldbetrag darf nicht negativ sein.</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>The worksheet needs exactly the four levers.</source>
        <translation>Das Verhandlungsblatt braucht genau die vier Hebel.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>The levers must be money, time, rights and risk, in that order.</source>
        <translation>Die Hebel müssen Geld, Zeit, Rechte und Risiko sein, in dieser Reihenfolge.</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>The activity needs a due date.</source>
        <translation>Die Aktivität braucht ein Fälligkeitsdatum.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>A duration needs a time of day to start at.</source>
        <translation>Für eine Dauer ist eine Startuhrzeit nötig.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The time it was done is not valid.</source>
        <translation>Der Zeitpunkt der Erledigung ist ungültig.</translation>
    </message>
    <message>
        <location line="+5"/>
        <location line="+1"/>
        <source>The criterion&apos;s label</source>
        <translation>Die Bezeichnung des Kriteriums</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Partnership is the last stage and has no exit criteria.</source>
        <translation>Partnerschaft ist die letzte Phase und hat keine Freigabekriterien.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The position cannot be negative.</source>
        <translation>Die Position darf nicht negativ sein.</translation>
    </message>
    <message>
        <location filename="../src/core/WinWin.cpp" line="+135"/>
        <source>The levers are on the table but neither side has conceded anything yet. Start from what they want and write what each side could give.</source>
        <translation>Die Hebel liegen auf dem Tisch, aber noch keine Seite hat etwas zugestanden. Beginnen Sie mit dem, was die Gegenseite will, und notieren Sie, was jede Seite geben könnte.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Only we have conceded so far (%1). Ask for something in return before giving more.</source>
        <translation>Bisher haben nur wir Zugeständnisse gemacht (%1). Bitten Sie um eine Gegenleistung, bevor Sie mehr geben.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Only we have conceded so far (%1). Ask for something in return: they listed “%2” as something they could give.</source>
        <translation>Bisher haben nur wir Zugeständnisse gemacht (%1). Bitten Sie um eine Gegenleistung: Die Gegenseite hat „%2“ als etwas genannt, das sie geben könnte.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Only they have conceded so far (%1). Winning every point loses the partnership: offer something back on a lever that matters to them.</source>
        <translation>Bisher hat nur die Gegenseite Zugeständnisse gemacht (%1). Wer jeden Punkt gewinnt, verliert die Partnerschaft: Bieten Sie etwas bei einem Hebel an, der ihr wichtig ist.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Only they have conceded so far (%1). Winning every point loses the partnership: offer something back, for instance “%2” from our tradables.</source>
        <translation>Bisher hat nur die Gegenseite Zugeständnisse gemacht (%1). Wer jeden Punkt gewinnt, verliert die Partnerschaft: Bieten Sie etwas an, zum Beispiel „%2“ aus unseren Tauschgütern.</translation>
    </message>
    <message>
        <location line="+24"/>
        <source>%1 is the top priority for both sides and no other lever moves. Favouring one lever has to move others on both sides: look for concessions on %2.</source>
        <translation>%1 hat für beide Seiten höchste Priorität, und kein anderer Hebel bewegt sich. Wer einen Hebel bevorzugt, muss auf beiden Seiten andere bewegen: Suchen Sie nach Zugeständnissen bei %2.</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>1 warning</source>
        <translation>1 Warnung</translation>
    </message>
    <message numerus="yes">
        <location line="+1"/>
        <source>%n warnings</source>
        <translation>
            <numerusform>%n Warnung</numerusform>
            <numerusform>%n Warnungen</numerusform>
        </translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Win-win: both sides have conceded something and no lever is fought over alone.</source>
        <translation>Win-win: Beide Seiten haben etwas zugestanden, und um keinen Hebel wird allein gerungen.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Not judged yet: write positions and concessions on the levers.</source>
        <translation>Noch nicht bewertet: Tragen Sie Positionen und Zugeständnisse zu den Hebeln ein.</translation>
    </message>
    <message>
        <location filename="../src/core/WorkspaceService.cpp" line="+45"/>
        <source>The received date (%1) is before the requested date (%2).</source>
        <translation>Das Eingangsdatum (%1) liegt vor dem Anfragedatum (%2).</translation>
    </message>
    <message>
        <location line="+43"/>
        <source>A %1 is not removed this way.</source>
        <translation>Ein Eintrag vom Typ „%1“ lässt sich nicht auf diese Weise entfernen.</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>There is nothing to remove.</source>
        <translation>Es gibt nichts zu entfernen.</translation>
    </message>
    <message>
        <location line="+154"/>
        <source>The evidence text is too long.</source>
        <translation>Der Text der Nachweise ist zu lang.</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>A tag</source>
        <translation>Ein Schlagwort</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>A tag is one to %1 characters (&quot;%2&quot; is not).</source>
        <translation>Ein Schlagwort muss 1 bis %1 Zeichen lang sein („%2“ ist es nicht).</translation>
    </message>
</context>
<context>
    <name>accord::attachment</name>
    <message>
        <location filename="../src/core/Attachment.cpp" line="+30"/>
        <source>This prospect has no data request %1 to link the file to.</source>
        <translation>Dieser Interessent hat keine Datenanfrage %1, mit der die Datei verknüpft werden könnte.</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>An attachment needs a file name; “%1” has none.</source>
        <translation>Ein Anhang braucht einen Dateinamen; „%1“ hat keinen.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The file name</source>
        <translation>Der Dateiname</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The file name “%1…” is longer than %2 characters.</source>
        <translation>Der Dateiname „%1…“ ist länger als %2 Zeichen.</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>%1 is empty; there is nothing to attach.</source>
        <translation>%1 ist leer; es gibt nichts anzuhängen.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>%1 is %2 (%3 bytes); an attachment holds at most 25 MB (%4 bytes).</source>
        <translation>%1 ist %2 groß (%3 Byte); ein Anhang darf höchstens 25 MB (%4 Byte) groß sein.</translation>
    </message>
    <message>
        <location line="+32"/>
        <source>“%1” is not something to link a file to: use data-request:N or agreement.</source>
        <translation>„%1“ ist nichts, womit sich eine Datei verknüpfen lässt: Verwenden Sie data-request:N oder agreement.</translation>
    </message>
    <message>
        <location line="+20"/>
        <source>%1 bytes</source>
        <translation>%1 Byte</translation>
    </message>
    <message>
        <location line="+22"/>
        <source>There is no prospect %1 to attach the file to.</source>
        <translation>Es gibt keinen Interessenten %1, an den die Datei angehängt werden kann.</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>There is no attachment %1.</source>
        <translation>Es gibt keinen Anhang %1.</translation>
    </message>
    <message>
        <location line="+18"/>
        <source>The prospect of “%1” no longer exists; the file was not put back.</source>
        <translation>Der Interessent zu „%1“ existiert nicht mehr; die Datei wurde nicht wiederhergestellt.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>The data request “%1” was linked to no longer exists; the file was not put back.</source>
        <translation>Die Datenanfrage, mit der „%1“ verknüpft war, existiert nicht mehr; die Datei wurde nicht wiederhergestellt.</translation>
    </message>
    <message>
        <location line="+53"/>
        <source>%1 should be a base64 string.</source>
        <translation>%1 sollte eine Base64-Zeichenkette sein.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>%1 holds more than an attachment may.</source>
        <translation>%1 enthält mehr, als ein Anhang enthalten darf.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>%1 is not valid base64.</source>
        <translation>%1 ist kein gültiges Base64.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>%1 holds %2 bytes, but the attachment&apos;s size says %3.</source>
        <translation>%1 enthält %2 Byte, laut Größe des Anhangs aber %3.</translation>
    </message>
</context>
<context>
    <name>accord::cli::Cli</name>
    <message>
        <location filename="../src/cli/ActivityCommands.cpp" line="+59"/>
        <location filename="../src/cli/ContactCommands.cpp" line="+39"/>
        <location line="+7"/>
        <location line="+8"/>
        <source>contact</source>
        <translation>Kontakt</translation>
    </message>
    <message>
        <location line="+11"/>
        <location filename="../src/cli/CommandArgs.cpp" line="+156"/>
        <source>The duration must be a whole number of minutes.</source>
        <translation>Die Dauer muss eine ganze Zahl von Minuten sein.</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>activity</source>
        <translation>Aktivität</translation>
    </message>
    <message>
        <location line="+3"/>
        <location line="+207"/>
        <location line="+24"/>
        <source>there is no activity %1.</source>
        <translation>Aktivität %1 gibt es nicht.</translation>
    </message>
    <message>
        <location line="-209"/>
        <source>plan needs --kind, --due and --title (--%1 is missing).</source>
        <translation>plan braucht --kind, --due und --title (--%1 fehlt).</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Planned activity %1 for %2: %3, due %4 (%5)</source>
        <translation>Aktivität %1 für %2 geplant: %3, fällig %4 (%5)</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>activities takes at most one prospect id.</source>
        <translation>activities nimmt höchstens eine Interessenten-ID an.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Give one of --overdue, --today, --week and --all.</source>
        <translation>Geben Sie nur eine von --overdue, --today, --week und --all an.</translation>
    </message>
    <message numerus="yes">
        <location line="+56"/>
        <source>%n activit(y/ies)</source>
        <translation>
            <numerusform>%n Aktivität</numerusform>
            <numerusform>%n Aktivitäten</numerusform>
        </translation>
    </message>
    <message>
        <location line="+8"/>
        <source>today takes options only (--owner O).</source>
        <translation>today nimmt nur Optionen an (--owner O).</translation>
    </message>
    <message>
        <location line="+25"/>
        <source>Agenda for %1</source>
        <translation>Agenda für %1</translation>
    </message>
    <message>
        <location line="+7"/>
        <location filename="../src/cli/CloseCommands.cpp" line="+117"/>
        <source>Overdue</source>
        <translation>Überfällig</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Today</source>
        <translation>Heute</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>This week</source>
        <translation>Diese Woche</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>No next step planned</source>
        <translation>Kein nächster Schritt geplant</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>--%1 describes the meeting: give --log-meeting too.</source>
        <translation>--%1 beschreibt die Besprechung: Geben Sie auch --log-meeting an.</translation>
    </message>
    <message>
        <location line="+21"/>
        <source>Done: activity %1 of %2 (%3)</source>
        <translation>Erledigt: Aktivität %1 von %2 (%3)</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Logged meeting %1 for it.</source>
        <translation>Besprechung %1 dazu erfasst.</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>reschedule needs --due WHEN.</source>
        <translation>reschedule braucht --due WANN.</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Activity %1 of %2 is now due %3 (%4)</source>
        <translation>Aktivität %1 von %2 ist jetzt fällig: %3 (%4)</translation>
    </message>
    <message>
        <location line="+26"/>
        <source>Activity %1 of %2 already holds that; nothing changed.</source>
        <translation>Aktivität %1 von %2 enthält das bereits; nichts geändert.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Saved activity %1 of %2 (%3)</source>
        <translation>Aktivität %1 von %2 gespeichert (%3)</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>Removed activity %1 from %2</source>
        <translation>Aktivität %1 von %2 entfernt</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>Plan an activity for a prospect. K: %1. WHEN: YYYY-MM-DD, &quot;YYYY-MM-DD HH:MM&quot;, today, tomorrow, +3d, +2w or a weekday, each with an optional time (&quot;friday 10:30&quot;).</source>
        <extracomment>%1 lists the activity kinds, which are typed as they are.</extracomment>
        <translation>Eine Aktivität für einen Interessenten planen. K: %1. WHEN: YYYY-MM-DD, &quot;YYYY-MM-DD HH:MM&quot;, today, tomorrow, +3d, +2w oder ein Wochentag, jeweils mit optionaler Uhrzeit (&quot;friday 10:30&quot;).</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>List open activities (of one prospect, or across the pipeline; --all also lists done ones).</source>
        <translation>Offene Aktivitäten auflisten (eines Interessenten oder der ganzen Pipeline; --all zeigt auch erledigte).</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>The agenda: overdue, today, this week, and active prospects with no next step planned.</source>
        <translation>Die Agenda: überfällig, heute, diese Woche und aktive Interessenten ohne geplanten nächsten Schritt.</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Mark an activity done; --log-meeting also logs it as a meeting (prefilled from the activity), in one step.</source>
        <translation>Eine Aktivität als erledigt markieren; --log-meeting erfasst sie im selben Schritt als Besprechung (aus der Aktivität vorausgefüllt).</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Move an activity to another day or time.</source>
        <translation>Eine Aktivität auf einen anderen Tag oder eine andere Uhrzeit verschieben.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Change an activity; only the fields given change (--contact &quot;&quot; clears).</source>
        <translation>Eine Aktivität ändern; nur die angegebenen Felder ändern sich (--contact &quot;&quot; leert).</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Delete a planned activity.</source>
        <translation>Eine geplante Aktivität löschen.</translation>
    </message>
    <message>
        <location filename="../src/cli/AdminCommands.cpp" line="+20"/>
        <source>demo takes options only.</source>
        <translation>demo nimmt nur Optionen an.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>--seed must be a non-negative number.</source>
        <translation>--seed muss eine nicht negative Zahl sein.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>--prospects must be between 1 and 1000000.</source>
        <translation>--prospects muss zwischen 1 und 1000000 liegen.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>On a team server every owner is a user: make the demo in a file and move it in with server push --owner-map (scripts/team-server.sh does both).</source>
        <translation>Auf einem Teamserver ist jede(r) Verantwortliche ein Benutzer: Erstellen Sie die Demo in einer Datei und übertragen Sie sie mit server push --owner-map (scripts/team-server.sh erledigt beides).</translation>
    </message>
    <message>
        <location line="+21"/>
        <source>Writing the demo pipeline…</source>
        <translation>Demo-Pipeline wird geschrieben…</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>%1 already holds %2 prospects; the demo goes into an empty database (use --db NEW_FILE).</source>
        <translation>%1 enthält bereits %2 Interessenten; die Demo kommt in eine leere Datenbank (verwenden Sie --db NEUE_DATEI).</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Made a demo pipeline in %1: %2 prospects, %3 meetings.</source>
        <translation>Demo-Pipeline in %1 erstellt: %2 Interessenten, %3 Besprechungen.</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>check takes no arguments.</source>
        <translation>check nimmt keine Argumente an.</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>%1 is damaged: %2 Restore it from a backup.</source>
        <translation>%1 ist beschädigt: %2 Stellen Sie sie aus einer Sicherung wieder her.</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>%1: ok</source>
        <translation>%1: in Ordnung</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>Fill an empty database with a realistic demo pipeline.</source>
        <translation>Eine leere Datenbank mit einer realistischen Demo-Pipeline füllen.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Check the database&apos;s integrity and foreign keys (exit 5 on a problem).</source>
        <translation>Integrität und Fremdschlüssel der Datenbank prüfen (Exit-Code 5 bei einem Problem).</translation>
    </message>
    <message>
        <location filename="../src/cli/AttachmentCommands.cpp" line="+42"/>
        <source>data request %1</source>
        <translation>Datenanfrage %1</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>agreement</source>
        <translation>Vereinbarung</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>No attachment with id %1.</source>
        <translation>Kein Anhang mit der ID %1.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>%1 needs one attachment id.</source>
        <translation>%1 braucht eine Anhang-ID.</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>attach needs a prospect id and a file.</source>
        <translation>attach braucht eine Interessenten-ID und eine Datei.</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>%1 is not a file that can be read.</source>
        <translation>%1 ist keine lesbare Datei.</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Attached %1 (%2) to %3 as attachment %4.</source>
        <translation>%1 (%2) als Anhang %4 an %3 angehängt.</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>attachments needs a prospect id.</source>
        <translation>attachments braucht eine Interessenten-ID.</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>%1 has no attachments.</source>
        <translation>%1 hat keine Anhänge.</translation>
    </message>
    <message>
        <location line="+5"/>
        <location filename="../src/cli/ProspectCommands.cpp" line="+64"/>
        <source>Name</source>
        <translation>Name</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Size</source>
        <translation>Größe</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Added by</source>
        <translation>Hinzugefügt von</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Added (UTC)</source>
        <translation>Hinzugef. (UTC)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Link</source>
        <translation>Verknüpfung</translation>
    </message>
    <message>
        <location line="+24"/>
        <source>Removed attachment %1 (%2).</source>
        <translation>Anhang %1 (%2) entfernt.</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>save-attachment needs -o FILE.</source>
        <translation>save-attachment braucht -o DATEI.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>%1 exists already; give --force to replace it.</source>
        <translation>%1 existiert bereits; geben Sie --force an, um sie zu ersetzen.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Saved %1 (%2) to %3.</source>
        <translation>%1 (%2) in %3 gespeichert.</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>Keep a file (up to 25 MB) on a prospect, optionally linked to a data request or the agreement.</source>
        <translation>Eine Datei (bis 25 MB) bei einem Interessenten ablegen, wahlweise mit einer Datenanfrage oder der Vereinbarung verknüpft.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>List a prospect&apos;s files: name, size, who added them and when, link.</source>
        <translation>Die Dateien eines Interessenten auflisten: Name, Größe, wer sie wann hinzugefügt hat, Verknüpfung.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Remove a file from its prospect.</source>
        <translation>Eine Datei von ihrem Interessenten entfernen.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Write a file kept on a prospect to FILE (never over an existing file without --force).</source>
        <translation>Eine beim Interessenten abgelegte Datei nach FILE schreiben (eine vorhandene Datei nie ohne --force überschreiben).</translation>
    </message>
    <message>
        <location filename="../src/cli/Cli.cpp" line="+42"/>
        <source>Option --%1 needs a value.</source>
        <translation>Die Option --%1 braucht einen Wert.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Unknown option --%1.</source>
        <translation>Unbekannte Option --%1.</translation>
    </message>
    <message>
        <location line="+31"/>
        <source>%1 does not exist (only demo and import create a database).</source>
        <translation>%1 existiert nicht (nur demo und import legen eine Datenbank an).</translation>
    </message>
    <message>
        <location line="+4"/>
        <location filename="../src/cli/ExportCommands.cpp" line="+122"/>
        <source>Cannot create the folder %1.</source>
        <translation>Der Ordner %1 kann nicht erstellt werden.</translation>
    </message>
    <message>
        <location line="+25"/>
        <source>This needs a team server (--db postgresql://USER@HOST/DB or --db service=NAME); %1 is a file.</source>
        <translation>Dafür ist ein Teamserver nötig (--db postgresql://USER@HOST/DB oder --db service=NAME); %1 ist eine Datei.</translation>
    </message>
    <message>
        <location line="+38"/>
        <source>The output could not be written (%1).</source>
        <translation>Die Ausgabe konnte nicht geschrieben werden (%1).</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>write error</source>
        <translation>Schreibfehler</translation>
    </message>
    <message>
        <location line="+67"/>
        <source>Unknown stage &quot;%1&quot;: use 1–4 or informative, consulting, negotiation, partnership.</source>
        <translation>Unbekannte Phase „%1“: Verwenden Sie 1–4 oder informative, consulting, negotiation, partnership.</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>&quot;%1&quot; is not a prospect id (a positive number).</source>
        <translation>„%1“ ist keine Interessenten-ID (eine positive Zahl).</translation>
    </message>
    <message>
        <location filename="../src/cli/CloseCommands.cpp" line="-82"/>
        <source>set-close needs either --on DATE or --clear.</source>
        <translation>set-close braucht entweder --on DATUM oder --clear.</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>none</source>
        <translation>keins</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>%1 (#%2) already closes on %3; nothing changed.</source>
        <translation>%1 (#%2) schließt bereits am %3 ab; nichts geändert.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>%1 (#%2) already closes on no set date; nothing changed.</source>
        <translation>%1 (#%2) hat bereits kein Abschlussdatum; nichts geändert.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>%1 (#%2) is expected to close on %3 (was %4); its close date %5.</source>
        <translation>Erwarteter Abschluss von %1 (#%2) am %3 (vorher %4); Abschlussdatum: %5.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Cleared the expected close date of %1 (#%2) (was %3).</source>
        <translation>Erwartetes Abschlussdatum von %1 (#%2) entfernt (vorher %3).</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>forecast takes options only.</source>
        <translation>forecast nimmt nur Optionen an.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>--by takes month or quarter.</source>
        <translation>--by nimmt month oder quarter an.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>--periods takes a number from 1 to 36.</source>
        <translation>--periods nimmt eine Zahl von 1 bis 36 an.</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>Forecast by month from %1, %2 (weighted by stage: %3% / %4% / %5%)</source>
        <translation>Prognose nach Monat ab %1, %2 (gewichtet nach Phase: %3 % / %4 % / %5 %)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Forecast by quarter from %1, %2 (weighted by stage: %3% / %4% / %5%)</source>
        <translation>Prognose nach Quartal ab %1, %2 (gewichtet nach Phase: %3 % / %4 % / %5 %)</translation>
    </message>
    <message>
        <location line="+2"/>
        <location filename="../src/cli/ReportCommands.cpp" line="+64"/>
        <source>all owners</source>
        <translation>alle Verantwortlichen</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Expected close</source>
        <translation>Erwarteter Abschluss</translation>
    </message>
    <message>
        <location line="+0"/>
        <location filename="../src/cli/ReportCommands.cpp" line="+33"/>
        <location line="+11"/>
        <location line="+38"/>
        <source>Open</source>
        <translation>Offen</translation>
    </message>
    <message>
        <location line="+1"/>
        <location filename="../src/cli/ProspectCommands.cpp" line="+2"/>
        <location filename="../src/cli/ReportCommands.cpp" line="-76"/>
        <location line="+76"/>
        <source>Value</source>
        <translation>Wert</translation>
    </message>
    <message>
        <location line="+0"/>
        <location filename="../src/cli/ReportCommands.cpp" line="-75"/>
        <source>Weighted</source>
        <translation>Gewichtet</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Won so far</source>
        <translation>Bisher gewonnen</translation>
    </message>
    <message numerus="yes">
        <location line="+10"/>
        <source>%n open prospect(s) ha(s/ve) no expected close date (%1); accord-cli set-close ID --on DATE gives one.</source>
        <translation>
            <numerusform>%n offener Interessent hat kein erwartetes Abschlussdatum (%1); accord-cli set-close ID --on DATE setzt eines.</numerusform>
            <numerusform>%n offene Interessenten haben kein erwartetes Abschlussdatum (%1); accord-cli set-close ID --on DATE setzt eines.</numerusform>
        </translation>
    </message>
    <message>
        <location line="+9"/>
        <source>No close date moved later in %1.</source>
        <translation>Kein Abschlussdatum wurde in %1 nach hinten verschoben.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Moved later in %1:</source>
        <translation>In %1 nach hinten verschoben:</translation>
    </message>
    <message numerus="yes">
        <location line="+4"/>
        <source>+%n days, now %1</source>
        <translation>
            <numerusform>+%n Tag, jetzt %1</numerusform>
            <numerusform>+%n Tage, jetzt %1</numerusform>
        </translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Set or clear a prospect&apos;s expected close date; each move is kept in its close date history.</source>
        <translation>Das erwartete Abschlussdatum eines Interessenten setzen oder entfernen; jede Verschiebung bleibt im Verlauf des Abschlussdatums erhalten.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Open prospects by the month or quarter they are expected to close: count, value, weighted value, won so far.</source>
        <translation>Offene Interessenten nach Monat oder Quartal des erwarteten Abschlusses: Anzahl, Wert, gewichteter Wert, bisher gewonnen.</translation>
    </message>
    <message>
        <location filename="../src/cli/CommandArgs.cpp" line="-137"/>
        <source>%1 needs exactly one prospect id.</source>
        <translation>%1 braucht genau eine Interessenten-ID.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>%1 needs a prospect id and one more id.</source>
        <translation>%1 braucht eine Interessenten-ID und eine weitere ID.</translation>
    </message>
    <message>
        <location line="+4"/>
        <location filename="../src/cli/ProspectCommands.cpp" line="+73"/>
        <source>there is no prospect %1.</source>
        <translation>Interessent %1 existiert nicht.</translation>
    </message>
    <message>
        <location line="+9"/>
        <location line="+156"/>
        <source>&quot;%1&quot; is not a %2 id (a positive number).</source>
        <translation>„%1“ ist keine ID für %2 (eine positive Zahl).</translation>
    </message>
    <message>
        <location line="-147"/>
        <source>There is no prospect %1.</source>
        <translation>Es gibt keinen Interessenten %1.</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>&quot;%1&quot; is not a date (use YYYY-MM-DD).</source>
        <translation>„%1“ ist kein Datum (verwenden Sie JJJJ-MM-TT).</translation>
    </message>
    <message>
        <location line="+19"/>
        <source>--%1 must be a whole number (it is &quot;%2&quot;).</source>
        <translation>--%1 muss eine ganze Zahl sein (angegeben: „%2“).</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>%1 or %2</source>
        <translation>%1 oder %2</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>%1 is the open database, not a notes file.</source>
        <translation>%1 ist die geöffnete Datenbank, keine Notizdatei.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Cannot read %1: %2.</source>
        <translation>%1 kann nicht gelesen werden: %2.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>%1 is not UTF-8 text.</source>
        <translation>%1 ist kein UTF-8-Text.</translation>
    </message>
    <message>
        <location line="+19"/>
        <source>--value &quot;%1&quot; is in %2 but --currency says %3.</source>
        <translation>--value „%1“ ist in %2, aber --currency sagt %3.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>&quot;%1&quot; is not an amount of money (try 40000 or 40k).</source>
        <translation>„%1“ ist kein Geldbetrag (versuchen Sie 40000 oder 40k).</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>&quot;%1&quot; is not a date and time of the years 1900–9999 (use YYYY-MM-DD HH:MM, an offset at most ±14:00).</source>
        <translation>„%1“ ist kein Datum mit Uhrzeit in den Jahren 1900–9999 (verwenden Sie JJJJ-MM-TT HH:MM, einen Versatz von höchstens ±14:00).</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Unknown meeting kind &quot;%1&quot;: use presentation, discovery, workshop, negotiation, call or email.</source>
        <translation>Unbekannte Besprechungsart „%1“: Verwenden Sie presentation, discovery, workshop, negotiation, call oder email.</translation>
    </message>
    <message>
        <location line="+30"/>
        <source>%1 is a rep on this team server: a rep&apos;s %2 are their own, and only a lead or an admin may give --owner.</source>
        <translation>%1 ist Vertriebsmitarbeiter auf diesem Teamserver und damit selbst für seine %2 verantwortlich; --owner darf nur die Vertriebsleitung oder ein Administrator angeben.</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>%1 needs exactly one %2 id.</source>
        <translation>%1 braucht genau eine ID für %2.</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>%1 needs %2.</source>
        <translation>%1 braucht %2.</translation>
    </message>
    <message>
        <location line="+41"/>
        <source>Added %1 %2 to %3</source>
        <translation>%1 %2 zu %3 hinzugefügt</translation>
    </message>
    <message>
        <location filename="../src/cli/CommandArgs.h" line="+78"/>
        <source>Unknown %1 &quot;%2&quot;: use %3.</source>
        <translation>Unbekannter Wert „%2“ für %1: Verwenden Sie %3.</translation>
    </message>
    <message>
        <location line="+18"/>
        <source>%1 has no %2 %3.</source>
        <translation>Bei %1 gibt es %2 %3 nicht.</translation>
    </message>
    <message>
        <location filename="../src/cli/ConsultingCommands.cpp" line="+51"/>
        <source> — no benchmark</source>
        <translation> — kein Vergleichswert</translation>
    </message>
    <message>
        <location line="+1"/>
        <source> vs %1 %2</source>
        <translation> ggü. %1 %2</translation>
    </message>
    <message>
        <location line="+4"/>
        <source> — refused: %1</source>
        <translation> — abgelehnt: %1</translation>
    </message>
    <message>
        <location line="+2"/>
        <source> — difference %1</source>
        <translation> — Differenz %1</translation>
    </message>
    <message>
        <location line="+2"/>
        <source> (% undefined)</source>
        <translation> (% nicht definiert)</translation>
    </message>
    <message>
        <location line="+19"/>
        <source>&quot;%1&quot; is not a number (use digits and a dot, like 1250.5).</source>
        <translation>„%1“ ist keine Zahl (verwenden Sie Ziffern und einen Punkt, etwa 1250.5).</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>add-metric needs --name and --value.</source>
        <translation>add-metric braucht --name und --value.</translation>
    </message>
    <message>
        <location line="+5"/>
        <location line="+36"/>
        <location line="+8"/>
        <source>metric</source>
        <translation>Kennzahl</translation>
    </message>
    <message>
        <location line="-23"/>
        <source>Gap table of %1</source>
        <translation>Lückentabelle von %1</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>No prospect metrics yet (add-metric %1 --name … --value …)</source>
        <translation>Noch keine Kennzahlen des Interessenten (add-metric %1 --name … --value …)</translation>
    </message>
    <message>
        <location line="+46"/>
        <source>&quot;%1&quot; is neither a percentage (12%) nor an amount (40000 or 40k).</source>
        <translation>„%1“ ist weder ein Prozentsatz (12%) noch ein Betrag (40000 oder 40k).</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>%1 has no contact %2.</source>
        <translation>Bei %1 gibt es Kontakt %2 nicht.</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>add-opportunity needs --title.</source>
        <translation>add-opportunity braucht --title.</translation>
    </message>
    <message>
        <location line="+5"/>
        <location line="+8"/>
        <location line="+7"/>
        <source>opportunity</source>
        <translation>Chance</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Record a figure of the prospect or a benchmark of it (stage 2).</source>
        <translation>Eine Kennzahl des Interessenten oder einen Vergleichswert dazu erfassen (Phase 2).</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>The prospect&apos;s figures against the benchmarks of the same name and period.</source>
        <translation>Die Kennzahlen des Interessenten im Vergleich mit gleichnamigen Vergleichswerten desselben Zeitraums.</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Record a growth opportunity and who champions it (stage 2).</source>
        <translation>Eine Wachstumschance und ihren Fürsprecher erfassen (Phase 2).</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Change a figure or benchmark; only the fields given change.</source>
        <translation>Eine Kennzahl oder einen Vergleichswert ändern; nur die angegebenen Felder ändern sich.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Delete a figure or benchmark.</source>
        <translation>Eine Kennzahl oder einen Vergleichswert löschen.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Change a growth opportunity; only the fields given change.</source>
        <translation>Eine Wachstumschance ändern; nur die angegebenen Felder ändern sich.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Delete a growth opportunity.</source>
        <translation>Eine Wachstumschance löschen.</translation>
    </message>
    <message>
        <location filename="../src/cli/ContactCommands.cpp" line="-20"/>
        <source>add-contact needs --name.</source>
        <translation>add-contact braucht --name.</translation>
    </message>
    <message>
        <location line="+26"/>
        <location line="+8"/>
        <location filename="../src/cli/InformativeCommands.cpp" line="+29"/>
        <source>meeting</source>
        <translation>Besprechung</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Add a contact person to a prospect.</source>
        <translation>Einem Interessenten eine Kontaktperson hinzufügen.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Change a contact; only the fields given change.</source>
        <translation>Einen Kontakt ändern; nur die angegebenen Felder ändern sich.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Remove a contact (the opportunities it championed lose their champion).</source>
        <translation>Einen Kontakt entfernen (die Chancen, für die er sich eingesetzt hat, verlieren ihren Fürsprecher).</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Change a logged meeting; only the fields given change.</source>
        <translation>Eine erfasste Besprechung ändern; nur die angegebenen Felder ändern sich.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Delete a logged meeting (insights presented at it keep their text and lose the link).</source>
        <translation>Eine erfasste Besprechung löschen (dort vorgestellte Erkenntnisse behalten ihren Text und verlieren die Verknüpfung).</translation>
    </message>
    <message>
        <location filename="../src/cli/EditCommands.cpp" line="+26"/>
        <source>prospects</source>
        <translation>Interessenten</translation>
    </message>
    <message>
        <location line="+43"/>
        <source>%1 (#%2) already holds that; nothing changed.</source>
        <translation>%1 (#%2) enthält das bereits; nichts geändert.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Saved %1 (#%2): %3</source>
        <translation>%1 (#%2) gespeichert: %3</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>Moved %1 (#%2) to the trash; accord-cli restore %2 takes it out again.</source>
        <translation>%1 (#%2) in den Papierkorb verschoben; accord-cli restore %2 holt ihn wieder heraus.</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>Restored %1 (#%2) from the trash.</source>
        <translation>%1 (#%2) aus dem Papierkorb wiederhergestellt.</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>Change a prospect&apos;s fields; only those given change (--tags &quot;&quot; clears; plan and reschedule change activities).</source>
        <translation>Felder eines Interessenten ändern; nur die angegebenen ändern sich (--tags &quot;&quot; leert; plan und reschedule ändern Aktivitäten).</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Move a prospect to the trash (list --trash shows it).</source>
        <translation>Einen Interessenten in den Papierkorb verschieben (list --trash zeigt ihn).</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Take a prospect out of the trash.</source>
        <translation>Einen Interessenten aus dem Papierkorb holen.</translation>
    </message>
    <message>
        <location filename="../src/cli/ExportCommands.cpp" line="-67"/>
        <source>A team server is not copied into a file: back it up with pg_dump or export backup -o FILE.json.</source>
        <translation>Ein Teamserver wird nicht in eine Datei kopiert: Sichern Sie ihn mit pg_dump oder export backup -o FILE.json.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>This store cannot make a SQLite backup.</source>
        <translation>Dieser Speicher kann keine SQLite-Sicherung erstellen.</translation>
    </message>
    <message>
        <location line="+48"/>
        <source>Unknown format &quot;%1&quot;: use pdf, html, md or json.</source>
        <translation>Unbekanntes Format „%1“: Verwenden Sie pdf, html, md oder json.</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Name at least one prospect id (or --all).</source>
        <translation>Nennen Sie mindestens eine Interessenten-ID (oder --all).</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Give -o FILE (one prospect) or -o DIR (several).</source>
        <translation>Geben Sie -o DATEI (ein Interessent) oder -o ORDNER (mehrere) an.</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Unknown audience &quot;%1&quot;: use internal or customer.</source>
        <translation>Unbekannte Zielgruppe „%1“: Verwenden Sie internal oder customer.</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>no prospect with id %1.</source>
        <translation>kein Interessent mit der ID %1.</translation>
    </message>
    <message>
        <location line="+24"/>
        <source>Writing summaries…</source>
        <translation>Zusammenfassungen werden gespeichert…</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>Wrote %1 prospect(s) to %2.</source>
        <translation>%1 Interessent(en) nach %2 geschrieben.</translation>
    </message>
    <message>
        <location line="+33"/>
        <source>Give -o FILE.json.</source>
        <translation>Geben Sie -o DATEI.json an.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Reading prospects…</source>
        <translation>Interessenten werden gelesen…</translation>
    </message>
    <message>
        <location line="+19"/>
        <source>Unexpected argument &quot;%1&quot;.</source>
        <translation>Unerwartetes Argument „%1“.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Export what? summary, pipeline, ics or backup.</source>
        <translation>Was exportieren? summary, pipeline, ics oder backup.</translation>
    </message>
    <message>
        <location line="+49"/>
        <source>Unknown date format &quot;%1&quot;: use DMY, MDY or YMD.</source>
        <translation>Unbekanntes Datumsformat „%1“: Verwenden Sie DMY, MDY oder YMD.</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>--stage-map wants VALUE=STAGE, e.g. &quot;Discovery=2&quot;.</source>
        <translation>--stage-map erwartet WERT=PHASE, z. B. &quot;Discovery=2&quot;.</translation>
    </message>
    <message>
        <location line="+20"/>
        <source>Columns (%1-separated): %2</source>
        <translation>Spalten (getrennt durch %1): %2</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>warning: %1</source>
        <translation>Warnung: %1</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Restoring prospects…</source>
        <translation>Interessenten werden wiederhergestellt…</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>Restored %1 prospect(s) into %2.</source>
        <translation>%1 Interessent(en) in %2 wiederhergestellt.</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>Use: import csv FILE or import backup FILE.json.</source>
        <translation>Verwenden Sie: import csv DATEI oder import backup DATEI.json.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Import what? csv or backup.</source>
        <translation>Was importieren? csv oder backup.</translation>
    </message>
    <message>
        <location line="+11"/>
        <location filename="../src/cli/ServerPush.cpp" line="+100"/>
        <source>%1 does not exist.</source>
        <translation>%1 existiert nicht.</translation>
    </message>
    <message>
        <location line="+19"/>
        <source>Automatic backups are off for %1 (turn them on in Settings).</source>
        <translation>Automatische Sicherungen sind für %1 ausgeschaltet (schalten Sie sie in den Einstellungen ein).</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Today&apos;s backup already exists in %1.</source>
        <translation>Die heutige Sicherung existiert bereits in %1.</translation>
    </message>
    <message>
        <location line="+2"/>
        <location line="+20"/>
        <source>Backed up %1 to %2.</source>
        <translation>%1 nach %2 gesichert.</translation>
    </message>
    <message>
        <location line="-18"/>
        <source>Removed %1.</source>
        <translation>%1 entfernt.</translation>
    </message>
    <message>
        <location line="+9"/>
        <location line="+7"/>
        <source>Give -o FILE.sqlite or --rotate.</source>
        <translation>Geben Sie -o DATEI.sqlite oder --rotate an.</translation>
    </message>
    <message>
        <location line="-4"/>
        <source>Give either -o FILE.sqlite or --rotate, not both.</source>
        <translation>Geben Sie entweder -o DATEI.sqlite oder --rotate an, nicht beides.</translation>
    </message>
    <message>
        <location line="+22"/>
        <source>Write prospect summaries, the pipeline as CSV, a calendar, or a JSON backup.</source>
        <translation>Zusammenfassungen von Interessenten, die Pipeline als CSV, einen Kalender oder eine JSON-Sicherung schreiben.</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Import prospects from another tool&apos;s CSV, or restore a JSON backup.</source>
        <translation>Interessenten aus der CSV-Datei eines anderen Programms importieren oder eine JSON-Sicherung wiederherstellen.</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Copy the database with SQLite&apos;s online backup (safe while the app runs), or make today&apos;s rotating copy.</source>
        <translation>Die Datenbank mit der Online-Sicherung von SQLite kopieren (sicher, während die App läuft) oder die heutige rotierende Kopie erstellen.</translation>
    </message>
    <message>
        <location filename="../src/cli/GateCommands.cpp" line="+17"/>
        <source>criterion</source>
        <translation>Kriterium</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>there is no criterion %1 (accord-cli gates lists them).</source>
        <translation>Kriterium %1 existiert nicht (accord-cli gates listet sie auf).</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>--evidence goes with a tick, not with --uncheck.</source>
        <translation>--evidence gehört zu einem Häkchen, nicht zu --uncheck.</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>Ticked &quot;%1&quot; for %2. Gate of %3: %4/%5</source>
        <translation>„%1“ für %2 abgehakt. Freigabe von %3: %4/%5</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Unticked &quot;%1&quot; for %2. Gate of %3: %4/%5</source>
        <translation>Häkchen bei „%1“ für %2 entfernt. Freigabe von %3: %4/%5</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Still met automatically: %1</source>
        <translation>Weiterhin automatisch erfüllt: %1</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>gates takes no arguments.</source>
        <translation>gates nimmt keine Argumente an.</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>To leave %1:</source>
        <translation>Zum Verlassen von %1:</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>by hand</source>
        <translation>von Hand</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>automatic: %1</source>
        <translation>automatisch: %1</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>Tick (or untick) a gate criterion by hand for a prospect.</source>
        <translation>Ein Freigabekriterium für einen Interessenten von Hand abhaken (oder das Häkchen entfernen).</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>List every stage&apos;s exit criteria with their ids and rules.</source>
        <translation>Die Freigabekriterien jeder Phase mit ihren IDs und Regeln auflisten.</translation>
    </message>
    <message>
        <location filename="../src/cli/InformativeCommands.cpp" line="-6"/>
        <source>add-insight needs --title.</source>
        <translation>add-insight braucht --title.</translation>
    </message>
    <message>
        <location line="+16"/>
        <location line="+13"/>
        <location line="+29"/>
        <source>insight</source>
        <translation>Erkenntnis</translation>
    </message>
    <message>
        <location line="-14"/>
        <source>the insight&apos;s prospect has no meeting %1.</source>
        <translation>beim Interessenten der Erkenntnis gibt es Besprechung %1 nicht.</translation>
    </message>
    <message>
        <location line="+27"/>
        <source>--received goes with --status received.</source>
        <translation>--received gehört zu --status received.</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>add-data-request needs --item (for instance &quot;%1&quot;).</source>
        <translation>add-data-request braucht --item (zum Beispiel „%1“).</translation>
    </message>
    <message>
        <location line="+11"/>
        <location line="+10"/>
        <location line="+37"/>
        <source>data request</source>
        <translation>Datenanfrage</translation>
    </message>
    <message>
        <location line="-20"/>
        <source>there is no data request %1.</source>
        <translation>Datenanfrage %1 existiert nicht.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Data request %1 (%2) is now %3 on %4</source>
        <translation>Datenanfrage %1 (%2) ist jetzt %3 am %4</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Data request %1 (%2) is now %3</source>
        <translation>Datenanfrage %1 (%2) ist jetzt %3</translation>
    </message>
    <message>
        <location line="+20"/>
        <source>Record an insight shared with a prospect (stage 1).</source>
        <translation>Eine mit einem Interessenten geteilte Erkenntnis erfassen (Phase 1).</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Change an insight; only the fields given change.</source>
        <translation>Eine Erkenntnis ändern; nur die angegebenen Felder ändern sich.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Delete an insight.</source>
        <translation>Eine Erkenntnis löschen.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Record data asked of a prospect: online revenue, number of orders, abandoned carts, unique visits or anything else.</source>
        <translation>Von einem Interessenten erbetene Daten erfassen: Online-Umsatz, Anzahl der Bestellungen, abgebrochene Warenkörbe, eindeutige Besuche oder anderes.</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Change a data request: mark it received or declined (a received date means received), its note, item or date.</source>
        <translation>Eine Datenanfrage ändern: als erhalten oder abgelehnt markieren (ein Eingangsdatum bedeutet erhalten), ihre Notiz, ihren Posten oder ihr Datum.</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Delete a data request.</source>
        <translation>Eine Datenanfrage löschen.</translation>
    </message>
    <message>
        <location filename="../src/cli/main.cpp" line="+23"/>
        <source>Usage: %1
       %2</source>
        <extracomment>The layout is kept: &quot;Heading:&quot; lines, and under Commands the usage line indented by two spaces with its summary under it indented by six.</extracomment>
        <translation>Aufruf: %1
        %2</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Accord&apos;s partnership pipeline from the command line. LOCATION is a file
or a team server (postgresql://USER@HOST/DB or service=NAME). Without --db
the database is the desktop app&apos;s default: %1</source>
        <translation>Die Partnerschafts-Pipeline von Accord auf der Kommandozeile. LOCATION ist eine
Datei oder ein Teamserver (postgresql://USER@HOST/DB oder service=NAME). Ohne --db
ist die Datenbank die Standarddatenbank der Desktop-App: %1</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Commands:</source>
        <translation>Befehle:</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>STAGE is 1–4 or informative, consulting, negotiation, partnership.
Dates are YYYY-MM-DD; times YYYY-MM-DD HH:MM (local) or ISO-8601 with Z.</source>
        <translation>STAGE ist 1–4 oder informative, consulting, negotiation, partnership.
Daten im Format YYYY-MM-DD; Zeiten YYYY-MM-DD HH:MM (lokal) oder ISO-8601 mit Z.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Global options: --db LOCATION (a file must exist, except for demo and
import; a server&apos;s password comes from ~/.pgpass, PGPASSWORD or a service file),
--json, --verbose (log details such as SQL on stderr), --help (this text, or
a command&apos;s usage after the command), --version.</source>
        <translation>Globale Optionen: --db LOCATION (eine Datei muss existieren, außer für demo und
import; das Passwort eines Servers kommt aus ~/.pgpass, PGPASSWORD oder einer
Dienstdatei), --json, --verbose (Details wie SQL auf stderr protokollieren),
--help (dieser Text, oder nach einem Befehl dessen Aufruf), --version.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Exit codes:</source>
        <translation>Exit-Codes:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>done</source>
        <comment>exit code</comment>
        <translation>erledigt</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>error (bad input, unreadable file, database problem)</source>
        <translation>Fehler (ungültige Eingabe, unlesbare Datei, Datenbankproblem)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>usage (unknown command or option, missing argument)</source>
        <translation>Aufruf (unbekannter Befehl oder unbekannte Option, fehlendes Argument)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>gate refused (the move needs --reason or is not allowed)</source>
        <translation>Freigabe verweigert (der Phasenwechsel braucht --reason oder ist nicht erlaubt)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>not found (no prospect with that id)</source>
        <translation>nicht gefunden (kein Interessent mit dieser ID)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>check failed (the database has integrity problems)</source>
        <translation>Prüfung fehlgeschlagen (die Datenbank hat Integritätsprobleme)</translation>
    </message>
    <message>
        <location line="+56"/>
        <source>accord-cli: option --db needs a path.</source>
        <translation>accord-cli: Die Option --db braucht einen Pfad.</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>accord-cli: option --db needs a path (it was empty).</source>
        <translation>accord-cli: Die Option --db braucht einen Pfad (er war leer).</translation>
    </message>
    <message>
        <location line="+40"/>
        <source>accord-cli: unknown command &quot;%1&quot;. Run accord-cli --help for the list.</source>
        <translation>accord-cli: Unbekannter Befehl „%1“. accord-cli --help zeigt die Liste.</translation>
    </message>
    <message>
        <location line="+6"/>
        <location line="+14"/>
        <source>Usage: %1</source>
        <translation>Aufruf: %1</translation>
    </message>
    <message>
        <location filename="../src/cli/NegotiationCommands.cpp" line="+31"/>
        <source>Win-win check: %1</source>
        <translation>Win-win-Prüfung: %1</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>Saved the negotiation worksheet of %1</source>
        <translation>Verhandlungsblatt von %1 gespeichert</translation>
    </message>
    <message>
        <location line="+34"/>
        <source>set-lever needs --lever money, time, rights or risk.</source>
        <translation>set-lever braucht --lever money, time, rights oder risk.</translation>
    </message>
    <message>
        <location line="+27"/>
        <source>%1 needs --side ours or theirs (whose item it is to give).</source>
        <translation>%1 braucht --side ours oder theirs (wer das Tauschgut geben kann).</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>add-tradable needs --side ours or theirs (whose item it is to give).</source>
        <translation>add-tradable braucht --side ours oder theirs (wer das Tauschgut geben kann).</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>add-tradable needs --item.</source>
        <translation>add-tradable braucht --item.</translation>
    </message>
    <message>
        <location line="+5"/>
        <location line="+8"/>
        <location line="+7"/>
        <source>tradable</source>
        <translation>Tauschgut</translation>
    </message>
    <message>
        <location line="+19"/>
        <source>set-agreement needs --signed DATE, --summary TEXT or --unsign.</source>
        <translation>set-agreement braucht --signed DATUM, --summary TEXT oder --unsign.</translation>
    </message>
    <message>
        <location line="+21"/>
        <source>Agreement of %1: signed on %2</source>
        <translation>Vereinbarung von %1: unterzeichnet am %2</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Agreement of %1: not signed</source>
        <translation>Vereinbarung von %1: nicht unterzeichnet</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>Fill the negotiation worksheet (stage 3); prints the win-win check.</source>
        <translation>Das Verhandlungsblatt ausfüllen (Phase 3); gibt die Win-win-Prüfung aus.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Set one negotiation lever; prints the win-win check.</source>
        <translation>Einen Verhandlungshebel setzen; gibt die Win-win-Prüfung aus.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Record something one side has to give that the other values.</source>
        <translation>Etwas erfassen, das eine Seite geben kann und die andere schätzt.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Change a tradable; only the fields given change.</source>
        <translation>Ein Tauschgut ändern; nur die angegebenen Felder ändern sich.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Delete a tradable.</source>
        <translation>Ein Tauschgut löschen.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>The negotiation&apos;s win-win check and its warnings.</source>
        <translation>Die Win-win-Prüfung der Verhandlung und ihre Warnungen.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Record the signed date and agreement summary (needed for Partnership).</source>
        <translation>Unterzeichnungsdatum und Zusammenfassung der Vereinbarung erfassen (nötig für Partnerschaft).</translation>
    </message>
    <message>
        <location filename="../src/cli/PipelineCommands.cpp" line="+26"/>
        <source>add-prospect takes options only (--name …).</source>
        <translation>add-prospect nimmt nur Optionen an (--name …).</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>add-prospect needs --name.</source>
        <translation>add-prospect braucht --name.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>new prospects</source>
        <translation>neuen Interessenten</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>--due is the next step&apos;s: give --next-step too.</source>
        <translation>--due gehört zum nächsten Schritt: Geben Sie auch --next-step an.</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>Added prospect %1: %2</source>
        <translation>Interessent %1 hinzugefügt: %2</translation>
    </message>
    <message>
        <location line="+19"/>
        <source>Logged meeting %1 with %2</source>
        <translation>Besprechung %1 mit %2 erfasst</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The gate of %1 is met: accord-cli advance %2 --to %3</source>
        <translation>Die Freigabe von %1 ist erfüllt: accord-cli advance %2 --to %3</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>unmet (%1): %2 — %3</source>
        <translation>nicht erfüllt (%1): %2 — %3</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Give --reason &quot;…&quot; to move anyway; it is recorded.</source>
        <translation>Geben Sie --reason &quot;…&quot; an, um trotzdem zu wechseln; die Begründung wird erfasst.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Give --reason &quot;…&quot; to move anyway; it is recorded as a gate override.</source>
        <translation>Geben Sie --reason &quot;…&quot; an, um trotzdem zu wechseln; sie wird als Begründung der Ausnahme erfasst.</translation>
    </message>
    <message>
        <location line="+19"/>
        <source>advance needs a prospect id and --to STAGE.</source>
        <translation>advance braucht eine Interessenten-ID und --to PHASE.</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>%1 is now in %2 (gate override recorded)</source>
        <translation>%1 ist jetzt in %2 (Ausnahme erfasst)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>%1 is now in %2</source>
        <translation>%1 ist jetzt in %2</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>set-status needs a prospect id and --to STATUS.</source>
        <translation>set-status braucht eine Interessenten-ID und --to STATUS.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Unknown status &quot;%1&quot;: use active, on_hold or lost.</source>
        <translation>Unbekannter Status „%1“: Verwenden Sie active, on_hold oder lost.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>--reason-code goes with --to lost.</source>
        <translation>--reason-code gehört zu --to lost.</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>%1 is now %2 (%3)</source>
        <translation>%1 ist jetzt %2 (%3)</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>%1 is now %2</source>
        <translation>%1 ist jetzt %2</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>reopen needs a prospect id, --to STAGE and --reason TEXT.</source>
        <translation>reopen braucht eine Interessenten-ID, --to PHASE und --reason TEXT.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Give --reason &quot;…&quot;; it is recorded in the stage history.</source>
        <translation>Geben Sie --reason &quot;…&quot; an; die Begründung wird im Phasenverlauf erfasst.</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>%1 is active again in %2</source>
        <translation>%1 ist wieder aktiv in %2</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Add a prospect in stage 1 (Uniquely Informative).</source>
        <translation>Einen Interessenten in Phase 1 (Einzigartig informativ) hinzufügen.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Log a meeting; says when the stage&apos;s gate is now met.</source>
        <translation>Eine Besprechung erfassen; meldet, wenn die Freigabe der Phase jetzt erfüllt ist.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Move a prospect to another stage (exit 3 with the unmet criteria when a reason is needed).</source>
        <translation>Einen Interessenten in eine andere Phase verschieben (Exit-Code 3 mit den nicht erfüllten Kriterien, wenn eine Begründung nötig ist).</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Put a prospect on hold, reopen it, or mark it lost (a reason code from the pipeline&apos;s list, a note, or both).</source>
        <translation>Einen Interessenten zurückstellen, wieder aufnehmen oder als verloren markieren (ein Grundcode aus der Liste der Pipeline, eine Notiz oder beides).</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Reopen a won or lost prospect, active again in a stage of 1-3; recorded in the stage history.</source>
        <translation>Einen gewonnenen oder verlorenen Interessenten wieder öffnen, aktiv in einer Phase von 1-3; wird im Phasenverlauf erfasst.</translation>
    </message>
    <message>
        <location filename="../src/cli/ProspectCommands.cpp" line="-85"/>
        <source>list takes no positional arguments.</source>
        <translation>list nimmt keine Positionsargumente an.</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Owner</source>
        <translation>Verantwortlich</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Stage</source>
        <translation>Phase</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Days</source>
        <translation>Tage</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Gate</source>
        <translation>Freigabe</translation>
    </message>
    <message numerus="yes">
        <location line="+49"/>
        <source>%n prospect(s)</source>
        <translation>
            <numerusform>%n Interessent</numerusform>
            <numerusform>%n Interessenten</numerusform>
        </translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Gate to leave %1: %2/%3</source>
        <translation>Freigabe zum Verlassen von %1: %2/%3</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>show needs exactly one prospect id.</source>
        <translation>show braucht genau eine Interessenten-ID.</translation>
    </message>
    <message>
        <location line="+23"/>
        <source>Stage:</source>
        <translation>Phase:</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Status:</source>
        <translation>Status:</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Owner:</source>
        <translation>Verantwortlich:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Industry:</source>
        <translation>Branche:</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Value:</source>
        <translation>Wert:</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Website:</source>
        <translation>Website:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Next:</source>
        <translation>Nächstes:</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Tags:</source>
        <translation>Schlagwörter:</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Signed:</source>
        <translation>Unterzeichnet:</translation>
    </message>
    <message numerus="yes">
        <location line="+8"/>
        <source>%n days</source>
        <translation>
            <numerusform>%n Tag</numerusform>
            <numerusform>%n Tage</numerusform>
        </translation>
    </message>
    <message>
        <location line="+29"/>
        <source>Contacts</source>
        <translation>Kontakte</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Meetings (newest first)</source>
        <translation>Besprechungen (neueste zuerst)</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>History</source>
        <translation>Verlauf</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>by %1</source>
        <translation>von %1</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>gate override</source>
        <translation>Ausnahme von der Freigabe</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Evidence:</source>
        <translation>Nachweise:</translation>
    </message>
    <message numerus="yes">
        <location line="+1"/>
        <source>%n insight(s)</source>
        <translation>
            <numerusform>%n Erkenntnis</numerusform>
            <numerusform>%n Erkenntnisse</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+1"/>
        <source>%n data request(s)</source>
        <translation>
            <numerusform>%n Datenanfrage</numerusform>
            <numerusform>%n Datenanfragen</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+1"/>
        <source>%n metric(s)</source>
        <translation>
            <numerusform>%n Kennzahl</numerusform>
            <numerusform>%n Kennzahlen</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+1"/>
        <source>%n opportunit(y/ies)</source>
        <translation>
            <numerusform>%n Chance</numerusform>
            <numerusform>%n Chancen</numerusform>
        </translation>
    </message>
    <message>
        <location line="+2"/>
        <source>negotiation worksheet</source>
        <translation>Verhandlungsblatt</translation>
    </message>
    <message>
        <location line="+22"/>
        <source>search needs some text to look for.</source>
        <translation>search braucht einen Suchtext.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>--limit must be a positive number.</source>
        <translation>--limit muss eine positive Zahl sein.</translation>
    </message>
    <message>
        <location line="+24"/>
        <source>more than %1</source>
        <translation>mehr als %1</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>%1 of %2 matches</source>
        <translation>%1 von %2 Treffern</translation>
    </message>
    <message numerus="yes">
        <location line="+2"/>
        <source>%n match(es)</source>
        <translation>
            <numerusform>%n Treffer</numerusform>
            <numerusform>%n Treffer</numerusform>
        </translation>
    </message>
    <message>
        <location line="+12"/>
        <source>List prospects with stage, status, value, days in stage and gate progress.</source>
        <translation>Interessenten mit Phase, Status, Wert, Tagen in der Phase und Stand der Freigabe auflisten.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Everything known about one prospect.</source>
        <translation>Alles Bekannte über einen Interessenten.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Search prospects, contacts and meeting text, newest first.</source>
        <translation>Interessenten, Kontakte und Besprechungstexte durchsuchen, neueste zuerst.</translation>
    </message>
    <message>
        <location filename="../src/cli/RecordCommands.h" line="+33"/>
        <location line="+37"/>
        <source>there is no %1 %2.</source>
        <translation>%1 %2 existiert nicht.</translation>
    </message>
    <message>
        <location line="-27"/>
        <source>The %1 %2 of %3 already holds that; nothing changed.</source>
        <translation>%1 %2 von %3 enthält das bereits; nichts geändert.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Saved %1 %2 of %3 (%4)</source>
        <translation>%1 %2 von %3 gespeichert (%4)</translation>
    </message>
    <message>
        <location line="+26"/>
        <source>Removed %1 %2 from %3</source>
        <translation>%1 %2 von %3 entfernt</translation>
    </message>
    <message>
        <location filename="../src/cli/ReportCommands.cpp" line="-30"/>
        <source>--%1 &quot;%2&quot; is not a date such as 2026-03-31.</source>
        <translation>--%1 „%2“ ist kein Datum wie 2026-03-31.</translation>
    </message>
    <message>
        <location line="+20"/>
        <source>Review %1 – %2, %3 (pipeline as of %4)</source>
        <translation>Auswertung %1 – %2, %3 (Pipeline-Stand %4)</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Pipeline now</source>
        <translation>Pipeline jetzt</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Count</source>
        <translation>Anzahl</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Prob.</source>
        <translation>Quote</translation>
    </message>
    <message>
        <location line="+8"/>
        <source> (won)</source>
        <translation> (gewonnen)</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Open (stages 1–3)</source>
        <translation>Offen (Phasen 1–3)</translation>
    </message>
    <message numerus="yes">
        <location line="+5"/>
        <source>%n open prospect(s) (is/are) unconverted (no exchange rate to %1; see accord-cli rates) and left out of the values.</source>
        <translation>
            <numerusform>%n offener Interessent ist nicht umgerechnet (kein Wechselkurs zu %1; siehe accord-cli rates) und fehlt in den Werten.</numerusform>
            <numerusform>%n offene Interessenten sind nicht umgerechnet (kein Wechselkurs zu %1; siehe accord-cli rates) und fehlen in den Werten.</numerusform>
        </translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Days in stage</source>
        <translation>Tage in der Phase</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Left</source>
        <translation>Ausg.</translation>
    </message>
    <message>
        <location line="+1"/>
        <location line="+1"/>
        <source>Median</source>
        <translation>Median</translation>
    </message>
    <message>
        <location line="-1"/>
        <location line="+1"/>
        <source>p75</source>
        <translation>p75</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Conversion</source>
        <translation>Konversion</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Entered</source>
        <translation>Eingetreten</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>On</source>
        <translation>Vor</translation>
    </message>
    <message>
        <location line="+1"/>
        <location line="+39"/>
        <source>Lost</source>
        <translation>Verloren</translation>
    </message>
    <message>
        <location line="-39"/>
        <source>On %</source>
        <translation>Vor %</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Lost %</source>
        <translation>Verl. %</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Movement:</source>
        <translation>Bewegung:</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Outcomes: won %1 (%2), lost %3, win rate %4, median cycle %5</source>
        <translation>Ergebnisse: gewonnen %1 (%2), verloren %3, Gewinnquote %4, mittlere Dauer %5</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>%1 days</source>
        <translation>%1 Tage</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Stalled: %1</source>
        <translation>Ins Stocken geraten: %1</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>(%1 longest quiet shown)</source>
        <translation>(die %1 am längsten ruhenden gezeigt)</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>%1 days quiet (stale after %2)</source>
        <translation>%1 Tage ohne Kontakt (stockt nach %2)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>, never met in this stage</source>
        <translation>, keine Besprechung in dieser Phase</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>By owner</source>
        <translation>Nach Verantwortlichen</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Won</source>
        <translation>Gewonnen</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Cycle</source>
        <translation>Dauer</translation>
    </message>
    <message>
        <location line="+3"/>
        <location filename="../src/cli/ServerPush.cpp" line="-33"/>
        <source>(no owner)</source>
        <translation>(nicht zugewiesen)</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>report takes options only.</source>
        <translation>report nimmt nur Optionen an.</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>--from must lie before --to.</source>
        <translation>--from muss vor --to liegen.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>--stalled takes a number of rows or &quot;all&quot;.</source>
        <translation>--stalled nimmt eine Anzahl Zeilen oder &quot;all&quot; an.</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>set-rate needs a currency code and a rate, such as set-rate EUR 1.08 (or set-rate EUR --clear).</source>
        <translation>set-rate braucht einen Währungscode und einen Kurs, etwa set-rate EUR 1.08 (oder set-rate EUR --clear).</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>&quot;%1&quot; is not an exchange rate: write a number such as 1.08 (from 0.000000001 to 1000000000).</source>
        <translation>„%1“ ist kein Wechselkurs: Schreiben Sie eine Zahl wie 1.08 (von 0.000000001 bis 1000000000).</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>%1 has no exchange rate now: its prospects stay out of totals.</source>
        <translation>%1 hat jetzt keinen Wechselkurs: Seine Interessenten fehlen in den Summen.</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>rates takes no arguments.</source>
        <translation>rates nimmt keine Argumente an.</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Pipeline currency: %1</source>
        <translation>Pipeline-Währung: %1</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>No exchange rates: prospects in other currencies stay out of totals.</source>
        <translation>Keine Wechselkurse: Interessenten in anderen Währungen fehlen in den Summen.</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>Set (or clear) what one unit of a currency is worth in the pipeline currency; totals convert with it.</source>
        <translation>Setzen (oder entfernen), was eine Einheit einer Währung in der Pipeline-Währung wert ist; Summen werden damit umgerechnet.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>The exchange rates totals convert with.</source>
        <translation>Die Wechselkurse, mit denen Summen umgerechnet werden.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>The review: pipeline per stage, time in stage, conversion, movement, stalled prospects and owners (default: the last 90 days).</source>
        <translation>Die Auswertung: Pipeline pro Phase, Zeit in der Phase, Konversion, Bewegung, ins Stocken geratene Interessenten und Verantwortliche (Standard: die letzten 90 Tage).</translation>
    </message>
    <message>
        <location filename="../src/cli/ServerCommands.cpp" line="+33"/>
        <source>--role is rep, lead or admin (not &quot;%1&quot;).</source>
        <translation>--role ist rep, lead oder admin (nicht „%1“).</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>server %1 needs one LOGIN.</source>
        <translation>server %1 braucht ein LOGIN.</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>, team %1</source>
        <translation>, Team %1</translation>
    </message>
    <message>
        <location line="+26"/>
        <source>server init takes no arguments.</source>
        <translation>server init nimmt keine Argumente an.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>The team server %1 is up to date at schema version %2.</source>
        <translation>Der Teamserver %1 ist auf dem neuesten Stand (Schemaversion %2).</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Set up Accord&apos;s schema on %1: schema version %2.</source>
        <translation>Accord-Schema auf %1 eingerichtet: Schemaversion %2.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Upgraded %1 from schema version %2 to %3.</source>
        <translation>%1 von Schemaversion %2 auf %3 aktualisiert.</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>server add-user needs --role rep, lead or admin.</source>
        <translation>server add-user braucht --role rep, lead oder admin.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>server add-user needs --team TEAM (every user, an admin too, belongs to a team).</source>
        <translation>server add-user braucht --team TEAM (jeder Benutzer, auch ein Administrator, gehört zu einem Team).</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Added %1. They connect as %2 with a password set by the database&apos;s owner (docs/team-server.md).</source>
        <translation>%1 hinzugefügt. Die Verbindung erfolgt als %2 mit einem Passwort, das der Eigentümer der Datenbank festlegt (docs/team-server.md).</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>server users takes no arguments.</source>
        <translation>server users nimmt keine Argumente an.</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>No users yet: add them with server add-user.</source>
        <translation>Noch keine Benutzer: Fügen Sie sie mit server add-user hinzu.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>LOGIN</source>
        <translation>LOGIN</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>NAME</source>
        <translation>NAME</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>ROLE</source>
        <translation>ROLLE</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>TEAM</source>
        <translation>TEAM</translation>
    </message>
    <message>
        <location line="+21"/>
        <source>Give what changes: --role, --team or --name.</source>
        <translation>Geben Sie an, was sich ändert: --role, --team oder --name.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>%1 is not a user of this team server (see server users).</source>
        <translation>%1 ist kein Benutzer dieses Teamservers (siehe server users).</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>%1 is no longer a user of this team server.</source>
        <translation>%1 ist kein Benutzer dieses Teamservers mehr.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Changed %1.</source>
        <translation>%1 geändert.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>server what? init, add-user, users, set-user or push.</source>
        <translation>server was? init, add-user, users, set-user oder push.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>server commands need a team server (--db postgresql://USER@HOST/DB or --db service=NAME); %1 is a file.</source>
        <translation>server-Befehle brauchen einen Teamserver (--db postgresql://USER@HOST/DB oder --db service=NAME); %1 ist eine Datei.</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>Unknown server command &quot;%1&quot;: init, add-user, users, set-user or push.</source>
        <translation>Unbekannter server-Befehl „%1“: init, add-user, users, set-user oder push.</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>Set up a team server (--db postgresql://… or service=NAME): its schema, its users, and a local pipeline moved into it.</source>
        <translation>Einen Teamserver einrichten (--db postgresql://… oder service=NAME): sein Schema, seine Benutzer und eine dorthin übertragene lokale Pipeline.</translation>
    </message>
    <message>
        <location filename="../src/cli/ServerPush.cpp" line="-20"/>
        <source>--owner-map wants &quot;Full Name=login&quot; entries separated by commas, not &quot;%1&quot;.</source>
        <translation>--owner-map erwartet durch Kommas getrennte Einträge &quot;Full Name=login&quot;, nicht „%1“.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>--owner-map gives no login for &quot;%1&quot;.</source>
        <translation>--owner-map nennt kein Login für „%1“.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>--owner-map maps &quot;%1&quot; to both %2 and %3.</source>
        <translation>--owner-map ordnet „%1“ sowohl %2 als auch %3 zu.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>server push needs --owner-map &quot;Full Name=login,…&quot;.</source>
        <translation>server push braucht --owner-map &quot;Full Name=login,…&quot;.</translation>
    </message>
    <message>
        <location line="+35"/>
        <source>server push moves an Accord file into the team server; &quot;%1&quot; is not a file.</source>
        <translation>server push überträgt eine Accord-Datei auf den Teamserver; „%1“ ist keine Datei.</translation>
    </message>
    <message>
        <location line="+28"/>
        <source>--owner-map has no login for %1 owner(s) of %2: %3; nothing was pushed.</source>
        <translation>--owner-map hat kein Login für %1 Verantwortliche(n) von %2: %3; nichts wurde übertragen.</translation>
    </message>
    <message numerus="yes">
        <location line="+16"/>
        <source>%1 (is/are) not a user of this team server (add users with server add-user); nothing was pushed.</source>
        <extracomment>%1 lists logins; the count says whether it is one or several.</extracomment>
        <translation>
            <numerusform>%1 ist kein Benutzer dieses Teamservers (Benutzer fügen Sie mit server add-user hinzu); nichts wurde übertragen.</numerusform>
            <numerusform>%1 sind keine Benutzer dieses Teamservers (Benutzer fügen Sie mit server add-user hinzu); nichts wurde übertragen.</numerusform>
        </translation>
    </message>
    <message>
        <location line="+7"/>
        <source>warning: no prospect of %1 is owned by %2.</source>
        <translation>Warnung: Kein Interessent in %1 gehört %2.</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>server push needs one FILE.sqlite.</source>
        <translation>server push braucht eine DATEI.sqlite.</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>%1 is a %2: server push is run by the database&apos;s owner or an admin; nothing was pushed.</source>
        <translation>%1 hat die Rolle %2: server push führt der Eigentümer der Datenbank oder ein Administrator aus; nichts wurde übertragen.</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>%1 already holds %2 prospect(s): server push moves a pipeline into an empty team server only; nothing was pushed.</source>
        <translation>%1 enthält bereits %2 Interessent(en): server push überträgt eine Pipeline nur auf einen leeren Teamserver; nichts wurde übertragen.</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Pushing prospects…</source>
        <translation>Interessenten werden übertragen…</translation>
    </message>
    <message>
        <location line="+22"/>
        <source>Pushed %1 prospect(s) and %2 meeting(s) from %3 into %4.</source>
        <translation>%1 Interessent(en) und %2 Besprechung(en) aus %3 auf %4 übertragen.</translation>
    </message>
</context>
<context>
    <name>accord::core::FieldTables</name>
    <message>
        <location filename="../src/core/Fields.cpp" line="+180"/>
        <location line="+39"/>
        <location line="+93"/>
        <source>name</source>
        <translation>Name</translation>
    </message>
    <message>
        <location line="-132"/>
        <source>The name</source>
        <translation>Der Name</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>industry</source>
        <translation>Branche</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>The industry</source>
        <translation>Die Branche</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>segment</source>
        <translation>Segment</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>The segment</source>
        <translation>Das Segment</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>website</source>
        <translation>Website</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>The website</source>
        <translation>Die Website</translation>
    </message>
    <message>
        <location line="+1"/>
        <location line="+175"/>
        <source>owner</source>
        <translation>Verantwortliche(r)</translation>
    </message>
    <message>
        <location line="-175"/>
        <location line="+175"/>
        <source>The owner</source>
        <translation>Das Feld „Verantwortlich“</translation>
    </message>
    <message>
        <location line="-174"/>
        <source>stage</source>
        <translation>Phase</translation>
    </message>
    <message>
        <location line="+1"/>
        <location line="+114"/>
        <location line="+31"/>
        <source>status</source>
        <translation>Status</translation>
    </message>
    <message>
        <location line="-143"/>
        <location line="+125"/>
        <source>value</source>
        <translation>Wert</translation>
    </message>
    <message>
        <location line="-124"/>
        <source>The value</source>
        <translation>Der Wert</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>currency</source>
        <translation>Währung</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The currency</source>
        <translation>Die Währung</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>lost reason</source>
        <translation>Verlustgrund</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>The lost reason</source>
        <translation>Der Verlustgrund</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>creation time</source>
        <translation>Erstellungszeit</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>The creation time</source>
        <translation>Die Erstellungszeit</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>last change</source>
        <translation>letzte Änderung</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>The time of the last change</source>
        <translation>Der Zeitpunkt der letzten Änderung</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>stage entry time</source>
        <translation>Phaseneintritt</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>The time the stage was entered</source>
        <translation>Der Zeitpunkt des Eintritts in die Phase</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>place in the trash</source>
        <translation>Papierkorbstatus</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>The time it was moved to the trash</source>
        <translation>Der Zeitpunkt des Verschiebens in den Papierkorb</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>signed date</source>
        <translation>Unterzeichnungsdatum</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>The signed date</source>
        <translation>Das Unterzeichnungsdatum</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>agreement summary</source>
        <translation>Zusammenfassung der Vereinbarung</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>The agreement summary</source>
        <translation>Die Zusammenfassung der Vereinbarung</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>expected close date</source>
        <translation>erwartetes Abschlussdatum</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>The expected close date</source>
        <translation>Das erwartete Abschlussdatum</translation>
    </message>
    <message>
        <location line="+1"/>
        <location line="+51"/>
        <source>reason</source>
        <translation>Grund</translation>
    </message>
    <message>
        <location line="-51"/>
        <source>The reason code</source>
        <translation>Der Grundcode</translation>
    </message>
    <message>
        <location line="+9"/>
        <location line="+14"/>
        <location line="+21"/>
        <location line="+17"/>
        <location line="+13"/>
        <location line="+14"/>
        <location line="+14"/>
        <location line="+14"/>
        <location line="+15"/>
        <location line="+13"/>
        <source>prospect</source>
        <translation>Interessent</translation>
    </message>
    <message>
        <location line="-134"/>
        <source>The contact&apos;s name</source>
        <translation>Der Name des Kontakts</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Name</source>
        <translation>Name</translation>
    </message>
    <message>
        <location line="+1"/>
        <location line="+65"/>
        <location line="+41"/>
        <location line="+29"/>
        <source>title</source>
        <translation>Titel</translation>
    </message>
    <message>
        <location line="-135"/>
        <source>The title</source>
        <translation>Der Titel</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Title</source>
        <translation>Position</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>role</source>
        <translation>Rolle</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Role</source>
        <translation>Rolle</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>e-mail</source>
        <translation>E-Mail</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>The email address</source>
        <translation>Die E-Mail-Adresse</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Email</source>
        <translation>E-Mail</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>phone</source>
        <translation>Telefon</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>The phone number</source>
        <translation>Die Telefonnummer</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Phone</source>
        <translation>Telefon</translation>
    </message>
    <message>
        <location line="+10"/>
        <location line="+21"/>
        <location line="+17"/>
        <source>time</source>
        <translation>Zeitpunkt</translation>
    </message>
    <message>
        <location line="-38"/>
        <source>The meeting&apos;s date</source>
        <translation>Das Datum der Besprechung</translation>
    </message>
    <message>
        <location line="+1"/>
        <location line="+124"/>
        <source>duration</source>
        <translation>Dauer</translation>
    </message>
    <message>
        <location line="-124"/>
        <location line="+124"/>
        <source>The duration in minutes</source>
        <translation>Die Dauer in Minuten</translation>
    </message>
    <message>
        <location line="-123"/>
        <location line="+119"/>
        <source>kind</source>
        <translation>Art</translation>
    </message>
    <message>
        <location line="-118"/>
        <source>stage at the time</source>
        <translation>damalige Phase</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>attendees</source>
        <translation>Teilnehmende</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>The attendee list</source>
        <translation>Die Teilnehmerliste</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>summary</source>
        <translation>Zusammenfassung</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>The summary</source>
        <translation>Die Zusammenfassung</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>notes</source>
        <translation>Notizen</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Notes</source>
        <translation>Notizen</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>what was shared</source>
        <translation>Geteiltes</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>What we shared</source>
        <translation>Was wir geteilt haben</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>what was learned</source>
        <translation>Gelerntes</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>What we learned</source>
        <translation>Was wir erfahren haben</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>next step</source>
        <translation>nächster Schritt</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>The next step</source>
        <translation>Der nächste Schritt</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>next step&apos;s due date</source>
        <translation>Fälligkeit des nächsten Schritts</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>The next step&apos;s due date</source>
        <translation>Das Fälligkeitsdatum des nächsten Schritts</translation>
    </message>
    <message>
        <location line="+1"/>
        <location line="+15"/>
        <location line="+15"/>
        <source>author</source>
        <translation>Verfasser</translation>
    </message>
    <message>
        <location line="-30"/>
        <source>Logged by</source>
        <translation>Erfasst von</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>stage before</source>
        <translation>Phase vorher</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>stage after</source>
        <translation>Phase nachher</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>status before</source>
        <translation>Status vorher</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>status after</source>
        <translation>Status nachher</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>gate override</source>
        <translation>Ausnahme von der Freigabe</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>close date before</source>
        <translation>Abschlussdatum vorher</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>close date after</source>
        <translation>Abschlussdatum nachher</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>meeting</source>
        <translation>Besprechung</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Presented at</source>
        <translation>Vorgestellt bei</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The insight&apos;s title</source>
        <translation>Der Titel der Erkenntnis</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Insight</source>
        <translation>Erkenntnis</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>text</source>
        <translation>Text</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>The insight&apos;s text</source>
        <translation>Der Text der Erkenntnis</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>What it says</source>
        <translation>Inhalt</translation>
    </message>
    <message>
        <location line="+1"/>
        <location line="+29"/>
        <source>source</source>
        <translation>Quelle</translation>
    </message>
    <message>
        <location line="-29"/>
        <source>The source</source>
        <translation>Die Quelle</translation>
    </message>
    <message>
        <location line="+0"/>
        <location line="+29"/>
        <source>Source</source>
        <translation>Quelle</translation>
    </message>
    <message>
        <location line="-28"/>
        <source>shared date</source>
        <translation>Datum des Teilens</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>The date it was shared</source>
        <translation>Das Datum des Teilens</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Shared on</source>
        <translation>Geteilt am</translation>
    </message>
    <message>
        <location line="+10"/>
        <location line="+44"/>
        <source>item</source>
        <translation>Gegenstand</translation>
    </message>
    <message>
        <location line="-44"/>
        <source>The requested item</source>
        <translation>Der angefragte Gegenstand</translation>
    </message>
    <message>
        <location line="+0"/>
        <location line="+44"/>
        <source>Item</source>
        <translation>Gegenstand</translation>
    </message>
    <message>
        <location line="-43"/>
        <source>requested date</source>
        <translation>Anfragedatum</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>The requested date</source>
        <translation>Das Anfragedatum</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Requested</source>
        <translation>Angefragt</translation>
    </message>
    <message>
        <location line="+1"/>
        <location line="+31"/>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <location line="-30"/>
        <source>received date</source>
        <translation>Eingangsdatum</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>The received date</source>
        <translation>Das Eingangsdatum</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Received</source>
        <translation>Erhalten</translation>
    </message>
    <message>
        <location line="+1"/>
        <location line="+59"/>
        <source>note</source>
        <translation>Notiz</translation>
    </message>
    <message>
        <location line="-59"/>
        <location line="+59"/>
        <source>The note</source>
        <translation>Die Notiz</translation>
    </message>
    <message>
        <location line="-59"/>
        <location line="+59"/>
        <source>Note</source>
        <translation>Notiz</translation>
    </message>
    <message>
        <location line="-49"/>
        <source>The metric&apos;s name</source>
        <translation>Der Name der Kennzahl</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Metric</source>
        <translation>Kennzahl</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The metric&apos;s value</source>
        <translation>Der Wert der Kennzahl</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Value</source>
        <translation>Wert</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>unit</source>
        <translation>Einheit</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>The unit</source>
        <translation>Die Einheit</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Unit</source>
        <translation>Einheit</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>period</source>
        <translation>Zeitraum</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>The period</source>
        <translation>Der Zeitraum</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Period</source>
        <translation>Zeitraum</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>The opportunity&apos;s title</source>
        <translation>Der Titel der Chance</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Opportunity</source>
        <translation>Chance</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>description</source>
        <translation>Beschreibung</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>The description</source>
        <translation>Die Beschreibung</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Description</source>
        <translation>Beschreibung</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>lift kind</source>
        <translation>Art der Steigerung</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>lift</source>
        <translation>Steigerung</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>The estimated lift</source>
        <translation>Die geschätzte Steigerung</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Estimated lift</source>
        <translation>Geschätzte Steigerung</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>champion</source>
        <translation>Fürsprecher</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Champion</source>
        <translation>Fürsprecher</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>side</source>
        <translation>Seite</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Side</source>
        <translation>Seite</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The tradable item</source>
        <translation>Das Tauschgut</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>value to the other side</source>
        <translation>Wert für die Gegenseite</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>The value to the other side</source>
        <translation>Der Wert für die Gegenseite</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Value to the other side</source>
        <translation>Wert für die Gegenseite</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>cost to give</source>
        <translation>Kosten für die gebende Seite</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>The cost to give</source>
        <translation>Die Kosten für die gebende Seite</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Cost to give</source>
        <translation>Kosten für die gebende Seite</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Kind</source>
        <translation>Art</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The activity&apos;s title</source>
        <translation>Der Titel der Aktivität</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Activity</source>
        <translation>Aktivität</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>due date</source>
        <translation>Fälligkeitsdatum</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>The due date</source>
        <translation>Das Fälligkeitsdatum</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Due</source>
        <translation>Fällig</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>time of day</source>
        <translation>Uhrzeit</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>The time of day</source>
        <translation>Die Uhrzeit</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Owner</source>
        <translation>Verantwortlich</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>contact</source>
        <translation>Kontakt</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Contact</source>
        <translation>Kontakt</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>done time</source>
        <translation>Erledigungszeitpunkt</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>The time it was done</source>
        <translation>Der Zeitpunkt der Erledigung</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Done</source>
        <translation>Erledigt</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>our BATNA</source>
        <translation>unsere BATNA</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Our BATNA</source>
        <translation>Unsere BATNA</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>their BATNA</source>
        <translation>BATNA der Gegenseite</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Their BATNA</source>
        <translation>Die BATNA der Gegenseite</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>their interests</source>
        <translation>Interessen der Gegenseite</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Their interests</source>
        <translation>Interessen der Gegenseite</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>our interests</source>
        <translation>unsere Interessen</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Our interests</source>
        <translation>Unsere Interessen</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>objective criteria</source>
        <translation>objektive Kriterien</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>The objective criteria</source>
        <translation>Die objektiven Kriterien</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>stance</source>
        <translation>Haltung</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>The stance</source>
        <translation>Die Haltung</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>our priority</source>
        <translation>unsere Priorität</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Our priority</source>
        <translation>Unsere Priorität</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>their priority</source>
        <translation>Priorität der Gegenseite</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Their priority</source>
        <translation>Priorität der Gegenseite</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>our position</source>
        <translation>unsere Position</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Our position</source>
        <translation>Unsere Position</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>their position</source>
        <translation>Position der Gegenseite</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Their position</source>
        <translation>Position der Gegenseite</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>our concession</source>
        <translation>unser Zugeständnis</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Our concession</source>
        <translation>Unser Zugeständnis</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>their concession</source>
        <translation>Zugeständnis der Gegenseite</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Their concession</source>
        <translation>Zugeständnis der Gegenseite</translation>
    </message>
</context>
<context>
    <name>accord::core::JsonReader</name>
    <message>
        <location filename="../src/core/JsonReader.h" line="+29"/>
        <source>%1 should be an object.</source>
        <translation>%1 sollte ein Objekt sein.</translation>
    </message>
    <message>
        <location line="+22"/>
        <source>%1 is missing.</source>
        <translation>%1 fehlt.</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>%1 should be a string.</source>
        <translation>%1 sollte eine Zeichenkette sein.</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>%1 is too large.</source>
        <translation>%1 ist zu groß.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>%1 should be a whole number.</source>
        <translation>%1 sollte eine ganze Zahl sein.</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>%1 is out of range.</source>
        <translation>%1 liegt außerhalb des gültigen Bereichs.</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>%1 cannot be negative.</source>
        <translation>%1 darf nicht negativ sein.</translation>
    </message>
    <message>
        <location line="+10"/>
        <location line="+84"/>
        <source>%1 should be a number.</source>
        <translation>%1 sollte eine Zahl sein.</translation>
    </message>
    <message>
        <location line="-74"/>
        <source>%1 should be true or false.</source>
        <translation>%1 sollte true oder false sein.</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>%1 should be a date such as 2026-03-14 (years 1900–9999), or null.</source>
        <translation>%1 sollte ein Datum wie 2026-03-14 (Jahre 1900–9999) oder null sein.</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>%1 should be a UTC time such as 2026-03-14T09:30:00Z (years 1900–9999).</source>
        <translation>%1 sollte eine UTC-Zeit wie 2026-03-14T09:30:00Z sein (Jahre 1900–9999).</translation>
    </message>
    <message>
        <location line="+13"/>
        <location line="+48"/>
        <source>%1 has an unknown value.</source>
        <translation>%1 hat einen unbekannten Wert.</translation>
    </message>
    <message>
        <location line="-33"/>
        <source>%1 has an unknown stage.</source>
        <translation>%1 hat eine unbekannte Phase.</translation>
    </message>
    <message>
        <location line="+48"/>
        <source>%1 should be a list.</source>
        <translation>%1 sollte eine Liste sein.</translation>
    </message>
</context>
<context>
    <name>accord::gui::ActivitiesTab</name>
    <message>
        <location filename="../src/gui/views/ActivitiesTab.cpp" line="+27"/>
        <source>State</source>
        <translation>Zustand</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Due</source>
        <translation>Fällig</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Kind</source>
        <translation>Art</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>What</source>
        <translation>Was</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Owner</source>
        <translation>Verantwortlich</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Done</source>
        <translation>Erledigt</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Activities</source>
        <translation>Aktivitäten</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>&amp;Plan…</source>
        <translation>&amp;Planen…</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;Edit…</source>
        <translation>&amp;Bearbeiten…</translation>
    </message>
    <message>
        <location line="+2"/>
        <location line="+97"/>
        <source>&amp;Done</source>
        <translation>&amp;Erledigt</translation>
    </message>
    <message>
        <location line="-95"/>
        <source>&amp;Reschedule</source>
        <translation>&amp;Verschieben</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Re&amp;move</source>
        <translation>Ent&amp;fernen</translation>
    </message>
    <message>
        <location line="+56"/>
        <source>The activities could not be read: %1</source>
        <translation>Die Aktivitäten konnten nicht gelesen werden: %1</translation>
    </message>
    <message>
        <location line="+34"/>
        <source>Open a&amp;gain</source>
        <translation>&amp;Wieder öffnen</translation>
    </message>
</context>
<context>
    <name>accord::gui::ActivityActions</name>
    <message>
        <location filename="../src/gui/ActivityActions.cpp" line="+36"/>
        <source>Reschedule to</source>
        <translation>Verschieben auf</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Day</source>
        <translation>Tag</translation>
    </message>
    <message>
        <location line="+47"/>
        <source>Mark done</source>
        <translation>Als erledigt markieren</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>“%1” is done. Log it as a meeting too?</source>
        <translation>„%1“ ist erledigt. Auch als Besprechung erfassen?</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Log the meeting…</source>
        <translation>Besprechung erfassen…</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Just mark it done</source>
        <translation>Nur als erledigt markieren</translation>
    </message>
    <message>
        <location line="+23"/>
        <source>Remove activity</source>
        <translation>Aktivität entfernen</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Remove “%1”? Undo brings it back.</source>
        <translation>„%1“ entfernen? Mit „Rückgängig“ lässt sich das aufheben.</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>To &amp;tomorrow</source>
        <translation>Auf m&amp;orgen</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>To next &amp;Monday</source>
        <translation>Auf nächsten &amp;Montag</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>One &amp;week later</source>
        <translation>Eine &amp;Woche später</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>To a &amp;day…</source>
        <translation>Auf einen &amp;Tag…</translation>
    </message>
</context>
<context>
    <name>accord::gui::ActivityCommands</name>
    <message>
        <location filename="../src/gui/commands/ActivityCommands.cpp" line="+28"/>
        <source>The activity is gone: someone removed it or its prospect meanwhile.</source>
        <translation>Die Aktivität ist nicht mehr vorhanden: Jemand hat sie oder ihren Interessenten inzwischen entfernt.</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Plan “%1”</source>
        <translation>„%1“ planen</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Edit “%1”</source>
        <translation>„%1“ bearbeiten</translation>
    </message>
    <message>
        <location line="+18"/>
        <source>Reschedule “%1”</source>
        <translation>„%1“ verschieben</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Done and logged: “%1”</source>
        <translation>Erledigt und erfasst: „%1“</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Done: “%1”</source>
        <translation>Erledigt: „%1“</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Open “%1” again</source>
        <translation>„%1“ wieder öffnen</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Remove “%1”</source>
        <translation>„%1“ entfernen</translation>
    </message>
</context>
<context>
    <name>accord::gui::ActivityDialog</name>
    <message>
        <location filename="../src/gui/dialogs/ActivityDialog.cpp" line="+23"/>
        <source>Plan an activity</source>
        <translation>Aktivität planen</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Edit activity</source>
        <translation>Aktivität bearbeiten</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>e.g. Call back about the data they promised</source>
        <translation>z. B. Wegen der zugesagten Daten zurückrufen</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Due</source>
        <translation>Fällig</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;at</source>
        <translation>&amp;um</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Time of day</source>
        <translation>Uhrzeit</translation>
    </message>
    <message>
        <location line="+15"/>
        <source> min</source>
        <translation> Min.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>not set</source>
        <translation>nicht festgelegt</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>(nobody in particular)</source>
        <translation>(niemand Bestimmtes)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The owners and contacts could not be read: %1</source>
        <translation>Die Verantwortlichen und Kontakte konnten nicht gelesen werden: %1</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>&amp;Kind:</source>
        <translation>&amp;Art:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Title:</source>
        <translation>&amp;Titel:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Due:</source>
        <translation>&amp;Fällig:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>D&amp;uration:</source>
        <translation>Dau&amp;er:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Owner:</source>
        <translation>&amp;Verantwortlich:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Contact:</source>
        <translation>&amp;Kontakt:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Note:</source>
        <translation>&amp;Notiz:</translation>
    </message>
</context>
<context>
    <name>accord::gui::ActivityText</name>
    <message>
        <location filename="../src/gui/models/ActivityText.cpp" line="+42"/>
        <source>Today</source>
        <translation>Heute</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Tomorrow</source>
        <translation>Morgen</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Yesterday</source>
        <translation>Gestern</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>%1, %2</source>
        <translation>%1, %2</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>%1 · %2: %3 (%4)</source>
        <translation>%1 · %2: %3 (%4)</translation>
    </message>
</context>
<context>
    <name>accord::gui::AgendaModel</name>
    <message>
        <location filename="../src/gui/models/AgendaModel.cpp" line="+22"/>
        <source>State</source>
        <translation>Zustand</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Due</source>
        <translation>Fällig</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Kind</source>
        <translation>Art</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>What</source>
        <translation>Was</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Prospect</source>
        <translation>Interessent</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Owner</source>
        <translation>Verantwortlich</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Overdue</source>
        <translation>Überfällig</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Today</source>
        <translation>Heute</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>This week</source>
        <translation>Diese Woche</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>No next step (first %1)</source>
        <translation>Kein nächster Schritt (die ersten %1)</translation>
    </message>
    <message numerus="yes">
        <location line="+1"/>
        <source>No next step (%n)</source>
        <translation>
            <numerusform>Kein nächster Schritt (%n)</numerusform>
            <numerusform>Kein nächster Schritt (%n)</numerusform>
        </translation>
    </message>
    <message>
        <location line="+8"/>
        <source>No next step</source>
        <translation>Kein nächster Schritt</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Nothing planned: plan the next step</source>
        <translation>Nichts geplant: Planen Sie den nächsten Schritt</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>%1 (first %2)</source>
        <translation>%1 (die ersten %2)</translation>
    </message>
</context>
<context>
    <name>accord::gui::AttachmentModel</name>
    <message>
        <location filename="../src/gui/models/AttachmentModel.cpp" line="+10"/>
        <source>Name</source>
        <translation>Name</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Size</source>
        <translation>Größe</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Linked to</source>
        <translation>Verknüpft mit</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Added by</source>
        <translation>Hinzugefügt von</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Added</source>
        <translation>Hinzugefügt</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>The attachments could not be read: %1</source>
        <translation>Die Anhänge konnten nicht gelesen werden: %1</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Agreement</source>
        <translation>Vereinbarung</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Data request: %1</source>
        <translation>Datenanfrage: %1</translation>
    </message>
</context>
<context>
    <name>accord::gui::AttachmentsTab</name>
    <message>
        <location filename="../src/gui/views/AttachmentsTab.cpp" line="+68"/>
        <source>Files of this prospect</source>
        <translation>Dateien dieses Interessenten</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Link new files &amp;to:</source>
        <translation>Neue Dateien &amp;verknüpfen mit:</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;Add…</source>
        <translation>&amp;Hinzufügen…</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;Open</source>
        <translation>Ö&amp;ffnen</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;Save as…</source>
        <translation>&amp;Speichern unter…</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;Remove</source>
        <translation>&amp;Entfernen</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>The data they sent, the signed agreement: files of up to 25 MB each. Drop files on the list to attach them.</source>
        <translation>Die gesendeten Daten, die unterschriebene Vereinbarung: Dateien bis je 25 MB. Ziehen Sie Dateien auf die Liste, um sie anzuhängen.</translation>
    </message>
    <message>
        <location line="+37"/>
        <source>Nothing</source>
        <translation>Nichts</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The agreement</source>
        <translation>Die Vereinbarung</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The data requests could not be read: %1</source>
        <translation>Die Datenanfragen konnten nicht gelesen werden: %1</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Data request: %1</source>
        <translation>Datenanfrage: %1</translation>
    </message>
    <message>
        <location line="+28"/>
        <source>Attach a file</source>
        <translation>Datei anhängen</translation>
    </message>
    <message>
        <location line="+0"/>
        <location line="+78"/>
        <source>All files (*)</source>
        <translation>Alle Dateien (*)</translation>
    </message>
    <message>
        <location line="-39"/>
        <source>The file could not be read: %1</source>
        <translation>Die Datei konnte nicht gelesen werden: %1</translation>
    </message>
    <message>
        <location line="+21"/>
        <source>Cannot create %1.</source>
        <translation>%1 kann nicht erstellt werden.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>No program opened %1; save it with Save as… instead.</source>
        <translation>Kein Programm hat %1 geöffnet; speichern Sie die Datei stattdessen mit „Speichern unter…“.</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Save %1 as</source>
        <translation>%1 speichern unter</translation>
    </message>
</context>
<context>
    <name>accord::gui::AutoBackup</name>
    <message>
        <location filename="../src/gui/AutoBackup.cpp" line="+129"/>
        <source>Automatic backup failed: %1</source>
        <translation>Automatische Sicherung fehlgeschlagen: %1</translation>
    </message>
    <message>
        <location line="+20"/>
        <source>Backed up to %1.</source>
        <translation>Gesichert nach %1.</translation>
    </message>
</context>
<context>
    <name>accord::gui::BackupSettingsBox</name>
    <message>
        <location filename="../src/gui/dialogs/BackupSettingsBox.cpp" line="+40"/>
        <source>The backup folder %1 cannot be created: %2 is a file, not a folder.</source>
        <translation>Der Sicherungsordner %1 kann nicht erstellt werden: %2 ist eine Datei, kein Ordner.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>The backup folder %1 is not writable. Choose another folder.</source>
        <translation>Der Sicherungsordner %1 ist nicht beschreibbar. Wählen Sie einen anderen Ordner.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Backups</source>
        <translation>Sicherungen</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>The backup settings could not be read: %1</source>
        <translation>Die Sicherungseinstellungen konnten nicht gelesen werden: %1</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Keep a &amp;daily backup</source>
        <translation>&amp;Tägliche Sicherung anlegen</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Once a day, Accord copies this database into the backup folder shortly after it starts.</source>
        <translation>Einmal täglich kopiert Accord diese Datenbank kurz nach dem Start in den Sicherungsordner.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source> copies</source>
        <translation> Kopien</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Keep the &amp;newest:</source>
        <translation>Die &amp;neuesten behalten:</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>C&amp;hoose…</source>
        <translation>&amp;Auswählen…</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Backup &amp;folder:</source>
        <translation>Sicherungs&amp;ordner:</translation>
    </message>
    <message>
        <location line="+20"/>
        <source>Backup folder</source>
        <translation>Sicherungsordner</translation>
    </message>
    <message>
        <location line="+25"/>
        <source>Give the backup folder as a full path, or leave it empty for the default.</source>
        <translation>Geben Sie den Sicherungsordner als vollständigen Pfad an, oder lassen Sie das Feld für den Standardordner leer.</translation>
    </message>
</context>
<context>
    <name>accord::gui::BoardView</name>
    <message>
        <location filename="../src/gui/views/BoardView.cpp" line="+33"/>
        <source>%1 %2</source>
        <translation>%1 %2</translation>
    </message>
    <message>
        <location line="+94"/>
        <source>The stage totals could not be read: %1</source>
        <translation>Die Summen der Phasen konnten nicht gelesen werden: %1</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>%1 · %2</source>
        <translation>%1 · %2</translation>
    </message>
    <message numerus="yes">
        <location line="+4"/>
        <source>(%n unconverted: no exchange rate)</source>
        <translation>
            <numerusform>(%n nicht umgerechnet: kein Wechselkurs)</numerusform>
            <numerusform>(%n nicht umgerechnet: kein Wechselkurs)</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>accord::gui::CardDelegate</name>
    <message>
        <location filename="../src/gui/delegates/CardDelegate.cpp" line="+59"/>
        <source>%1/%2</source>
        <translation>%1/%2</translation>
    </message>
    <message>
        <location line="+28"/>
        <location line="+3"/>
        <source>%1 · %2</source>
        <translation>%1 · %2</translation>
    </message>
    <message numerus="yes">
        <location line="+7"/>
        <source>%n d in stage</source>
        <translation>
            <numerusform>%n Tg. in Phase</numerusform>
            <numerusform>%n Tg. in Phase</numerusform>
        </translation>
    </message>
    <message>
        <location line="+3"/>
        <source>no meetings</source>
        <translation>keine Besprechungen</translation>
    </message>
    <message numerus="yes">
        <location line="+0"/>
        <source>%n d since meeting</source>
        <translation>
            <numerusform>%n Tg. seit Bespr.</numerusform>
            <numerusform>%n Tg. seit Bespr.</numerusform>
        </translation>
    </message>
    <message>
        <location line="+4"/>
        <source>%1 · </source>
        <translation>%1 · </translation>
    </message>
    <message>
        <location line="+7"/>
        <source>⚠ %1</source>
        <translation>⚠ %1</translation>
    </message>
</context>
<context>
    <name>accord::gui::ConnectDialog</name>
    <message>
        <location filename="../src/gui/dialogs/ConnectDialog.cpp" line="+39"/>
        <source>Connect to Team Server</source>
        <translation>Mit Teamserver verbinden</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Work on your team&apos;s shared pipeline. Ask whoever runs the server for its address and your user name. Accord never saves your password: it asks when the server wants one.</source>
        <translation>Arbeiten Sie an der gemeinsamen Pipeline Ihres Teams. Fragen Sie die Person, die den Server betreibt, nach seiner Adresse und Ihrem Benutzernamen. Accord speichert Ihr Passwort nie: Es fragt danach, wenn der Server eines verlangt.</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>server.example.com</source>
        <translation>server.example.com</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>default (%1)</source>
        <translation>Standard (%1)</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>your login on the server</source>
        <translation>Ihr Anmeldename auf dem Server</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Server &amp;address:</source>
        <translation>Server&amp;adresse:</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>&amp;Port:</source>
        <translation>&amp;Port:</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>or &amp;host:</source>
        <translation>oder &amp;Host:</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>&amp;Database:</source>
        <translation>&amp;Datenbank:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;User:</source>
        <translation>&amp;Benutzer:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Pass&amp;word:</source>
        <translation>Pass&amp;wort:</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>&amp;Connect</source>
        <translation>&amp;Verbinden</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Test connection</source>
        <translation>Verbindung &amp;testen</translation>
    </message>
    <message>
        <location line="+73"/>
        <source>Enter the name of the database on the server.</source>
        <translation>Geben Sie den Namen der Datenbank auf dem Server ein.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Enter the server&apos;s host name.</source>
        <translation>Geben Sie den Hostnamen des Servers ein.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Enter the server&apos;s address, or its host and database.</source>
        <translation>Geben Sie die Adresse des Servers ein oder seinen Host und die Datenbank.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>This is not a team server&apos;s address; it looks like %1.</source>
        <translation>Dies ist keine Teamserver-Adresse; sie sieht aus wie %1.</translation>
    </message>
    <message>
        <location line="+41"/>
        <source>The server asks for a password: enter it, then try again.</source>
        <translation>Der Server verlangt ein Passwort: Geben Sie es ein und versuchen Sie es erneut.</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>Connected.</source>
        <translation>Verbunden.</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Connected: signed in as %1.</source>
        <translation>Verbunden: angemeldet als %1.</translation>
    </message>
</context>
<context>
    <name>accord::gui::ConsultingTab</name>
    <message>
        <location filename="../src/gui/views/ConsultingTab.cpp" line="+56"/>
        <source>Their figures and the benchmarks</source>
        <translation>Kennzahlen und Benchmarks</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Metric</source>
        <translation>Kennzahl</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Value</source>
        <translation>Wert</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Unit</source>
        <translation>Einheit</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Period, e.g. 2025</source>
        <translation>Zeitraum, z. B. 2025</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;Add</source>
        <translation>&amp;Hinzufügen</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>Where they stand</source>
        <translation>Wo der Interessent steht</translation>
    </message>
    <message>
        <location line="+20"/>
        <source>Growth opportunities</source>
        <translation>Wachstumschancen</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>The opportunity, e.g. a product mix their competitors lack</source>
        <translation>Die Chance, z. B. ein Produktmix, der der Konkurrenz fehlt</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Lift: 12% or 40k</source>
        <translation>Steigerung: 12 % oder 40k</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The person at the prospect who owns the vision</source>
        <translation>Die Person beim Interessenten, die die Vision vorantreibt</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Add o&amp;pportunity</source>
        <translation>&amp;Chance hinzufügen</translation>
    </message>
    <message>
        <location line="+29"/>
        <source>No champion yet</source>
        <translation>Noch kein Fürsprecher</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <location line="+30"/>
        <source>“%1” is not a number. Type the value with digits, like 1250.5.</source>
        <translation>„%1“ ist keine Zahl. Geben Sie den Wert in Ziffern ein, etwa 1250,5.</translation>
    </message>
    <message>
        <location line="+25"/>
        <source>“%1” is not a lift: type a share like 12% or an amount like 40k.</source>
        <translation>„%1“ ist keine Steigerung: Geben Sie einen Anteil wie 12 % oder einen Betrag wie 40k ein.</translation>
    </message>
</context>
<context>
    <name>accord::gui::ContactDialog</name>
    <message>
        <location filename="../src/gui/dialogs/ContactDialog.cpp" line="+15"/>
        <source>Add contact</source>
        <translation>Kontakt hinzufügen</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Edit contact</source>
        <translation>Kontakt bearbeiten</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>&amp;Name:</source>
        <translation>&amp;Name:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Title:</source>
        <translation>&amp;Titel:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Role:</source>
        <translation>&amp;Rolle:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Email:</source>
        <translation>&amp;E-Mail:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Phone:</source>
        <translation>&amp;Telefon:</translation>
    </message>
</context>
<context>
    <name>accord::gui::ContactModel</name>
    <message>
        <location filename="../src/gui/models/ContactModel.cpp" line="+6"/>
        <source>Name</source>
        <translation>Name</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Title</source>
        <translation>Position</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Role</source>
        <translation>Rolle</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Email</source>
        <translation>E-Mail</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Phone</source>
        <translation>Telefon</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>The contacts could not be read: %1</source>
        <translation>Die Kontakte konnten nicht gelesen werden: %1</translation>
    </message>
</context>
<context>
    <name>accord::gui::ConversionModel</name>
    <message>
        <location filename="../src/gui/review/ReviewModels.cpp" line="+94"/>
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Stage</source>
        <translation>Phase</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Entered</source>
        <translation>Eingetreten</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Went on</source>
        <translation>Weiter</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Lost there</source>
        <translation>Dort verloren</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Still open</source>
        <translation>Noch offen</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Median days
left</source>
        <translation>Tage (Median)
bis Verlassen</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Median days
open now</source>
        <translation>Tage (Median)
bisher offen</translation>
    </message>
</context>
<context>
    <name>accord::gui::DueNotifier</name>
    <message>
        <location filename="../src/gui/DueNotifier.cpp" line="+19"/>
        <source>Accord</source>
        <translation>Accord</translation>
    </message>
    <message>
        <location line="+37"/>
        <source>Due now: %1</source>
        <translation>Jetzt fällig: %1</translation>
    </message>
    <message numerus="yes">
        <location line="+1"/>
        <source>%n activities are due now</source>
        <translation>
            <numerusform>%n Aktivität ist jetzt fällig</numerusform>
            <numerusform>%n Aktivitäten sind jetzt fällig</numerusform>
        </translation>
    </message>
    <message>
        <location line="+3"/>
        <source>%1: %2 (%3)</source>
        <translation>%1: %2 (%3)</translation>
    </message>
</context>
<context>
    <name>accord::gui::EvidenceTableModel</name>
    <message>
        <location filename="../src/gui/models/WorkspaceModelBase.h" line="+127"/>
        <source>The prospect&apos;s records could not be read: %1</source>
        <translation>Die Daten des Interessenten konnten nicht gelesen werden: %1</translation>
    </message>
</context>
<context>
    <name>accord::gui::ExportActions</name>
    <message>
        <location filename="../src/gui/ExportActions.cpp" line="+102"/>
        <source>Export &amp;summary…</source>
        <translation>Zusammenfassung e&amp;xportieren…</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Export summary for the c&amp;ustomer…</source>
        <translation>Zusammenfassung für den &amp;Kunden exportieren…</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Export &amp;pipeline (CSV)…</source>
        <translation>&amp;Pipeline exportieren (CSV)…</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Export &amp;calendar (.ics)…</source>
        <translation>Ka&amp;lender exportieren (.ics)…</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>&amp;Import CSV…</source>
        <translation>CSV &amp;importieren…</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>&amp;Back up…</source>
        <translation>&amp;Sichern…</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Res&amp;tore backup…</source>
        <translation>Sicherung &amp;wiederherstellen…</translation>
    </message>
    <message>
        <location line="+27"/>
        <source>The prospect %1 no longer exists.</source>
        <translation>Der Interessent %1 existiert nicht mehr.</translation>
    </message>
    <message>
        <location line="+27"/>
        <source>Export summary for the customer</source>
        <translation>Zusammenfassung für den Kunden exportieren</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Export summary</source>
        <translation>Zusammenfassung exportieren</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Select a prospect (or several in the Prospects table) first.</source>
        <translation>Wählen Sie zuerst einen Interessenten aus (oder mehrere in der Tabelle „Interessenten“).</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>PDF (*.pdf);;HTML (*.html);;Markdown (*.md);;JSON (*.json)</source>
        <translation>PDF (*.pdf);;HTML (*.html);;Markdown (*.md);;JSON (*.json)</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>Summary written to %1.</source>
        <translation>Zusammenfassung in %1 gespeichert.</translation>
    </message>
    <message>
        <location line="+9"/>
        <location line="+13"/>
        <location line="+17"/>
        <source>Export summaries</source>
        <translation>Zusammenfassungen exportieren</translation>
    </message>
    <message numerus="yes">
        <location line="-29"/>
        <source>Export %n summaries as:</source>
        <translation>
            <numerusform>%n Zusammenfassung exportieren als:</numerusform>
            <numerusform>%n Zusammenfassungen exportieren als:</numerusform>
        </translation>
    </message>
    <message>
        <location line="+1"/>
        <source>PDF</source>
        <translation>PDF</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>HTML</source>
        <translation>HTML</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Markdown</source>
        <translation>Markdown</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>JSON</source>
        <translation>JSON</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Folder for the summaries</source>
        <translation>Ordner für die Zusammenfassungen</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Writing summaries…</source>
        <translation>Zusammenfassungen werden gespeichert…</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Cancel</source>
        <translation>Abbrechen</translation>
    </message>
    <message>
        <location line="+24"/>
        <source>%1 of %2 summaries written to %3.</source>
        <translation>%1 von %2 Zusammenfassungen in %3 gespeichert.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Export pipeline</source>
        <translation>Pipeline exportieren</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>CSV files (*.csv);;All files (*)</source>
        <translation>CSV-Dateien (*.csv);;Alle Dateien (*)</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>%1 prospect(s) written to %2.</source>
        <translation>Interessenten in %2 gespeichert: %1.</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Export calendar</source>
        <translation>Kalender exportieren</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>iCalendar files (*.ics);;All files (*)</source>
        <translation>iCalendar-Dateien (*.ics);;Alle Dateien (*)</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>%1 meeting(s) written to %2.</source>
        <translation>Besprechungen in %2 gespeichert: %1.</translation>
    </message>
    <message>
        <location line="+24"/>
        <location line="+8"/>
        <location line="+18"/>
        <source>Back up</source>
        <translation>Sichern</translation>
    </message>
    <message>
        <location line="-25"/>
        <source>Accord pipeline copy (*.accord *.sqlite);;JSON backup (*.json);;All files (*)</source>
        <translation>Accord-Pipeline-Kopie (*.accord *.sqlite);;JSON-Sicherung (*.json);;Alle Dateien (*)</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Choose another file: this is the open database.</source>
        <translation>Wählen Sie eine andere Datei: Dies ist die geöffnete Datenbank.</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>This database can only be backed up as JSON.</source>
        <translation>Diese Datenbank kann nur als JSON gesichert werden.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Backed up to %1.</source>
        <translation>Gesichert nach %1.</translation>
    </message>
    <message>
        <location line="+10"/>
        <location line="+9"/>
        <location line="+10"/>
        <location line="+13"/>
        <location line="+4"/>
        <source>Restore backup</source>
        <translation>Sicherung wiederherstellen</translation>
    </message>
    <message>
        <location line="-35"/>
        <source>JSON backups (*.json);;All files (*)</source>
        <translation>JSON-Sicherungen (*.json);;Alle Dateien (*)</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Restore into a new database</source>
        <translation>In eine neue Datenbank wiederherstellen</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Accord pipelines (*.accord *.sqlite *.db)</source>
        <translation>Accord-Pipelines (*.accord *.sqlite *.db)</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>%1 already exists. Choose a name for a new database file.</source>
        <translation>%1 existiert bereits. Wählen Sie einen Namen für eine neue Datenbankdatei.</translation>
    </message>
    <message numerus="yes">
        <location line="+17"/>
        <source>Restored %n prospect(s) into %1. Open it now?</source>
        <translation>
            <numerusform>%n Interessent in %1 wiederhergestellt. Jetzt öffnen?</numerusform>
            <numerusform>%n Interessenten in %1 wiederhergestellt. Jetzt öffnen?</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+11"/>
        <source>Imported %n prospect(s).</source>
        <translation>
            <numerusform>%n Interessent importiert.</numerusform>
            <numerusform>%n Interessenten importiert.</numerusform>
        </translation>
    </message>
    <message>
        <location line="+13"/>
        <source>Cannot write the file</source>
        <translation>Die Datei kann nicht geschrieben werden</translation>
    </message>
</context>
<context>
    <name>accord::gui::FilterBar</name>
    <message>
        <location filename="../src/gui/views/FilterBar.cpp" line="+39"/>
        <source>Owner</source>
        <translation>Verantwortlich</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Industry</source>
        <translation>Branche</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Tag</source>
        <translation>Schlagwort</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Any status</source>
        <translation>Alle Status</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Filter by text</source>
        <translation>Nach Text filtern</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Filter by name, owner, industry…</source>
        <translation>Nach Name, Verantwortlichen, Branche filtern…</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>The owners, industries and tags could not be read: %1</source>
        <translation>Die Verantwortlichen, Branchen und Schlagwörter konnten nicht gelesen werden: %1</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Any owner</source>
        <translation>Alle Verantwortlichen</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Any industry</source>
        <translation>Alle Branchen</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Any tag</source>
        <translation>Alle Schlagwörter</translation>
    </message>
</context>
<context>
    <name>accord::gui::ForecastPanel</name>
    <message>
        <location filename="../src/gui/review/ForecastPanel.cpp" line="+100"/>
        <source>Prospect</source>
        <translation>Interessent</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Owner</source>
        <translation>Verantwortlich</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Moved later</source>
        <translation>Verschoben um</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Now closes</source>
        <translation>Neuer Abschluss</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Reason</source>
        <translation>Grund</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Lost</source>
        <translation>Verloren</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>By quarter</source>
        <translation>Nach Quartal</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>By month</source>
        <translation>Nach Monat</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Forecast periods</source>
        <translation>Prognosezeiträume</translation>
    </message>
    <message>
        <location line="+1"/>
        <location line="+10"/>
        <source>Close date moved later in the period</source>
        <translation>Abschlussdatum im Zeitraum nach hinten verschoben</translation>
    </message>
    <message>
        <location line="-9"/>
        <location line="+13"/>
        <source>Reasons of the losses in the period</source>
        <translation>Verlustgründe im Zeitraum</translation>
    </message>
    <message>
        <location line="-10"/>
        <location line="+106"/>
        <source>Forecast by expected close</source>
        <translation>Prognose nach erwartetem Abschluss</translation>
    </message>
    <message>
        <location line="-97"/>
        <location line="+176"/>
        <source>Lost per reason and stage</source>
        <translation>Verloren nach Grund und Phase</translation>
    </message>
    <message>
        <location line="-124"/>
        <source>Value</source>
        <translation>Wert</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Weighted</source>
        <translation>Gewichtet</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Won so far</source>
        <translation>Bisher gewonnen</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Overdue</source>
        <translation>Überfällig</translation>
    </message>
    <message>
        <location line="+24"/>
        <source>thousands of %1</source>
        <translation>Tausend %1</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Expected to close: %1</source>
        <translation>Erwarteter Abschluss: %1</translation>
    </message>
    <message numerus="yes">
        <location line="+19"/>
        <source>%n day(s)</source>
        <translation>
            <numerusform>%n Tag</numerusform>
            <numerusform>%n Tage</numerusform>
        </translation>
    </message>
    <message>
        <location line="+1"/>
        <source>%1 days, %2 moves</source>
        <translation>%1 Tage, %2-mal verschoben</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>No close date moved later in the period.</source>
        <translation>Im Zeitraum wurde kein Abschlussdatum nach hinten verschoben.</translation>
    </message>
    <message>
        <location line="+27"/>
        <location line="+6"/>
        <source>No reason given</source>
        <translation>Kein Grund angegeben</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>No losses in the period</source>
        <translation>Keine Verluste im Zeitraum</translation>
    </message>
</context>
<context>
    <name>accord::gui::GapChart</name>
    <message>
        <location filename="../src/gui/views/GapChart.cpp" line="+30"/>
        <source>billions</source>
        <translation>Milliarden</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>millions</source>
        <translation>Millionen</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>thousands</source>
        <translation>Tausend</translation>
    </message>
    <message>
        <location line="+42"/>
        <source>Select a metric in the gap table to chart it</source>
        <translation>Wählen Sie eine Kennzahl in der Lückentabelle aus, um sie darzustellen</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Theirs</source>
        <translation>Gegenseite</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Competitor %1</source>
        <translation>Wettbewerber %1</translation>
    </message>
    <message>
        <location line="+34"/>
        <source>%1, %2</source>
        <translation>%1, %2</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>%1, %2</source>
        <comment>unit, scale</comment>
        <translation>%1, %2</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>%1: theirs against the benchmarks</source>
        <translation>%1: Interessent im Vergleich zu den Benchmarks</translation>
    </message>
</context>
<context>
    <name>accord::gui::GapModel</name>
    <message>
        <location filename="../src/gui/models/MethodModels.cpp" line="+42"/>
        <source>%1 %2</source>
        <comment>value and unit</comment>
        <translation>%1 %2</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Metric</source>
        <translation>Kennzahl</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Period</source>
        <translation>Zeitraum</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Their figure</source>
        <comment>the prospect&apos;s own value</comment>
        <translation>Wert des Interessenten</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Benchmark</source>
        <translation>Benchmark</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>no benchmark yet</source>
        <translation>noch kein Benchmark</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Benchmark figure</source>
        <comment>the benchmark&apos;s value</comment>
        <translation>Benchmark-Wert</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Gap</source>
        <translation>Lücke</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>units differ</source>
        <translation>Einheiten verschieden</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Gap %</source>
        <translation>Lücke %</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>—</source>
        <translation>—</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>%1%2%</source>
        <comment>signed percentage</comment>
        <translation>%1%2 %</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Their figures could not be read: %1</source>
        <translation>Die Kennzahlen des Interessenten konnten nicht gelesen werden: %1</translation>
    </message>
    <message>
        <location line="+20"/>
        <source>Undefined: one of the two values is zero.</source>
        <translation>Nicht definiert: Einer der beiden Werte ist null.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>No industry or competitor figure of this metric and period yet.</source>
        <translation>Für diese Kennzahl und diesen Zeitraum gibt es noch keinen Branchen- oder Wettbewerberwert.</translation>
    </message>
</context>
<context>
    <name>accord::gui::GateCriteriaModel</name>
    <message>
        <location line="+124"/>
        <source>Criterion</source>
        <translation>Kriterium</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Met when</source>
        <translation>Erfüllt, wenn</translation>
    </message>
    <message>
        <location line="+24"/>
        <location line="+69"/>
        <source>The exit criteria could not be read: %1</source>
        <translation>Die Freigabekriterien konnten nicht gelesen werden: %1</translation>
    </message>
    <message>
        <location line="-27"/>
        <source>Add exit criterion %1</source>
        <translation>Freigabekriterium %1 hinzufügen</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Remove exit criterion %1</source>
        <translation>Freigabekriterium %1 entfernen</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Move exit criterion %1</source>
        <translation>Freigabekriterium %1 verschieben</translation>
    </message>
    <message>
        <location line="+46"/>
        <source>Rename exit criterion %1</source>
        <translation>Freigabekriterium %1 umbenennen</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Change the rule of %1</source>
        <translation>Regel von %1 ändern</translation>
    </message>
</context>
<context>
    <name>accord::gui::GateCriteriaPage</name>
    <message>
        <location filename="../src/gui/views/GateCriteriaPage.cpp" line="+30"/>
        <source>To leave %1</source>
        <translation>Zum Verlassen von %1</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;Stage:</source>
        <translation>&amp;Phase:</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Gate criteria</source>
        <translation>Freigabekriterien</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Move &amp;up</source>
        <translation>Nach &amp;oben</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Move &amp;down</source>
        <translation>Nach &amp;unten</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;Remove</source>
        <translation>&amp;Entfernen</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Restore de&amp;faults</source>
        <translation>&amp;Standard wiederherstellen</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>New criterion</source>
        <translation>Neues Kriterium</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>New criterion, e.g. Their CFO saw the numbers</source>
        <translation>Neues Kriterium, z. B. Der Finanzchef hat die Zahlen gesehen</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>&amp;Add</source>
        <translation>&amp;Hinzufügen</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Double-click a criterion to rename it or change when it is met. Changes apply at once for everyone using this file; Edit → Undo takes them back.</source>
        <translation>Doppelklicken Sie auf ein Kriterium, um es umzubenennen oder zu ändern, wann es erfüllt ist. Änderungen gelten sofort für alle, die diese Datei verwenden; Bearbeiten → Rückgängig nimmt sie zurück.</translation>
    </message>
</context>
<context>
    <name>accord::gui::GateDialog</name>
    <message>
        <location filename="../src/gui/dialogs/GateDialog.cpp" line="+19"/>
        <source>Move %1 back</source>
        <translation>%1 zurückstufen</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Override the gate for %1</source>
        <translation>Ausnahme von der Freigabe für %1</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Moving %1 from %2 back to %3 needs a reason.</source>
        <translation>Für das Zurückstufen von %1 aus %2 in %3 ist ein Grund nötig.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Not every exit criterion is met for moving %1 from %2 to %3.</source>
        <translation>Für den Wechsel von %1 aus %2 in %3 sind nicht alle Freigabekriterien erfüllt.</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>met automatically: %1</source>
        <translation>automatisch erfüllt: %1</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>ticked by hand</source>
        <translation>von Hand abgehakt</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>not met</source>
        <translation>nicht erfüllt</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>• %1 — %2</source>
        <translation>• %1 — %2</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Unmet criteria:</source>
        <translation>Nicht erfüllte Kriterien:</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Already met:</source>
        <translation>Bereits erfüllt:</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>&amp;Why move on anyway?</source>
        <translation>&amp;Warum trotzdem weiter?</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>&amp;Reason:</source>
        <translation>&amp;Grund:</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Recorded in the stage history</source>
        <translation>Wird im Phasenverlauf festgehalten</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Override and move</source>
        <translation>Mit Ausnahme verschieben</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Move</source>
        <translation>Verschieben</translation>
    </message>
</context>
<context>
    <name>accord::gui::GatePanel</name>
    <message>
        <location filename="../src/gui/views/WorkspaceWidgets.cpp" line="+81"/>
        <source>Gate criteria</source>
        <translation>Freigabekriterien</translation>
    </message>
    <message>
        <location line="+21"/>
        <source>The exit criteria could not be read: %1</source>
        <translation>Die Freigabekriterien konnten nicht gelesen werden: %1</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>To leave %1: %2 of %3 met</source>
        <translation>Zum Verlassen von %1: %2 von %3 erfüllt</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>%1 — met automatically: %2</source>
        <translation>%1 — automatisch erfüllt: %2</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>%1 — %2</source>
        <translation>%1 — %2</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Ticked by hand: click to tick or untick.</source>
        <translation>Von Hand abgehakt: Klicken Sie, um den Haken zu setzen oder zu entfernen.</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Exit criteria</source>
        <translation>Freigabekriterien</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>The ticked criteria could not be read: %1</source>
        <translation>Die abgehakten Kriterien konnten nicht gelesen werden: %1</translation>
    </message>
</context>
<context>
    <name>accord::gui::HistoryModel</name>
    <message>
        <location filename="../src/gui/models/HistoryModel.cpp" line="+14"/>
        <source>When</source>
        <translation>Wann</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Change</source>
        <translation>Änderung</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>By</source>
        <translation>Von</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Why</source>
        <translation>Warum</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>The stage history could not be read: %1</source>
        <translation>Der Phasenverlauf konnte nicht gelesen werden: %1</translation>
    </message>
    <message>
        <location line="+30"/>
        <source>%1 → %2, %3 → %4</source>
        <translation>%1 → %2, %3 → %4</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Status %1 → %2</source>
        <translation>Status %1 → %2</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Entered %1</source>
        <translation>Eintritt in %1</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>%1 → %2</source>
        <translation>%1 → %2</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>%1 (gate override)</source>
        <translation>%1 (Ausnahme von der Freigabe)</translation>
    </message>
</context>
<context>
    <name>accord::gui::ImportValueTable</name>
    <message>
        <location filename="../src/gui/dialogs/ImportValueTable.cpp" line="+96"/>
        <source>Value in the file</source>
        <translation>Wert in der Datei</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Found in</source>
        <translation>Gefunden in</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Accord stage</source>
        <translation>Accord-Phase</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Accord status</source>
        <translation>Accord-Status</translation>
    </message>
    <message numerus="yes">
        <location line="+16"/>
        <source>%n row(s) in %1</source>
        <translation>
            <numerusform>%n Zeile in %1</numerusform>
            <numerusform>%n Zeilen in %1</numerusform>
        </translation>
    </message>
    <message>
        <location line="+7"/>
        <source>No stage</source>
        <translation>Keine Phase</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>%1 %2</source>
        <translation>%1 %2</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Accord stage for &quot;%1&quot;</source>
        <translation>Accord-Phase für „%1“</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The stage in Accord of rows whose file says &quot;%1&quot;. With no stage, the other column decides, or stage 1 (%2). With neither a stage nor a status the value is not recognised, and the dry run warns about its rows.</source>
        <translation>Die Phase in Accord für Zeilen, bei denen in der Datei „%1“ steht. Ohne Phase entscheidet die andere Spalte, sonst gilt Phase 1 (%2). Ohne Phase und ohne Status wird der Wert nicht erkannt, und der Probelauf warnt vor seinen Zeilen.</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>No status</source>
        <translation>Kein Status</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Accord status for &quot;%1&quot;</source>
        <translation>Accord-Status für „%1“</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The status in Accord of rows whose file says &quot;%1&quot; (Won also means Partnership). With no status, the other column decides, or active.</source>
        <translation>Der Status in Accord für Zeilen, bei denen in der Datei „%1“ steht (Gewonnen bedeutet auch Partnerschaft). Ohne Status entscheidet die andere Spalte, sonst gilt aktiv.</translation>
    </message>
    <message>
        <location line="+68"/>
        <source>Not recognised — will go to stage 1</source>
        <translation>Nicht erkannt — kommt in Phase 1</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Rows with this value start in stage 1 (%1), and the dry run lists each of them as a warning. Choose a stage or a status to recognise it.</source>
        <translation>Zeilen mit diesem Wert beginnen in Phase 1 (%1), und der Probelauf führt jede davon als Warnung auf. Wählen Sie eine Phase oder einen Status, damit der Wert erkannt wird.</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Your choice</source>
        <translation>Ihre Auswahl</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Changed from Accord&apos;s built-in table for this import.</source>
        <translation>Für diesen Import gegenüber der eingebauten Tabelle von Accord geändert.</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>No column is mapped to the stage or the status: every prospect starts in stage 1 (%1), active.</source>
        <translation>Keine Spalte ist der Phase oder dem Status zugeordnet: Jeder Interessent beginnt in Phase 1 (%1), aktiv.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The stage and status columns are empty: every prospect starts in stage 1 (%1), active.</source>
        <translation>Die Spalten für Phase und Status sind leer: Jeder Interessent beginnt in Phase 1 (%1), aktiv.</translation>
    </message>
    <message numerus="yes">
        <location line="+6"/>
        <source>%n different value(s) in %1.</source>
        <translation>
            <numerusform>%n Wert in %1.</numerusform>
            <numerusform>%n verschiedene Werte in %1.</numerusform>
        </translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Accord recognises all of them.</source>
        <translation>Accord erkennt sie alle.</translation>
    </message>
    <message numerus="yes">
        <location line="+1"/>
        <source>%n not recognised: the rows with them start in stage 1 (%1) and the dry run lists them as warnings.</source>
        <translation>
            <numerusform>%n davon nicht erkannt: Die Zeilen mit diesem Wert beginnen in Phase 1 (%1), und der Probelauf führt sie als Warnungen auf.</numerusform>
            <numerusform>%n davon nicht erkannt: Die Zeilen mit diesen Werten beginnen in Phase 1 (%1), und der Probelauf führt sie als Warnungen auf.</numerusform>
        </translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Only the first %1 are listed; the others keep Accord&apos;s built-in meaning.</source>
        <translation>Nur die ersten %1 werden aufgeführt; die übrigen behalten ihre eingebaute Bedeutung in Accord.</translation>
    </message>
</context>
<context>
    <name>accord::gui::ImportWizard</name>
    <message>
        <location filename="../src/gui/dialogs/ImportWizard.cpp" line="+87"/>
        <source>Import prospects from CSV</source>
        <translation>Interessenten aus CSV importieren</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;Import</source>
        <translation>&amp;Importieren</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>Choose a file</source>
        <translation>Datei auswählen</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>A CSV file with a header row, for example a deal or company export from Pipedrive, HubSpot or Salesforce.</source>
        <translation>Eine CSV-Datei mit Kopfzeile, zum Beispiel ein Deal- oder Firmenexport aus Pipedrive, HubSpot oder Salesforce.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>File to import</source>
        <translation>Zu importierende Datei</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Path to a .csv file</source>
        <translation>Pfad zu einer .csv-Datei</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Browse…</source>
        <translation>&amp;Durchsuchen…</translation>
    </message>
    <message>
        <location line="+3"/>
        <location line="+76"/>
        <source>Import CSV</source>
        <translation>CSV importieren</translation>
    </message>
    <message>
        <location line="-75"/>
        <source>CSV files (*.csv *.txt);;All files (*)</source>
        <translation>CSV-Dateien (*.csv *.txt);;Alle Dateien (*)</translation>
    </message>
    <message>
        <location line="+21"/>
        <source>Preview</source>
        <translation>Vorschau</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The first rows of the file, as Accord reads them.</source>
        <translation>Die ersten Zeilen der Datei, so wie Accord sie liest.</translation>
    </message>
    <message>
        <location line="+21"/>
        <source>Match the columns</source>
        <translation>Spalten zuordnen</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Which column of the file fills each of Accord&apos;s fields. Accord guessed from the headers; change any that are wrong.</source>
        <translation>Welche Spalte der Datei welches Feld in Accord füllt. Accord hat anhand der Kopfzeile geraten; korrigieren Sie falsche Zuordnungen.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Date format</source>
        <translation>Datumsformat</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>As the file shows (ambiguous dates are refused)</source>
        <translation>Wie in der Datei (mehrdeutige Datumsangaben werden abgelehnt)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Day first (31/01/2026)</source>
        <translation>Tag zuerst (31/01/2026)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Month first (01/31/2026)</source>
        <translation>Monat zuerst (01/31/2026)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Year first (2026/01/31)</source>
        <translation>Jahr zuerst (2026/01/31)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Dates like 01/02/2026</source>
        <translation>Datumsangaben wie 01/02/2026</translation>
    </message>
    <message>
        <location line="+19"/>
        <source>Choose the column that holds the prospect&apos;s name.</source>
        <translation>Wählen Sie die Spalte mit dem Namen des Interessenten.</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>Match the stages and statuses</source>
        <translation>Phasen und Status zuordnen</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>What each stage or status in the file means in Accord. Accord filled in the ones it knows; change any that are wrong.</source>
        <translation>Was jede Phase und jeder Status aus der Datei in Accord bedeutet. Accord hat die bekannten ausgefüllt; korrigieren Sie falsche Zuordnungen.</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>Check before importing</source>
        <translation>Vor dem Import prüfen</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Nothing has been written yet. This is what the import would create.</source>
        <translation>Noch wurde nichts gespeichert. Folgendes würde der Import anlegen.</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Name</source>
        <translation>Name</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Owner</source>
        <translation>Verantwortlich</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Stage</source>
        <translation>Phase</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Value</source>
        <translation>Wert</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Contact</source>
        <translation>Kontakt</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>No warnings.</source>
        <translation>Keine Warnungen.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Warnings:</source>
        <translation>Warnungen:</translation>
    </message>
    <message>
        <location line="+18"/>
        <source>%1 has a header but no rows to import.</source>
        <translation>%1 hat eine Kopfzeile, aber keine Zeilen zum Importieren.</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>This file cannot be imported: %1</source>
        <translation>Diese Datei kann nicht importiert werden: %1</translation>
    </message>
    <message>
        <location line="+20"/>
        <source>%1 row(s) and %2 column(s); the first %3 are shown.</source>
        <translation>Zeilen: %1, Spalten: %2; die ersten %3 werden angezeigt.</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>(not imported)</source>
        <translation>(nicht importiert)</translation>
    </message>
    <message>
        <location line="+46"/>
        <source>The file cannot be imported, nothing will be written: %1</source>
        <translation>Die Datei kann nicht importiert werden, es wird nichts gespeichert: %1</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>%1 · %2</source>
        <translation>%1 · %2</translation>
    </message>
    <message>
        <location line="+19"/>
        <source>Import failed</source>
        <translation>Import fehlgeschlagen</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Nothing was imported: %1</source>
        <translation>Es wurde nichts importiert: %1</translation>
    </message>
</context>
<context>
    <name>accord::gui::InformativeTab</name>
    <message>
        <location filename="../src/gui/views/InformativeTab.cpp" line="+45"/>
        <source>Insights shared</source>
        <translation>Geteilte Erkenntnisse</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>What we showed them, e.g. B2B buyers research online first</source>
        <translation>Was wir gezeigt haben, z. B. B2B-Einkäufer recherchieren zuerst online</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Source</source>
        <translation>Quelle</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The meeting where it was presented</source>
        <translation>Die Besprechung, in der sie vorgestellt wurde</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Add &amp;insight</source>
        <translation>&amp;Erkenntnis hinzufügen</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>The insight in full</source>
        <translation>Die vollständige Erkenntnis</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Select an insight to read or write what it says.</source>
        <translation>Wählen Sie eine Erkenntnis aus, um ihren Text zu lesen oder zu schreiben.</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Data requested</source>
        <translation>Angeforderte Daten</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Item, e.g. online revenue</source>
        <translation>Posten, z. B. Online-Umsatz</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>&amp;Request</source>
        <translation>&amp;Anfordern</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Mark r&amp;eceived</source>
        <translation>Als &amp;erhalten markieren</translation>
    </message>
    <message>
        <location line="+21"/>
        <source>No meeting</source>
        <translation>Keine Besprechung</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>%1 · %2</source>
        <translation>%1 · %2</translation>
    </message>
</context>
<context>
    <name>accord::gui::InsightModel</name>
    <message>
        <location filename="../src/gui/models/EvidenceModels.cpp" line="+30"/>
        <source>The prospect&apos;s meetings could not be read: %1</source>
        <translation>Die Besprechungen des Interessenten konnten nicht gelesen werden: %1</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>%1 · %2</source>
        <translation>%1 · %2</translation>
    </message>
</context>
<context>
    <name>accord::gui::LeverModel</name>
    <message>
        <location filename="../src/gui/models/MethodModels.cpp" line="-366"/>
        <source>Our priority</source>
        <translation>Unsere Priorität</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Their priority</source>
        <translation>Priorität der Gegenseite</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Our position</source>
        <translation>Unsere Position</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Their position</source>
        <translation>Position der Gegenseite</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Our concession</source>
        <translation>Unser Zugeständnis</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Their concession</source>
        <translation>Zugeständnis der Gegenseite</translation>
    </message>
    <message>
        <location line="+109"/>
        <source>The negotiation worksheet could not be read: %1</source>
        <translation>Das Verhandlungsblatt konnte nicht gelesen werden: %1</translation>
    </message>
    <message>
        <location line="+63"/>
        <source>Priority from 1 (low) to 5 (top)</source>
        <translation>Priorität von 1 (niedrig) bis 5 (höchste)</translation>
    </message>
    <message>
        <location line="+24"/>
        <source>Edit lever %1</source>
        <translation>Hebel %1 bearbeiten</translation>
    </message>
</context>
<context>
    <name>accord::gui::LogMeetingDialog</name>
    <message>
        <location filename="../src/gui/dialogs/LogMeetingDialog.cpp" line="+46"/>
        <source>Log meeting</source>
        <translation>Besprechung erfassen</translation>
    </message>
    <message>
        <location line="+20"/>
        <source>Edit meeting</source>
        <translation>Besprechung bearbeiten</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>Type a prospect&apos;s name</source>
        <translation>Namen eines Interessenten eingeben</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>&amp;Prospect:</source>
        <translation>&amp;Interessent:</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>&amp;When:</source>
        <translation>&amp;Wann:</translation>
    </message>
    <message>
        <location line="+6"/>
        <source> min</source>
        <translation> Min.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Duration:</source>
        <translation>&amp;Dauer:</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>&amp;Kind:</source>
        <translation>&amp;Art:</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>One line: what the meeting was about</source>
        <translation>Eine Zeile: worum es in der Besprechung ging</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Summary:</source>
        <translation>&amp;Zusammenfassung:</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Attendees</source>
        <translation>Teilnehmer</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>&amp;Attendees:</source>
        <translation>&amp;Teilnehmer:</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Ne&amp;xt step:</source>
        <translation>&amp;Nächster Schritt:</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>D&amp;ue</source>
        <translation>&amp;Fällig</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>&amp;Notes:</source>
        <translation>N&amp;otizen:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>What we s&amp;hared:</source>
        <translation>Was wir &amp;geteilt haben:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>What we &amp;learned:</source>
        <translation>Was wir &amp;erfahren haben:</translation>
    </message>
    <message>
        <location line="+52"/>
        <source>The prospects could not be read: %1</source>
        <translation>Die Interessenten konnten nicht gelesen werden: %1</translation>
    </message>
    <message>
        <location line="+27"/>
        <source>The prospect could not be read: %1</source>
        <translation>Der Interessent konnte nicht gelesen werden: %1</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>The contacts could not be read: %1</source>
        <translation>Die Kontakte konnten nicht gelesen werden: %1</translation>
    </message>
    <message>
        <location line="+68"/>
        <source>Choose the prospect the meeting was with.</source>
        <translation>Wählen Sie den Interessenten, mit dem die Besprechung stattfand.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>There is no prospect named “%1”.</source>
        <translation>Es gibt keinen Interessenten namens „%1“.</translation>
    </message>
</context>
<context>
    <name>accord::gui::MainWindow</name>
    <message>
        <location filename="../src/gui/MainWindow.cpp" line="+86"/>
        <source>Pages</source>
        <translation>Seiten</translation>
    </message>
    <message>
        <location line="+19"/>
        <source>&lt;b&gt;Read-only.&lt;/b&gt; This database cannot be written (the file or its folder is read-only), so Accord shows it without saving changes. To work on it, copy it somewhere writable or fix its permissions, then open it again.</source>
        <translation>&lt;b&gt;Schreibgeschützt.&lt;/b&gt; Diese Datenbank kann nicht beschrieben werden (die Datei oder ihr Ordner ist schreibgeschützt), daher zeigt Accord sie an, ohne Änderungen zu speichern. Um damit zu arbeiten, kopieren Sie sie an einen beschreibbaren Ort oder korrigieren Sie die Zugriffsrechte und öffnen Sie sie dann erneut.</translation>
    </message>
    <message>
        <location line="+20"/>
        <location line="+34"/>
        <source>Prospects</source>
        <translation>Interessenten</translation>
    </message>
    <message>
        <location line="-27"/>
        <source>&amp;Activities</source>
        <translation>&amp;Aktivitäten</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>Fi&amp;les</source>
        <translation>Da&amp;teien</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Today</source>
        <translation>Heute</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Board</source>
        <translation>Board</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Meetings</source>
        <translation>Besprechungen</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Trash</source>
        <translation>Papierkorb</translation>
    </message>
    <message>
        <location line="+162"/>
        <source>The selected prospect could not be read: %1</source>
        <translation>Der ausgewählte Interessent konnte nicht gelesen werden: %1</translation>
    </message>
    <message>
        <location line="+53"/>
        <source>%1 — Accord</source>
        <translation>%1 — Accord</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>The pipeline counts could not be read: %1</source>
        <translation>Die Pipeline-Zahlen konnten nicht gelesen werden: %1</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>%1 active · %2 stalled</source>
        <translation>%1 aktiv · %2 stockend</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Accord</source>
        <translation>Accord</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Cannot open database</source>
        <translation>Datenbank kann nicht geöffnet werden</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>%1 could not be opened: %2</source>
        <translation>%1 konnte nicht geöffnet werden: %2</translation>
    </message>
    <message>
        <location line="+40"/>
        <source>Accord pipelines (*.accord *.sqlite *.db);;All files (*)</source>
        <translation>Accord-Pipelines (*.accord *.sqlite *.db);;Alle Dateien (*)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>New database</source>
        <translation>Neue Datenbank</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Open database</source>
        <translation>Datenbank öffnen</translation>
    </message>
    <message>
        <location filename="../src/gui/MainWindowMenus.cpp" line="+50"/>
        <source>&amp;File</source>
        <translation>&amp;Datei</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;New database…</source>
        <translation>&amp;Neue Datenbank…</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;Open database…</source>
        <translation>Datenbank ö&amp;ffnen…</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Open &amp;recent</source>
        <translation>&amp;Zuletzt geöffnet</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>&amp;Connect to team server…</source>
        <translation>Mit &amp;Teamserver verbinden…</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>&amp;Quit</source>
        <translation>&amp;Beenden</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>&amp;Edit</source>
        <translation>&amp;Bearbeiten</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Undo</source>
        <translation>&amp;Rückgängig</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>&amp;Redo</source>
        <translation>&amp;Wiederholen</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>&amp;Search…</source>
        <translation>&amp;Suchen…</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>&amp;Filter</source>
        <translation>&amp;Filter</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Se&amp;ttings…</source>
        <translation>&amp;Einstellungen…</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>&amp;View</source>
        <translation>&amp;Ansicht</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>T&amp;oday</source>
        <translation>&amp;Heute</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;Board</source>
        <translation>&amp;Board</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Prospects</source>
        <translation>&amp;Interessenten</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Meetings</source>
        <translation>B&amp;esprechungen</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Trash</source>
        <translation>&amp;Papierkorb</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>&amp;Sort the board</source>
        <translation>Board &amp;sortieren</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>By last &amp;update</source>
        <translation>Nach &amp;letzter Änderung</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>By &amp;next activity</source>
        <translation>Nach nächster &amp;Aktivität</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>By &amp;value</source>
        <translation>Nach &amp;Wert</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>By n&amp;ame</source>
        <translation>Nach &amp;Name</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>&amp;Refresh</source>
        <translation>A&amp;ktualisieren</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>&amp;Prospect</source>
        <translation>&amp;Interessent</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;New prospect…</source>
        <translation>&amp;Neuer Interessent…</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>&amp;Log meeting…</source>
        <translation>Besprechung &amp;erfassen…</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>&amp;Open</source>
        <translation>Ö&amp;ffnen</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>&amp;Advance</source>
        <translation>In nächste &amp;Phase</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Move &amp;back</source>
        <translation>In &amp;vorherige Phase</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>&amp;Status</source>
        <translation>&amp;Status</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>&amp;Delete</source>
        <translation>&amp;Löschen</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>&amp;Restore from trash</source>
        <translation>Aus Papierkorb &amp;wiederherstellen</translation>
    </message>
    <message>
        <location line="+19"/>
        <source>&amp;Help</source>
        <translation>&amp;Hilfe</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;User Guide</source>
        <translation>&amp;Benutzerhandbuch</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;Keyboard Shortcuts</source>
        <translation>&amp;Tastenkürzel</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>&amp;About Accord</source>
        <translation>Über &amp;Accord</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>About Accord</source>
        <translation>Über Accord</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&lt;b&gt;Accord&lt;/b&gt; %1&lt;br&gt;A partnership-pipeline tracker.</source>
        <translation>&lt;b&gt;Accord&lt;/b&gt; %1&lt;br&gt;Ein Tracker für Partnerschafts-Pipelines.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>About &amp;Qt</source>
        <translation>Über &amp;Qt</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Main</source>
        <translation>Hauptwerkzeugleiste</translation>
    </message>
</context>
<context>
    <name>accord::gui::MeetingListModel</name>
    <message>
        <location filename="../src/gui/models/MeetingListModel.cpp" line="+11"/>
        <source>When</source>
        <translation>Wann</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Prospect</source>
        <translation>Interessent</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Kind</source>
        <translation>Art</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Summary</source>
        <translation>Zusammenfassung</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Logged by</source>
        <translation>Erfasst von</translation>
    </message>
    <message>
        <location line="+25"/>
        <source>The meetings could not be read: %1</source>
        <translation>Die Besprechungen konnten nicht gelesen werden: %1</translation>
    </message>
    <message>
        <location line="+24"/>
        <source>A prospect&apos;s name could not be read: %1</source>
        <translation>Der Name eines Interessenten konnte nicht gelesen werden: %1</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>With %1</source>
        <translation>Mit %1</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Learned: %1</source>
        <translation>Erfahren: %1</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Next: %1</source>
        <translation>Nächster Schritt: %1</translation>
    </message>
</context>
<context>
    <name>accord::gui::MeetingTimeline</name>
    <message>
        <location filename="../src/gui/views/MeetingTimeline.cpp" line="+37"/>
        <source>%1 · %2</source>
        <translation>%1 · %2</translation>
    </message>
</context>
<context>
    <name>accord::gui::MeetingsPage</name>
    <message>
        <location filename="../src/gui/views/MeetingsPage.cpp" line="+18"/>
        <source>Meetings</source>
        <translation>Besprechungen</translation>
    </message>
</context>
<context>
    <name>accord::gui::NegotiationTab</name>
    <message>
        <location filename="../src/gui/views/NegotiationTab.cpp" line="+49"/>
        <source>1 · Cooperative</source>
        <translation>1 · Kooperativ</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>2 · Accommodating</source>
        <translation>2 · Entgegenkommend</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>3 · Balanced</source>
        <translation>3 · Ausgewogen</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>4 · Assertive</source>
        <translation>4 · Bestimmt</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>5 · Competitive</source>
        <translation>5 · Kompetitiv</translation>
    </message>
    <message>
        <location line="+32"/>
        <source>Worksheet</source>
        <translation>Verhandlungsblatt</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>What they want and why</source>
        <translation>Was die Gegenseite will und warum</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>What they will do if we do not agree (our estimate)</source>
        <translation>Was die Gegenseite tut, wenn wir uns nicht einigen (unsere Einschätzung)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>What we want and why</source>
        <translation>Was wir wollen und warum</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Our best alternative to an agreement</source>
        <translation>Unsere beste Alternative zu einer Einigung</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Market prices, benchmarks, precedents both sides accept</source>
        <translation>Marktpreise, Vergleichswerte, Präzedenzfälle, die beide Seiten anerkennen</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Our stance, 1 cooperative to 5 competitive</source>
        <translation>Unsere Haltung, 1 kooperativ bis 5 kompetitiv</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>cooperative</source>
        <translation>kooperativ</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>competitive</source>
        <translation>kompetitiv</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>Their &amp;interests:</source>
        <translation>&amp;Interessen der Gegenseite:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Their BATNA:</source>
        <translation>BATNA der Gegenseite:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Our interests:</source>
        <translation>Unsere Interessen:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Our &amp;BATNA:</source>
        <translation>Unsere &amp;BATNA:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Objective criteria:</source>
        <translation>Objektive Kriterien:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Our &amp;stance:</source>
        <translation>Unsere &amp;Haltung:</translation>
    </message>
    <message>
        <location line="+22"/>
        <source>Agreement</source>
        <translation>Vereinbarung</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>What was agreed, in a few lines</source>
        <translation>Was vereinbart wurde, in wenigen Zeilen</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Si&amp;gned on</source>
        <translation>Unter&amp;zeichnet am</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Summary:</source>
        <translation>Zusammenfassung:</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Levers</source>
        <translation>Hebel</translation>
    </message>
    <message>
        <location line="+41"/>
        <source>Tradables: what each side has but does not need</source>
        <translation>Tauschgüter: was jede Seite hat, aber nicht braucht</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Item</source>
        <translation>Gegenstand</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Worth to the other side</source>
        <translation>Wert für die andere Seite</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Cost to give</source>
        <translation>Kosten für die gebende Seite</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Add &amp;tradable</source>
        <translation>&amp;Tauschgut hinzufügen</translation>
    </message>
    <message>
        <location line="+38"/>
        <source>Edit the worksheet</source>
        <translation>Verhandlungsblatt bearbeiten</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>The agreement could not be read: %1</source>
        <translation>Die Vereinbarung konnte nicht gelesen werden: %1</translation>
    </message>
    <message>
        <location line="+38"/>
        <source>Win-win check: %1</source>
        <translation>Win-win-Prüfung: %1</translation>
    </message>
</context>
<context>
    <name>accord::gui::NewProspectDialog</name>
    <message>
        <location filename="../src/gui/dialogs/NewProspectDialog.cpp" line="+31"/>
        <source>New prospect</source>
        <translation>Neuer Interessent</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>The owners and industries could not be read: %1</source>
        <translation>Die Verantwortlichen und Branchen konnten nicht gelesen werden: %1</translation>
    </message>
</context>
<context>
    <name>accord::gui::OpportunityModel</name>
    <message>
        <location filename="../src/gui/models/EvidenceModels.cpp" line="+45"/>
        <source>The prospect&apos;s contacts could not be read: %1</source>
        <translation>Die Kontakte des Interessenten konnten nicht gelesen werden: %1</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Type 12% for a share or 40k for an amount.</source>
        <translation>Geben Sie 12% für einen Anteil oder 40k für einen Betrag ein.</translation>
    </message>
</context>
<context>
    <name>accord::gui::OverviewTab</name>
    <message>
        <location filename="../src/gui/views/OverviewTab.cpp" line="+48"/>
        <source>Profile</source>
        <translation>Profil</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Comma-separated</source>
        <translation>Durch Kommas getrennt</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;Tags:</source>
        <translation>&amp;Schlagwörter:</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Expected close</source>
        <translation>Erwarteter Abschluss</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Expected to close on</source>
        <translation>Abschluss erwartet am</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Close date:</source>
        <translation>Abschlussdatum:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>History:</source>
        <translation>Verlauf:</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Next activity</source>
        <translation>Nächste Aktivität</translation>
    </message>
    <message>
        <location line="+11"/>
        <location line="+5"/>
        <source>Contacts</source>
        <translation>Kontakte</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>&amp;Add…</source>
        <translation>&amp;Hinzufügen…</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;Edit…</source>
        <translation>&amp;Bearbeiten…</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;Remove</source>
        <translation>&amp;Entfernen</translation>
    </message>
    <message>
        <location line="+43"/>
        <source>The prospect could not be read: %1</source>
        <translation>Der Interessent konnte nicht gelesen werden: %1</translation>
    </message>
    <message>
        <location line="+27"/>
        <source>no close date set yet</source>
        <translation>noch kein Abschlussdatum festgelegt</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The close date %1.</source>
        <translation>Abschlussdatum: %1.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>No activity planned.</source>
        <translation>Keine Aktivität geplant.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>%1 at %2</source>
        <translation>%1 um %2</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>%1: %2 — due %3 (%4)</source>
        <translation>%1: %2 — fällig am %3 (%4)</translation>
    </message>
</context>
<context>
    <name>accord::gui::OwnerModel</name>
    <message>
        <location filename="../src/gui/review/ReviewModels.cpp" line="-66"/>
        <source>Owner</source>
        <translation>Verantwortlich</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>(no owner)</source>
        <translation>(nicht zugewiesen)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Open</source>
        <translation>Offen</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Open value</source>
        <translation>Offener Wert</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Won</source>
        <translation>Gewonnen</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Lost</source>
        <translation>Verloren</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Win rate</source>
        <translation>Gewinnquote</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Median cycle
(days)</source>
        <translation>Median-Dauer
(Tage)</translation>
    </message>
</context>
<context>
    <name>accord::gui::ProfileFields</name>
    <message>
        <location filename="../src/gui/dialogs/DialogParts.cpp" line="+88"/>
        <source>&amp;Name:</source>
        <translation>&amp;Name:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Owner:</source>
        <translation>&amp;Verantwortlich:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Industry:</source>
        <translation>&amp;Branche:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Segment:</source>
        <translation>&amp;Segment:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Website:</source>
        <translation>&amp;Website:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Annual &amp;value:</source>
        <translation>&amp;Jahreswert:</translation>
    </message>
</context>
<context>
    <name>accord::gui::ProspectActions</name>
    <message>
        <location filename="../src/gui/ProspectActions.cpp" line="+37"/>
        <source>Cannot move %1</source>
        <translation>Phase von %1 kann nicht geändert werden</translation>
    </message>
    <message>
        <location line="+43"/>
        <location line="+6"/>
        <location line="+8"/>
        <source>Set %1 to %2</source>
        <translation>%1 auf %2 setzen</translation>
    </message>
    <message>
        <location line="-13"/>
        <source>Why was it lost?</source>
        <translation>Warum verloren?</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>A note on why (optional, kept with the reason):</source>
        <translation>Eine Notiz zum Grund (optional, wird mit dem Grund gespeichert):</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Reason (kept in the history):</source>
        <translation>Grund (wird im Verlauf gespeichert):</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Cannot change the status of %1</source>
        <translation>Der Status von %1 kann nicht geändert werden</translation>
    </message>
    <message>
        <location line="+27"/>
        <location line="+16"/>
        <source>The exit criteria could not be read: %1</source>
        <translation>Die Freigabekriterien konnten nicht gelesen werden: %1</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Advance %1?</source>
        <translation>%1 in die nächste Phase überführen?</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Every exit criterion of %1 is met. Move %2 to %3 now?</source>
        <translation>Alle Freigabekriterien von %1 sind erfüllt. %2 jetzt in die Phase %3 überführen?</translation>
    </message>
    <message numerus="yes">
        <location line="+32"/>
        <source>Delete %n prospects</source>
        <translation>
            <numerusform>%n Interessenten löschen</numerusform>
            <numerusform>%n Interessenten löschen</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>accord::gui::ProspectDetailView</name>
    <message>
        <location filename="../src/gui/views/ProspectDetailView.cpp" line="+29"/>
        <source>← Back</source>
        <translation>← Zurück</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Back (Alt+Left)</source>
        <translation>Zurück (Alt+Left)</translation>
    </message>
    <message>
        <location line="+34"/>
        <source>Stage history</source>
        <translation>Phasenverlauf</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>&amp;Overview</source>
        <translation>&amp;Übersicht</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Meetings</source>
        <translation>B&amp;esprechungen</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;History</source>
        <translation>&amp;Verlauf</translation>
    </message>
    <message>
        <location line="+34"/>
        <source>The prospect could not be read: %1</source>
        <translation>Der Interessent konnte nicht gelesen werden: %1</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>%1 · %2 · owner %3 · %4 in stage</source>
        <translation>%1 · %2 · verantwortlich: %3 · %4 in der Phase</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>%1 · in the trash</source>
        <translation>%1 · im Papierkorb</translation>
    </message>
    <message>
        <location filename="../src/gui/views/Workspaces.cpp" line="+18"/>
        <source>&amp;Informative</source>
        <translation>&amp;Informativ</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Consulting</source>
        <translation>&amp;Beratung</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Negotiation</source>
        <translation>Ver&amp;handlung</translation>
    </message>
</context>
<context>
    <name>accord::gui::ProspectListModel</name>
    <message>
        <location filename="../src/gui/models/ProspectListModel.cpp" line="+42"/>
        <source>Name</source>
        <translation>Name</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>%1 · %2 · %3</source>
        <translation>%1 · %2 · %3</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Owner</source>
        <translation>Verantwortlich</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Industry</source>
        <translation>Branche</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Stage</source>
        <translation>Phase</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Value</source>
        <translation>Wert</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Days in stage</source>
        <translation>Tage in der Phase</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Last meeting</source>
        <translation>Letzte Besprechung</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Gate</source>
        <translation>Freigabe</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>%1/%2</source>
        <translation>%1/%2</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Next activity</source>
        <translation>Nächste Aktivität</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Due</source>
        <translation>Fällig</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Updated</source>
        <translation>Geändert</translation>
    </message>
    <message>
        <location line="+22"/>
        <source>The prospects could not be read: %1</source>
        <translation>Die Interessenten konnten nicht gelesen werden: %1</translation>
    </message>
    <message>
        <location line="+54"/>
        <source>No next step</source>
        <translation>Kein nächster Schritt</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>%1, %2, %3, gate %4 of %5</source>
        <translation>%1, %2, %3, Freigabe %4 von %5</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>, %1</source>
        <translation>, %1</translation>
    </message>
    <message numerus="yes">
        <location line="+4"/>
        <source>, stalled: %n days since the last meeting</source>
        <translation>
            <numerusform>, stockt: %n Tag seit der letzten Besprechung</numerusform>
            <numerusform>, stockt: %n Tage seit der letzten Besprechung</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+1"/>
        <source>, stalled: no meeting in %n days in this stage</source>
        <translation>
            <numerusform>, stockt: seit %n Tag keine Besprechung in dieser Phase</numerusform>
            <numerusform>, stockt: seit %n Tagen keine Besprechung in dieser Phase</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>accord::gui::ReasonsPage</name>
    <message>
        <location filename="../src/gui/dialogs/ReasonsPage.cpp" line="+29"/>
        <source>Why prospects are won or lost, counted on the Review page. Double-click a label to rename it; prospects keep their reason. A removed reason stays readable on the prospects that carry it.</source>
        <translation>Warum Interessenten gewonnen oder verloren werden, gezählt auf der Seite „Auswertung“. Doppelklicken Sie auf eine Bezeichnung, um sie umzubenennen; die Interessenten behalten ihren Grund. Ein entfernter Grund bleibt bei den Interessenten lesbar, denen er zugeordnet ist.</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Won and lost reasons</source>
        <translation>Gründe für Gewinn und Verlust</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Reason</source>
        <translation>Grund</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Key (for scripts and imports)</source>
        <translation>Schlüssel (für Skripte und Importe)</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>&amp;Add reason</source>
        <translation>Grund &amp;hinzufügen</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>New reason</source>
        <translation>Neuer Grund</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>&amp;Remove reason</source>
        <translation>Grund &amp;entfernen</translation>
    </message>
    <message>
        <location line="+20"/>
        <source>(made from the label)</source>
        <translation>(aus der Bezeichnung gebildet)</translation>
    </message>
</context>
<context>
    <name>accord::gui::ReviewPage</name>
    <message>
        <location filename="../src/gui/review/ReviewCharts.cpp" line="+103"/>
        <source>Prospects</source>
        <translation>Interessenten</translation>
    </message>
    <message>
        <location line="+8"/>
        <location filename="../src/gui/review/ReviewPage.cpp" line="+415"/>
        <location filename="../src/gui/review/ReviewText.cpp" line="+41"/>
        <source>Won</source>
        <translation>Gewonnen</translation>
    </message>
    <message>
        <location line="+19"/>
        <source>Left in the range</source>
        <translation>Im Zeitraum verlassen</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Open now</source>
        <translation>Jetzt offen</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>median days</source>
        <translation>Tage (Median)</translation>
    </message>
    <message>
        <location filename="../src/gui/review/ReviewPage.cpp" line="-337"/>
        <source>Export PDF…</source>
        <translation>PDF exportieren…</translation>
    </message>
    <message>
        <location line="+9"/>
        <location line="+213"/>
        <location filename="../src/gui/review/ReviewText.cpp" line="+4"/>
        <source>Stalled</source>
        <translation>Ins Stocken geraten</translation>
    </message>
    <message>
        <location line="-205"/>
        <source>Period:</source>
        <translation>Zeitraum:</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>to</source>
        <translation>bis</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Owner:</source>
        <translation>Verantwortlich:</translation>
    </message>
    <message>
        <location line="+14"/>
        <location line="+412"/>
        <source>Pipeline by stage</source>
        <translation>Pipeline nach Phase</translation>
    </message>
    <message>
        <location line="-411"/>
        <location line="+412"/>
        <source>Days in stage</source>
        <translation>Tage in der Phase</translation>
    </message>
    <message>
        <location line="-409"/>
        <location line="+410"/>
        <source>Movement per week</source>
        <translation>Bewegung pro Woche</translation>
    </message>
    <message>
        <location line="-409"/>
        <location line="+411"/>
        <source>Stage to stage</source>
        <translation>Von Phase zu Phase</translation>
    </message>
    <message>
        <location line="-402"/>
        <location line="+101"/>
        <location line="+303"/>
        <source>By owner</source>
        <translation>Nach Verantwortlichen</translation>
    </message>
    <message>
        <location line="-365"/>
        <source>%1 of %2</source>
        <translation>%1 von %2</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Open prospects of %1</source>
        <translation>Offene Interessenten von %1</translation>
    </message>
    <message>
        <location line="+9"/>
        <location line="+242"/>
        <source>Left %1 in the period</source>
        <translation>%1 im Zeitraum verlassen</translation>
    </message>
    <message>
        <location line="-238"/>
        <location line="+230"/>
        <location line="+9"/>
        <source>Open in %1</source>
        <translation>Offen in %1</translation>
    </message>
    <message>
        <location line="-235"/>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
    <message>
        <location line="+23"/>
        <source>This week</source>
        <translation>Diese Woche</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>This month</source>
        <translation>Dieser Monat</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>This quarter</source>
        <translation>Dieses Quartal</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Last 90 days</source>
        <translation>Letzte 90 Tage</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Custom</source>
        <translation>Benutzerdefiniert</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>From</source>
        <translation>Von</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>To</source>
        <translation>Bis</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Conversion by stage</source>
        <translation>Konversion nach Phase</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Stalled prospects</source>
        <translation>Ins Stocken geratene Interessenten</translation>
    </message>
    <message>
        <location line="+49"/>
        <location filename="../src/gui/review/ReviewText.cpp" line="-9"/>
        <source>Open prospects</source>
        <translation>Offene Interessenten</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>Won and lost</source>
        <translation>Gewonnen und verloren</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>All owners</source>
        <translation>Alle Verantwortlichen</translation>
    </message>
    <message>
        <location line="+79"/>
        <source>The review could not be computed: %1</source>
        <translation>Die Auswertung konnte nicht berechnet werden: %1</translation>
    </message>
    <message>
        <location line="+51"/>
        <source>%1, week of %2</source>
        <translation>%1, Woche vom %2</translation>
    </message>
    <message>
        <location line="+19"/>
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>%1 — %2 · %3 · %4 · %5</source>
        <translation>%1 — %2 · %3 · %4 · %5</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>(no owner)</source>
        <translation>(nicht zugewiesen)</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>No prospects.</source>
        <translation>Keine Interessenten.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Open</source>
        <translation>Offen</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Double-click a prospect to open it.</source>
        <translation>Doppelklicken Sie auf einen Interessenten, um ihn zu öffnen.</translation>
    </message>
    <message>
        <location line="+21"/>
        <source>Export review as PDF</source>
        <translation>Auswertung als PDF exportieren</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>PDF (*.pdf)</source>
        <translation>PDF (*.pdf)</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>pipeline-review.pdf</source>
        <translation>pipeline-review.pdf</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Export review</source>
        <translation>Auswertung exportieren</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The PDF could not be written: %1</source>
        <translation>Das PDF konnte nicht geschrieben werden: %1</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Pipeline review</source>
        <translation>Pipeline-Auswertung</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Made by Accord on %1</source>
        <translation>Erstellt von Accord am %1</translation>
    </message>
    <message>
        <location line="+31"/>
        <location line="+3"/>
        <source>Cannot write %1: %2</source>
        <translation>%1 kann nicht geschrieben werden: %2</translation>
    </message>
    <message>
        <location filename="../src/gui/review/ReviewText.cpp" line="-9"/>
        <source>%1 days</source>
        <translation>%1 Tage</translation>
    </message>
    <message numerus="yes">
        <location line="+4"/>
        <source>%1 · %2 (%n unconverted: no exchange rate)</source>
        <translation>
            <numerusform>%1 · %2 (%n nicht umgerechnet: kein Wechselkurs)</numerusform>
            <numerusform>%1 · %2 (%n nicht umgerechnet: kein Wechselkurs)</numerusform>
        </translation>
    </message>
    <message>
        <location line="+3"/>
        <location line="+7"/>
        <source>%1 · %2</source>
        <translation>%1 · %2</translation>
    </message>
    <message>
        <location line="-4"/>
        <source>Weighted pipeline</source>
        <translation>Gewichtete Pipeline</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>New</source>
        <translation>Neu</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Advanced</source>
        <translation>Vorgerückt</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Moved back</source>
        <translation>Zurückgestuft</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Lost</source>
        <translation>Verloren</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Win rate</source>
        <translation>Gewinnquote</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Median cycle (stage 1 → won)</source>
        <translation>Median-Dauer (Phase 1 → gewonnen)</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Stalled: %1 (longest quiet %2 shown)</source>
        <translation>Ins Stocken geraten: %1 (die %2 am längsten ohne Besprechung angezeigt)</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Stalled: %1</source>
        <translation>Ins Stocken geraten: %1</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>%1 – %2 · %3 · pipeline as of %4</source>
        <translation>%1 – %2 · %3 · Pipeline-Stand vom %4</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>all owners</source>
        <translation>alle Verantwortlichen</translation>
    </message>
</context>
<context>
    <name>accord::gui::SearchDialog</name>
    <message>
        <location filename="../src/gui/dialogs/SearchDialog.cpp" line="+21"/>
        <source>Search</source>
        <translation>Suchen</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Search for</source>
        <translation>Suchen nach</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Search prospects, contacts and meeting notes</source>
        <translation>Interessenten, Kontakte und Besprechungsnotizen durchsuchen</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Search results</source>
        <translation>Suchergebnisse</translation>
    </message>
</context>
<context>
    <name>accord::gui::SearchResultModel</name>
    <message>
        <location filename="../src/gui/models/SearchResultModel.cpp" line="+22"/>
        <source>The search could not be run: %1</source>
        <translation>Die Suche konnte nicht ausgeführt werden: %1</translation>
    </message>
    <message numerus="yes">
        <location line="+119"/>
        <source>Prospects (%n)</source>
        <translation>
            <numerusform>Interessenten (%n)</numerusform>
            <numerusform>Interessenten (%n)</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+2"/>
        <source>Contacts (%n)</source>
        <translation>
            <numerusform>Kontakte (%n)</numerusform>
            <numerusform>Kontakte (%n)</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+2"/>
        <source>Meetings (%n)</source>
        <translation>
            <numerusform>Besprechungen (%n)</numerusform>
            <numerusform>Besprechungen (%n)</numerusform>
        </translation>
    </message>
    <message>
        <location line="+22"/>
        <location line="+8"/>
        <source>%1 — %2</source>
        <translation>%1 — %2</translation>
    </message>
    <message>
        <location line="-6"/>
        <location line="+8"/>
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <location line="-7"/>
        <source>%1
%2</source>
        <translation>%1
%2</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>%1&lt;br&gt;%2</source>
        <translation>%1&lt;br&gt;%2</translation>
    </message>
</context>
<context>
    <name>accord::gui::Session</name>
    <message>
        <location filename="../src/gui/Session.cpp" line="+92"/>
        <source>The pipeline settings could not be read: %1</source>
        <translation>Die Pipeline-Einstellungen konnten nicht gelesen werden: %1</translation>
    </message>
    <message>
        <location line="+49"/>
        <source>Accord could not tell who you are on this store: %1</source>
        <translation>Accord konnte nicht feststellen, wer Sie in diesem Datenspeicher sind: %1</translation>
    </message>
    <message>
        <location line="+23"/>
        <location line="+14"/>
        <location line="+14"/>
        <source>Accord could not check for changes: %1</source>
        <translation>Accord konnte nicht auf Änderungen prüfen: %1</translation>
    </message>
</context>
<context>
    <name>accord::gui::SettingsDialog</name>
    <message>
        <location filename="../src/gui/dialogs/SettingsDialog.cpp" line="+33"/>
        <source>Settings</source>
        <translation>Einstellungen</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>Your &amp;name (logged by, changed by):</source>
        <translation>Ihr &amp;Name (für „Erfasst von“, „Geändert von“):</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Signed in to the team server as %1 (logged by, changed by).</source>
        <translation>Am Teamserver angemeldet als %1 (für „Erfasst von“, „Geändert von“).</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>As the system (%1)</source>
        <translation>Wie das System (%1)</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>&amp;Language:</source>
        <translation>&amp;Sprache:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Accord speaks the new language from its next start.</source>
        <translation>Accord verwendet die neue Sprache ab dem nächsten Start.</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Pipeline (shared by everyone who works on it)</source>
        <translation>Pipeline (gilt für alle, die daran arbeiten)</translation>
    </message>
    <message>
        <location line="+7"/>
        <source> days</source>
        <translation> Tage</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Stale after, %1:</source>
        <translation>Stockt nach (%1):</translation>
    </message>
    <message>
        <location line="+8"/>
        <source> %</source>
        <translation> %</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Probability, %1:</source>
        <translation>Wahrscheinlichkeit (%1):</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>&amp;Currency:</source>
        <translation>&amp;Währung:</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>&amp;General</source>
        <translation>&amp;Allgemein</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>C&amp;urrencies</source>
        <translation>Wäh&amp;rungen</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Gate &amp;criteria</source>
        <translation>&amp;Freigabekriterien</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;Reasons</source>
        <translation>&amp;Gründe</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Totals convert every value to the pipeline currency (%1) with these exchange rates. A prospect in a currency without a rate stays out of the totals and is counted as unconverted.</source>
        <translation>Summen rechnen jeden Wert mit diesen Wechselkursen in die Pipeline-Währung (%1) um. Ein Interessent in einer Währung ohne Kurs bleibt bei den Summen unberücksichtigt und wird als nicht umgerechnet gezählt.</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Exchange rates</source>
        <translation>Wechselkurse</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Currency</source>
        <translation>Währung</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Worth in the pipeline currency (1 unit =)</source>
        <translation>Wert in Pipeline-Währung (1 Einheit =)</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>&amp;Add rate</source>
        <translation>Kurs &amp;hinzufügen</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>&amp;Remove rate</source>
        <translation>Kurs &amp;entfernen</translation>
    </message>
    <message>
        <location line="+49"/>
        <source>The rate of %1 must be a number such as 1.08 (from 0.000000001 to 1000000000).</source>
        <translation>Der Kurs von %1 muss eine Zahl mit Dezimalpunkt wie 1.08 sein (von 0.000000001 bis 1000000000).</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>%1 has two rates; keep one.</source>
        <translation>%1 hat zwei Kurse; behalten Sie einen.</translation>
    </message>
</context>
<context>
    <name>accord::gui::ShortcutsDialog</name>
    <message>
        <location filename="../src/gui/dialogs/HelpDialogs.cpp" line="+96"/>
        <source>Keyboard Shortcuts</source>
        <translation>Tastenkürzel</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Keyboard shortcuts</source>
        <translation>Tastenkürzel</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Menu</source>
        <translation>Menü</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Action</source>
        <translation>Aktion</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Keys</source>
        <translation>Tasten</translation>
    </message>
</context>
<context>
    <name>accord::gui::StalledModel</name>
    <message>
        <location filename="../src/gui/review/ReviewModels.cpp" line="-46"/>
        <source>Prospect</source>
        <translation>Interessent</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Owner</source>
        <translation>Verantwortlich</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Stage</source>
        <translation>Phase</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Quiet</source>
        <translation>Ohne Besprechung</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Last meeting %1; stale after %2 in this stage</source>
        <translation>Letzte Besprechung am %1; stockt in dieser Phase nach %2</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>No meeting since entering the stage; stale after %1</source>
        <translation>Keine Besprechung seit Eintritt in die Phase; stockt nach %1</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Value</source>
        <translation>Wert</translation>
    </message>
</context>
<context>
    <name>accord::gui::StepIndicator</name>
    <message>
        <location filename="../src/gui/views/StepIndicator.cpp" line="+22"/>
        <source>%1: %2 of %3 criteria met</source>
        <translation>%1: %2 von %3 Kriterien erfüllt</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Stage: Partnership</source>
        <translation>Phase: Partnerschaft</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Stage %1 of 3: %2</source>
        <translation>Phase %1 von 3: %2</translation>
    </message>
    <message>
        <location line="+70"/>
        <source>%1/%2 met</source>
        <translation>%1/%2 erfüllt</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>no criteria</source>
        <translation>keine Kriterien</translation>
    </message>
</context>
<context>
    <name>accord::gui::StoreLocator</name>
    <message>
        <location filename="../src/gui/StoreLocator.cpp" line="+41"/>
        <source>Team server: %1</source>
        <translation>Teamserver: %1</translation>
    </message>
    <message>
        <location line="+40"/>
        <source>The password for %1:</source>
        <translation>Das Passwort für %1:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>%1
The password for %2:</source>
        <translation>%1
Das Passwort für %2:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Password</source>
        <translation>Passwort</translation>
    </message>
</context>
<context>
    <name>accord::gui::TodayPage</name>
    <message>
        <location filename="../src/gui/views/TodayPage.cpp" line="+43"/>
        <source>Whose activities</source>
        <translation>Wessen Aktivitäten</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>&amp;Done</source>
        <translation>&amp;Erledigt</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Mark the selected activity done (Ctrl+D); a call or meeting can be logged as a meeting in the same step</source>
        <translation>Ausgewählte Aktivität als erledigt markieren (Ctrl+D); ein Anruf oder eine Besprechung lässt sich dabei gleich als Besprechung erfassen</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;Reschedule</source>
        <translation>&amp;Verschieben</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>&amp;Plan…</source>
        <translation>&amp;Planen…</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Plan the next activity of the selected prospect</source>
        <translation>Nächste Aktivität des ausgewählten Interessenten planen</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Open prospect</source>
        <translation>Interessent ö&amp;ffnen</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Agenda</source>
        <translation>Agenda</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Show:</source>
        <translation>Anzeigen:</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Mark done</source>
        <translation>Als erledigt markieren</translation>
    </message>
    <message>
        <location line="+68"/>
        <source>The owners could not be read: %1</source>
        <translation>Die Verantwortlichen konnten nicht gelesen werden: %1</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Everyone&apos;s activities</source>
        <translation>Aktivitäten aller</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Mine (%1)</source>
        <translation>Meine (%1)</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>Today, %1</source>
        <translation>Heute, %1</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>The agenda could not be read: %1</source>
        <translation>Die Agenda konnte nicht gelesen werden: %1</translation>
    </message>
</context>
<context>
    <name>accord::gui::TrashPage</name>
    <message>
        <location filename="../src/gui/views/TrashPage.cpp" line="+23"/>
        <source>Prospects in the trash</source>
        <translation>Interessenten im Papierkorb</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>&amp;Restore</source>
        <translation>&amp;Wiederherstellen</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;Delete permanently…</source>
        <translation>&amp;Endgültig löschen…</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Deleted prospects stay here until you delete them permanently.</source>
        <translation>Gelöschte Interessenten bleiben hier, bis Sie sie endgültig löschen.</translation>
    </message>
    <message numerus="yes">
        <location line="+15"/>
        <source>Restore %n prospects</source>
        <translation>
            <numerusform>%n Interessenten wiederherstellen</numerusform>
            <numerusform>%n Interessenten wiederherstellen</numerusform>
        </translation>
    </message>
    <message>
        <location line="+14"/>
        <location line="+21"/>
        <source>Delete permanently</source>
        <translation>Endgültig löschen</translation>
    </message>
    <message numerus="yes">
        <location line="-20"/>
        <source>Delete %n prospect(s) and everything recorded about them? This cannot be undone.</source>
        <translation>
            <numerusform>%n Interessenten und alle dazu erfassten Daten löschen? Dies kann nicht rückgängig gemacht werden.</numerusform>
            <numerusform>%n Interessenten und alle dazu erfassten Daten löschen? Dies kann nicht rückgängig gemacht werden.</numerusform>
        </translation>
    </message>
    <message>
        <location line="+22"/>
        <source>%1 was not deleted: it is no longer in the trash (someone restored it meanwhile).</source>
        <translation>%1 wurde nicht gelöscht: Der Interessent ist nicht mehr im Papierkorb (jemand hat ihn inzwischen wiederhergestellt).</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>%1 were not deleted: they are no longer in the trash (someone restored them meanwhile).</source>
        <translation>%1 wurden nicht gelöscht: Die Interessenten sind nicht mehr im Papierkorb (jemand hat sie inzwischen wiederhergestellt).</translation>
    </message>
</context>
<context>
    <name>accord::gui::UserGuideDialog</name>
    <message>
        <location filename="../src/gui/dialogs/HelpDialogs.cpp" line="-40"/>
        <source>Other</source>
        <translation>Sonstige</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>Accord User Guide</source>
        <translation>Accord-Benutzerhandbuch</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>User guide</source>
        <translation>Benutzerhandbuch</translation>
    </message>
</context>
<context>
    <name>accord::gui::WorkspaceSection</name>
    <message>
        <location filename="../src/gui/views/WorkspaceSection.cpp" line="+129"/>
        <source>Remove</source>
        <translation>Entfernen</translation>
    </message>
</context>
<context>
    <name>accord::io</name>
    <message>
        <location filename="../src/core/io/Backup.cpp" line="+35"/>
        <source>missing.</source>
        <translation>fehlt.</translation>
    </message>
    <message>
        <location line="+9"/>
        <location line="+36"/>
        <source>must be a whole number.</source>
        <translation>muss eine ganze Zahl sein.</translation>
    </message>
    <message>
        <location line="-33"/>
        <source>is out of range.</source>
        <translation>liegt außerhalb des zulässigen Bereichs.</translation>
    </message>
    <message>
        <location line="+11"/>
        <location line="+428"/>
        <source>Backup: %1</source>
        <translation>Sicherung: %1</translation>
    </message>
    <message>
        <location line="-417"/>
        <location line="+387"/>
        <source>must be a string.</source>
        <translation>muss eine Zeichenkette sein.</translation>
    </message>
    <message>
        <location line="-380"/>
        <location line="+46"/>
        <location line="+328"/>
        <source>must be an object.</source>
        <translation>muss ein Objekt sein.</translation>
    </message>
    <message>
        <location line="-366"/>
        <source>is not a stage with exit criteria.</source>
        <translation>ist keine Phase mit Freigabekriterien.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>is not a known rule.</source>
        <translation>ist keine bekannte Regel.</translation>
    </message>
    <message>
        <location line="+19"/>
        <source>must be a list of %1 numbers.</source>
        <translation>muss eine Liste aus %1 Zahlen sein.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>must be a whole number from %1 to %2.</source>
        <translation>muss eine ganze Zahl von %1 bis %2 sein.</translation>
    </message>
    <message>
        <location line="+31"/>
        <source>is too large.</source>
        <translation>ist zu groß.</translation>
    </message>
    <message>
        <location line="+19"/>
        <location line="+43"/>
        <source>id %1 appears twice in the backup.</source>
        <translation>ID %1 kommt in der Sicherung doppelt vor.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>refers to data request %1, which this prospect does not have.</source>
        <translation>verweist auf Datenanfrage %1, die dieser Interessent nicht hat.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>refers to meeting %1, which this prospect does not have.</source>
        <translation>verweist auf Besprechung %1, die es bei diesem Interessenten nicht gibt.</translation>
    </message>
    <message>
        <location line="+4"/>
        <location line="+3"/>
        <source>refers to contact %1, which this prospect does not have.</source>
        <translation>verweist auf Kontakt %1, den es bei diesem Interessenten nicht gibt.</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>refers to gate criterion %1, which the backup does not have.</source>
        <translation>verweist auf Freigabekriterium %1, das in der Sicherung fehlt.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>gate criterion %1 is ticked twice for this prospect.</source>
        <translation>Freigabekriterium %1 ist für diesen Interessenten doppelt abgehakt.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>the tag “%1” appears twice.</source>
        <translation>das Schlagwort „%1“ kommt doppelt vor.</translation>
    </message>
    <message>
        <location line="+132"/>
        <source>The backup could not place an attachment&apos;s content.</source>
        <translation>Die Sicherung konnte den Inhalt eines Anhangs nicht aufnehmen.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>The attachment “%1” changed while it was backed up; back up again.</source>
        <translation>Der Anhang „%1“ wurde während der Sicherung geändert; sichern Sie erneut.</translation>
    </message>
    <message>
        <location line="+45"/>
        <source>the backup must be a JSON object.</source>
        <translation>die Sicherung muss ein JSON-Objekt sein.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>this is not an Accord backup.</source>
        <translation>dies ist keine Accord-Sicherung.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>the backup has format version %1, newer than this Accord reads (%2). Update Accord to restore it.</source>
        <translation>die Sicherung hat die Formatversion %1 und ist neuer, als diese Accord-Version lesen kann (%2). Aktualisieren Sie Accord, um sie wiederherzustellen.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>%1 is not a backup version.</source>
        <translation>%1 ist keine Sicherungsversion.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>the backup comes from database schema %1, newer than this Accord&apos;s %2. Update Accord to restore it.</source>
        <translation>die Sicherung stammt vom Datenbankschema %1, neuer als das dieser Accord-Version (%2). Aktualisieren Sie Accord, um sie wiederherzustellen.</translation>
    </message>
    <message>
        <location line="+23"/>
        <location line="+13"/>
        <source>must be a list.</source>
        <translation>muss eine Liste sein.</translation>
    </message>
    <message>
        <location line="-6"/>
        <source>missing or repeated id %1.</source>
        <translation>fehlende oder doppelte ID %1.</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>cannot be read as a prospect.</source>
        <translation>kann nicht als Interessent gelesen werden.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>missing or repeated prospect id %1.</source>
        <translation>fehlende oder doppelte Interessenten-ID %1.</translation>
    </message>
    <message>
        <location line="+19"/>
        <source>A backup can only be restored into an empty database; %1 already holds prospects.</source>
        <translation>Eine Sicherung kann nur in eine leere Datenbank wiederhergestellt werden; %1 enthält bereits Interessenten.</translation>
    </message>
    <message>
        <location line="+38"/>
        <source>%1 already exists; nothing was restored.</source>
        <translation>%1 existiert bereits; nichts wurde wiederhergestellt.</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>%1 could not be completed; nothing was restored.</source>
        <translation>%1 konnte nicht abgeschlossen werden; nichts wurde wiederhergestellt.</translation>
    </message>
    <message>
        <location filename="../src/core/io/BackupSyntax.cpp" line="+170"/>
        <source>the JSON nests deeper than a backup does.</source>
        <translation>das JSON ist tiefer verschachtelt als eine Sicherung.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>the number %1 is too large to read.</source>
        <translation>die Zahl %1 ist zu groß, um gelesen zu werden.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>The backup is not valid JSON: at %1 (line %2, column %3) it breaks off or holds something unexpected%4.</source>
        <translation>Die Sicherung ist kein gültiges JSON: Bei %1 (Zeile %2, Spalte %3) bricht sie ab oder enthält etwas Unerwartetes%4.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source> (“%1”)</source>
        <translation> („%1“)</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Backup, %1: %2</source>
        <translation>Sicherung, %1: %2</translation>
    </message>
    <message>
        <location filename="../src/core/io/CrmImport.cpp" line="+47"/>
        <source>Line %1, field &quot;%2&quot;: %3</source>
        <translation>Zeile %1, Feld „%2“: %3</translation>
    </message>
    <message>
        <location line="+47"/>
        <source>Line %1, field &quot;%2&quot;: &quot;%3&quot; reads only day first, but &quot;%4&quot; on line %5 reads only month first; say which order the file&apos;s dates are in (DMY or MDY).</source>
        <translation>Zeile %1, Feld „%2“: „%3“ lässt sich nur mit dem Tag zuerst lesen, „%4“ in Zeile %5 aber nur mit dem Monat zuerst; geben Sie an, in welcher Reihenfolge die Datumsangaben der Datei stehen (DMY oder MDY).</translation>
    </message>
    <message>
        <location line="+27"/>
        <source>&quot;%1&quot; reads both day first and month first; say which order the file&apos;s dates are in (DMY or MDY).</source>
        <translation>„%1“ lässt sich sowohl mit dem Tag als auch mit dem Monat zuerst lesen; geben Sie an, in welcher Reihenfolge die Datumsangaben der Datei stehen (DMY oder MDY).</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>&quot;%1&quot; is not a date in year-month-day order (YMD).</source>
        <translation>„%1“ ist kein Datum in der Reihenfolge Jahr-Monat-Tag (YMD).</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>&quot;%1&quot; is not a date.</source>
        <translation>„%1“ ist kein Datum.</translation>
    </message>
    <message>
        <location line="+22"/>
        <source>Line %1: &quot;%2&quot; is not an email address and the row names no other contact details, so it has no contact; the prospect is imported.</source>
        <translation>Zeile %1: „%2“ ist keine E-Mail-Adresse, und die Zeile enthält keine weiteren Kontaktdaten, daher gibt es keinen Kontakt; der Interessent wird importiert.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Line %1: &quot;%2&quot; is not an email address; the contact is imported without it.</source>
        <translation>Zeile %1: „%2“ ist keine E-Mail-Adresse; der Kontakt wird ohne sie importiert.</translation>
    </message>
    <message>
        <location line="+42"/>
        <source>Line %1: the deal&apos;s value is in %2, the earlier deals of &quot;%3&quot; in %4; it is listed in the prospect&apos;s imported notes but not added to its value.</source>
        <translation>Zeile %1: Der Wert des Deals ist in %2 angegeben, die früheren Deals von „%3“ in %4; er wird in den importierten Notizen des Interessenten aufgeführt, aber nicht zu seinem Wert addiert.</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>the deals of &quot;%1&quot; add up to more than Accord takes (%2 %3).</source>
        <translation>die Deals von „%1“ ergeben zusammen mehr, als Accord aufnehmen kann (%2 %3).</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Deals imported from the file:</source>
        <translation>Aus der Datei importierte Deals:</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>(no title)</source>
        <translation>(ohne Titel)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>no value</source>
        <translation>kein Wert</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>- %1: %2 (line %3)</source>
        <translation>- %1: %2 (Zeile %3)</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>… and %1 more.</source>
        <translation>… und %1 weitere.</translation>
    </message>
    <message>
        <location line="+22"/>
        <location line="+210"/>
        <source>Imported notes</source>
        <translation>Importierte Notizen</translation>
    </message>
    <message>
        <location line="-198"/>
        <source>Would create %1 prospect(s) and %2 contact(s) from %3 row(s).</source>
        <translation>Würde anlegen – Interessenten: %1, Kontakte: %2; gelesene Zeilen: %3.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Created %1 prospect(s) and %2 contact(s) from %3 row(s).</source>
        <translation>Angelegt – Interessenten: %1, Kontakte: %2; gelesene Zeilen: %3.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>%1 note(s) kept as an &quot;Imported notes&quot; entry in the meetings.</source>
        <translation>Notizen als Eintrag „Importierte Notizen“ in die Besprechungen übernommen: %1.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>%1 deal(s) joined a prospect named on an earlier row: their values are added up and listed in its notes.</source>
        <translation>Mit einem Interessenten aus einer früheren Zeile zusammengeführte Deals: %1 (ihre Werte werden addiert und in seinen Notizen aufgeführt).</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>%1 row(s) had a stage or status Accord does not know: they start in stage 1 (see the warnings).</source>
        <translation>Zeilen mit einer Phase oder einem Status, die Accord nicht kennt: %1 – sie beginnen in Phase 1 (siehe Warnungen).</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>%1 row(s) skipped: blank, or without a prospect name.</source>
        <translation>Übersprungene Zeilen: %1 (leer oder ohne Namen des Interessenten).</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>No column is mapped to the prospect name: map one with name=HEADER.</source>
        <translation>Keine Spalte ist dem Namen des Interessenten zugeordnet: Ordnen Sie eine mit name=HEADER zu.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Line 1: the file has no column &quot;%1&quot; (mapped to %2).</source>
        <translation>Zeile 1: Die Datei hat keine Spalte „%1“ (zugeordnet zu %2).</translation>
    </message>
    <message>
        <location line="+25"/>
        <source>Line %1: the prospect name (column &quot;%2&quot;) is empty; the row is skipped.</source>
        <translation>Zeile %1: Der Name des Interessenten (Spalte „%2“) ist leer; die Zeile wird übersprungen.</translation>
    </message>
    <message>
        <location line="+20"/>
        <source>&quot;%1&quot; is in %2, but the currency column says %3.</source>
        <translation>„%1“ ist in %2 angegeben, die Währungsspalte nennt aber %3.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>&quot;%1&quot; is not an amount of money.</source>
        <translation>„%1“ ist kein Geldbetrag.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>&quot;%1&quot; is not a three-letter currency code.</source>
        <translation>„%1“ ist kein Währungscode aus drei Buchstaben.</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Line %1: %2 &quot;%3&quot; is not in the value table; the prospect starts in stage 1 (%4).</source>
        <translation>Zeile %1: %2 „%3“ steht nicht in der Wertetabelle; der Interessent beginnt in Phase 1 (%4).</translation>
    </message>
    <message>
        <location line="+24"/>
        <source>Line %1: %2 &quot;%3&quot; is not one of the pipeline&apos;s reasons; it is kept as the note of reason &quot;%4&quot;.</source>
        <translation>Zeile %1: %2 „%3“ ist keiner der Gründe der Pipeline; er wird als Notiz zum Grund „%4“ übernommen.</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Imported as lost</source>
        <translation>Als verloren importiert</translation>
    </message>
    <message>
        <location line="+24"/>
        <source>Expected close</source>
        <translation>Erwarteter Abschluss</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Follow up</source>
        <translation>Nachfassen</translation>
    </message>
    <message>
        <location line="+75"/>
        <source>Line %1: &quot;%2&quot; already appeared above; its deal, contact and notes are added to that prospect.</source>
        <translation>Zeile %1: „%2“ kam bereits weiter oben vor; Deal, Kontakt und Notizen werden diesem Interessenten hinzugefügt.</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>import</source>
        <translation>Import</translation>
    </message>
    <message>
        <location filename="../src/core/io/CrmMapping.cpp" line="+38"/>
        <source>Prospect name</source>
        <translation>Name des Interessenten</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Owner (account manager)</source>
        <translation>Verantwortlich (Vertriebsmitarbeiter)</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Industry</source>
        <translation>Branche</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Segment</source>
        <translation>Segment</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Website</source>
        <translation>Website</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Estimated annual value</source>
        <translation>Geschätzter Jahreswert</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Currency (ISO code)</source>
        <translation>Währung (ISO-Code)</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Stage</source>
        <translation>Phase</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Created on</source>
        <translation>Erstellt am</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Next step</source>
        <translation>Nächster Schritt</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Next step due</source>
        <translation>Nächster Schritt fällig</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Expected close date</source>
        <translation>Erwartetes Abschlussdatum</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Lost reason</source>
        <translation>Verlustgrund</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Contact name</source>
        <translation>Kontaktname</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Contact job title</source>
        <translation>Position des Kontakts</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Contact email</source>
        <translation>E-Mail des Kontakts</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Contact phone</source>
        <translation>Telefon des Kontakts</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Notes</source>
        <translation>Notizen</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Deal title</source>
        <translation>Deal-Titel</translation>
    </message>
    <message>
        <location line="+115"/>
        <source>&quot;%1&quot; is not of the form field=Header.</source>
        <translation>„%1“ hat nicht die Form field=Header.</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>&quot;%1&quot; is not an Accord field; fields are: %2.</source>
        <translation>„%1“ ist kein Accord-Feld; verfügbare Felder: %2.</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>The file has no column &quot;%1&quot;; its columns are: %2.</source>
        <translation>Die Datei hat keine Spalte „%1“; vorhandene Spalten: %2.</translation>
    </message>
    <message>
        <location filename="../src/core/io/Csv.cpp" line="+95"/>
        <source>Line %1: the file has more than %2 rows.</source>
        <translation>Zeile %1: Die Datei hat mehr als %2 Zeilen.</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Line 1: the file is empty; a header row is required.</source>
        <translation>Zeile 1: Die Datei ist leer; eine Kopfzeile ist erforderlich.</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>column %1</source>
        <translation>Spalte %1</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>Line %1: the header &quot;%2&quot; appears twice (columns %3 and %4).</source>
        <translation>Zeile %1: Die Überschrift „%2“ kommt zweimal vor (Spalten %3 und %4).</translation>
    </message>
    <message>
        <location line="+57"/>
        <source>Line %1 has more fields than the header&apos;s %2 (field %3 has no column).</source>
        <translation>Zeile %1 hat mehr Felder als die %2 der Kopfzeile (Feld %3 hat keine Spalte).</translation>
    </message>
    <message>
        <location line="+33"/>
        <source>Line %1, field &quot;%2&quot;: the value is longer than %3 bytes.</source>
        <translation>Zeile %1, Feld „%2“: Der Wert ist länger als %3 Bytes.</translation>
    </message>
    <message>
        <location line="+18"/>
        <source>Line %1, field &quot;%2&quot;: the quoted value is never closed (unbalanced quote or truncated file).</source>
        <translation>Zeile %1, Feld „%2“: Der Wert in Anführungszeichen wird nie geschlossen (unpaariges Anführungszeichen oder abgeschnittene Datei).</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>Line %1, field &quot;%2&quot;: unexpected text after a closing quote (a quote inside a quoted value must be doubled).</source>
        <translation>Zeile %1, Feld „%2“: Unerwarteter Text nach einem schließenden Anführungszeichen (ein Anführungszeichen innerhalb eines Werts in Anführungszeichen muss verdoppelt werden).</translation>
    </message>
    <message>
        <location line="+22"/>
        <source>Line %1, field &quot;%2&quot;: the value contains a NUL byte (is this a text file?).</source>
        <translation>Zeile %1, Feld „%2“: Der Wert enthält ein NUL-Byte (ist das eine Textdatei?).</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Line %1, field &quot;%2&quot;: the text is not valid UTF-8 (save the file as UTF-8 and try again).</source>
        <translation>Zeile %1, Feld „%2“: Der Text ist kein gültiges UTF-8 (speichern Sie die Datei als UTF-8 und versuchen Sie es erneut).</translation>
    </message>
    <message>
        <location line="+71"/>
        <source>The file starts as %1 text but ends in half a character; save it again as UTF-8 or UTF-16 and try again.</source>
        <translation>Die Datei beginnt als %1-Text, endet aber mit einem halben Zeichen; speichern Sie sie erneut als UTF-8 oder UTF-16 und versuchen Sie es noch einmal.</translation>
    </message>
    <message>
        <location line="+21"/>
        <location line="+12"/>
        <source>Line %1: the %2 text holds a broken character; save the file again and try again.</source>
        <translation>Zeile %1: Der %2-Text enthält ein defektes Zeichen; speichern Sie die Datei erneut und versuchen Sie es noch einmal.</translation>
    </message>
    <message>
        <location line="+19"/>
        <source>The file is UTF-32 text; save it as UTF-8 (or UTF-16) and try again.</source>
        <translation>Die Datei ist UTF-32-Text; speichern Sie sie als UTF-8 (oder UTF-16) und versuchen Sie es noch einmal.</translation>
    </message>
    <message>
        <location filename="../src/core/io/FileIo.cpp" line="+127"/>
        <source>%1 is the open database (or one of its -wal/-shm files); choose another file.</source>
        <translation>%1 ist die geöffnete Datenbank (oder eine ihrer -wal/-shm-Dateien); wählen Sie eine andere Datei.</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>%1 is a database in use (a -wal or -shm file is beside it); choose another file.</source>
        <translation>%1 ist eine Datenbank in Benutzung (daneben liegt eine -wal- oder -shm-Datei); wählen Sie eine andere Datei.</translation>
    </message>
    <message>
        <location line="+24"/>
        <source>%1 is a database, not an earlier backup copy; choose another file.</source>
        <translation>%1 ist eine Datenbank, keine frühere Sicherungskopie; wählen Sie eine andere Datei.</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Cannot create the folder %1.</source>
        <translation>Der Ordner %1 kann nicht erstellt werden.</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Cannot write in %1: %2</source>
        <translation>In %1 kann nicht geschrieben werden: %2</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Cannot write in %1.</source>
        <translation>In %1 kann nicht geschrieben werden.</translation>
    </message>
    <message>
        <location line="+21"/>
        <source>Cannot create %1: %2</source>
        <translation>%1 kann nicht erstellt werden: %2</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>No output file was given.</source>
        <translation>Es wurde keine Ausgabedatei angegeben.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Cannot write %1: it is a folder.</source>
        <translation>%1 kann nicht geschrieben werden: Es ist ein Ordner.</translation>
    </message>
    <message>
        <location line="+8"/>
        <location line="+2"/>
        <location line="+6"/>
        <location line="+4"/>
        <location line="+5"/>
        <source>Cannot write %1: %2</source>
        <translation>%1 kann nicht geschrieben werden: %2</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Cannot save %1: %2</source>
        <translation>%1 kann nicht gespeichert werden: %2</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>%1 is the open database (or one of its -wal/-shm files), not a file to read.</source>
        <translation>%1 ist die geöffnete Datenbank (oder eine ihrer -wal/-shm-Dateien), keine Datei zum Lesen.</translation>
    </message>
    <message>
        <location line="+6"/>
        <location line="+7"/>
        <source>Cannot read %1: %2</source>
        <translation>%1 kann nicht gelesen werden: %2</translation>
    </message>
    <message>
        <location line="-4"/>
        <source>%1 is too large (%2 bytes).</source>
        <translation>%1 ist zu groß (%2 Byte).</translation>
    </message>
    <message>
        <location filename="../src/core/io/Ics.cpp" line="+68"/>
        <source>Attendees: %1</source>
        <translation>Teilnehmer: %1</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>We shared: %1</source>
        <translation>Wir haben geteilt: %1</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>We learned: %1</source>
        <translation>Wir haben erfahren: %1</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Next step: %1</source>
        <translation>Nächster Schritt: %1</translation>
    </message>
    <message>
        <location line="+55"/>
        <source>%1: %2</source>
        <comment>prospect: meeting</comment>
        <translation>%1: %2</translation>
    </message>
    <message>
        <location line="+31"/>
        <source>%1: %2</source>
        <comment>prospect: activity</comment>
        <translation>%1: %2</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Owner: %1</source>
        <translation>Verantwortlich: %1</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>The calendar could not be written (libical: %1).</source>
        <translation>Der Kalender konnte nicht geschrieben werden (libical: %1).</translation>
    </message>
</context>
<context>
    <name>accord::report</name>
    <message>
        <location filename="../src/report/PdfPages.cpp" line="+158"/>
        <source>The PDF could not be started.</source>
        <translation>Das PDF konnte nicht angelegt werden.</translation>
    </message>
    <message>
        <location line="+85"/>
        <source>Page %1 of %2</source>
        <translation>Seite %1 von %2</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The PDF could not be finished.</source>
        <translation>Das PDF konnte nicht fertiggestellt werden.</translation>
    </message>
    <message>
        <location filename="../src/report/StepProgress.cpp" line="+59"/>
        <source>%1 of %2 criteria met</source>
        <translation>%1 von %2 Kriterien erfüllt</translation>
    </message>
    <message>
        <location filename="../src/report/SummaryPdf.cpp" line="+35"/>
        <source>Prospect summary</source>
        <translation>Zusammenfassung des Interessenten</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Made by Accord on %1</source>
        <translation>Erstellt von Accord am %1</translation>
    </message>
</context>
<context>
    <name>accord::storage</name>
    <message>
        <location filename="../src/storage/AttachmentRepositoryOf.cpp" line="+57"/>
        <location line="+69"/>
        <source>The attachment %1 no longer exists; it may have been removed elsewhere.</source>
        <translation>Der Anhang %1 existiert nicht mehr; er wurde möglicherweise an anderer Stelle entfernt.</translation>
    </message>
    <message>
        <location line="-37"/>
        <source>An attachment could not be read or written (SQLite error %1).</source>
        <translation>Ein Anhang konnte nicht gelesen oder geschrieben werden (SQLite-Fehler %1).</translation>
    </message>
    <message>
        <location line="+53"/>
        <source>An attachment with id %1 exists already; “%2” was not added.</source>
        <translation>Ein Anhang mit der ID %1 existiert bereits; „%2“ wurde nicht hinzugefügt.</translation>
    </message>
    <message>
        <location line="+26"/>
        <source>“%1” could not be added.</source>
        <translation>„%1“ konnte nicht hinzugefügt werden.</translation>
    </message>
    <message>
        <location line="+22"/>
        <source>“%1” was removed meanwhile; nothing was changed.</source>
        <translation>„%1“ wurde inzwischen entfernt; es wurde nichts geändert.</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>“%1” was changed since; reload and try again.</source>
        <translation>„%1“ wurde inzwischen geändert; laden Sie neu und versuchen Sie es erneut.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>%1 changed “%2” since; reload and try again.</source>
        <translation>%1 hat „%2“ inzwischen geändert; laden Sie neu und versuchen Sie es erneut.</translation>
    </message>
</context>
<context>
    <name>accord::summary</name>
    <message numerus="yes">
        <location filename="../src/core/io/SummaryModel.cpp" line="+170"/>
        <source>%1 · %n day(s) in stage · %2</source>
        <translation>
            <numerusform>%1 · %n Tag in der Phase · %2</numerusform>
            <numerusform>%1 · %n Tage in der Phase · %2</numerusform>
        </translation>
    </message>
    <message>
        <location line="+15"/>
        <source>Prepared on %1</source>
        <translation>Erstellt am %1</translation>
    </message>
    <message>
        <location line="+6"/>
        <location line="+7"/>
        <source>Industry</source>
        <translation>Branche</translation>
    </message>
    <message>
        <location line="-6"/>
        <location line="+7"/>
        <source>Segment</source>
        <translation>Segment</translation>
    </message>
    <message>
        <location line="-6"/>
        <location line="+7"/>
        <source>Website</source>
        <translation>Website</translation>
    </message>
    <message>
        <location line="-6"/>
        <location line="+18"/>
        <source>Profile</source>
        <translation>Profil</translation>
    </message>
    <message>
        <location line="-15"/>
        <location line="+353"/>
        <source>Owner</source>
        <translation>Verantwortlich</translation>
    </message>
    <message>
        <location line="-349"/>
        <location line="+182"/>
        <location line="+66"/>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <location line="-246"/>
        <source>Lost because</source>
        <translation>Verlustgrund</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Estimated annual value</source>
        <translation>Geschätzter Jahreswert</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Tags</source>
        <translation>Schlagwörter</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Created</source>
        <translation>Angelegt</translation>
    </message>
    <message>
        <location line="+1"/>
        <location line="+251"/>
        <source>Signed on</source>
        <translation>Unterzeichnet am</translation>
    </message>
    <message>
        <location line="-250"/>
        <location line="+251"/>
        <source>Agreement</source>
        <translation>Vereinbarung</translation>
    </message>
    <message>
        <location line="-249"/>
        <source>In the trash since</source>
        <translation>Im Papierkorb seit</translation>
    </message>
    <message>
        <location line="+7"/>
        <location line="+5"/>
        <location line="+102"/>
        <source>Stage</source>
        <translation>Phase</translation>
    </message>
    <message>
        <location line="-106"/>
        <source>%1. %2</source>
        <translation>%1. %2</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>In this stage since</source>
        <translation>In dieser Phase seit</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Days in stage</source>
        <translation>Tage in der Phase</translation>
    </message>
    <message>
        <location line="+14"/>
        <location line="+3"/>
        <source>%1 → %2</source>
        <translation>%1 → %2</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>gate override</source>
        <translation>Ausnahme von der Freigabe</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>gate override: %1</source>
        <translation>Ausnahme von der Freigabe: %1</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Stage timeline</source>
        <translation>Phasenverlauf</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>When</source>
        <translation>Wann</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Change</source>
        <translation>Änderung</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>By</source>
        <translation>Von</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Reason</source>
        <translation>Grund</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>Ticked by %1 on %2</source>
        <translation>Abgehakt von %1 am %2</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Ticked by %1</source>
        <translation>Abgehakt von %1</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Ticked by hand</source>
        <translation>Manuell abgehakt</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>To be ticked by hand</source>
        <translation>Manuell abzuhaken</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Automatic: %1</source>
        <translation>Automatisch: %1</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>%1 of %2 exit criteria of %3 met.</source>
        <translation>%1 von %2 Freigabekriterien für %3 erfüllt.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Gate status</source>
        <translation>Freigabestatus</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Met</source>
        <translation>Erfüllt</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Criterion</source>
        <translation>Kriterium</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>How</source>
        <translation>Wie</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Why</source>
        <translation>Warum</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Contacts</source>
        <translation>Kontakte</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Name</source>
        <translation>Name</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Title</source>
        <translation>Position</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Role</source>
        <translation>Rolle</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Email</source>
        <translation>E-Mail</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Phone</source>
        <translation>Telefon</translation>
    </message>
    <message>
        <location line="+14"/>
        <location line="+43"/>
        <source>%1 · %2</source>
        <translation>%1 · %2</translation>
    </message>
    <message>
        <location line="-37"/>
        <source>Duration</source>
        <translation>Dauer</translation>
    </message>
    <message numerus="yes">
        <location line="+1"/>
        <source>%n minute(s)</source>
        <translation>
            <numerusform>%n Minute</numerusform>
            <numerusform>%n Minuten</numerusform>
        </translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Attendees</source>
        <translation>Teilnehmer</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Shared</source>
        <translation>Geteilt</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Notes</source>
        <translation>Notizen</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>We shared</source>
        <translation>Wir haben geteilt</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>We learned</source>
        <translation>Wir haben erfahren</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Next step</source>
        <translation>Nächster Schritt</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>%1 (due %2)</source>
        <translation>%1 (fällig am %2)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Logged by</source>
        <translation>Erfasst von</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Meetings</source>
        <translation>Besprechungen</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Shared on</source>
        <translation>Geteilt am</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Source</source>
        <translation>Quelle</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>At the meeting</source>
        <translation>Bei der Besprechung</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Insight</source>
        <translation>Erkenntnis</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Insights shared</source>
        <translation>Geteilte Erkenntnisse</translation>
    </message>
    <message>
        <location line="+12"/>
        <location line="+140"/>
        <source>Item</source>
        <translation>Gegenstand</translation>
    </message>
    <message>
        <location line="-140"/>
        <source>Requested</source>
        <translation>Angefragt</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Received</source>
        <translation>Erhalten</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Note</source>
        <translation>Notiz</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Data requests</source>
        <translation>Datenanfragen</translation>
    </message>
    <message>
        <location line="+30"/>
        <source>Metrics and benchmarks</source>
        <translation>Kennzahlen und Benchmarks</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Metric</source>
        <translation>Kennzahl</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Period</source>
        <translation>Zeitraum</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Unit</source>
        <translation>Einheit</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Their figure</source>
        <comment>the prospect&apos;s own value</comment>
        <translation>Wert des Interessenten</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Benchmark</source>
        <translation>Benchmark</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Benchmark figure</source>
        <comment>the benchmark&apos;s value</comment>
        <translation>Benchmark-Wert</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Difference</source>
        <translation>Differenz</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>%1%</source>
        <translation>%1&#xa0;%</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Opportunity</source>
        <translation>Chance</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Estimated lift</source>
        <translation>Geschätzte Steigerung</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Champion</source>
        <translation>Fürsprecher</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Description</source>
        <translation>Beschreibung</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Opportunities</source>
        <translation>Chancen</translation>
    </message>
    <message>
        <location line="+12"/>
        <location line="+22"/>
        <source>Objective criteria</source>
        <translation>Objektive Kriterien</translation>
    </message>
    <message>
        <location line="-17"/>
        <source>Terms</source>
        <translation>Konditionen</translation>
    </message>
    <message>
        <location line="+1"/>
        <location line="+34"/>
        <source>Lever</source>
        <translation>Hebel</translation>
    </message>
    <message>
        <location line="-34"/>
        <location line="+35"/>
        <source>Our position</source>
        <translation>Unsere Position</translation>
    </message>
    <message>
        <location line="-34"/>
        <source>Your position</source>
        <comment>the customer&apos;s</comment>
        <translation>Ihre Position</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Positions</source>
        <translation>Positionen</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Our BATNA</source>
        <translation>Unsere BATNA</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Their BATNA (estimated)</source>
        <translation>BATNA der Gegenseite (geschätzt)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Their interests</source>
        <translation>Interessen der Gegenseite</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Our interests</source>
        <translation>Unsere Interessen</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Our stance</source>
        <translation>Unsere Haltung</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>%1 of 5 (1 cooperative … 5 competitive)</source>
        <translation>%1 von 5 (1 kooperativ … 5 kompetitiv)</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>Our priority</source>
        <translation>Unsere Priorität</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Their priority</source>
        <translation>Priorität der Gegenseite</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Their position</source>
        <translation>Position der Gegenseite</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Our concession</source>
        <translation>Unser Zugeständnis</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Their concession</source>
        <translation>Zugeständnis der Gegenseite</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Levers</source>
        <translation>Hebel</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Win-win check</source>
        <translation>Win-win-Prüfung</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Side</source>
        <translation>Seite</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Value to the other side</source>
        <translation>Wert für die Gegenseite</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Cost to give</source>
        <translation>Kosten für die gebende Seite</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Tradables</source>
        <translation>Tauschgüter</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Negotiation worksheet</source>
        <translation>Verhandlungsblatt</translation>
    </message>
    <message>
        <location line="+19"/>
        <source>%1 (overdue)</source>
        <translation>%1 (überfällig)</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Planned activities</source>
        <translation>Geplante Aktivitäten</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Due</source>
        <translation>Fällig</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Activity</source>
        <translation>Aktivität</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>What</source>
        <translation>Was</translation>
    </message>
    <message>
        <location filename="../src/core/io/SummaryRender.cpp" line="+251"/>
        <source>Summary made by Accord on %1.</source>
        <translation>Von Accord am %1 erstellte Zusammenfassung.</translation>
    </message>
</context>
<context>
    <name>main</name>
    <message>
        <location filename="../src/app/main.cpp" line="+42"/>
        <source>Partnership pipeline tracker</source>
        <translation>Tracker für Partnerschafts-Pipelines</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Displays version information.</source>
        <translation>Zeigt Versionsinformationen an.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Open the database at &lt;location&gt;: a file, or a team server (postgresql://USER@HOST/DATABASE or service=NAME).</source>
        <translation>Öffnet die Datenbank unter &lt;location&gt;: eine Datei oder einen Teamserver (postgresql://USER@HOST/DATABASE oder service=NAME).</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>The database to open, as with --db.</source>
        <translation>Die zu öffnende Datenbank, wie bei --db.</translation>
    </message>
    <message>
        <location line="+93"/>
        <source>%1 is already open in Accord: its window was raised.</source>
        <translation>%1 ist bereits in Accord geöffnet: Das Fenster wurde in den Vordergrund geholt.</translation>
    </message>
    <message>
        <location line="+12"/>
        <location line="+5"/>
        <location line="+14"/>
        <source>Accord</source>
        <translation>Accord</translation>
    </message>
    <message>
        <location line="-18"/>
        <location line="+19"/>
        <source>Cannot open %1: %2</source>
        <translation>%1 kann nicht geöffnet werden: %2</translation>
    </message>
    <message>
        <location line="-14"/>
        <source>The last pipeline, %1, cannot be opened: %2
Accord opens its default database instead.</source>
        <translation>Die zuletzt verwendete Pipeline %1 kann nicht geöffnet werden: %2
Accord öffnet stattdessen die Standarddatenbank.</translation>
    </message>
    <message>
        <location line="+38"/>
        <source>Review</source>
        <translation>Auswertung</translation>
    </message>
</context>
</TS>
