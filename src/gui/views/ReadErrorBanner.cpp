#include "ReadErrorBanner.h"
#include "Theme.h"

#include "Session.h"

namespace accord::gui {

ReadErrorBanner::ReadErrorBanner(Session& session, QWidget* parent) : QLabel(parent)
{
    setObjectName(QStringLiteral("readErrorBanner"));
    setTextFormat(Qt::PlainText); // the reason may quote what is stored
    setWordWrap(true);
    setMargin(8);
    theme::toneBanner(this, theme::Tone::Error);
    hide();
    connect(&session, &Session::readFailed, this, [this](const QString& message) {
        setText(message);
        show();
    });
    connect(&session, &Session::readsSucceeded, this, &QWidget::hide);
}

} // namespace accord::gui
