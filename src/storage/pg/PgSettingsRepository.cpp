#include "PgSettingsRepository.h"

// Not yet on the team server: every call refuses with one sentence.

namespace accord::storage::pg {

namespace {
core::StoreError pending()
{
    return core::StoreError(QStringLiteral("This is not available on a team server yet."));
}
} // namespace

QString PgSettingsRepository::value(const QString&, const QString&)
{
    throw pending();
}

void PgSettingsRepository::setValue(const QString&, const QString&)
{
    throw pending();
}

void PgSettingsRepository::setValues(const std::map<QString, QString>&)
{
    throw pending();
}

std::map<QString, QString> PgSettingsRepository::all()
{
    throw pending();
}

void PgSettingsRepository::transaction(const std::function<void()>&)
{
    throw pending();
}

} // namespace accord::storage::pg
