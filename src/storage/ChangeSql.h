#pragma once

// Field patches as compare-and-set of the named columns only, in one write
// transaction (see core::Store::applyChanges), for both stores: templates over
// the connection and transaction types of Sqlite.h and pg/Pg.h. What differs
// between the two SQL dialects is in ChangeDialect.

#include "RecordSql.h"

#include "core/Clock.h"
#include "core/FieldPatch.h"

#include <map>

namespace accord::storage::changes {

using namespace accord::core;

/// What the two stores' SQL says differently.
struct ChangeDialect
{
    const char* same; // null-safe equality before a parameter: " IS " or " IS NOT DISTINCT FROM "
    const char* lock; // after the compare's SELECT: "" or " FOR UPDATE"
    const char* who;  // the column naming who last wrote a row, or nullptr
};

/// Rows the last statement changed.
template <typename Db, typename St> int changedRows(Db& db, const St& st)
{
    if constexpr (requires { db.changes(); })
        return db.changes();
    else
        return st.affected();
}

inline std::string quoted(const QString& column)
{
    return '"' + column.toStdString() + '"';
}

/// One row a patch touches: the table, how to find the row, and its fields.
struct Target
{
    std::string table;
    std::string where; // uses ?1 (and ?2)
    Id id = kNoId;
    QString lever;                                              // negotiation_lever rows
    std::vector<std::pair<QString, const FieldChange*>> fields; // column, change
};

inline std::vector<Target> targetsOf(const FieldPatch& p)
{
    if (p.kind != RecordKind::Negotiation) {
        Target t{tableOf(p.kind), " WHERE id = ?1", p.id, {}, {}};
        for (const FieldChange& f : p.fields)
            t.fields.emplace_back(f.key, &f);
        return {t};
    }
    Target main{"negotiation", " WHERE prospect_id = ?1", p.id, {}, {}};
    std::map<QString, Target> levers;
    for (const FieldChange& f : p.fields) {
        const qsizetype dot = f.key.indexOf(u'.');
        if (dot < 0) {
            main.fields.emplace_back(f.key, &f);
            continue;
        }
        const QString lever = f.key.left(dot);
        auto it = levers.find(lever);
        if (it == levers.end())
            it = levers
                     .emplace(lever, Target{"negotiation_lever",
                                            " WHERE prospect_id = ?1 AND lever = ?2",
                                            p.id,
                                            lever,
                                            {}})
                     .first;
        it->second.fields.emplace_back(f.key.mid(dot + 1), &f);
    }
    std::vector<Target> out{main};
    for (auto& [lever, t] : levers)
        out.push_back(std::move(t));
    return out;
}

template <typename St> void bindWhere(St& st, const Target& t)
{
    st.bind(1, t.id);
    if (!t.lever.isEmpty())
        st.bind(2, t.lever);
}

inline int firstFree(const Target& t)
{
    return t.lever.isEmpty() ? 2 : 3;
}

inline bool isStamp(const FieldPatch& p, const QString& key)
{
    return p.kind == RecordKind::Prospect && key == QLatin1String("updated_at");
}

// A worksheet nobody filled yet reads as the defaults: make its rows so they can be compared.
template <typename Db>
void ensureNegotiationRows(Db& db, const FieldPatch& p, const std::vector<Target>& targets)
{
    auto main =
        db.prepare("INSERT INTO negotiation(prospect_id) VALUES (?1) ON CONFLICT DO NOTHING");
    main.bind(1, p.id);
    main.run();
    auto lever = db.prepare("INSERT INTO negotiation_lever(prospect_id, lever, position) "
                            "VALUES (?1, ?2, ?3) ON CONFLICT DO NOTHING");
    for (const Target& t : targets) {
        if (t.lever.isEmpty())
            continue;
        const auto which = leverFromKey(t.lever);
        if (!which)
            throw StoreError(QStringLiteral("There is no lever %1.").arg(t.lever));
        lever.bind(1, p.id).bind(2, t.lever).bind(3, static_cast<int>(*which));
        lever.run();
    }
}

inline const FieldSpec& spec(RecordKind kind, const QString& key)
{
    const FieldSpec* s = findField(kind, key);
    if (!s)
        throw StoreError(
            QStringLiteral("There is no field %1 of a %2.").arg(key, recordKindName(kind)));
    return *s;
}

/// Throws ConflictError unless the row holds every `before` of the target's fields.
template <typename Db>
void compare(Db& db, const ChangeDialect& dialect, const FieldPatch& p, const Target& t)
{
    std::string sql = "SELECT 1";
    std::vector<const FieldChange*> compared;
    for (const auto& [column, change] : t.fields) {
        if (isStamp(p, change->key))
            continue;
        compared.push_back(change);
        sql += ", " + quoted(column) + dialect.same + "?" +
               std::to_string(firstFree(t) - 1 + static_cast<int>(compared.size()));
    }
    if (dialect.who)
        sql += std::string(", ") + dialect.who;
    auto st = db.prepare(sql + " FROM " + t.table + t.where + dialect.lock);
    bindWhere(st, t);
    for (std::size_t i = 0; i < compared.size(); ++i)
        bindField(st, firstFree(t) + static_cast<int>(i), spec(p.kind, compared[i]->key).kind,
                  compared[i]->before);
    if (!st.step())
        throw ConflictError(p.kind, p.id, {}, true);
    QStringList differ;
    for (std::size_t i = 0; i < compared.size(); ++i)
        if (st.integer(static_cast<int>(i) + 1) == 0)
            differ << compared[i]->key;
    const QString who = dialect.who ? st.text(static_cast<int>(compared.size()) + 1) : QString();
    st.reset();
    if (!differ.isEmpty())
        throw ConflictError(p.kind, p.id, differ, false, who);
}

template <typename Db> void update(Db& db, const Clock& clock, const FieldPatch& p, const Target& t)
{
    std::string sql = "UPDATE " + t.table + " SET ";
    int index = firstFree(t);
    bool stamped = false;
    for (const auto& [column, change] : t.fields) {
        if (index > firstFree(t))
            sql += ", ";
        sql += quoted(column) + " = ?" + std::to_string(index++);
        stamped = stamped || isStamp(p, change->key);
    }
    const bool stamp = p.kind == RecordKind::Prospect && !stamped;
    if (stamp)
        sql += std::string(t.fields.empty() ? "" : ", ") + "updated_at = ?" + std::to_string(index);
    auto st = db.prepare(sql + t.where);
    bindWhere(st, t);
    index = firstFree(t);
    for (const auto& [column, change] : t.fields)
        bindField(st, index++, spec(p.kind, change->key).kind, change->after);
    if (stamp)
        st.bindTime(index, clock.now());
    st.run();
    if (changedRows(db, st) == 0)
        throw StoreError(QStringLiteral("The %1 no longer exists.").arg(recordKindName(p.kind)));
}

// Records whose reference to (kind, id) the schema clears when it goes (ON DELETE SET NULL).
struct Link
{
    RecordKind from;
    const char* column;
};
inline std::vector<Link> linksTo(RecordKind kind)
{
    switch (kind) {
    case RecordKind::Meeting:
        return {{RecordKind::Insight, "meeting_id"}};
    case RecordKind::Contact:
        return {{RecordKind::Opportunity, "champion_contact_id"},
                {RecordKind::Activity, "contact_id"}};
    default:
        return {};
    }
}

template <typename Db> Id insert(Db& db, const FieldPatch& p)
{
    if (p.kind == RecordKind::Negotiation)
        throw StoreError(QStringLiteral("A worksheet is written field by field."));
    std::string columns = "id";
    std::string values = "?1";
    int index = 2;
    for (const FieldChange& f : p.fields) {
        columns += ", " + quoted(f.key);
        values += ", ?" + std::to_string(index++);
    }
    constexpr bool kReturning = !requires
    {
        db.lastInsertId();
    };
    auto st = db.prepare(std::string("INSERT INTO ") + tableOf(p.kind) + "(" + columns +
                         ") VALUES (" + values + ")" + (kReturning ? " RETURNING id" : ""));
    st.bindId(1, p.id);
    index = 2;
    for (const FieldChange& f : p.fields)
        bindField(st, index++, spec(p.kind, f.key).kind, f.after);
    if (p.id != kNoId) {
        // Undo or redo puts a record back under its id: refused, never a constraint error,
        // when another record holds it.
        auto taken = db.prepare(std::string("SELECT 1 FROM ") + tableOf(p.kind) + " WHERE id = ?1");
        taken.bind(1, p.id);
        if (taken.step())
            throw ConflictError(p.kind, p.id, ConflictError::Reason::Taken);
    }
    if constexpr (kReturning) {
        st.step();
        return st.id(0);
    } else {
        st.run();
        return db.lastInsertId();
    }
}

template <typename Db> void remove(Db& db, const FieldPatch& p)
{
    if (p.kind == RecordKind::Negotiation)
        throw StoreError(QStringLiteral("A worksheet is written field by field."));
    // The schema would clear links made since (ON DELETE SET NULL): a removal clears
    // only the links its change set names (patches before it), so any other is refused.
    for (const Link& link : linksTo(p.kind)) {
        auto linked = db.prepare(std::string("SELECT 1 FROM ") + tableOf(link.from) + " WHERE " +
                                 link.column + " = ?1 LIMIT 1");
        linked.bind(1, p.id);
        if (linked.step())
            throw ConflictError(p.kind, p.id, ConflictError::Reason::Linked, link.from);
    }
    auto st = db.prepare(std::string("DELETE FROM ") + tableOf(p.kind) + " WHERE id = ?1");
    st.bind(1, p.id);
    st.run();
    if (changedRows(db, st) == 0)
        throw ConflictError(p.kind, p.id, {}, true);
}

template <typename Db, typename Tx>
ChangeSet applyChangeSet(Db& db, const ChangeDialect& dialect, const Clock& clock,
                         const ChangeSet& changes)
{
    ChangeSet written = changes;
    Tx tx(db);
    for (FieldPatch& p : written) {
        if (p.id == kNoId && p.op != FieldPatch::Op::Insert)
            throw StoreError(QStringLiteral("A change names no record."));
        switch (p.op) {
        case FieldPatch::Op::Insert:
            p.id = insert(db, p);
            break;
        case FieldPatch::Op::Remove:
            for (const Target& t : targetsOf(p))
                compare(db, dialect, p, t);
            remove(db, p);
            break;
        case FieldPatch::Op::Update: {
            const std::vector<Target> targets = targetsOf(p);
            if (p.kind == RecordKind::Negotiation)
                ensureNegotiationRows(db, p, targets);
            for (const Target& t : targets)
                if (!t.fields.empty() || p.kind == RecordKind::Prospect)
                    compare(db, dialect, p, t);
            for (const Target& t : targets)
                if (!t.fields.empty())
                    update(db, clock, p, t);
            break;
        }
        }
    }
    tx.commit();
    return written;
}

template <typename Db, typename Tx>
ChangeSet removeRecord(Db& db, const ChangeDialect& dialect, const Clock& clock, RecordKind kind,
                       Id id, const FieldPatch* expected)
{
    if (kind == RecordKind::Prospect || kind == RecordKind::Negotiation)
        throw StoreError(QStringLiteral("A %1 is not removed this way.").arg(recordKindName(kind)));
    Tx tx(db);
    if (expected)
        for (const Target& t : targetsOf(*expected))
            compare(db, dialect, *expected, t);
    ChangeSet changes;
    for (const Link& link : linksTo(kind)) {
        auto st = db.prepare(std::string("SELECT id FROM ") + tableOf(link.from) + " WHERE " +
                             link.column + " = ?1 ORDER BY id");
        st.bind(1, id);
        while (st.step()) {
            FieldPatch p;
            p.kind = link.from;
            p.id = st.id(0);
            p.fields.push_back(
                FieldChange{QLatin1String(link.column), QVariant(qint64(id)), QVariant()});
            changes.push_back(std::move(p));
        }
    }
    FieldPatch record;
    record.kind = kind;
    record.id = id;
    record.op = FieldPatch::Op::Remove;
    const std::vector<FieldSpec>& specs = fieldSpecs(kind);
    std::string sql = "SELECT 1";
    for (const FieldSpec& s : specs)
        sql += ", " + quoted(s.key);
    auto st = db.prepare(sql + " FROM " + tableOf(kind) + " WHERE id = ?1");
    st.bind(1, id);
    if (!st.step())
        throw ConflictError(kind, id, {}, true);
    for (std::size_t i = 0; i < specs.size(); ++i)
        record.fields.push_back(FieldChange{
            specs[i].key, readField(st, static_cast<int>(i) + 1, specs[i].kind), QVariant()});
    st.reset();
    changes.push_back(std::move(record));
    ChangeSet written = applyChangeSet<Db, Tx>(db, dialect, clock, changes);
    tx.commit();
    return written;
}

} // namespace accord::storage::changes
