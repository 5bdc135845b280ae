#include "Attachment.h"

#include "Clock.h"
#include "JsonReader.h"
#include "Model.h"
#include "Parse.h"
#include "Store.h"
#include "Validation.h"

#include <QCoreApplication>
#include <QFileInfo>

#include <nlohmann/json.hpp>

namespace accord::core {

namespace {

/// The translation context of this file's texts.
struct Text
{
    Q_DECLARE_TR_FUNCTIONS(accord::attachment)
};

/// The sentence a missing data request link gives.
[[noreturn]] void noSuchRequest(Id id)
{
    throw ValidationError(
        QStringLiteral("link"),
        Text::tr("This prospect has no data request %1 to link the file to.").arg(id));
}

} // namespace

QString attachmentName(const QString& pathOrName)
{
    // Both separators: a name typed on one system may come from another.
    QString name = pathOrName;
    name = name.mid(name.lastIndexOf(QLatin1Char('/')) + 1);
    name = name.mid(name.lastIndexOf(QLatin1Char('\\')) + 1).trimmed();
    if (name.isEmpty() || name == u"." || name == u"..")
        throw ValidationError(
            QStringLiteral("name"),
            Text::tr("An attachment needs a file name; “%1” has none.").arg(pathOrName));
    validateText(name, false, QStringLiteral("name"), Text::tr("The file name"));
    if (name.size() > kMaxAttachmentName)
        throw ValidationError(QStringLiteral("name"),
                              Text::tr("The file name “%1…” is longer than %2 characters.")
                                  .arg(name.left(40))
                                  .arg(kMaxAttachmentName));
    return name;
}

void checkAttachmentSize(const QString& name, qint64 size)
{
    if (size <= 0)
        throw ValidationError(QStringLiteral("size"),
                              Text::tr("%1 is empty; there is nothing to attach.").arg(name));
    if (size > kMaxAttachmentBytes)
        throw ValidationError(QStringLiteral("size"),
                              Text::tr("%1 is %2 (%3 bytes); an attachment holds at most 25 MB (%4 "
                                       "bytes).")
                                  .arg(name, formatAttachmentSize(size), QLocale().toString(size),
                                       QLocale().toString(kMaxAttachmentBytes)));
}

void checkAttachmentLink(const AttachmentLink& link, const std::vector<DataRequest>& requests)
{
    if (link.kind != AttachmentLink::Kind::DataRequest)
        return;
    for (const DataRequest& r : requests)
        if (r.id == link.dataRequestId)
            return;
    noSuchRequest(link.dataRequestId);
}

AttachmentLink parseAttachmentLink(const QString& text)
{
    const QString t = text.trimmed().toLower();
    if (t.isEmpty() || t == u"none")
        return {};
    if (t == u"agreement")
        return {AttachmentLink::Kind::Agreement, kNoId};
    const QString prefix = QStringLiteral("data-request:");
    if (t.startsWith(prefix)) {
        bool ok = false;
        const Id id = t.mid(prefix.size()).toLongLong(&ok);
        if (ok && id > 0)
            return {AttachmentLink::Kind::DataRequest, id};
    }
    throw ValidationError(
        QStringLiteral("link"),
        Text::tr("“%1” is not something to link a file to: use data-request:N or agreement.")
            .arg(text));
}

QString attachmentLinkKey(const AttachmentLink& link)
{
    switch (link.kind) {
    case AttachmentLink::Kind::None:
        break;
    case AttachmentLink::Kind::DataRequest:
        return QStringLiteral("data-request:%1").arg(link.dataRequestId);
    case AttachmentLink::Kind::Agreement:
        return QStringLiteral("agreement");
    }
    return {};
}

QString formatAttachmentSize(qint64 size, const QLocale& locale)
{
    if (size < 1024)
        return Text::tr("%1 bytes").arg(locale.toString(size));
    return locale.formattedDataSize(size, 1, QLocale::DataSizeTraditionalFormat);
}

// ---------------------------------------------------------------------------
// AttachmentService

AttachmentInfo AttachmentService::add(Id prospectId, const QString& name, const QByteArray& bytes,
                                      const AttachmentLink& link, const QString& by)
{
    AttachmentInfo info;
    info.prospectId = prospectId;
    info.name = attachmentName(name);
    info.size = bytes.size();
    info.addedBy = by;
    info.addedAt = m_clock.now();
    info.link = link;
    checkAttachmentSize(info.name, info.size);
    m_store.transaction([&] {
        if (!m_store.prospects().find(prospectId))
            throw ValidationError(
                QStringLiteral("prospect"),
                Text::tr("There is no prospect %1 to attach the file to.").arg(prospectId));
        checkAttachmentLink(link, m_store.evidence().dataRequests(prospectId));
        info.id = m_store.attachments().add(info, bytes);
    });
    return info;
}

Attachment AttachmentService::remove(Id id)
{
    Attachment out;
    m_store.transaction([&] {
        const auto info = m_store.attachments().find(id);
        if (!info)
            throw StoreError(Text::tr("There is no attachment %1.").arg(id));
        out.info = *info;
        out.bytes = m_store.attachments().bytes(id);
        m_store.attachments().remove(*info);
    });
    return out;
}

void AttachmentService::remove(const AttachmentInfo& expected)
{
    m_store.attachments().remove(expected);
}

void AttachmentService::restore(const Attachment& a)
{
    checkAttachmentSize(a.info.name, a.bytes.size());
    m_store.transaction([&] {
        if (!m_store.prospects().find(a.info.prospectId))
            throw StoreError(Text::tr("The prospect of “%1” no longer exists; the file was not put "
                                      "back.")
                                 .arg(a.info.name));
        try {
            checkAttachmentLink(a.info.link, m_store.evidence().dataRequests(a.info.prospectId));
        } catch (const ValidationError&) {
            throw StoreError(
                Text::tr("The data request “%1” was linked to no longer exists; the file "
                         "was not put back.")
                    .arg(a.info.name));
        }
        m_store.attachments().add(a.info, a.bytes);
    });
}

// ---------------------------------------------------------------------------
// JSON

nlohmann::json attachmentToJson(const Attachment& a)
{
    const AttachmentInfo& i = a.info;
    nlohmann::json j{{"id", i.id},
                     {"prospect_id", i.prospectId},
                     {"name", i.name.toStdString()},
                     {"size", i.size},
                     {"added_by", i.addedBy.toStdString()},
                     {"added_at", i.addedAt.isValid()
                                      ? nlohmann::json(toIsoUtc(i.addedAt).toStdString())
                                      : nlohmann::json(nullptr)},
                     {"link", attachmentLinkKey(i.link).toStdString()}};
    if (!a.bytes.isNull())
        j["content_base64"] = a.bytes.toBase64().toStdString();
    return j;
}

Attachment attachmentFromJson(const JsonReader& r)
{
    Attachment a;
    AttachmentInfo& i = a.info;
    i.id = r.id("id");
    i.prospectId = r.id("prospect_id");
    try {
        i.name = attachmentName(r.text("name", true));
    } catch (const ValidationError& e) {
        throw ValidationError(r.at("name"),
                              QStringLiteral("%1: %2").arg(r.at("name"), e.message()));
    }
    i.size = r.integer("size");
    i.addedBy = r.text("added_by");
    validateText(i.addedBy, false, r.at("added_by"), r.at("added_by"));
    i.addedAt = r.timestamp("added_at");
    try {
        i.link = parseAttachmentLink(r.text("link"));
        checkAttachmentSize(i.name, i.size);
    } catch (const ValidationError& e) {
        const QString at = r.at(e.field() == u"size" ? "size" : "link");
        throw ValidationError(at, QStringLiteral("%1: %2").arg(at, e.message()));
    }
    const nlohmann::json& content = r.need("content_base64");
    if (!content.is_string())
        JsonReader::fail(r.at("content_base64"), Text::tr("%1 should be a base64 string."));
    const std::string& text = content.get_ref<const std::string&>();
    // The longest text kMaxAttachmentBytes encode to: refused before decoding.
    if (static_cast<qint64>(text.size()) > (kMaxAttachmentBytes + 2) / 3 * 4)
        JsonReader::fail(r.at("content_base64"), Text::tr("%1 holds more than an attachment may."));
    auto decoded = QByteArray::fromBase64Encoding(
        QByteArray::fromRawData(text.data(), static_cast<qsizetype>(text.size())),
        QByteArray::AbortOnBase64DecodingErrors);
    if (!decoded)
        JsonReader::fail(r.at("content_base64"), Text::tr("%1 is not valid base64."));
    a.bytes = std::move(*decoded);
    if (a.bytes.size() != i.size) {
        const QString at = r.at("content_base64");
        throw ValidationError(at, Text::tr("%1 holds %2 bytes, but the attachment's size says %3.")
                                      .arg(at)
                                      .arg(a.bytes.size())
                                      .arg(i.size));
    }
    return a;
}

} // namespace accord::core
