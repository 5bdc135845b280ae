#pragma once

// Asks for the reason a stage move needs: a gate override (unmet criteria
// listed with why) or a move backward. OK stays disabled until a reason is typed.

#include "core/Method.h"

#include <QDialog>

class QPlainTextEdit;
class QPushButton;

namespace accord::gui {

class GateDialog : public QDialog
{
    Q_OBJECT
public:
    GateDialog(const core::Prospect& prospect, core::Stage to, const core::MoveDecision& decision,
               QWidget* parent = nullptr);
    QString reason() const;
    core::Id prospectId() const { return m_id; }
    core::Stage target() const { return m_to; }

private:
    core::Id m_id;
    core::Stage m_to;
    QPlainTextEdit* m_reason = nullptr;
    QPushButton* m_ok = nullptr;
};

} // namespace accord::gui
