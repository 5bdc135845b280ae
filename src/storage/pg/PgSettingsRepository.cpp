#include "PgSettingsRepository.h"

namespace accord::storage::pg {

namespace {

// Settings are read, then written: one session at a time does so (as a file's
// write transaction, taken up front, makes it), so no one overwrites a value
// someone else saved meanwhile. The lock is held until the transaction ends.
constexpr const char* kSettingsLock = "SELECT pg_advisory_xact_lock(?1::bigint)";
constexpr qint64 kSettingsLockKey = 0x4143524453455453; // "ACRDSETS"

void lockSettings(Connection& db)
{
    Statement st = db.prepare(kSettingsLock);
    st.bind(1, kSettingsLockKey);
    st.step();
}

} // namespace

QString PgSettingsRepository::value(const QString& key, const QString& fallback)
{
    Statement st = m_db.prepare("SELECT value FROM setting WHERE key = ?1");
    st.bind(1, key);
    return st.step() ? st.text(0) : fallback;
}

void PgSettingsRepository::setValue(const QString& key, const QString& value)
{
    Transaction tx(m_db);
    lockSettings(m_db);
    Statement st = m_db.prepare("INSERT INTO setting(key, value) VALUES (?1, ?2) "
                                "ON CONFLICT(key) DO UPDATE SET value = excluded.value");
    st.bind(1, key).bind(2, value);
    st.run();
    tx.commit();
}

void PgSettingsRepository::setValues(const std::map<QString, QString>& values)
{
    Transaction tx(m_db);
    for (const auto& [key, value] : values)
        setValue(key, value);
    tx.commit();
}

std::map<QString, QString> PgSettingsRepository::all()
{
    // The pipeline id belongs to this store alone: it never travels into a JSON
    // backup, so a restored pipeline gets an id of its own.
    Statement st = m_db.prepare("SELECT key, value FROM setting WHERE key <> 'pipeline/id'");
    std::map<QString, QString> out;
    while (st.step())
        out[st.text(0)] = st.text(1);
    return out;
}

void PgSettingsRepository::transaction(const std::function<void()>& work)
{
    Transaction tx(m_db);
    lockSettings(m_db);
    work();
    tx.commit();
}

} // namespace accord::storage::pg
