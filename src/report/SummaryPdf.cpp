#include "SummaryPdf.h"

#include "PdfPages.h"
#include "StepProgress.h"
#include "core/io/FileIo.h"

#include <QBuffer>
#include <QCoreApplication>
#include <QPainter>
#include <QTextDocument>

namespace accord::report {

namespace {

/// The translation context of this file's texts.
struct Text
{
    Q_DECLARE_TR_FUNCTIONS(accord::report)
};

} // namespace

QByteArray summaryPdf(const core::SummaryDocument& doc, const SummaryPdfOptions& options)
{
    QTextDocument body;
    body.setDefaultFont(reportFont());
    body.setDefaultStyleSheet(reportStyleSheet());
    body.setHtml(core::summaryHtml(doc, core::HtmlFlavour::RichText));

    PdfPageOptions page;
    page.pageSize =
        options.pageSize ? QPageSize(*options.pageSize) : pageSizeForLocale(options.locale);
    page.title = doc.title;
    page.reportName = Text::tr("Prospect summary");
    page.footerLeft = Text::tr("Made by Accord on %1").arg(doc.generatedAt);
    page.locale = options.locale;
    page.bannerHeightMm = 40;
    page.drawBanner = [&doc](QPainter& painter, const QRectF& rect, const PageGeometry& g) {
        const qreal mm = g.pxPerMm;
        QFont title = reportFont(17);
        title.setBold(true);
        painter.setFont(title);
        painter.setPen(QColor(0x1d, 0x23, 0x30));
        const QRectF titleRect(rect.left(), rect.top(), rect.width(), 9 * mm);
        painter.drawText(titleRect, Qt::AlignLeft | Qt::AlignVCenter,
                         QFontMetricsF(title, painter.device())
                             .elidedText(doc.title, Qt::ElideRight, rect.width()));
        painter.setFont(reportFont(9.5));
        painter.setPen(QColor(0x58, 0x61, 0x74));
        painter.drawText(QRectF(rect.left(), titleRect.bottom(), rect.width(), 6 * mm),
                         Qt::AlignLeft | Qt::AlignVCenter, doc.subtitle);
        drawStepProgress(painter,
                         QRectF(rect.left(), titleRect.bottom() + 9 * mm, rect.width(), 20 * mm),
                         doc.steps, g);
    };

    QByteArray bytes;
    QBuffer buffer(&bytes);
    buffer.open(QIODevice::WriteOnly);
    renderPaginatedPdf(buffer, body, page);
    buffer.close();
    return bytes;
}

void writeSummaryPdf(const QString& path, const core::SummaryDocument& doc,
                     const SummaryPdfOptions& options)
{
    core::writeFileAtomically(path, summaryPdf(doc, options));
}

} // namespace accord::report
