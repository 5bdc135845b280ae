#include "Backup.h"

#include "BackupSyntax.h"
#include "core/Money.h"
#include "core/Validation.h"
#include "core/io/FileIo.h"

#include <QCoreApplication>
#include <QDir>
#include <QFileInfo>

#include <nlohmann/json.hpp>

#include <algorithm>
#include <set>

namespace accord::core {

namespace {

using nlohmann::json;

/// The translation context of this file's texts.
struct Text
{
    Q_DECLARE_TR_FUNCTIONS(accord::io)
};

const char* const kFormat = "accord-backup";

const json& member(const json& object, const char* key, const QString& path)
{
    const auto it = object.find(key);
    if (it == object.end())
        failBackup(path + QLatin1Char('.') + QLatin1String(key), Text::tr("missing."));
    return *it;
}

int intMember(const json& object, const char* key, const QString& path)
{
    const json& v = member(object, key, path);
    if (!v.is_number_integer())
        failBackup(path + QLatin1Char('.') + QLatin1String(key),
                   Text::tr("must be a whole number."));
    const auto n = v.get<std::int64_t>();
    if (n < std::numeric_limits<int>::min() || n > std::numeric_limits<int>::max())
        failBackup(path + QLatin1Char('.') + QLatin1String(key), Text::tr("is out of range."));
    return static_cast<int>(n);
}

QString checkedText(const std::string& utf8, const QString& path, bool multiLine)
{
    QString text = QString::fromStdString(utf8);
    if (forbiddenCharacterAt(text, multiLine) >= 0) {
        try {
            validateText(text, multiLine, path, path);
        } catch (const ValidationError& e) {
            throw ValidationError(path, Text::tr("Backup: %1").arg(e.message()));
        }
    }
    return text;
}

QString stringMember(const json& object, const char* key, const QString& path)
{
    const json& v = member(object, key, path);
    const QString at = path + QLatin1Char('.') + QLatin1String(key);
    if (!v.is_string())
        failBackup(at, Text::tr("must be a string."));
    return checkedText(v.get<std::string>(), at, false);
}

GateCriterion criterionFromJson(const json& j, const QString& path)
{
    if (!j.is_object())
        failBackup(path, Text::tr("must be an object."));
    GateCriterion c;
    const json& id = member(j, "id", path);
    if (!id.is_number_integer())
        failBackup(path + QStringLiteral(".id"), Text::tr("must be a whole number."));
    c.id = id.get<Id>();
    const auto stage = stageFromKey(stringMember(j, "stage", path));
    if (!stage || *stage == Stage::Partnership)
        failBackup(path + QStringLiteral(".stage"), Text::tr("is not a stage with exit criteria."));
    c.stage = *stage;
    c.position = intMember(j, "position", path);
    c.label = stringMember(j, "label", path);
    const auto rule = gateRuleFromKey(stringMember(j, "rule", path));
    if (!rule)
        failBackup(path + QStringLiteral(".rule"), Text::tr("is not a known rule."));
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
        failBackup(p, Text::tr("must be a list of %1 numbers.").arg(N));
    for (std::size_t i = 0; i < N; ++i) {
        if (!v[i].is_number_integer() || v[i].get<std::int64_t>() < lo ||
            v[i].get<std::int64_t>() > hi)
            failBackup(QStringLiteral("%1[%2]").arg(p).arg(i),
                       Text::tr("must be a whole number from %1 to %2.").arg(lo).arg(hi));
        out[i] = static_cast<int>(v[i].get<std::int64_t>());
    }
}

PipelineSettings settingsFromJson(const json& j, const QString& path)
{
    if (!j.is_object())
        failBackup(path, Text::tr("must be an object."));
    PipelineSettings s;
    readIntArray(j, "stale_days", path, s.staleDays, 0, 100000);
    readIntArray(j, "probability_percent", path, s.probabilityPercent, 0, 100);
    s.currency = stringMember(j, "currency", path);
    return s;
}

/// Rescales values written before minor units followed ISO 4217 (schema 4):
/// every currency was stored in hundredths.
void rescaleMinorUnits(ProspectBundle& b, const QString& path)
{
    Money& m = b.prospect.value;
    const int digits = minorDigits(m.currency);
    if (digits == 2 || m.minor <= 0)
        return;
    if (digits < 2) {
        m.minor = (m.minor + 50) / 100;
        return;
    }
    qint64 scaled = m.minor;
    for (int i = 2; i < digits; ++i)
        if (__builtin_mul_overflow(scaled, qint64{10}, &scaled) || scaled > maxMinor(m.currency))
            failBackup(path + QStringLiteral(".prospect.value.minor"), Text::tr("is too large."));
    m.minor = scaled;
}

/// Ids each kind of row has across the whole backup: each may appear once.
struct SeenIds
{
    std::set<Id> contacts, meetings, history, closeChanges, insights, requests, metrics,
        opportunities, tradables, activities, attachments;
};

template <typename T>
void uniqueIds(const std::vector<T>& items, std::set<Id>& seen, const QString& path,
               const char* list)
{
    for (std::size_t k = 0; k < items.size(); ++k) {
        const Id id = items[k].id;
        if (id != kNoId && !seen.insert(id).second)
            failBackup(QStringLiteral("%1.%2[%3].id").arg(path, QLatin1String(list)).arg(k),
                       Text::tr("id %1 appears twice in the backup.").arg(id));
    }
}

/// Each `link` of `items` that is set names one of `targets` (rows of the same prospect).
template <typename T, typename U>
void refersWithin(const std::vector<T>& items, Id T::*link, const std::vector<U>& targets,
                  const QString& path, const char* list, const char* key, const char* message)
{
    std::set<Id> ids;
    for (const U& t : targets)
        ids.insert(t.id);
    for (std::size_t k = 0; k < items.size(); ++k) {
        const Id id = items[k].*link;
        if (id != kNoId && !ids.contains(id))
            failBackup(QStringLiteral("%1.%2[%3].%4")
                           .arg(path, QLatin1String(list), QString::number(k), QLatin1String(key)),
                       Text::tr(message).arg(id));
    }
}

/// Every id of the bundle is new to the backup, and everything it refers to is in it.
void checkReferences(const ProspectBundle& b, const QString& path, SeenIds& seen,
                     const std::set<Id>& criterionIds)
{
    uniqueIds(b.contacts, seen.contacts, path, "contacts");
    uniqueIds(b.meetings, seen.meetings, path, "meetings");
    uniqueIds(b.history, seen.history, path, "history");
    uniqueIds(b.closeChanges, seen.closeChanges, path, "close_changes");
    uniqueIds(b.insights, seen.insights, path, "insights");
    uniqueIds(b.dataRequests, seen.requests, path, "data_requests");
    uniqueIds(b.metrics, seen.metrics, path, "metrics");
    uniqueIds(b.opportunities, seen.opportunities, path, "opportunities");
    uniqueIds(b.tradables, seen.tradables, path, "tradables");
    uniqueIds(b.activities, seen.activities, path, "activities");
    std::set<Id> requests;
    for (const DataRequest& r : b.dataRequests)
        requests.insert(r.id);
    for (std::size_t k = 0; k < b.attachments.size(); ++k) {
        const AttachmentInfo& a = b.attachments[k].info;
        const QString at = QStringLiteral("%1.attachments[%2]").arg(path).arg(k);
        if (a.id != kNoId && !seen.attachments.insert(a.id).second)
            failBackup(at + QStringLiteral(".id"),
                       Text::tr("id %1 appears twice in the backup.").arg(a.id));
        if (a.link.kind == AttachmentLink::Kind::DataRequest &&
            !requests.contains(a.link.dataRequestId))
            failBackup(at + QStringLiteral(".link"),
                       Text::tr("refers to data request %1, which this prospect does not have.")
                           .arg(a.link.dataRequestId));
    }

    refersWithin(b.insights, &Insight::meetingId, b.meetings, path, "insights", "meeting_id",
                 QT_TRANSLATE_NOOP("accord::io",
                                   "refers to meeting %1, which this prospect does not have."));
    refersWithin(b.opportunities, &Opportunity::championContactId, b.contacts, path,
                 "opportunities", "champion_contact_id",
                 QT_TRANSLATE_NOOP("accord::io",
                                   "refers to contact %1, which this prospect does not have."));
    refersWithin(b.activities, &Activity::contactId, b.contacts, path, "activities", "contact_id",
                 QT_TRANSLATE_NOOP("accord::io",
                                   "refers to contact %1, which this prospect does not have."));
    std::set<Id> ticked;
    for (std::size_t k = 0; k < b.gateChecks.size(); ++k) {
        const Id id = b.gateChecks[k].criterionId;
        const QString at = QStringLiteral("%1.gate_checks[%2].criterion_id").arg(path).arg(k);
        if (!criterionIds.contains(id))
            failBackup(
                at,
                Text::tr("refers to gate criterion %1, which the backup does not have.").arg(id));
        if (!ticked.insert(id).second)
            failBackup(at,
                       Text::tr("gate criterion %1 is ticked twice for this prospect.").arg(id));
    }
    QStringList tags;
    for (qsizetype k = 0; k < b.tags.size(); ++k) {
        if (tags.contains(b.tags[k]))
            failBackup(QStringLiteral("%1.tags[%2]").arg(path).arg(k),
                       Text::tr("the tag “%1” appears twice.").arg(b.tags[k]));
        tags << b.tags[k];
    }
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
    std::sort(b.closeChanges.begin(), b.closeChanges.end(),
              [](const CloseChange& a, const CloseChange& c) {
                  if (a.at != c.at)
                      return a.at < c.at;
                  return a.id < c.id;
              });
    std::sort(b.insights.begin(), b.insights.end(), byId);
    std::sort(b.dataRequests.begin(), b.dataRequests.end(), byId);
    std::sort(b.metrics.begin(), b.metrics.end(), byId);
    std::sort(b.opportunities.begin(), b.opportunities.end(), byId);
    std::sort(b.tradables.begin(), b.tradables.end(), byId);
    std::sort(b.activities.begin(), b.activities.end(), byId);
    std::sort(b.gateChecks.begin(), b.gateChecks.end(),
              [](const GateCheck& a, const GateCheck& c) { return a.criterionId < c.criterionId; });
    std::sort(b.attachments.begin(), b.attachments.end(),
              [](const Attachment& a, const Attachment& c) { return a.info.id < c.info.id; });
}

namespace {

/// Everything but the attachments' bytes unless `withFiles`; inside the caller's snapshot.
BackupContents readContents(Store& store, int schemaVersion, const BackupProgress& progress,
                            bool withFiles)
{
    BackupContents out;
    out.schema = schemaVersion;
    {
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
            auto bundle = loadBundle(store, id, withFiles);
            if (!bundle)
                continue;
            normaliseBundle(*bundle);
            out.prospects.push_back(std::move(*bundle));
            if (progress)
                progress(++done, static_cast<int>(ids.size()));
        }
    }
    return out;
}

// An attachment's content is written into the text after the JSON is dumped,
// one file at a time: a placeholder string "\u0001" marks its place. No text
// of a backup holds a control character, and the escape only ever follows a
// quote there, so the mark cannot be forged.
const std::string kFileMark = "\"\\u0001";

void appendBase64(QByteArray& out, const QByteArray& bytes)
{
    constexpr qsizetype kPiece =
        qsizetype{3} * 256 * 1024; // whole groups of three: no padding inside
    for (qsizetype at = 0; at < bytes.size(); at += kPiece)
        out += QByteArray::fromRawData(bytes.constData() + at, std::min(kPiece, bytes.size() - at))
                   .toBase64();
}

using FileBytes = std::function<QByteArray(const Attachment&)>;

QByteArray writeBackup(const BackupContents& contents, const FileBytes& bytesOf)
{
    json criteria = json::array();
    for (const GateCriterion& c : contents.criteria)
        criteria.push_back(toJson(c));
    json prospects = json::array();
    std::vector<Attachment> files; // in the order their marks appear
    qint64 encoded = 0;
    for (const ProspectBundle& b : contents.prospects) {
        ProspectBundle sorted = b;
        normaliseBundle(sorted);
        json bundle = toJson(sorted);
        for (std::size_t k = 0; k < sorted.attachments.size(); ++k) {
            bundle["attachments"][k]["content_base64"] = "\x01";
            files.push_back(sorted.attachments[k]);
            encoded += (sorted.attachments[k].info.size + 2) / 3 * 4;
        }
        prospects.push_back(std::move(bundle));
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
    QByteArray out;
    out.reserve(static_cast<qsizetype>(text.size()) + encoded);
    std::size_t from = 0;
    for (const Attachment& file : files) {
        const std::size_t mark = text.find(kFileMark, from);
        if (mark == std::string::npos)
            throw StoreError(Text::tr("The backup could not place an attachment's content."));
        out.append(text.data() + from, static_cast<qsizetype>(mark + 1 - from));
        const QByteArray bytes = bytesOf(file);
        if (bytes.size() != file.info.size)
            throw StoreError(Text::tr("The attachment “%1” changed while it was backed up; back up "
                                      "again.")
                                 .arg(file.info.name));
        appendBase64(out, bytes);
        from = mark + kFileMark.size(); // the closing quote follows
    }
    out.append(text.data() + from, static_cast<qsizetype>(text.size() - from));
    return out;
}

} // namespace

BackupContents readBackup(Store& store, int schemaVersion, const BackupProgress& progress)
{
    BackupContents out;
    // One snapshot: edits committed meanwhile by the app or accord-cli are in
    // the backup whole or not at all, so it always restores.
    store.readSnapshot([&] { out = readContents(store, schemaVersion, progress, true); });
    return out;
}

QByteArray backupToBytes(const BackupContents& contents)
{
    return writeBackup(contents, [](const Attachment& a) { return a.bytes; });
}

QByteArray backupJson(Store& store, int schemaVersion, const BackupProgress& progress)
{
    // The files are read one at a time as the text is written, in the same
    // snapshot as the rest: a 25 MB file is held once, its base64 once.
    QByteArray out;
    store.readSnapshot([&] {
        const BackupContents contents = readContents(store, schemaVersion, progress, false);
        out = writeBackup(contents, [&store](const Attachment& a) {
            return store.attachments().bytes(a.info.id);
        });
    });
    return out;
}

BackupContents parseBackup(const QByteArray& bytes, int currentSchema)
{
    const json j = parseBackupJson(bytes);
    const QString root = QStringLiteral("$");
    if (!j.is_object())
        failBackup(root, Text::tr("the backup must be a JSON object."));
    if (stringMember(j, "format", root) != QLatin1String(kFormat))
        failBackup(QStringLiteral("$.format"), Text::tr("this is not an Accord backup."));
    BackupContents out;
    out.version = intMember(j, "version", root);
    if (out.version > kBackupVersion)
        failBackup(
            QStringLiteral("$.version"),
            Text::tr("the backup has format version %1, newer than this Accord reads (%2). Update "
                     "Accord to restore it.")
                .arg(out.version)
                .arg(kBackupVersion));
    if (out.version < 1)
        failBackup(QStringLiteral("$.version"),
                   Text::tr("%1 is not a backup version.").arg(out.version));
    out.schema = intMember(j, "schema", root);
    if (currentSchema > 0 && out.schema > currentSchema)
        failBackup(
            QStringLiteral("$.schema"),
            Text::tr(
                "the backup comes from database schema %1, newer than this Accord's %2. Update "
                "Accord to restore it.")
                .arg(out.schema)
                .arg(currentSchema));
    out.settings = settingsFromJson(member(j, "settings", root), QStringLiteral("$.settings"));
    // Every stored setting; backups written before it was added carry only `settings`.
    if (const auto values = j.find("setting_values"); values != j.end()) {
        if (!values->is_object())
            failBackup(QStringLiteral("$.setting_values"), Text::tr("must be an object."));
        out.values.emplace();
        for (const auto& [key, value] : values->items()) {
            const QString at =
                QStringLiteral("$.setting_values.%1").arg(QString::fromStdString(key));
            if (!value.is_string())
                failBackup(at, Text::tr("must be a string."));
            (*out.values)[checkedText(key, at, false)] =
                checkedText(value.get<std::string>(), at, true);
        }
    }

    const json& criteria = member(j, "gate_criteria", root);
    if (!criteria.is_array())
        failBackup(QStringLiteral("$.gate_criteria"), Text::tr("must be a list."));
    std::set<Id> criterionIds;
    for (std::size_t i = 0; i < criteria.size(); ++i) {
        const QString path = QStringLiteral("$.gate_criteria[%1]").arg(i);
        GateCriterion c = criterionFromJson(criteria[i], path);
        if (c.id <= 0 || !criterionIds.insert(c.id).second)
            failBackup(path + QStringLiteral(".id"),
                       Text::tr("missing or repeated id %1.").arg(c.id));
        out.criteria.push_back(std::move(c));
    }

    const json& prospects = member(j, "prospects", root);
    if (!prospects.is_array())
        failBackup(QStringLiteral("$.prospects"), Text::tr("must be a list."));
    std::set<Id> prospectIds;
    SeenIds seen;
    for (std::size_t i = 0; i < prospects.size(); ++i) {
        const QString path = QStringLiteral("$.prospects[%1]").arg(i);
        ProspectBundle b;
        try {
            b = bundleFromJson(prospects[i], path);
        } catch (const ValidationError& e) {
            throw ValidationError(e.field(), Text::tr("Backup: %1").arg(e.message()));
        } catch (const json::exception&) {
            failBackup(path, Text::tr("cannot be read as a prospect."));
        }
        if (b.prospect.id <= 0 || !prospectIds.insert(b.prospect.id).second)
            failBackup(path + QStringLiteral(".prospect.id"),
                       Text::tr("missing or repeated prospect id %1.").arg(b.prospect.id));
        checkReferences(b, path, seen, criterionIds);
        if (out.schema > 0 && out.schema < kIsoMinorUnitsSchema)
            rescaleMinorUnits(b, path);
        out.prospects.push_back(std::move(b));
    }
    return out;
}

void restoreBackup(Store& store, const BackupContents& contents, const BackupProgress& progress)
{
    store.transaction([&] {
        // Read under the write lock the transaction takes up front: another
        // process cannot fill the database between this look and the writes.
        ProspectFilter all;
        all.trash = ProspectFilter::Trash::Include;
        if (store.prospects().count(all) > 0 || store.meetings().count() > 0)
            throw ValidationError(
                QStringLiteral("database"),
                Text::tr("A backup can only be restored into an empty database; %1 "
                         "already holds prospects.")
                    .arg(store.location()));
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
        // In pieces, so a store that writes many rows at once does, and the
        // progress moves.
        constexpr std::size_t kPiece = 200;
        const auto& bundles = contents.prospects;
        for (std::size_t at = 0; at < bundles.size(); at += kPiece) {
            const auto end = bundles.begin() +
                             static_cast<std::ptrdiff_t>(std::min(at + kPiece, bundles.size()));
            const std::vector<ProspectBundle> piece(
                bundles.begin() + static_cast<std::ptrdiff_t>(at), end);
            store.saveBundles(piece);
            if (progress)
                progress(static_cast<int>(end - bundles.begin()), static_cast<int>(bundles.size()));
        }
    });
}

void restoreBackupIntoNewFile(const QString& target, const BackupContents& contents,
                              const std::function<std::unique_ptr<Store>(const QString&)>& open,
                              const BackupProgress& progress)
{
    const QString shown = QDir::toNativeSeparators(target);
    const auto exists = [&shown] {
        return StoreError(Text::tr("%1 already exists; nothing was restored.").arg(shown));
    };
    if (QFileInfo::exists(target) || QFileInfo(target).isSymLink())
        throw exists();
    // Built in a file no other process knows, so a failure removes only our own
    // file, and moved into place only if nobody made `target` meanwhile.
    const QString part = createPrivateFileBeside(target);
    try {
        {
            std::unique_ptr<Store> store = open(part);
            restoreBackup(*store, contents, progress);
        }
        // Closing the last connection folds the log into the file and removes it.
        if (hasDatabaseCompanions(part))
            throw StoreError(
                Text::tr("%1 could not be completed; nothing was restored.").arg(shown));
        if (!moveIntoPlaceIfAbsent(part, target))
            throw exists();
    } catch (...) {
        removePrivateDatabaseFile(part);
        throw;
    }
}

} // namespace accord::core
