#include "FileIo.h"

#include <QCoreApplication>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QSaveFile>

namespace accord::core {

namespace {
QString tr(const char* text)
{
    return QCoreApplication::translate("accord::io", text);
}
} // namespace

void writeFileAtomically(const QString& path, const QByteArray& bytes)
{
    const QString shown = QDir::toNativeSeparators(path);
    if (path.isEmpty())
        throw StoreError(tr("No output file was given."));
    if (QFileInfo(path).isDir())
        throw StoreError(tr("Cannot write %1: it is a folder.").arg(shown));
    QSaveFile file(path);
    if (!file.open(QIODevice::WriteOnly))
        throw StoreError(tr("Cannot write %1: %2").arg(shown, file.errorString()));
    if (file.write(bytes) != bytes.size()) {
        const QString why = file.errorString();
        file.cancelWriting();
        throw StoreError(tr("Cannot write %1: %2").arg(shown, why));
    }
    if (!file.commit())
        throw StoreError(tr("Cannot save %1: %2").arg(shown, file.errorString()));
}

QByteArray readWholeFile(const QString& path, qint64 maxBytes)
{
    const QString shown = QDir::toNativeSeparators(path);
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly))
        throw ValidationError(QStringLiteral("file"),
                              tr("Cannot read %1: %2").arg(shown, file.errorString()));
    if (file.size() > maxBytes)
        throw ValidationError(QStringLiteral("file"),
                              tr("%1 is too large (%2 bytes).").arg(shown).arg(file.size()));
    QByteArray bytes = file.readAll();
    if (file.error() != QFileDevice::NoError)
        throw ValidationError(QStringLiteral("file"),
                              tr("Cannot read %1: %2").arg(shown, file.errorString()));
    return bytes;
}

} // namespace accord::core
