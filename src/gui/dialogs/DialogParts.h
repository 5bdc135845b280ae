#pragma once

// Small pieces every short form uses alike: the red error line under a form
// and the OK / Cancel row.

#include <QDialogButtonBox>

class QDialog;
class QLabel;

namespace accord::gui {

/// A hidden, word-wrapping, plain-text error line ("errorLabel").
QLabel* errorLabel(QWidget* parent);

/// OK and Cancel, wired to the dialog's accept() and reject().
QDialogButtonBox* okCancel(QDialog* dialog);

} // namespace accord::gui
