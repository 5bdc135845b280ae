#include "support/AudienceData.h"
#include "support/TestSupport.h"

#include "core/Demo.h"
#include "report/PdfPages.h"
#include "report/SummaryPdf.h"

#include <QAbstractTextDocumentLayout>
#include <QElapsedTimer>
#include <QFile>
#include <QProcess>
#include <QRawFont>
#include <QRegularExpression>
#include <QTextBlock>
#include <QTextDocument>
#include <QTextLayout>

using namespace accord::core;
using namespace accord::report;

namespace {

QString pdfToText(const QString& path)
{
    QProcess p;
    p.start(QStringLiteral("pdftotext"), {QStringLiteral("-layout"), path, QStringLiteral("-")});
    REQUIRE(p.waitForFinished(30000));
    REQUIRE(p.exitCode() == 0);
    return QString::fromUtf8(p.readAllStandardOutput());
}

int pdfPages(const QString& path)
{
    QProcess p;
    p.start(QStringLiteral("pdfinfo"), {path});
    REQUIRE(p.waitForFinished(30000));
    for (const QString& line : QString::fromUtf8(p.readAllStandardOutput()).split(u'\n'))
        if (line.startsWith(QStringLiteral("Pages:")))
            return line.mid(6).trimmed().toInt();
    return -1;
}

SummaryOptions options()
{
    SummaryOptions o;
    o.now = accord::test::referenceNow();
    o.locale = QLocale(QLocale::English, QLocale::UnitedKingdom);
    o.zone = QTimeZone::utc();
    return o;
}

ProspectBundle demoProspectAt(Stage stage)
{
    DemoOptions d;
    d.now = accord::test::referenceNow();
    for (ProspectBundle& b : makeDemoPipeline(d))
        if (b.prospect.stage == stage && !b.meetings.empty())
            return b;
    FAIL("the demo has no prospect in that stage");
    throw std::logic_error("unreachable");
}

} // namespace

TEST_CASE("the summary PDF text holds the prospect name and stage and page numbers",
          "[report][pdf]")
{
    accord::test::TempDir dir;
    ProspectBundle b = demoProspectAt(Stage::Consulting);
    b.prospect.name = QStringLiteral("Northwind Café <Traders>");
    const SummaryDocument doc = buildSummary(b, options());
    const QString path = dir.path(QStringLiteral("summary.pdf"));
    writeSummaryPdf(path, doc, SummaryPdfOptions{options().locale, {}});

    QFile f(path);
    REQUIRE(f.open(QIODevice::ReadOnly));
    CHECK(f.read(5) == "%PDF-");
    const QString text = pdfToText(path);
    CHECK(text.contains(QStringLiteral("Northwind Café <Traders>")));
    CHECK(text.contains(stageName(Stage::Consulting)));
    CHECK(text.contains(QStringLiteral("Informative")));
    CHECK(text.contains(QStringLiteral("Negotiation")));
    CHECK(text.contains(QStringLiteral("Meetings")));
    const int pages = pdfPages(path);
    CHECK(pages >= 1);
    CHECK(text.contains(QStringLiteral("Page 1 of %1").arg(pages)));
}

TEST_CASE("a long summary flows over several numbered pages", "[report][pdf]")
{
    accord::test::TempDir dir;
    ProspectBundle b = demoProspectAt(Stage::Negotiation);
    const Meeting model = b.meetings.front();
    for (int i = 0; i < 40; ++i) {
        Meeting m = model;
        m.id = 10000 + i;
        m.summary = QStringLiteral("Meeting number %1").arg(i);
        m.occurredAt = model.occurredAt.addDays(-i - 1);
        b.meetings.push_back(m);
    }
    const QString path = dir.path(QStringLiteral("long.pdf"));
    writeSummaryPdf(path, buildSummary(b, options()), SummaryPdfOptions{options().locale, {}});
    const int pages = pdfPages(path);
    CHECK(pages > 2);
    const QString text = pdfToText(path);
    CHECK(text.contains(QStringLiteral("Page %1 of %1").arg(pages)));
    // Every meeting's heading is on some page (moving headings off a page's foot
    // loses none).
    for (int i = 0; i < 40; ++i)
        CHECK(text.contains(QStringLiteral("Meeting number %1\n").arg(i)));
}

TEST_CASE("the paper size follows the locale", "[report][pdf]")
{
    CHECK(pageSizeForLocale(QLocale(QLocale::English, QLocale::UnitedStates)).id() ==
          QPageSize::Letter);
    CHECK(pageSizeForLocale(QLocale(QLocale::French, QLocale::Canada)).id() == QPageSize::Letter);
    CHECK(pageSizeForLocale(QLocale(QLocale::German, QLocale::Germany)).id() == QPageSize::A4);
    CHECK(pageSizeForLocale(QLocale(QLocale::English, QLocale::UnitedKingdom)).id() ==
          QPageSize::A4);
}

TEST_CASE("one summary PDF renders well within the 200 ms target", "[report][pdf][.timing]")
{
    const SummaryDocument doc = buildSummary(demoProspectAt(Stage::Negotiation), options());
    QElapsedTimer t;
    t.start();
    const int n = 20;
    for (int i = 0; i < n; ++i)
        CHECK(summaryPdf(doc).startsWith("%PDF-"));
    WARN("ms per summary PDF: " << double(t.elapsed()) / n);
}

TEST_CASE("write a sample summary PDF to $ACCORD_SAMPLE_PDF", "[report][pdf][.sample]")
{
    const QString path = qEnvironmentVariable("ACCORD_SAMPLE_PDF");
    if (path.isEmpty())
        return;
    writeSummaryPdf(path, buildSummary(demoProspectAt(Stage::Negotiation), options()),
                    SummaryPdfOptions{options().locale, {}});
}

TEST_CASE("time to write 1000 summary PDFs", "[report][pdf][.bulk]")
{
    accord::test::TempDir dir;
    DemoOptions d;
    d.now = accord::test::referenceNow();
    const std::vector<ProspectBundle> demo = makeDemoPipeline(d);
    QElapsedTimer t;
    t.start();
    for (int i = 0; i < 1000; ++i) {
        const ProspectBundle& b = demo[static_cast<std::size_t>(i) % demo.size()];
        writeSummaryPdf(dir.path(QStringLiteral("%1.pdf").arg(i)), buildSummary(b, options()),
                        SummaryPdfOptions{options().locale, {}});
    }
    WARN("1,000 summary PDFs: " << t.elapsed() << " ms");
}

TEST_CASE("a heading never ends a page: it moves to the page of what follows it", "[report][pdf]")
{
    // However much text comes before, the heading and the first row of its table
    // share a page.
    int moved = 0;
    for (int filler = 0; filler < 70; filler += 1) {
        QTextDocument body;
        body.setDefaultFont(reportFont());
        body.setDefaultStyleSheet(reportStyleSheet());
        QString html;
        for (int i = 0; i < filler; ++i)
            html += QStringLiteral("<p>Line %1 of the notes before the heading.</p>").arg(i);
        html += QStringLiteral("<h2>Contacts</h2><table class=\"grid\"><tr><th>Name</th></tr>");
        for (int i = 0; i < 4; ++i)
            html += QStringLiteral("<tr><td>Contact %1</td></tr>").arg(i);
        html += QStringLiteral("</table>");
        body.setHtml(html);
        body.setDocumentMargin(0);
        body.setPageSize(QSizeF(600, 400));
        moved += keepHeadingsWithNext(body);
        QTextBlock heading;
        for (QTextBlock b = body.begin(); b.isValid(); b = b.next())
            if (b.blockFormat().headingLevel() == 2)
                heading = b;
        REQUIRE(heading.isValid());
        const QRectF h = body.documentLayout()->blockBoundingRect(heading);
        const QRectF next = body.documentLayout()->blockBoundingRect(heading.next());
        const auto page = [](qreal y) { return static_cast<int>(y / 400); };
        CAPTURE(filler, h.top(), next.top());
        CHECK(page(h.top()) == page(next.bottom() - 1));
    }
    CHECK(moved > 0); // some of those layouts did put it at the foot of a page
}

TEST_CASE("an e-mail address in the summary PDF is never broken across lines", "[report][pdf]")
{
    ProspectBundle b = demoProspectAt(Stage::Consulting);
    const QString email = QStringLiteral("anastasia.konstantinopoulou@northwind-traders.example");
    b.contacts.at(0).email = email;
    b.contacts.at(0).title = QStringLiteral("Vice president, strategic partnerships and alliances");
    QTextDocument body;
    body.setDefaultFont(reportFont());
    body.setDefaultStyleSheet(reportStyleSheet());
    const QString html = summaryHtml(buildSummary(b, options()), HtmlFlavour::RichText);
    INFO(html.mid(html.indexOf(QStringLiteral("konstantinopoulou")) - 80, 200).toStdString());
    body.setHtml(html);
    body.setPageSize(QSizeF(640, 900)); // an A4 body in layout pixels
    bool found = false;
    for (QTextBlock block = body.begin(); block.isValid(); block = block.next()) {
        if (!block.text().contains(QStringLiteral("konstantinopoulou")))
            continue;
        body.documentLayout()->blockBoundingRect(block); // lays it out
        found = true;
        INFO("nonbreakable " << block.blockFormat().nonBreakableLines());
        CHECK(block.text() == email);
        CHECK(block.layout()->lineCount() == 1);
    }
    CHECK(found);
}

TEST_CASE("an emoji in a name is drawn with a font that has it", "[report][pdf]")
{
    accord::test::TempDir dir;
    ProspectBundle b = demoProspectAt(Stage::Consulting);
    b.prospect.name = QStringLiteral("Rocket 🚀 Café");
    const QString path = dir.path(QStringLiteral("emoji.pdf"));
    writeSummaryPdf(path, buildSummary(b, options()), SummaryPdfOptions{options().locale, {}});
    QProcess p;
    p.start(QStringLiteral("pdffonts"), {path});
    REQUIRE(p.waitForFinished(30000));
    const QString fonts = QString::fromUtf8(p.readAllStandardOutput());
    // Some embedded font of the PDF has the rocket.
    bool hasRocket = false;
    for (const QString& line : fonts.split(u'\n').mid(2)) {
        QString name = line.section(u' ', 0, 0);
        name = name.mid(name.indexOf(u'+') + 1);
        if (name.isEmpty())
            continue;
        const QRawFont raw = QRawFont::fromFont(QFont(name));
        if (raw.isValid() && raw.familyName().compare(name, Qt::CaseInsensitive) == 0 &&
            raw.supportsCharacter(0x1F680u))
            hasRocket = true;
    }
    INFO(fonts.toStdString());
    CHECK(hasRocket);
    CHECK(pdfToText(path).contains(QStringLiteral("Rocket")));
}

TEST_CASE("an Arabic name in a PDF table starts at its cell's left edge like the others",
          "[report][pdf]")
{
    QTextDocument body;
    body.setDefaultFont(reportFont());
    body.setDefaultStyleSheet(reportStyleSheet());
    body.setHtml(QStringLiteral("<table class=\"grid\" width=\"100%\"><tr><th>Owner</th>"
                                "<th>Open</th></tr><tr><td>Tomás Berg</td><td>6</td></tr>"
                                "<tr><td>فاطمة الزهراء</td><td>3</td></tr></table>"));
    body.setPageSize(QSizeF(600, 800));
    CHECK(alignTableCellsLeft(body) == 1);
    body.setPageSize(QSizeF(601, 800)); // lays it out again
    qreal latin = -1;
    qreal arabic = -1;
    for (QTextBlock b = body.begin(); b.isValid(); b = b.next()) {
        const QRectF r = body.documentLayout()->blockBoundingRect(b);
        const qreal left = r.left() + b.layout()->lineAt(0).naturalTextRect().left();
        if (b.text() == QStringLiteral("Tomás Berg"))
            latin = left;
        if (b.text().startsWith(QStringLiteral("فاطمة")))
            arabic = left;
    }
    REQUIRE(latin >= 0);
    REQUIRE(arabic >= 0);
    CHECK(arabic == Approx(latin).margin(1.0));
}

TEST_CASE("a customer summary PDF holds none of the internal fields; an internal one holds them",
          "[report][pdf]")
{
    accord::test::TempDir dir;
    for (SummaryAudience audience : {SummaryAudience::Customer, SummaryAudience::Internal}) {
        const bool customer = audience == SummaryAudience::Customer;
        INFO((customer ? "customer" : "internal"));
        SummaryOptions o = options();
        o.audience = audience;
        o.criteria = accord::test::audienceCriteria();
        const QString path =
            dir.path(customer ? QStringLiteral("customer.pdf") : QStringLiteral("internal.pdf"));
        writeSummaryPdf(path, buildSummary(accord::test::audienceBundle(), o),
                        SummaryPdfOptions{o.locale, {}});
        const QString text = pdfToText(path);
        const QString flat = accord::test::withoutSpace(text);
        REQUIRE(text.contains(QStringLiteral("Northwind Traders")));
        for (const accord::test::AudienceWord& w : accord::test::kLeftOutWords) {
            INFO(w.what);
            CHECK(flat.contains(QLatin1String(w.word), Qt::CaseInsensitive) == !customer);
        }
        for (const QString& label : accord::test::kLeftOutLabels) {
            INFO(label.toStdString());
            CHECK(text.contains(label, Qt::CaseInsensitive) == !customer);
        }
        for (const accord::test::AudienceWord& w : accord::test::kKeptWords) {
            INFO(w.what);
            CHECK(flat.contains(QLatin1String(w.word)));
        }
    }
}
