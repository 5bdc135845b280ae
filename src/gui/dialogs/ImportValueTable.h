#pragma once

// The import wizard's value step: every distinct value of the file's stage and
// status columns, each with what it means in Accord — a stage, a status, or
// neither. A value with neither is not recognised: its rows start in stage 1
// and the dry run warns about them, as the import report says. Filled from
// ValueMap::defaults(); the user's choices last while the wizard is open and
// become the ValueMap of the dry run and of the import.

#include "core/io/CrmImport.h"

#include <QWidget>

#include <map>
#include <vector>

class QComboBox;
class QLabel;
class QScrollArea;

namespace accord::gui {

class ImportValueTable : public QWidget
{
    Q_OBJECT
public:
    explicit ImportValueTable(QWidget* parent = nullptr);

    /// Lists the values found in the columns `mapping` gives to stage and status.
    void setSource(const core::CsvTable& table, const core::ColumnMapping& mapping);
    /// Forgets the user's choices (another file was loaded).
    void forgetChoices();
    /// Accord's defaults with the listed values as the table shows them now.
    core::ValueMap valueMap() const;

    /// The listed values, spelled as the file first spells them.
    QStringList values() const;
    /// The combos of a listed value (compared as ValueMap compares); nullptr when not listed.
    QComboBox* stageCombo(const QString& value) const;
    QComboBox* statusCombo(const QString& value) const;
    /// True when `value` is listed and means neither a stage nor a status.
    bool isUnrecognised(const QString& value) const;
    int unrecognisedCount() const;
    QString summaryText() const;

signals:
    void changed();

private:
    struct Row
    {
        QString key;  // ValueMap::normalise(text)
        QString text; // as the file spells it
        QComboBox* stage = nullptr;
        QComboBox* status = nullptr;
        QLabel* note = nullptr;
    };
    const Row* rowOf(const QString& value) const;
    static core::ValueMeaning meaningOf(const Row& row);
    void showMeaning(const Row& row, const core::ValueMeaning& meaning);
    void rowEdited(const Row& row);
    void updateNote(const Row& row);
    void updateSummary();

    const core::ValueMap m_defaults = core::ValueMap::defaults();
    QLabel* m_summary = nullptr;
    QScrollArea* m_scroll = nullptr;
    std::vector<Row> m_rows;
    QStringList m_columns;                           // the headers the values come from
    qsizetype m_skipped = 0;                         // values beyond the listed ones
    std::map<QString, core::ValueMeaning> m_choices; // normalised value → the user's meaning
};

} // namespace accord::gui
