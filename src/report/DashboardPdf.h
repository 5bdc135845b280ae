#pragma once

// The review dashboard as a PDF: a heading, the figures as HTML tables and the
// charts as images, flowed over pages with the shared header and footer.

#include <QImage>
#include <QLocale>
#include <QString>

#include <vector>

class QIODevice;

namespace accord::report {

struct DashboardPdfContent
{
    QString title;      // header left and the PDF's title, e.g. "Pipeline review"
    QString subtitle;   // range and owners, under the heading
    QString footerLeft; // e.g. "Made by Accord on 15/06/2026"
    QString tilesHtml;  // the key figures (escaped HTML, one table)
    struct Chart
    {
        QString caption;
        QImage image;
    };
    std::vector<Chart> charts; // drawn two per row, in order
    QString tablesHtml;        // the tables under the charts (escaped HTML)
    QLocale locale;
};

/// Writes the dashboard PDF to `out`. Returns the page count. Throws core::StoreError
/// when the PDF cannot be started.
int writeDashboardPdf(QIODevice& out, const DashboardPdfContent& content);

} // namespace accord::report
