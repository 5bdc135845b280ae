#pragma once

#include "core/Store.h"

namespace accord::storage {

/// Pipeline-wide key/value settings, in either store (`Db`: the connection of
/// Sqlite.h or pg/Pg.h, StoreSql.h).
template <typename Db> class SettingsRepositoryOf final : public core::SettingsRepository
{
public:
    explicit SettingsRepositoryOf(Db& db) : m_db(db) {}

    QString value(const QString& key, const QString& fallback = {}) override;
    void setValue(const QString& key, const QString& value) override;
    void setValues(const std::map<QString, QString>& values) override;
    std::map<QString, QString> all() override;
    void transaction(const std::function<void()>& work) override;

private:
    void write(const QString& key, const QString& value);
    Db& m_db;
};

} // namespace accord::storage
