#pragma once

#include "Pg.h"
#include "core/Store.h"

namespace accord::storage::pg {

/// Pipeline-wide key/value settings stored on the server.
class PgSettingsRepository final : public core::SettingsRepository
{
public:
    explicit PgSettingsRepository(Connection& db) : m_db(db) {}

    QString value(const QString& key, const QString& fallback = {}) override;
    void setValue(const QString& key, const QString& value) override;
    void setValues(const std::map<QString, QString>& values) override;
    std::map<QString, QString> all() override;
    void transaction(const std::function<void()>& work) override;

private:
    Connection& m_db;
};

} // namespace accord::storage::pg
