#pragma once

// The Settings page for the stages' exit criteria: add, rename (edit in the
// table), change the rule, reorder, remove, restore defaults. Each change is
// applied at once as one undoable edit, shared by everyone using the file.

#include <QWidget>

class QComboBox;
class QLineEdit;
class QTableView;

namespace accord::gui {

class Session;
class GateCriteriaModel;

class GateCriteriaPage : public QWidget
{
    Q_OBJECT
public:
    explicit GateCriteriaPage(Session& session, QWidget* parent = nullptr);

    void addCriterion();
    void removeSelected();
    void moveSelected(int delta);
    void restoreDefaults();

private:
    Session& m_session;
    GateCriteriaModel* m_model;
    QComboBox* m_stage;
    QTableView* m_view;
    QLineEdit* m_label;
    QComboBox* m_rule;
};

} // namespace accord::gui
