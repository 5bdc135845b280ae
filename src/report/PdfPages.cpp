#include "PdfPages.h"

#include "core/Types.h"

#include <QAbstractTextDocumentLayout>
#include <QCoreApplication>
#include <QFont>
#include <QImage>
#include <QPainter>
#include <QPdfWriter>
#include <QTextBlock>
#include <QTextBlockFormat>
#include <QTextCursor>
#include <QTextDocument>
#include <QTextImageFormat>
#include <QTextLayout>
#include <QTextTable>
#include <QUrl>

namespace accord::report {

namespace {

/// The translation context of this file's texts.
struct Text
{
    Q_DECLARE_TR_FUNCTIONS(accord::report)
};

} // namespace

QPageSize pageSizeForLocale(const QLocale& locale)
{
    // The territories where US Letter is the usual office paper.
    switch (locale.territory()) {
    case QLocale::UnitedStates:
    case QLocale::Canada:
    case QLocale::Mexico:
    case QLocale::Philippines:
    case QLocale::Chile:
    case QLocale::Colombia:
    case QLocale::Venezuela:
    case QLocale::CostaRica:
    case QLocale::Guatemala:
    case QLocale::Panama:
    case QLocale::DominicanRepublic:
    case QLocale::ElSalvador:
    case QLocale::Nicaragua:
    case QLocale::PuertoRico:
        return QPageSize(QPageSize::Letter);
    default:
        return QPageSize(QPageSize::A4);
    }
}

QFont reportFont(qreal pointSize)
{
    // DejaVu Sans covers Latin, Greek, Cyrillic, Arabic and Hebrew; Symbola the
    // emoji and symbols people put in names (both embedded in the PDF).
    QFont font;
    font.setFamilies({QStringLiteral("DejaVu Sans"), QStringLiteral("Symbola")});
    font.setStyleHint(QFont::SansSerif);
    font.setPointSizeF(pointSize);
    return font;
}

QString reportStyleSheet()
{
    return QStringLiteral(
        "h1 { font-size: 17pt; color: #1d2330; }"
        "h2 { font-size: 12.5pt; color: #1d2330; margin-top: 14px; margin-bottom: 4px; }"
        "h3 { font-size: 10pt; color: #1d2330; margin-top: 8px; margin-bottom: 2px; }"
        "p { margin-top: 2px; margin-bottom: 4px; }"
        "table.grid { border-color: #b8bfcc; border-style: solid; margin-top: 2px; "
        "margin-bottom: 6px; }"
        "table.grid th { background-color: #eef1f5; text-align: left; font-weight: bold; }"
        "table.fields th { text-align: left; font-weight: bold; color: #394152; "
        "padding-right: 12px; }");
}

int alignTableCellsLeft(QTextDocument& body)
{
    int changed = 0;
    for (QTextBlock b = body.begin(); b.isValid(); b = b.next()) {
        if (!QTextCursor(b).currentTable())
            continue;
        QTextBlockFormat format = b.blockFormat();
        const Qt::Alignment horizontal = format.alignment() & Qt::AlignHorizontal_Mask;
        if (horizontal != Qt::AlignLeft && horizontal != Qt::AlignLeading &&
            horizontal != Qt::Alignment())
            continue; // a cell aligned on purpose (numbers, centred)
        if (b.textDirection() != Qt::RightToLeft)
            continue;
        // A right-to-left name in a left-to-right table starts at the cell's left
        // edge like its neighbours, instead of running into the next column.
        format.setAlignment(Qt::AlignLeft | Qt::AlignAbsolute);
        format.setLayoutDirection(Qt::LeftToRight);
        QTextCursor(b).setBlockFormat(format);
        ++changed;
    }
    return changed;
}

int keepHeadingsWithNext(QTextDocument& body)
{
    const qreal pageHeight = body.pageSize().height();
    if (pageHeight <= 0)
        return 0;
    QAbstractTextDocumentLayout* layout = body.documentLayout();
    const auto pageOf = [pageHeight](qreal y) { return static_cast<int>(y / pageHeight); };
    int moved = 0;
    // One heading per pass, the first that ends a page; then the whole document
    // is laid out again, since moving it moves everything after it.
    for (int pass = 0; pass < 500; ++pass) {
        QTextBlock found;
        for (QTextBlock b = body.begin(); b.isValid() && !found.isValid(); b = b.next()) {
            const QTextBlockFormat format = b.blockFormat();
            if (format.headingLevel() <= 0 ||
                (format.pageBreakPolicy() & QTextFormat::PageBreak_AlwaysBefore))
                continue;
            const QRectF heading = layout->blockBoundingRect(b);
            const QTextBlock next = b.next();
            if (!next.isValid() || heading.top() < 1)
                continue;
            // The heading belongs on the page of the first line that follows it.
            const QRectF after = layout->blockBoundingRect(next);
            qreal firstLine = after.height();
            if (next.layout() && next.layout()->lineCount() > 0)
                firstLine = next.layout()->lineAt(0).rect().bottom();
            const int page = pageOf(heading.top());
            if (pageOf(heading.bottom() - 1) != page || pageOf(after.top() + firstLine - 1) != page)
                found = b;
        }
        if (!found.isValid())
            break;
        QTextBlockFormat format = found.blockFormat();
        format.setPageBreakPolicy(format.pageBreakPolicy() | QTextFormat::PageBreak_AlwaysBefore);
        QTextCursor(found).setBlockFormat(format);
        const QSizeF size = body.pageSize();
        body.setPageSize(QSizeF(size.width(), size.height() + 1));
        body.setPageSize(size);
        ++moved;
    }
    return moved;
}

int renderPaginatedPdf(QIODevice& out, QTextDocument& body, const PdfPageOptions& o)
{
    QPdfWriter writer(&out);
    writer.setResolution(o.resolution);
    writer.setPageSize(o.pageSize);
    writer.setPageMargins(QMarginsF(0, 0, 0, 0), QPageLayout::Millimeter);
    writer.setTitle(o.title);
    writer.setCreator(QStringLiteral("Accord"));

    QPainter painter;
    if (!painter.begin(&writer))
        throw core::StoreError(Text::tr("The PDF could not be started."));

    const PageGeometry geometry{o.resolution / 25.4, o.resolution / 72.0};
    const qreal mm = geometry.pxPerMm;
    const QRectF page(0, 0, writer.width(), writer.height());
    const qreal margin = o.marginMm * mm;
    const qreal headerHeight = 9 * mm;
    const qreal footerHeight = 9 * mm;
    const QRectF bodyRect(margin, margin + headerHeight, page.width() - 2 * margin,
                          page.height() - 2 * margin - headerHeight - footerHeight);

    body.documentLayout()->setPaintDevice(&writer);
    body.setDocumentMargin(0);
    if (o.bannerHeightMm > 0) {
        // Room for the banner: a transparent image of the banner's height in an empty
        // first block (a root frame margin would repeat on every page, a first block's
        // margin collapses). Layout lengths are in 96-dpi pixels, scaled to the device.
        const QUrl spacer(QStringLiteral("accord-banner-space"));
        QImage transparent(1, 1, QImage::Format_ARGB32);
        transparent.fill(Qt::transparent);
        body.addResource(QTextDocument::ImageResource, spacer, transparent);
        QTextCursor cursor(&body);
        cursor.movePosition(QTextCursor::Start);
        cursor.insertBlock(QTextBlockFormat(), QTextCharFormat());
        cursor.movePosition(QTextCursor::Start);
        cursor.setBlockFormat(QTextBlockFormat());
        QTextImageFormat image;
        image.setName(spacer.toString());
        image.setWidth(1);
        image.setHeight(o.bannerHeightMm * 96.0 / 25.4);
        cursor.insertImage(image);
    }
    alignTableCellsLeft(body);
    body.setPageSize(bodyRect.size());
    keepHeadingsWithNext(body);
    const int pages = std::max(1, body.pageCount());

    QFont small = reportFont(7.5);
    QFont headerFont = reportFont(8);
    headerFont.setBold(true);
    const QColor muted(0x58, 0x61, 0x74);

    for (int i = 0; i < pages; ++i) {
        if (i > 0)
            writer.newPage();

        painter.save();
        painter.setClipRect(bodyRect);
        painter.translate(bodyRect.left(), bodyRect.top() - i * bodyRect.height());
        QAbstractTextDocumentLayout::PaintContext context;
        context.clip = QRectF(0, i * bodyRect.height(), bodyRect.width(), bodyRect.height());
        context.palette.setColor(QPalette::Text, Qt::black);
        body.documentLayout()->draw(&painter, context);
        painter.restore();

        if (i == 0 && o.drawBanner && o.bannerHeightMm > 0) {
            painter.save();
            o.drawBanner(
                painter,
                QRectF(bodyRect.left(), bodyRect.top(), bodyRect.width(), o.bannerHeightMm * mm),
                geometry);
            painter.restore();
        }

        // Running header: title left, report name right, a rule below.
        const QRectF header(margin, margin, bodyRect.width(), headerHeight - 3 * mm);
        painter.setPen(muted);
        painter.setFont(headerFont);
        const QString title = QFontMetricsF(headerFont, &writer)
                                  .elidedText(o.title, Qt::ElideRight, header.width() * 0.65);
        painter.drawText(header, Qt::AlignLeft | Qt::AlignVCenter, title);
        painter.setFont(small);
        painter.drawText(header, Qt::AlignRight | Qt::AlignVCenter, o.reportName);
        painter.setPen(QPen(QColor(0xd0, 0xd5, 0xdd), 0.3 * mm));
        painter.drawLine(QPointF(header.left(), header.bottom() + 1 * mm),
                         QPointF(header.right(), header.bottom() + 1 * mm));

        // Footer: date left, page numbers right.
        const QRectF footer(margin, page.height() - margin - footerHeight + 3 * mm,
                            bodyRect.width(), footerHeight - 3 * mm);
        painter.setPen(muted);
        painter.setFont(small);
        painter.drawText(footer, Qt::AlignLeft | Qt::AlignVCenter, o.footerLeft);
        painter.drawText(
            footer, Qt::AlignRight | Qt::AlignVCenter,
            Text::tr("Page %1 of %2").arg(o.locale.toString(i + 1), o.locale.toString(pages)));
    }
    if (!painter.end())
        throw core::StoreError(Text::tr("The PDF could not be finished."));
    return pages;
}

} // namespace accord::report
