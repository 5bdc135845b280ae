#include "DialogParts.h"

#include <QDialog>
#include <QDialogButtonBox>
#include <QLabel>

namespace accord::gui {

QLabel* errorLabel(QWidget* parent)
{
    auto* l = new QLabel(parent);
    l->setObjectName(QStringLiteral("errorLabel"));
    l->setTextFormat(Qt::PlainText); // messages quote what was typed
    l->setWordWrap(true);
    l->setStyleSheet(QStringLiteral("color: #b3261e; font-weight: 600;"));
    l->hide();
    return l;
}

QDialogButtonBox* okCancel(QDialog* dialog)
{
    auto* b = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, dialog);
    QObject::connect(b, &QDialogButtonBox::accepted, dialog, &QDialog::accept);
    QObject::connect(b, &QDialogButtonBox::rejected, dialog, &QDialog::reject);
    return b;
}

} // namespace accord::gui
