#pragma once

// Edits cells whose model offers a list of values (ChoicesRole) with a combo
// box, writing the chosen index as EditRole; other cells edit as usual.

#include <QStyledItemDelegate>

namespace accord::gui {

class ChoiceDelegate : public QStyledItemDelegate
{
    Q_OBJECT
public:
    using QStyledItemDelegate::QStyledItemDelegate;
    QWidget* createEditor(QWidget* parent, const QStyleOptionViewItem& option,
                          const QModelIndex& index) const override;
    void setEditorData(QWidget* editor, const QModelIndex& index) const override;
    void setModelData(QWidget* editor, QAbstractItemModel* model,
                      const QModelIndex& index) const override;
};

} // namespace accord::gui
