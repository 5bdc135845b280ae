#include "ChoiceDelegate.h"

#include "models/WorkspaceModelBase.h"

#include <QComboBox>
#include <QDateEdit>
#include <QDoubleSpinBox>

#include <limits>

namespace accord::gui {

QWidget* ChoiceDelegate::createEditor(QWidget* parent, const QStyleOptionViewItem& option,
                                      const QModelIndex& index) const
{
    const QStringList choices = index.data(ChoicesRole).toStringList();
    if (!choices.isEmpty()) {
        auto* combo = new QComboBox(parent);
        combo->setObjectName(QStringLiteral("choiceEditor"));
        combo->addItems(choices);
        // Commit as soon as a value is picked, like a spreadsheet's list cell.
        connect(combo, &QComboBox::activated, this, [this, combo] {
            auto* self = const_cast<ChoiceDelegate*>(this);
            emit self->commitData(combo);
            emit self->closeEditor(combo);
        });
        return combo;
    }
    const QVariant value = index.data(Qt::EditRole);
    if (value.typeId() == QMetaType::Double) {
        auto* spin = new QDoubleSpinBox(parent);
        spin->setRange(-std::numeric_limits<double>::max(), std::numeric_limits<double>::max());
        spin->setDecimals(4);
        spin->setFrame(false);
        return spin;
    }
    QWidget* editor = QStyledItemDelegate::createEditor(parent, option, index);
    if (auto* date = qobject_cast<QDateEdit*>(editor))
        date->setCalendarPopup(true);
    return editor;
}

void ChoiceDelegate::setEditorData(QWidget* editor, const QModelIndex& index) const
{
    if (auto* combo = qobject_cast<QComboBox*>(editor);
        combo && !index.data(ChoicesRole).toStringList().isEmpty()) {
        combo->setCurrentIndex(index.data(Qt::EditRole).toInt());
        return;
    }
    QStyledItemDelegate::setEditorData(editor, index);
}

void ChoiceDelegate::setModelData(QWidget* editor, QAbstractItemModel* model,
                                  const QModelIndex& index) const
{
    if (auto* combo = qobject_cast<QComboBox*>(editor);
        combo && !index.data(ChoicesRole).toStringList().isEmpty()) {
        model->setData(index, combo->currentIndex(), Qt::EditRole);
        return;
    }
    QStyledItemDelegate::setModelData(editor, model, index);
}

} // namespace accord::gui
