#include "PipelineCsv.h"

#include "core/Activities.h"
#include "core/Money.h"
#include "core/Parse.h"

namespace accord::core {

QStringList pipelineCsvHeader()
{
    return {QStringLiteral("ID"),           QStringLiteral("Name"),
            QStringLiteral("Owner"),        QStringLiteral("Industry"),
            QStringLiteral("Segment"),      QStringLiteral("Stage"),
            QStringLiteral("Status"),       QStringLiteral("Value"),
            QStringLiteral("Currency"),     QStringLiteral("Days in stage"),
            QStringLiteral("Last meeting"), QStringLiteral("Next activity"),
            QStringLiteral("Due"),          QStringLiteral("Gate progress")};
}

QString minorToDecimal(qint64 minor, int digits)
{
    const bool negative = minor < 0;
    const quint64 abs = negative ? 0 - static_cast<quint64>(minor) : static_cast<quint64>(minor);
    quint64 unit = 1;
    for (int i = 0; i < digits; ++i)
        unit *= 10;
    const QString sign = negative ? QStringLiteral("-") : QString();
    if (digits <= 0)
        return sign + QString::number(abs);
    return QStringLiteral("%1%2.%3")
        .arg(sign)
        .arg(abs / unit)
        .arg(abs % unit, digits, 10, QLatin1Char('0'));
}

QByteArray pipelineCsv(const std::vector<ProspectRow>& rows, const QDateTime& now,
                       const CsvWriteOptions& options)
{
    std::vector<QStringList> records;
    records.reserve(rows.size());
    for (const ProspectRow& row : rows) {
        const Prospect& p = row.prospect;
        const QString days = p.stageEnteredAt.isValid()
                                 ? QString::number(wholeDaysBetween(p.stageEnteredAt, now))
                                 : QString();
        // The file reads the same in every language: scripts and spreadsheets
        // compare its columns.
        const QString gate = row.gateTotal > 0
                                 ? QStringLiteral("%1 of %2").arg(row.gateMet).arg(row.gateTotal)
                                 : QString();
        records.push_back(
            {QString::number(p.id), p.name, p.owner, p.industry, p.segment,
             EnumTraits<Stage>::sourceName(p.stage), EnumTraits<Status>::sourceName(p.status),
             minorToDecimal(p.value.minor, minorDigits(p.value.currency)), p.value.currency, days,
             row.lastMeetingAt.isValid() ? toIsoUtc(row.lastMeetingAt) : QString(),
             row.nextActivity ? row.nextActivity->title : QString(),
             row.nextActivity ? activityDueText(*row.nextActivity) : QString(), gate});
    }
    return writeCsv(pipelineCsvHeader(), records, options);
}

} // namespace accord::core
