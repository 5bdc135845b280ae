#pragma once

// Settings → Reasons: the pipeline's list of won and lost reasons. Add one,
// rename one (its key stays, so the prospects carrying it follow), remove one
// (it is kept retired: the prospects that carry it still read its label).
// Saved with the other pipeline settings when the dialog is accepted.

#include "core/Reasons.h"

#include <QWidget>

#include <optional>

class QLabel;
class QTableWidget;

namespace accord::gui {

class ReasonsPage : public QWidget
{
    Q_OBJECT
public:
    ReasonsPage(const std::vector<core::Reason>& reasons, QWidget* parent = nullptr);

    /// Adds a row with `label` (a new reason) and selects it.
    void addReason(const QString& label);
    /// Removes the selected row's reason.
    void removeSelected();
    QTableWidget* table() const { return m_table; }
    /// The list as entered, retired reasons included; nullopt (the reason shown
    /// on the page) when it cannot be saved.
    std::optional<std::vector<core::Reason>> entered();

private:
    void addRow(const core::Reason& reason);

    std::vector<core::Reason> m_loaded;
    QTableWidget* m_table;
    QLabel* m_error;
};

} // namespace accord::gui
