#include "WorkspaceSection.h"

#include "WorkspaceWidgets.h"

#include <QComboBox>
#include <QDateEdit>
#include <QGridLayout>
#include <QHBoxLayout>
#include <QLineEdit>
#include <QPushButton>
#include <QSplitter>
#include <QTableView>
#include <QVBoxLayout>

namespace accord::gui {

WorkspaceSection::WorkspaceSection(const QString& title, QAbstractItemModel* model,
                                   const QString& tableName, QWidget* parent)
    : QGroupBox(title, parent)
{
    m_form = new QGridLayout;
    m_table = makeWorkspaceTable(model, tableName, this);
    m_buttons = new QHBoxLayout;
    m_buttons->addStretch();
    m_layout = new QVBoxLayout(this);
    m_layout->addLayout(m_form);
    m_layout->addWidget(m_table, 1);
    m_layout->addLayout(m_buttons);
}

int WorkspaceSection::currentRow() const
{
    return m_table->currentIndex().row();
}

QLineEdit* WorkspaceSection::addLineEdit(const QString& name, const QString& placeholder, Cell cell)
{
    auto* edit = new QLineEdit(this);
    edit->setObjectName(name);
    edit->setPlaceholderText(placeholder);
    place(edit, cell);
    return edit;
}

QComboBox* WorkspaceSection::addComboBox(const QString& name, Cell cell)
{
    auto* combo = new QComboBox(this);
    combo->setObjectName(name);
    place(combo, cell);
    return combo;
}

QComboBox* WorkspaceSection::addEditableComboBox(const QString& name, const QString& placeholder,
                                                 const QStringList& choices, Cell cell)
{
    QComboBox* combo = addComboBox(name, cell);
    combo->setEditable(true);
    combo->addItems(choices);
    combo->setInsertPolicy(QComboBox::NoInsert);
    combo->lineEdit()->setPlaceholderText(placeholder);
    combo->setCurrentIndex(-1);
    return combo;
}

QDateEdit* WorkspaceSection::addDateEdit(const QString& name, Cell cell)
{
    auto* edit = new QDateEdit(this);
    edit->setObjectName(name);
    edit->setCalendarPopup(true);
    place(edit, cell);
    return edit;
}

QPushButton* WorkspaceSection::addSubmitButton(const QString& text, const QString& name, Cell cell,
                                               QLineEdit* returnField, std::function<void()> submit)
{
    auto* button = new QPushButton(text, this);
    button->setObjectName(name);
    place(button, cell);
    connect(button, &QPushButton::clicked, this, submit);
    if (returnField)
        connect(returnField, &QLineEdit::returnPressed, this, std::move(submit));
    return button;
}

void WorkspaceSection::setFormStretch(std::initializer_list<int> stretches)
{
    int column = 0;
    for (int stretch : stretches)
        m_form->setColumnStretch(column++, stretch);
}

void WorkspaceSection::setColumnWidths(std::initializer_list<std::pair<int, int>> widths)
{
    for (const auto& [column, width] : widths)
        m_table->setColumnWidth(column, width);
}

void WorkspaceSection::addSidePane(QWidget* pane, int tableStretch, int paneStretch)
{
    if (!m_split) {
        m_split = new QSplitter(Qt::Horizontal, this);
        m_layout->replaceWidget(m_table, m_split);
        m_split->addWidget(m_table);
        m_split->setStretchFactor(0, tableStretch);
    }
    m_split->addWidget(pane);
    m_split->setStretchFactor(m_split->count() - 1, paneStretch);
    m_pane = pane;
    orderFocus();
}

QPushButton* WorkspaceSection::addRowButton(const QString& text, const QString& name,
                                            RowAction action)
{
    auto* button = new QPushButton(text, this);
    button->setObjectName(name);
    // Remove stays the last button of the row.
    m_buttons->insertWidget(m_remove ? m_buttons->count() - 1 : m_buttons->count(), button);
    m_rowButtons.insert(m_remove ? m_rowButtons.end() - 1 : m_rowButtons.end(), button);
    connect(button, &QPushButton::clicked, this,
            [this, action = std::move(action)] { action(currentRow()); });
    orderFocus();
    return button;
}

QPushButton* WorkspaceSection::addRemoveButton(const QString& name, RowAction remove)
{
    m_remove = addRowButton(tr("Remove"), name, std::move(remove));
    return m_remove;
}

void WorkspaceSection::place(QWidget* field, Cell cell)
{
    m_form->addWidget(field, cell.row, cell.column, 1, cell.columnSpan);
    m_fields.push_back(field);
    orderFocus();
}

void WorkspaceSection::orderFocus()
{
    // The keyboard goes through the form, the table (and the pane beside it),
    // then the buttons under it, whatever order they were added in.
    std::vector<QWidget*> chain = m_fields;
    chain.push_back(m_table);
    if (m_pane)
        chain.push_back(m_pane);
    chain.insert(chain.end(), m_rowButtons.begin(), m_rowButtons.end());
    for (std::size_t i = 1; i < chain.size(); ++i)
        setTabOrder(chain[i - 1], chain[i]);
}

} // namespace accord::gui
