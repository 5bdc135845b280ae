#include "ImportValueTable.h"
#include "Theme.h"

#include "views/TextLabel.h"

#include <QComboBox>
#include <QGridLayout>
#include <QLabel>
#include <QLocale>
#include <QScrollArea>
#include <QVBoxLayout>

#include <algorithm>

namespace accord::gui {

namespace {

constexpr int kMaxValues = 100; // a wrongly mapped column (names, say) lists only this many
constexpr int kNoStatus = -1;   // status combo data for "no status"
constexpr int kNoStage = 0;     // stage combo data for "no stage"

enum GridColumn { ValueColumn, FoundColumn, StageColumn, StatusColumn, NoteColumn };

struct Found
{
    QString key;
    QString text;
    int rows = 0;
    QStringList columns;
};

} // namespace

ImportValueTable::ImportValueTable(QWidget* parent) : QWidget(parent)
{
    setObjectName(QStringLiteral("importValueTable"));
    m_summary = new QLabel(this);
    m_summary->setObjectName(QStringLiteral("importValuesSummary"));
    m_summary->setWordWrap(true);
    m_summary->setTextFormat(Qt::PlainText);
    m_scroll = new QScrollArea(this);
    m_scroll->setObjectName(QStringLiteral("importValuesScroll"));
    m_scroll->setWidgetResizable(true);
    m_scroll->setFrameShape(QFrame::NoFrame);
    m_scroll->setWidget(new QWidget);
    auto* layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(m_summary);
    layout->addWidget(m_scroll, 1);
}

void ImportValueTable::forgetChoices()
{
    m_choices.clear();
}

void ImportValueTable::setSource(const core::CsvTable& table, const core::ColumnMapping& mapping)
{
    // The distinct values, stage column first, each in the order the file has them.
    std::vector<Found> found;
    std::map<QString, std::size_t> at;
    m_columns.clear();
    for (core::ImportField field : {core::ImportField::Stage, core::ImportField::Status}) {
        const QString header = mapping.headerFor(field);
        const int column = header.isEmpty() ? -1 : table.columnOf(header);
        if (column < 0)
            continue;
        m_columns << table.header.at(column);
        for (const QStringList& row : table.rows) {
            const QString text = row.value(column).trimmed();
            if (text.isEmpty())
                continue;
            const QString key = core::ValueMap::normalise(text);
            auto it = at.find(key);
            if (it == at.end()) {
                it = at.emplace(key, found.size()).first;
                found.push_back(Found{key, text.simplified(), 0, {}});
            }
            Found& f = found[it->second];
            ++f.rows;
            if (!f.columns.contains(table.header.at(column)))
                f.columns << table.header.at(column);
        }
    }
    m_skipped = std::max<qsizetype>(0, static_cast<qsizetype>(found.size()) - kMaxValues);
    if (m_skipped > 0)
        found.resize(kMaxValues);

    // A new grid each time: the old one goes with its combos.
    m_rows.clear();
    auto* inner = new QWidget;
    inner->setObjectName(QStringLiteral("importValuesGrid"));
    auto* grid = new QGridLayout(inner);
    grid->setHorizontalSpacing(12);
    grid->addWidget(headingLabel(tr("Value in the file"), inner), 0, ValueColumn);
    grid->addWidget(headingLabel(tr("Found in"), inner), 0, FoundColumn);
    grid->addWidget(headingLabel(tr("Accord stage"), inner), 0, StageColumn);
    grid->addWidget(headingLabel(tr("Accord status"), inner), 0, StatusColumn);
    m_rows.reserve(found.size());
    for (std::size_t i = 0; i < found.size(); ++i) {
        const Found& f = found[i];
        const int line = static_cast<int>(i) + 1;
        Row row;
        row.key = f.key;
        row.text = f.text;

        auto* value = new QLabel(inner);
        value->setTextFormat(Qt::PlainText);
        value->setObjectName(QStringLiteral("importValue%1").arg(line));
        value->setText(value->fontMetrics().elidedText(f.text, Qt::ElideMiddle, 240));
        value->setToolTip(plainToolTip(f.text));
        value->setTextInteractionFlags(Qt::TextSelectableByMouse);
        auto* where = new QLabel(
            tr("%n row(s) in %1", nullptr, f.rows).arg(f.columns.join(QStringLiteral(", "))),
            inner);
        where->setTextFormat(Qt::PlainText);
        where->setForegroundRole(QPalette::PlaceholderText);

        row.stage = new QComboBox(inner);
        row.stage->setObjectName(QStringLiteral("importValueStage%1").arg(line));
        row.stage->addItem(tr("No stage"), kNoStage);
        for (core::Stage s : core::kAllStages)
            row.stage->addItem(s == core::Stage::Partnership
                                   ? core::stageName(s)
                                   : tr("%1 %2").arg(static_cast<int>(s)).arg(core::stageName(s)),
                               static_cast<int>(s));
        row.stage->setAccessibleName(tr("Accord stage for \"%1\"").arg(f.text));
        row.stage->setToolTip(
            tr("The stage in Accord of rows whose file says \"%1\". With no stage, the other "
               "column decides, or stage 1 (%2). With neither a stage nor a status the value is "
               "not recognised, and the dry run warns about its rows.")
                .arg(f.text, core::stageName(core::Stage::Informative)));
        value->setBuddy(row.stage);

        row.status = new QComboBox(inner);
        row.status->setObjectName(QStringLiteral("importValueStatus%1").arg(line));
        row.status->addItem(tr("No status"), kNoStatus);
        for (core::Status s :
             {core::Status::Active, core::Status::OnHold, core::Status::Won, core::Status::Lost})
            row.status->addItem(core::statusName(s), static_cast<int>(s));
        row.status->setAccessibleName(tr("Accord status for \"%1\"").arg(f.text));
        row.status->setToolTip(
            tr("The status in Accord of rows whose file says \"%1\" (Won also means "
               "Partnership). With no status, the other column decides, or active.")
                .arg(f.text));

        row.note = new QLabel(inner);
        row.note->setTextFormat(Qt::PlainText);
        row.note->setObjectName(QStringLiteral("importValueNote%1").arg(line));
        row.note->setWordWrap(true);

        grid->addWidget(value, line, ValueColumn);
        grid->addWidget(where, line, FoundColumn);
        grid->addWidget(row.stage, line, StageColumn);
        grid->addWidget(row.status, line, StatusColumn);
        grid->addWidget(row.note, line, NoteColumn);

        const auto chosen = m_choices.find(f.key);
        showMeaning(row, chosen != m_choices.end()
                             ? chosen->second
                             : m_defaults.find(f.text).value_or(core::ValueMeaning{}));
        updateNote(row);
        m_rows.push_back(row);
        for (QComboBox* combo : {row.stage, row.status})
            connect(combo, &QComboBox::currentIndexChanged, this, [this, i] {
                if (i < m_rows.size())
                    rowEdited(m_rows[i]);
            });
    }
    grid->setColumnStretch(NoteColumn, 1);
    grid->setRowStretch(static_cast<int>(found.size()) + 1, 1);
    m_scroll->setWidget(inner); // deletes the previous grid
    m_scroll->setVisible(!m_rows.empty());
    updateSummary();
}

core::ValueMeaning ImportValueTable::meaningOf(const Row& row)
{
    core::ValueMeaning meaning;
    const int stage = row.stage->currentData().toInt();
    if (stage != kNoStage)
        meaning.stage = static_cast<core::Stage>(stage);
    const int status = row.status->currentData().toInt();
    if (status != kNoStatus)
        meaning.status = static_cast<core::Status>(status);
    return meaning;
}

void ImportValueTable::showMeaning(const Row& row, const core::ValueMeaning& meaning)
{
    const QSignalBlocker blockStage(row.stage);
    const QSignalBlocker blockStatus(row.status);
    row.stage->setCurrentIndex(
        std::max(0, row.stage->findData(meaning.stage ? static_cast<int>(*meaning.stage) : 0)));
    row.status->setCurrentIndex(std::max(
        0, row.status->findData(meaning.status ? static_cast<int>(*meaning.status) : kNoStatus)));
}

void ImportValueTable::rowEdited(const Row& row)
{
    m_choices[row.key] = meaningOf(row);
    updateNote(row);
    updateSummary();
    emit changed();
}

void ImportValueTable::updateNote(const Row& row)
{
    const core::ValueMeaning meaning = meaningOf(row);
    if (!meaning.stage && !meaning.status) {
        row.note->setText(tr("Not recognised — will go to stage 1"));
        row.note->setToolTip(tr("Rows with this value start in stage 1 (%1), and the dry run "
                                "lists each of them as a warning. Choose a stage or a status "
                                "to recognise it.")
                                 .arg(core::stageName(core::Stage::Informative)));
        row.note->setStyleSheet(
            QStringLiteral("color: %1; font-weight: bold;")
                .arg(theme::text(theme::Tone::Warning, row.note->palette()).name()));
        return;
    }
    const auto standard = m_defaults.find(row.text);
    const bool edited =
        !standard || standard->stage != meaning.stage || standard->status != meaning.status;
    row.note->setText(edited ? tr("Your choice") : QString());
    row.note->setToolTip(edited ? tr("Changed from Accord's built-in table for this import.")
                                : QString());
    row.note->setStyleSheet(QString());
    row.note->setForegroundRole(QPalette::PlaceholderText);
}

void ImportValueTable::updateSummary()
{
    if (m_rows.empty()) {
        m_summary->setText(
            m_columns.isEmpty()
                ? tr("No column is mapped to the stage or the status: every prospect starts in "
                     "stage 1 (%1), active.")
                      .arg(core::stageName(core::Stage::Informative))
                : tr("The stage and status columns are empty: every prospect starts in stage 1 "
                     "(%1), active.")
                      .arg(core::stageName(core::Stage::Informative)));
        return;
    }
    const int total = static_cast<int>(m_rows.size() + static_cast<std::size_t>(m_skipped));
    QString text = tr("%n different value(s) in %1.", nullptr, total)
                       .arg(m_columns.join(QStringLiteral(", ")));
    const int unknown = unrecognisedCount();
    text += QLatin1Char(' ');
    text += unknown == 0 ? tr("Accord recognises all of them.")
                         : tr("%n not recognised: the rows with them start in stage 1 (%1) and "
                              "the dry run lists them as warnings.",
                              nullptr, unknown)
                               .arg(core::stageName(core::Stage::Informative));
    if (m_skipped > 0)
        text += QLatin1Char(' ') + tr("Only the first %1 are listed; the others keep Accord's "
                                      "built-in meaning.")
                                       .arg(QLocale().toString(kMaxValues));
    m_summary->setText(text);
}

core::ValueMap ImportValueTable::valueMap() const
{
    core::ValueMap map = m_defaults;
    for (const Row& row : m_rows) {
        const core::ValueMeaning meaning = meaningOf(row);
        if (!meaning.stage && !meaning.status)
            map.entries.erase(row.key);
        else
            map.entries[row.key] = meaning;
    }
    return map;
}

QStringList ImportValueTable::values() const
{
    QStringList out;
    for (const Row& row : m_rows)
        out << row.text;
    return out;
}

const ImportValueTable::Row* ImportValueTable::rowOf(const QString& value) const
{
    const QString key = core::ValueMap::normalise(value);
    const auto it =
        std::find_if(m_rows.begin(), m_rows.end(), [&key](const Row& r) { return r.key == key; });
    return it == m_rows.end() ? nullptr : &*it;
}

QComboBox* ImportValueTable::stageCombo(const QString& value) const
{
    const Row* row = rowOf(value);
    return row ? row->stage : nullptr;
}

QComboBox* ImportValueTable::statusCombo(const QString& value) const
{
    const Row* row = rowOf(value);
    return row ? row->status : nullptr;
}

bool ImportValueTable::isUnrecognised(const QString& value) const
{
    const Row* row = rowOf(value);
    if (!row)
        return false;
    const core::ValueMeaning meaning = meaningOf(*row);
    return !meaning.stage && !meaning.status;
}

int ImportValueTable::unrecognisedCount() const
{
    return static_cast<int>(std::count_if(m_rows.begin(), m_rows.end(), [](const Row& r) {
        const core::ValueMeaning meaning = meaningOf(r);
        return !meaning.stage && !meaning.status;
    }));
}

QString ImportValueTable::summaryText() const
{
    return m_summary->text();
}

} // namespace accord::gui
