#include "DashboardPdf.h"

#include "PdfPages.h"

#include <QTextDocument>
#include <QUrl>

namespace accord::report {

int writeDashboardPdf(QIODevice& out, const DashboardPdfContent& content)
{
    QTextDocument body;
    body.setDefaultFont(reportFont());
    body.setDefaultStyleSheet(reportStyleSheet());

    // Two charts per row across the body width (layout lengths are 96-dpi pixels:
    // an A4 body is about 670 wide).
    constexpr int kChartWidth = 330;
    QString charts = QStringLiteral("<table width=\"100%\" cellspacing=\"4\">");
    for (std::size_t i = 0; i < content.charts.size(); ++i) {
        const auto& chart = content.charts[i];
        const QUrl url(QStringLiteral("accord-chart-%1").arg(i));
        const int height = chart.image.isNull() ? 0
                                                : kChartWidth * chart.image.height() /
                                                      std::max(1, chart.image.width());
        if (i % 2 == 0)
            charts += QStringLiteral("<tr>");
        charts +=
            QStringLiteral(
                "<td valign=\"top\"><b>%1</b><br><img src=\"%2\" width=\"%3\" height=\"%4\"></td>")
                .arg(chart.caption.toHtmlEscaped(), url.toString())
                .arg(kChartWidth)
                .arg(height);
        if (i % 2 == 1 || i + 1 == content.charts.size())
            charts += QStringLiteral("</tr>");
    }
    charts += QStringLiteral("</table>");

    body.setHtml(QStringLiteral("<h1>%1</h1><p>%2</p>%3%4%5")
                     .arg(content.title.toHtmlEscaped(), content.subtitle.toHtmlEscaped(),
                          content.tilesHtml, charts, content.tablesHtml));

    // After setHtml(), which clears the document's resources.
    for (std::size_t i = 0; i < content.charts.size(); ++i)
        body.addResource(QTextDocument::ImageResource,
                         QUrl(QStringLiteral("accord-chart-%1").arg(i)), content.charts[i].image);

    PdfPageOptions options;
    options.pageSize = pageSizeForLocale(content.locale);
    options.title = content.title;
    options.reportName = content.title;
    options.footerLeft = content.footerLeft;
    options.locale = content.locale;
    return renderPaginatedPdf(out, body, options);
}

} // namespace accord::report
