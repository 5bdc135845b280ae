#pragma once

// Files kept on a prospect (the data received in stage 1, the signed agreement
// in stage 4): the record, the store's face for them, and their rules, once —
// what a file may be called, how large it may be, what it may be linked to.
// The bytes live in the store; lists read only the metadata.

#include "Types.h"

#include <QByteArray>
#include <QLocale>

#include <nlohmann/json_fwd.hpp>

#include <optional>
#include <vector>

namespace accord::core {

class Clock;
class JsonReader;
class Store;
struct DataRequest;

/// 25 MB (of 1024 × 1024 bytes), the most one attachment may hold.
inline constexpr qint64 kMaxAttachmentBytes = 25LL * 1024 * 1024;
/// The longest file name kept, in characters.
inline constexpr int kMaxAttachmentName = 255;

/// What an attachment belongs to besides its prospect: nothing, one of its
/// data requests, or the agreement.
struct AttachmentLink
{
    enum class Kind { None, DataRequest, Agreement };
    Kind kind = Kind::None;
    Id dataRequestId = kNoId; // DataRequest only
    bool operator==(const AttachmentLink&) const = default;
};

/// An attachment as lists show it: everything but the bytes.
struct AttachmentInfo
{
    Id id = kNoId;
    Id prospectId = kNoId;
    QString name; // the file's name, without folders
    qint64 size = 0;
    QString addedBy;
    QDateTime addedAt;
    AttachmentLink link;
    bool operator==(const AttachmentInfo&) const = default;
};

/// An attachment with its bytes (null bytes: not loaded).
struct Attachment
{
    AttachmentInfo info;
    QByteArray bytes;
    bool operator==(const Attachment&) const = default;
};

class AttachmentRepository
{
public:
    virtual ~AttachmentRepository() = default;
    /// The prospect's attachments, oldest first; never reads the bytes.
    virtual std::vector<AttachmentInfo> list(Id prospectId) = 0;
    virtual std::optional<AttachmentInfo> find(Id id) = 0;
    /// The bytes of one attachment; StoreError when it no longer exists.
    virtual QByteArray bytes(Id id) = 0;
    /// Inserts; keeps `info.id` when set (restore, undo), else assigns one.
    /// StoreError when an attachment with that id exists. Returns the id.
    virtual Id add(const AttachmentInfo& info, const QByteArray& bytes) = 0;
    /// Deletes the attachment if it still holds what `expected` says (name,
    /// size, link); StoreError with a sentence, deleting nothing, when it is
    /// gone or changed since.
    virtual void remove(const AttachmentInfo& expected) = 0;
};

/// "report.pdf" from a path; ValidationError when nothing is left or the
/// name holds a control character or is longer than kMaxAttachmentName.
QString attachmentName(const QString& pathOrName);
/// Refuses an empty file and one over kMaxAttachmentBytes, naming the file
/// and its size: "offer.pdf is 31.2 MB (32,714,342 bytes); an attachment holds
/// at most 25 MB (26,214,400 bytes)."
void checkAttachmentSize(const QString& name, qint64 size);
/// The link is to one of `requests` (the prospect's) when it names a data request.
void checkAttachmentLink(const AttachmentLink& link, const std::vector<DataRequest>& requests);
/// "data-request:12" / "agreement" / "" → the link; ValidationError otherwise.
AttachmentLink parseAttachmentLink(const QString& text);
/// The link as parseAttachmentLink reads it ("" for none).
QString attachmentLinkKey(const AttachmentLink& link);
/// "1.2 MB", "830 bytes" for people.
QString formatAttachmentSize(qint64 size, const QLocale& locale = QLocale());

/// Adding, removing and restoring attachments with the rules above; the GUI's
/// undo commands and the CLI call it, never the repository.
class AttachmentService
{
public:
    AttachmentService(Store& store, const Clock& clock) : m_store(store), m_clock(clock) {}
    /// Checks and stores a file on prospect `prospectId`, added by `by` now.
    AttachmentInfo add(Id prospectId, const QString& name, const QByteArray& bytes,
                       const AttachmentLink& link, const QString& by);
    /// Deletes attachment `id` and returns it with its bytes, for undo.
    Attachment remove(Id id);
    /// Deletes `expected` if nobody changed it since (undo of an add).
    void remove(const AttachmentInfo& expected);
    /// Puts back a removed attachment with its id (undo of a remove, redo of an
    /// add); refuses when its prospect or linked data request is gone.
    void restore(const Attachment& attachment);

private:
    Store& m_store;
    const Clock& m_clock;
};

/// JSON form of a bundle's attachment: the metadata and, when loaded, the
/// bytes as "content_base64". Reading checks the base64 and the size against
/// "size" and the rules above, naming the JSON path.
nlohmann::json attachmentToJson(const Attachment& a);
Attachment attachmentFromJson(const JsonReader& r);

} // namespace accord::core
