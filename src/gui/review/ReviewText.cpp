#include "ReviewText.h"

#include "Format.h"

#include <QAbstractItemModel>
#include <QCoreApplication>
#include <QLocale>

namespace accord::gui {

namespace {

QString percentText(std::optional<double> share)
{
    return share ? QLocale().toString(*share * 100.0, 'f', 0) + QLatin1Char('%')
                 : QStringLiteral("—");
}

} // namespace

std::vector<ReviewText::Tile> ReviewText::tiles(const core::PipelineReport& r)
{
    const QString& currency = r.query.settings.currency;
    auto money = [&](qint64 minor) { return Format::moneyShort(minor, currency); };
    auto count = [&](core::Movement m) { return QString::number(r.moved(m).size()); };
    const QString cycle = r.cycle.count > 0
                              ? tr("%1 days").arg(QLocale().toString(r.cycle.median, 'f', 0))
                              : QStringLiteral("—");
    const QString open =
        r.openUnconverted > 0
            ? tr("%1 · %2 (%n unconverted: no exchange rate)", nullptr, r.openUnconverted)
                  .arg(r.openCount)
                  .arg(money(r.openValueMinor))
            : tr("%1 · %2").arg(r.openCount).arg(money(r.openValueMinor));
    return {
        {tr("Open prospects"), open},
        {tr("Weighted pipeline"), money(r.weightedMinor)},
        {tr("New"), count(core::Movement::New)},
        {tr("Advanced"), count(core::Movement::Advanced)},
        {tr("Moved back"), count(core::Movement::Regressed)},
        {tr("Won"), tr("%1 · %2").arg(r.won).arg(money(r.wonValueMinor))},
        {tr("Lost"), QString::number(r.lost)},
        {tr("Win rate"), percentText(r.winRate())},
        {tr("Median cycle (stage 1 → won)"), cycle},
        {tr("Stalled"), QString::number(r.stalledCount)},
    };
}

QString ReviewText::stalledCaption(const core::PipelineReport& r)
{
    return static_cast<int>(r.stalled.size()) < r.stalledCount
               ? tr("Stalled: %1 (longest quiet %2 shown)")
                     .arg(r.stalledCount)
                     .arg(r.stalled.size())
               : tr("Stalled: %1").arg(r.stalledCount);
}

QString ReviewText::rangeCaption(const core::PipelineReport& r)
{
    const QLocale locale;
    const core::ReportQuery& q = r.query;
    return tr("%1 – %2 · %3 · pipeline as of %4")
        .arg(locale.toString(q.from.toLocalTime().date(), QLocale::ShortFormat),
             locale.toString(q.to.addSecs(-1).toLocalTime().date(), QLocale::ShortFormat),
             q.owners.isEmpty() ? tr("all owners") : q.owners.join(QStringLiteral(", ")),
             Format::dateTime(q.now));
}

QString ReviewText::tilesHtml(const std::vector<Tile>& tiles)
{
    QString html = QStringLiteral("<table class=\"grid\" width=\"100%\"><tr>");
    for (std::size_t i = 0; i < tiles.size(); ++i) {
        html += QStringLiteral("<td><small>%1</small><br><b>%2</b></td>")
                    .arg(tiles[i].title.toHtmlEscaped(), tiles[i].value.toHtmlEscaped());
        if (i % 5 == 4 && i + 1 < tiles.size())
            html += QStringLiteral("</tr><tr>");
    }
    return html + QStringLiteral("</tr></table>");
}

QString ReviewText::tableHtml(const QString& title, const QAbstractItemModel& model)
{
    QString html = QStringLiteral("<h2>%1</h2><table class=\"grid\" width=\"100%\" "
                                  "cellspacing=\"0\" cellpadding=\"3\"><tr>")
                       .arg(title.toHtmlEscaped());
    for (int c = 0; c < model.columnCount(); ++c)
        html += QStringLiteral("<th>%1</th>")
                    .arg(model.headerData(c, Qt::Horizontal).toString().toHtmlEscaped());
    html += QStringLiteral("</tr>");
    for (int r = 0; r < model.rowCount(); ++r) {
        html += QStringLiteral("<tr>");
        for (int c = 0; c < model.columnCount(); ++c)
            html += QStringLiteral("<td>%1</td>")
                        .arg(model.index(r, c).data().toString().toHtmlEscaped());
        html += QStringLiteral("</tr>");
    }
    return html + QStringLiteral("</table>");
}

} // namespace accord::gui
