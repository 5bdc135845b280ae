#include "SettingsRepositoryOf.h"

#include "Sqlite.h"
#include "StoreSql.h"
#include "pg/Pg.h"

namespace accord::storage {

namespace {

// Settings are read, then written: one session at a time does so, so no one
// overwrites a value someone else saved meanwhile. A file's write transaction,
// taken up front, sees to it; the server takes a lock held until the
// transaction ends.
constexpr qint64 kSettingsLockKey = 0x4143524453455453; // "ACRDSETS"

template <typename Db> void lockSettings(Db& db)
{
    if constexpr (StoreSql<Db>::dialect.server) {
        auto st = db.prepare("SELECT pg_advisory_xact_lock(?1::bigint)");
        st.bind(1, kSettingsLockKey);
        st.step();
    }
}

} // namespace

template <typename Db>
QString SettingsRepositoryOf<Db>::value(const QString& key, const QString& fallback)
{
    auto st = m_db.prepare("SELECT value FROM setting WHERE key = ?1");
    st.bind(1, key);
    return st.step() ? st.text(0) : fallback;
}

template <typename Db>
void SettingsRepositoryOf<Db>::write(const QString& key, const QString& value)
{
    auto st = m_db.prepare("INSERT INTO setting(key, value) VALUES (?1, ?2) "
                           "ON CONFLICT(key) DO UPDATE SET value = excluded.value");
    st.bind(1, key).bind(2, value);
    st.run();
}

template <typename Db>
void SettingsRepositoryOf<Db>::setValue(const QString& key, const QString& value)
{
    transaction([&] { write(key, value); });
}

template <typename Db>
void SettingsRepositoryOf<Db>::setValues(const std::map<QString, QString>& values)
{
    transaction([&] {
        for (const auto& [key, value] : values)
            write(key, value);
    });
}

template <typename Db> std::map<QString, QString> SettingsRepositoryOf<Db>::all()
{
    // The pipeline id belongs to this store alone: it never travels into a JSON
    // backup, so a restored pipeline gets an id of its own.
    auto st = m_db.prepare("SELECT key, value FROM setting WHERE key <> 'pipeline/id'");
    std::map<QString, QString> out;
    while (st.step())
        out[st.text(0)] = st.text(1);
    return out;
}

template <typename Db> void SettingsRepositoryOf<Db>::transaction(const std::function<void()>& work)
{
    typename StoreSql<Db>::Transaction tx(m_db);
    lockSettings(m_db);
    work();
    tx.commit();
}

template class SettingsRepositoryOf<Connection>;
template class SettingsRepositoryOf<pg::Connection>;

} // namespace accord::storage
