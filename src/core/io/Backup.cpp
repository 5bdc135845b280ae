#include "Backup.h"

#include <QCoreApplication>

#include <nlohmann/json.hpp>

#include <algorithm>
#include <set>

namespace accord::core {

namespace {

using nlohmann::json;

QString tr(const char* text)
{
    return QCoreApplication::translate("accord::io", text);
}

const char* const kFormat = "accord-backup";

[[noreturn]] void fail(const QString& path, const QString& message)
{
    throw ValidationError(path, tr("Backup, %1: %2").arg(path, message));
}

const json& member(const json& object, const char* key, const QString& path)
{
    const auto it = object.find(key);
    if (it == object.end())
        fail(path + QLatin1Char('.') + QLatin1String(key), tr("missing."));
    return *it;
}

int intMember(const json& object, const char* key, const QString& path)
{
    const json& v = member(object, key, path);
    if (!v.is_number_integer())
        fail(path + QLatin1Char('.') + QLatin1String(key), tr("must be a whole number."));
    const auto n = v.get<std::int64_t>();
    if (n < std::numeric_limits<int>::min() || n > std::numeric_limits<int>::max())
        fail(path + QLatin1Char('.') + QLatin1String(key), tr("is out of range."));
    return static_cast<int>(n);
}

QString stringMember(const json& object, const char* key, const QString& path)
{
    const json& v = member(object, key, path);
    if (!v.is_string())
        fail(path + QLatin1Char('.') + QLatin1String(key), tr("must be a string."));
    return QString::fromStdString(v.get<std::string>());
}

GateCriterion criterionFromJson(const json& j, const QString& path)
{
    if (!j.is_object())
        fail(path, tr("must be an object."));
    GateCriterion c;
    const json& id = member(j, "id", path);
    if (!id.is_number_integer())
        fail(path + QStringLiteral(".id"), tr("must be a whole number."));
    c.id = id.get<Id>();
    const auto stage = stageFromKey(stringMember(j, "stage", path));
    if (!stage || *stage == Stage::Partnership)
        fail(path + QStringLiteral(".stage"), tr("is not a stage with exit criteria."));
    c.stage = *stage;
    c.position = intMember(j, "position", path);
    c.label = stringMember(j, "label", path);
    const auto rule = gateRuleFromKey(stringMember(j, "rule", path));
    if (!rule)
        fail(path + QStringLiteral(".rule"), tr("is not a known rule."));
    c.rule = *rule;
    return c;
}

json settingsToJson(const PipelineSettings& s)
{
    return {{"stale_days", s.staleDays},
            {"probability_percent", s.probabilityPercent},
            {"currency", s.currency.toStdString()}};
}

template <std::size_t N>
void readIntArray(const json& object, const char* key, const QString& path, std::array<int, N>& out,
                  int lo, int hi)
{
    const QString p = path + QLatin1Char('.') + QLatin1String(key);
    const json& v = member(object, key, path);
    if (!v.is_array() || v.size() != N)
        fail(p, tr("must be a list of %1 numbers.").arg(N));
    for (std::size_t i = 0; i < N; ++i) {
        if (!v[i].is_number_integer() || v[i].get<std::int64_t>() < lo ||
            v[i].get<std::int64_t>() > hi)
            fail(QStringLiteral("%1[%2]").arg(p).arg(i),
                 tr("must be a whole number from %1 to %2.").arg(lo).arg(hi));
        out[i] = static_cast<int>(v[i].get<std::int64_t>());
    }
}

PipelineSettings settingsFromJson(const json& j, const QString& path)
{
    if (!j.is_object())
        fail(path, tr("must be an object."));
    PipelineSettings s;
    readIntArray(j, "stale_days", path, s.staleDays, 0, 100000);
    readIntArray(j, "probability_percent", path, s.probabilityPercent, 0, 100);
    s.currency = stringMember(j, "currency", path);
    return s;
}

// "[json.exception.parse_error.101] parse error at line 3, column 5: …" → the part after ": ".
QString parseErrorMessage(const json::parse_error& e)
{
    const QString what = QString::fromUtf8(e.what());
    const qsizetype at = what.indexOf(QStringLiteral("parse error"));
    return at >= 0 ? what.mid(at) : what;
}

} // namespace

void normaliseBundle(ProspectBundle& b)
{
    const auto byId = [](const auto& a, const auto& c) { return a.id < c.id; };
    b.tags.sort();
    std::sort(b.contacts.begin(), b.contacts.end(), byId);
    std::sort(b.meetings.begin(), b.meetings.end(), [](const Meeting& a, const Meeting& c) {
        if (a.occurredAt != c.occurredAt)
            return a.occurredAt > c.occurredAt;
        return a.id > c.id;
    });
    std::sort(b.history.begin(), b.history.end(), [](const StageChange& a, const StageChange& c) {
        if (a.at != c.at)
            return a.at < c.at;
        return a.id < c.id;
    });
    std::sort(b.insights.begin(), b.insights.end(), byId);
    std::sort(b.dataRequests.begin(), b.dataRequests.end(), byId);
    std::sort(b.metrics.begin(), b.metrics.end(), byId);
    std::sort(b.opportunities.begin(), b.opportunities.end(), byId);
    std::sort(b.tradables.begin(), b.tradables.end(), byId);
    std::sort(b.gateChecks.begin(), b.gateChecks.end(),
              [](const GateCheck& a, const GateCheck& c) { return a.criterionId < c.criterionId; });
}

BackupContents readBackup(Store& store, int schemaVersion, const BackupProgress& progress)
{
    BackupContents out;
    out.schema = schemaVersion;
    // One snapshot: edits committed meanwhile by the app or accord-cli are in
    // the backup whole or not at all, so it always restores.
    store.readSnapshot([&] {
        out.settings = PipelineSettings::load(store.settings());
        out.values = store.settings().all();
        out.criteria = store.gates().criteria();
        std::sort(out.criteria.begin(), out.criteria.end(),
                  [](const GateCriterion& a, const GateCriterion& c) {
                      return std::tuple(static_cast<int>(a.stage), a.position, a.id) <
                             std::tuple(static_cast<int>(c.stage), c.position, c.id);
                  });

        ProspectFilter all;
        all.trash = ProspectFilter::Trash::Include;
        const int total = store.prospects().count(all);
        std::vector<Id> ids;
        for (const ProspectRow& row :
             store.prospects().rows(all, ProspectSort::Name, true, total + 1, 0))
            ids.push_back(row.prospect.id);
        std::sort(ids.begin(), ids.end());
        ids.erase(std::unique(ids.begin(), ids.end()), ids.end());
        int done = 0;
        for (Id id : ids) {
            auto bundle = loadBundle(store, id);
            if (!bundle)
                continue;
            normaliseBundle(*bundle);
            out.prospects.push_back(std::move(*bundle));
            if (progress)
                progress(++done, static_cast<int>(ids.size()));
        }
    });
    return out;
}

QByteArray backupToBytes(const BackupContents& contents)
{
    json criteria = json::array();
    for (const GateCriterion& c : contents.criteria)
        criteria.push_back(toJson(c));
    json prospects = json::array();
    for (const ProspectBundle& b : contents.prospects) {
        ProspectBundle sorted = b;
        normaliseBundle(sorted);
        prospects.push_back(toJson(sorted));
    }
    json values = json::object();
    for (const auto& [key, value] : contents.values.value_or(std::map<QString, QString>{}))
        values[key.toStdString()] = value.toStdString();
    const json j = {{"format", kFormat},         {"version", contents.version},
                    {"schema", contents.schema}, {"settings", settingsToJson(contents.settings)},
                    {"setting_values", values},  {"gate_criteria", criteria},
                    {"prospects", prospects}};
    std::string text = j.dump(2);
    text.push_back('\n');
    return QByteArray::fromStdString(text);
}

QByteArray backupJson(Store& store, int schemaVersion, const BackupProgress& progress)
{
    return backupToBytes(readBackup(store, schemaVersion, progress));
}

BackupContents parseBackup(const QByteArray& bytes, int currentSchema)
{
    json j;
    try {
        j = json::parse(bytes.constBegin(), bytes.constEnd());
    } catch (const json::parse_error& e) {
        throw ValidationError(QStringLiteral("$"),
                              tr("The backup is not valid JSON (%1).").arg(parseErrorMessage(e)));
    }
    const QString root = QStringLiteral("$");
    if (!j.is_object())
        fail(root, tr("the backup must be a JSON object."));
    if (stringMember(j, "format", root) != QLatin1String(kFormat))
        fail(QStringLiteral("$.format"), tr("this is not an Accord backup."));
    BackupContents out;
    out.version = intMember(j, "version", root);
    if (out.version > kBackupVersion)
        fail(QStringLiteral("$.version"),
             tr("the backup has format version %1, newer than this Accord reads (%2). Update "
                "Accord to restore it.")
                 .arg(out.version)
                 .arg(kBackupVersion));
    if (out.version < 1)
        fail(QStringLiteral("$.version"), tr("%1 is not a backup version.").arg(out.version));
    out.schema = intMember(j, "schema", root);
    if (currentSchema > 0 && out.schema > currentSchema)
        fail(QStringLiteral("$.schema"),
             tr("the backup comes from database schema %1, newer than this Accord's %2. Update "
                "Accord to restore it.")
                 .arg(out.schema)
                 .arg(currentSchema));
    out.settings = settingsFromJson(member(j, "settings", root), QStringLiteral("$.settings"));
    // Every stored setting; backups written before it was added carry only `settings`.
    if (const auto values = j.find("setting_values"); values != j.end()) {
        if (!values->is_object())
            fail(QStringLiteral("$.setting_values"), tr("must be an object."));
        out.values.emplace();
        for (const auto& [key, value] : values->items()) {
            if (!value.is_string())
                fail(QStringLiteral("$.setting_values.%1").arg(QString::fromStdString(key)),
                     tr("must be a string."));
            (*out.values)[QString::fromStdString(key)] =
                QString::fromStdString(value.get<std::string>());
        }
    }

    const json& criteria = member(j, "gate_criteria", root);
    if (!criteria.is_array())
        fail(QStringLiteral("$.gate_criteria"), tr("must be a list."));
    std::set<Id> criterionIds;
    for (std::size_t i = 0; i < criteria.size(); ++i) {
        const QString path = QStringLiteral("$.gate_criteria[%1]").arg(i);
        GateCriterion c = criterionFromJson(criteria[i], path);
        if (c.id <= 0 || !criterionIds.insert(c.id).second)
            fail(path + QStringLiteral(".id"), tr("missing or repeated id %1.").arg(c.id));
        out.criteria.push_back(std::move(c));
    }

    const json& prospects = member(j, "prospects", root);
    if (!prospects.is_array())
        fail(QStringLiteral("$.prospects"), tr("must be a list."));
    std::set<Id> prospectIds;
    for (std::size_t i = 0; i < prospects.size(); ++i) {
        const QString path = QStringLiteral("$.prospects[%1]").arg(i);
        ProspectBundle b;
        try {
            b = bundleFromJson(prospects[i]);
        } catch (const ValidationError& e) {
            const QString inner = e.field().startsWith(QLatin1Char('['))
                                      ? path + e.field()
                                      : path + QLatin1Char('.') + e.field();
            throw ValidationError(inner, tr("Backup, %1: %2").arg(inner, e.message()));
        } catch (const json::exception& e) {
            fail(path, QString::fromUtf8(e.what()));
        }
        if (b.prospect.id <= 0 || !prospectIds.insert(b.prospect.id).second)
            fail(path + QStringLiteral(".id"),
                 tr("missing or repeated prospect id %1.").arg(b.prospect.id));
        for (const GateCheck& c : b.gateChecks)
            if (!criterionIds.count(c.criterionId))
                fail(path + QStringLiteral(".gate_checks"),
                     tr("a tick refers to gate criterion %1, which the backup does not have.")
                         .arg(c.criterionId));
        out.prospects.push_back(std::move(b));
    }
    return out;
}

void restoreBackup(Store& store, const BackupContents& contents, const BackupProgress& progress)
{
    ProspectFilter all;
    all.trash = ProspectFilter::Trash::Include;
    if (store.prospects().count(all) > 0 || store.meetings().count() > 0)
        throw ValidationError(QStringLiteral("database"),
                              tr("A backup can only be restored into an empty database; %1 "
                                 "already holds prospects.")
                                  .arg(store.location()));
    store.transaction([&] {
        for (Stage s : {Stage::Informative, Stage::Consulting, Stage::Negotiation}) {
            std::vector<GateCriterion> list;
            for (const GateCriterion& c : contents.criteria)
                if (c.stage == s)
                    list.push_back(c);
            store.gates().replaceCriteria(s, list);
        }
        if (contents.values) {
            for (const auto& [key, value] : *contents.values)
                store.settings().setValue(key, value);
        } else {
            contents.settings.save(store.settings());
        }
        int done = 0;
        for (const ProspectBundle& b : contents.prospects) {
            saveBundle(store, b);
            if (progress)
                progress(++done, static_cast<int>(contents.prospects.size()));
        }
    });
}

} // namespace accord::core
