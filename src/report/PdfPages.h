#pragma once

// Page-by-page PDF output shared by every printable report: a QTextDocument
// body flowed over pages of the locale's paper size, a running header (title
// and report name), a footer (date and "Page n of N"), and an optional
// banner drawn with QPainter at the top of the first page.

#include <QLocale>
#include <QPageSize>
#include <QString>

#include <functional>

class QIODevice;
class QPainter;
class QRectF;
class QTextDocument;

namespace accord::report {

/// Letter where the locale's territory uses it (US, Canada, Mexico, …), else A4.
QPageSize pageSizeForLocale(const QLocale& locale);

/// Geometry handed to a banner painter: device pixels, with a unit to convert.
struct PageGeometry
{
    qreal pxPerMm = 1.0;
    qreal pxPerPt = 1.0;
};

struct PdfPageOptions
{
    QPageSize pageSize = QPageSize(QPageSize::A4);
    QString title;      // header left and the PDF's title metadata
    QString reportName; // header right, e.g. "Prospect summary"
    QString footerLeft; // e.g. "Made by Accord on 15/06/2026"
    QLocale locale;
    int resolution = 300;
    qreal marginMm = 16.0;
    /// Space at the top of page 1 for `drawBanner`; 0 for none.
    qreal bannerHeightMm = 0.0;
    std::function<void(QPainter&, const QRectF&, const PageGeometry&)> drawBanner;
};

/// The default font of every report body (sans serif, `pointSize`).
QFont reportFont(qreal pointSize = 9.5);

/// A style sheet for report bodies: headings, grid tables, field tables.
QString reportStyleSheet();

/// Sets every right-to-left paragraph of a table cell (an Arabic or Hebrew
/// name) to start at the cell's left edge, as the table's other cells do.
/// Returns how many changed.
int alignTableCellsLeft(QTextDocument& body);

/// Moves every heading that would end a page (its next line on the following
/// page) to the top of the next page. `body` has its page size set. Returns
/// how many headings moved.
int keepHeadingsWithNext(QTextDocument& body);

/// Lays `body` out on pages and writes the PDF to `out`. Returns the page count.
int renderPaginatedPdf(QIODevice& out, QTextDocument& body, const PdfPageOptions& options);

} // namespace accord::report
