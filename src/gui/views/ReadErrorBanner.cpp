#include "ReadErrorBanner.h"

#include "Session.h"

namespace accord::gui {

ReadErrorBanner::ReadErrorBanner(Session& session, QWidget* parent) : QLabel(parent)
{
    setObjectName(QStringLiteral("readErrorBanner"));
    setTextFormat(Qt::PlainText); // the reason may quote what is stored
    setWordWrap(true);
    setMargin(8);
    setStyleSheet(QStringLiteral(
        "QLabel { background: #fde7e4; color: #8a1f11; border-bottom: 1px solid #e3a59b; }"));
    hide();
    connect(&session, &Session::readFailed, this, [this](const QString& message) {
        setText(message);
        show();
    });
    connect(&session, &Session::readsSucceeded, this, &QWidget::hide);
}

} // namespace accord::gui
