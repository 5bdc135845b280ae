#include "TestSupport.h"

#include <QTimeZone>

QT_BEGIN_NAMESPACE
std::ostream& operator<<(std::ostream& os, const QString& s)
{
    return os << '"' << s.toStdString() << '"';
}
std::ostream& operator<<(std::ostream& os, const QDate& d)
{
    return os << d.toString(Qt::ISODate).toStdString();
}
std::ostream& operator<<(std::ostream& os, const QDateTime& t)
{
    return os << t.toString(Qt::ISODateWithMs).toStdString();
}
QT_END_NAMESPACE

namespace accord::test {

QDateTime referenceNow()
{
    return QDateTime(QDate(2026, 6, 15), QTime(12, 0), QTimeZone::utc());
}

TempDir::TempDir()
{
    REQUIRE(m_dir.isValid());
}

QString TempDir::path(const QString& name) const
{
    return m_dir.filePath(name);
}

} // namespace accord::test
