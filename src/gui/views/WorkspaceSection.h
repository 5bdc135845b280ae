#pragma once

// One block of a workspace tab: a titled box with a quick-add form, the table
// of what was added, and a row of buttons ending with Remove. It knows nothing
// of the records it lists: it takes any model, the form's fields and callbacks.

#include <QGroupBox>

#include <functional>
#include <initializer_list>
#include <utility>
#include <vector>

class QAbstractItemModel;
class QComboBox;
class QDateEdit;
class QGridLayout;
class QHBoxLayout;
class QLineEdit;
class QPushButton;
class QSplitter;
class QTableView;
class QVBoxLayout;

namespace accord::gui {

class WorkspaceSection : public QGroupBox
{
    Q_OBJECT
public:
    /// Where a form field sits in the form's grid.
    struct Cell
    {
        int row = 0;
        int column = 0;
        int columnSpan = 1;
    };
    /// Called with the table's current row (-1 when none is selected).
    using RowAction = std::function<void(int row)>;

    WorkspaceSection(const QString& title, QAbstractItemModel* model, const QString& tableName,
                     QWidget* parent);

    QTableView* table() const { return m_table; }
    /// The table's current row, -1 when none.
    int currentRow() const;

    /// Form fields, in the order the keyboard visits them.
    QLineEdit* addLineEdit(const QString& name, const QString& placeholder, Cell cell);
    QComboBox* addComboBox(const QString& name, Cell cell);
    /// A combo box the user can also type in, offering `choices`, empty at first.
    QComboBox* addEditableComboBox(const QString& name, const QString& placeholder,
                                   const QStringList& choices, Cell cell);
    QDateEdit* addDateEdit(const QString& name, Cell cell);
    /// The button that adds what the form holds; Return in `returnField` presses it too.
    QPushButton* addSubmitButton(const QString& text, const QString& name, Cell cell,
                                 QLineEdit* returnField, std::function<void()> submit);
    /// How the form's columns share the width, from the first column on.
    void setFormStretch(std::initializer_list<int> stretches);

    /// Column widths of the table: {column, pixels}.
    void setColumnWidths(std::initializer_list<std::pair<int, int>> widths);
    /// Puts `pane` beside the table, sharing the width by the two stretches.
    void addSidePane(QWidget* pane, int tableStretch, int paneStretch);

    /// A button under the table for the current row, left of Remove.
    QPushButton* addRowButton(const QString& text, const QString& name, RowAction action);
    /// The Remove button under the table.
    QPushButton* addRemoveButton(const QString& name, RowAction remove);
    /// The Remove button, removing the current row's item from `model`.
    template <typename Model> QPushButton* addRemoveButton(const QString& name, Model* model)
    {
        return addRemoveButton(name, [model](int row) { model->removeItem(row); });
    }

private:
    void place(QWidget* field, Cell cell);
    void orderFocus();

    QGridLayout* m_form;
    QTableView* m_table;
    QSplitter* m_split = nullptr;
    QVBoxLayout* m_layout;
    QHBoxLayout* m_buttons;
    std::vector<QWidget*> m_fields;     // the form, in keyboard order
    std::vector<QWidget*> m_rowButtons; // under the table, Remove last
    QWidget* m_pane = nullptr;
    QPushButton* m_remove = nullptr;
};

} // namespace accord::gui
