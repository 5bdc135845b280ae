#include "ReadError.h"

#include "Log.h"
#include "Session.h"

#include <exception>

namespace accord::gui {

bool tryRead(Session& session, const QString& sentence, const std::function<void()>& read)
{
    try {
        read();
        return true;
    } catch (const std::exception& e) {
        const QString message = sentence.arg(QString::fromUtf8(e.what()));
        qCWarning(lcGui).noquote() << message;
        session.reportReadFailure(message);
        return false;
    }
}

} // namespace accord::gui
