#include "SqliteSettingsRepository.h"

namespace accord::storage {

QString SqliteSettingsRepository::value(const QString& key, const QString& fallback)
{
    Statement st = m_db.prepare("SELECT value FROM setting WHERE key = ?1");
    st.bind(1, key);
    return st.step() ? st.text(0) : fallback;
}

void SqliteSettingsRepository::setValue(const QString& key, const QString& value)
{
    Statement st = m_db.prepare("INSERT INTO setting(key, value) VALUES (?1, ?2) "
                                "ON CONFLICT(key) DO UPDATE SET value = excluded.value");
    st.bind(1, key).bind(2, value);
    st.run();
}

void SqliteSettingsRepository::setValues(const std::map<QString, QString>& values)
{
    Transaction tx(m_db);
    for (const auto& [key, value] : values)
        setValue(key, value);
    tx.commit();
}

std::map<QString, QString> SqliteSettingsRepository::all()
{
    // The pipeline id belongs to this file alone: it never travels into a JSON
    // backup, so a restored pipeline gets an id of its own.
    Statement st = m_db.prepare("SELECT key, value FROM setting WHERE key <> 'pipeline/id'");
    std::map<QString, QString> out;
    while (st.step())
        out[st.text(0)] = st.text(1);
    return out;
}

void SqliteSettingsRepository::transaction(const std::function<void()>& work)
{
    Transaction tx(m_db);
    work();
    tx.commit();
}

} // namespace accord::storage
