#pragma once

// Small pieces the three workspace tabs share: a text box that saves when you
// leave it, a consistently set-up table, an error line that shows why an edit
// was refused, and the stage's exit criteria with their state and reason.

#include "core/Gate.h"

#include <QGroupBox>
#include <QLabel>
#include <QPlainTextEdit>

class QAbstractItemModel;
class QListWidget;
class QListWidgetItem;
class QTableView;

namespace accord::gui {

class Session;

/// A multi-line field that emits committed() when it loses focus.
class CommitTextEdit : public QPlainTextEdit
{
    Q_OBJECT
public:
    explicit CommitTextEdit(QWidget* parent = nullptr);
    /// Sets the text unless the user is typing in it.
    void setTextIfIdle(const QString& text);

signals:
    void committed();

protected:
    void focusOutEvent(QFocusEvent* event) override;
};

/// A table for a workspace model: whole-row selection, combo boxes for choice
/// cells, edit on double click / F2 / typing.
QTableView* makeWorkspaceTable(QAbstractItemModel* model, const QString& objectName,
                               QWidget* parent);

/// A red line that shows the session's last refused edit, or what could not be
/// read, while its tab is on screen.
class ErrorLine : public QLabel
{
    Q_OBJECT
public:
    ErrorLine(Session& session, QWidget* parent);
};

/// The stage's exit criteria for one prospect: met or not and why; criteria
/// checked by hand can be ticked here (one undoable edit each).
class GatePanel : public QGroupBox
{
    Q_OBJECT
public:
    GatePanel(Session& session, core::Stage stage, QWidget* parent = nullptr);
    void setProspect(core::Id id);
    QListWidget* list() const { return m_list; }

private:
    void reload();
    void toggled(QListWidgetItem* item);

    Session& m_session;
    core::Stage m_stage;
    core::Id m_id = core::kNoId;
    QListWidget* m_list;
    bool m_loading = false;
};

} // namespace accord::gui
