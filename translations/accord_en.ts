<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="en_US">
<context>
    <name>Format</name>
    <message numerus="yes">
        <location filename="../src/gui/Format.cpp" line="+67"/>
        <source>%n d</source>
        <comment>days, short</comment>
        <translation>
            <numerusform>%n d</numerusform>
            <numerusform>%n d</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>accord</name>
    <message numerus="yes">
        <location filename="../src/core/Gate.cpp" line="+96"/>
        <source>%n insights recorded</source>
        <translation>
            <numerusform>%n insights recorded</numerusform>
            <numerusform>%n insights recorded</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+4"/>
        <source>%n data requests recorded</source>
        <translation>
            <numerusform>%n data requests recorded</numerusform>
            <numerusform>%n data requests recorded</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+4"/>
        <source>%n data requests received</source>
        <translation>
            <numerusform>%n data requests received</numerusform>
            <numerusform>%n data requests received</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+7"/>
        <source>%n metrics compared with a benchmark</source>
        <translation>
            <numerusform>%n metrics compared with a benchmark</numerusform>
            <numerusform>%n metrics compared with a benchmark</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+5"/>
        <source>%n open opportunities</source>
        <translation>
            <numerusform>%n open opportunities</numerusform>
            <numerusform>%n open opportunities</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+5"/>
        <source>%n opportunities with a champion</source>
        <translation>
            <numerusform>%n opportunities with a champion</numerusform>
            <numerusform>%n opportunities with a champion</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+15"/>
        <source>%n of the 4 levers discussed</source>
        <translation>
            <numerusform>%n of the 4 levers discussed</numerusform>
            <numerusform>%n of the 4 levers discussed</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../src/core/WinWin.cpp" line="+187"/>
        <source>%n warnings</source>
        <translation>
            <numerusform>%n warnings</numerusform>
            <numerusform>%n warnings</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>accord::cli::Cli</name>
    <message numerus="yes">
        <location filename="../src/cli/ActivityCommands.cpp" line="+189"/>
        <source>%n activit(y/ies)</source>
        <translation>
            <numerusform>%n activity</numerusform>
            <numerusform>%n activities</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../src/cli/CloseCommands.cpp" line="+125"/>
        <source>%n open prospect(s) ha(s/ve) no expected close date (%1); accord-cli set-close ID --on DATE gives one.</source>
        <translation>
            <numerusform>%n open prospect has no expected close date (%1); accord-cli set-close ID --on DATE gives one.</numerusform>
            <numerusform>%n open prospects have no expected close date (%1); accord-cli set-close ID --on DATE gives one.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+17"/>
        <source>+%n days, now %1</source>
        <translation>
            <numerusform>+%n days, now %1</numerusform>
            <numerusform>+%n days, now %1</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../src/cli/ProspectCommands.cpp" line="+116"/>
        <source>%n prospect(s)</source>
        <translation>
            <numerusform>%n prospect</numerusform>
            <numerusform>%n prospects</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+52"/>
        <source>%n days</source>
        <translation>
            <numerusform>%n days</numerusform>
            <numerusform>%n days</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+62"/>
        <source>%n insight(s)</source>
        <translation>
            <numerusform>%n insight</numerusform>
            <numerusform>%n insights</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+1"/>
        <source>%n data request(s)</source>
        <translation>
            <numerusform>%n data request</numerusform>
            <numerusform>%n data requests</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+1"/>
        <source>%n metric(s)</source>
        <translation>
            <numerusform>%n metric</numerusform>
            <numerusform>%n metrics</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+1"/>
        <source>%n opportunit(y/ies)</source>
        <translation>
            <numerusform>%n opportunity</numerusform>
            <numerusform>%n opportunities</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+57"/>
        <source>%n match(es)</source>
        <translation>
            <numerusform>%n match</numerusform>
            <numerusform>%n matches</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../src/cli/ReportCommands.cpp" line="+89"/>
        <source>%n open prospect(s) (is/are) unconverted (no exchange rate to %1; see accord-cli rates) and left out of the values.</source>
        <translation>
            <numerusform>%n open prospect is unconverted (no exchange rate to %1; see accord-cli rates) and left out of the values.</numerusform>
            <numerusform>%n open prospects are unconverted (no exchange rate to %1; see accord-cli rates) and left out of the values.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../src/cli/ServerPush.cpp" line="+140"/>
        <source>%1 (is/are) not a user of this team server (add users with server add-user); nothing was pushed.</source>
        <extracomment>%1 lists logins; the count says whether it is one or several.</extracomment>
        <translation>
            <numerusform>%1 is not a user of this team server (add users with server add-user); nothing was pushed.</numerusform>
            <numerusform>%1 are not a user of this team server (add users with server add-user); nothing was pushed.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>accord::gui::AgendaModel</name>
    <message numerus="yes">
        <location filename="../src/gui/models/AgendaModel.cpp" line="+40"/>
        <source>No next step (%n)</source>
        <translation>
            <numerusform>No next step (%n)</numerusform>
            <numerusform>No next step (%n)</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>accord::gui::BoardView</name>
    <message numerus="yes">
        <location filename="../src/gui/views/BoardView.cpp" line="+145"/>
        <source>(%n unconverted: no exchange rate)</source>
        <translation>
            <numerusform>(%n unconverted: no exchange rate)</numerusform>
            <numerusform>(%n unconverted: no exchange rate)</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>accord::gui::CardDelegate</name>
    <message numerus="yes">
        <location filename="../src/gui/delegates/CardDelegate.cpp" line="+97"/>
        <source>%n d in stage</source>
        <translation>
            <numerusform>%n d in stage</numerusform>
            <numerusform>%n d in stage</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+3"/>
        <source>%n d since meeting</source>
        <translation>
            <numerusform>%n d since meeting</numerusform>
            <numerusform>%n d since meeting</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>accord::gui::DueNotifier</name>
    <message numerus="yes">
        <location filename="../src/gui/DueNotifier.cpp" line="+57"/>
        <source>%n activities are due now</source>
        <translation>
            <numerusform>%n activities are due now</numerusform>
            <numerusform>%n activities are due now</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>accord::gui::ExportActions</name>
    <message numerus="yes">
        <location filename="../src/gui/ExportActions.cpp" line="+207"/>
        <source>Export %n summaries as:</source>
        <translation>
            <numerusform>Export %n summaries as:</numerusform>
            <numerusform>Export %n summaries as:</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+164"/>
        <source>Restored %n prospect(s) into %1. Open it now?</source>
        <translation>
            <numerusform>Restored %n prospect into %1. Open it now?</numerusform>
            <numerusform>Restored %n prospects into %1. Open it now?</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+11"/>
        <source>Imported %n prospect(s).</source>
        <translation>
            <numerusform>Imported %n prospect.</numerusform>
            <numerusform>Imported %n prospects.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>accord::gui::ForecastPanel</name>
    <message numerus="yes">
        <location filename="../src/gui/review/ForecastPanel.cpp" line="+238"/>
        <source>%n day(s)</source>
        <translation>
            <numerusform>%n day</numerusform>
            <numerusform>%n days</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>accord::gui::ImportValueTable</name>
    <message numerus="yes">
        <location filename="../src/gui/dialogs/ImportValueTable.cpp" line="+115"/>
        <source>%n row(s) in %1</source>
        <translation>
            <numerusform>%n row in %1</numerusform>
            <numerusform>%n rows in %1</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+131"/>
        <source>%n different value(s) in %1.</source>
        <translation>
            <numerusform>%n different value in %1.</numerusform>
            <numerusform>%n different values in %1.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+5"/>
        <source>%n not recognised: the rows with them start in stage 1 (%1) and the dry run lists them as warnings.</source>
        <translation>
            <numerusform>%n not recognised: the rows with them start in stage 1 (%1) and the dry run lists them as warnings.</numerusform>
            <numerusform>%n not recognised: the rows with them start in stage 1 (%1) and the dry run lists them as warnings.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>accord::gui::ProspectActions</name>
    <message numerus="yes">
        <location filename="../src/gui/ProspectActions.cpp" line="+187"/>
        <source>Delete %n prospects</source>
        <translation>
            <numerusform>Delete %n prospects</numerusform>
            <numerusform>Delete %n prospects</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>accord::gui::ProspectListModel</name>
    <message numerus="yes">
        <location filename="../src/gui/models/ProspectListModel.cpp" line="+173"/>
        <source>, stalled: %n days since the last meeting</source>
        <translation>
            <numerusform>, stalled: %n days since the last meeting</numerusform>
            <numerusform>, stalled: %n days since the last meeting</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+1"/>
        <source>, stalled: no meeting in %n days in this stage</source>
        <translation>
            <numerusform>, stalled: no meeting in %n days in this stage</numerusform>
            <numerusform>, stalled: no meeting in %n days in this stage</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>accord::gui::ReviewPage</name>
    <message numerus="yes">
        <location filename="../src/gui/review/ReviewText.cpp" line="+31"/>
        <source>%1 · %2 (%n unconverted: no exchange rate)</source>
        <translation>
            <numerusform>%1 · %2 (%n unconverted: no exchange rate)</numerusform>
            <numerusform>%1 · %2 (%n unconverted: no exchange rate)</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>accord::gui::SearchResultModel</name>
    <message numerus="yes">
        <location filename="../src/gui/models/SearchResultModel.cpp" line="+141"/>
        <source>Prospects (%n)</source>
        <translation>
            <numerusform>Prospects (%n)</numerusform>
            <numerusform>Prospects (%n)</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+2"/>
        <source>Contacts (%n)</source>
        <translation>
            <numerusform>Contacts (%n)</numerusform>
            <numerusform>Contacts (%n)</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+2"/>
        <source>Meetings (%n)</source>
        <translation>
            <numerusform>Meetings (%n)</numerusform>
            <numerusform>Meetings (%n)</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>accord::gui::TrashPage</name>
    <message numerus="yes">
        <location filename="../src/gui/views/TrashPage.cpp" line="+50"/>
        <source>Restore %n prospects</source>
        <translation>
            <numerusform>Restore %n prospects</numerusform>
            <numerusform>Restore %n prospects</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+15"/>
        <source>Delete %n prospect(s) and everything recorded about them? This cannot be undone.</source>
        <translation>
            <numerusform>Delete %n prospect and everything recorded about them? This cannot be undone.</numerusform>
            <numerusform>Delete %n prospects and everything recorded about them? This cannot be undone.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>accord::summary</name>
    <message numerus="yes">
        <location filename="../src/core/io/SummaryModel.cpp" line="+170"/>
        <source>%1 · %n day(s) in stage · %2</source>
        <translation>
            <numerusform>%1 · %n day in stage · %2</numerusform>
            <numerusform>%1 · %n days in stage · %2</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+158"/>
        <source>%n minute(s)</source>
        <translation>
            <numerusform>%n minute</numerusform>
            <numerusform>%n minutes</numerusform>
        </translation>
    </message>
</context>
</TS>
