#include "Summary.h"

#include "core/Parse.h"

#include <QCoreApplication>
#include <QRegularExpression>

namespace accord::core {

namespace {

/// The translation context of this file's texts.
struct Text
{
    Q_DECLARE_TR_FUNCTIONS(accord::summary)
};

// ---- Markdown ---------------------------------------------------------------

QString mdInline(const QString& text)
{
    // Line breaks inside a value become a Markdown hard break, indented under the item.
    QString out = escapeMarkdown(text.trimmed());
    out.replace(QStringLiteral("\r\n"), QStringLiteral("\n"));
    out.replace(QStringLiteral("\n"), QStringLiteral("  \n  "));
    return out;
}

QString mdCell(const QString& text)
{
    return escapeMarkdown(text.simplified());
}

void mdFields(QString& out, const std::vector<std::pair<QString, QString>>& fields)
{
    for (const auto& [label, value] : fields)
        out += QStringLiteral("- **%1:** %2\n").arg(mdCell(label), mdInline(value));
}

void mdBlock(QString& out, const SummaryBlock& b)
{
    if (!b.caption.isEmpty())
        out += QStringLiteral("### %1\n\n").arg(mdCell(b.caption));
    switch (b.kind) {
    case SummaryBlock::Kind::Fields:
        mdFields(out, b.fields);
        break;
    case SummaryBlock::Kind::Text:
        out += mdInline(b.text) + QLatin1Char('\n');
        break;
    case SummaryBlock::Kind::Table: {
        QStringList head;
        QStringList rule;
        for (const QString& h : b.header) {
            head.append(mdCell(h));
            rule.append(QStringLiteral("---"));
        }
        out += QStringLiteral("| %1 |\n| %2 |\n")
                   .arg(head.join(QStringLiteral(" | ")), rule.join(QStringLiteral(" | ")));
        for (const QStringList& row : b.rows) {
            QStringList cells;
            for (const QString& c : row)
                cells.append(mdCell(c));
            out += QStringLiteral("| %1 |\n").arg(cells.join(QStringLiteral(" | ")));
        }
        break;
    }
    case SummaryBlock::Kind::Entries:
        for (std::size_t i = 0; i < b.entries.size(); ++i) {
            if (i > 0)
                out += QLatin1Char('\n');
            out += QStringLiteral("### %1\n\n").arg(mdCell(b.entries[i].title));
            mdFields(out, b.entries[i].fields);
        }
        break;
    }
    out += QLatin1Char('\n');
}

// ---- HTML -------------------------------------------------------------------

QString esc(const QString& text)
{
    return text.toHtmlEscaped();
}

QString escMultiline(const QString& text)
{
    QString out = esc(text.trimmed());
    out.replace(QStringLiteral("\r\n"), QStringLiteral("\n"));
    out.replace(QLatin1Char('\n'), QStringLiteral("<br>"));
    return out;
}

/// A table cell. For the PDF, an e-mail address or a phone number stays on one
/// line: the text layout would otherwise break it anywhere ("ana.ruiz@cont" /
/// "oso.example") when its column is narrow.
QString cell(const QString& text, HtmlFlavour flavour)
{
    static const QRegularExpression unbreakable(
        QStringLiteral("^(?:[^\\s@]+@[^\\s@]+|\\+?[0-9][0-9 ().-]{4,})$"));
    if (flavour == HtmlFlavour::RichText && unbreakable.match(text.trimmed()).hasMatch())
        return QStringLiteral("<td style=\"white-space:nowrap\">%1</td>").arg(esc(text.trimmed()));
    return QStringLiteral("<td>%1</td>").arg(escMultiline(text));
}

void htmlFields(QString& out, const std::vector<std::pair<QString, QString>>& fields)
{
    out += QStringLiteral("<table class=\"fields\" cellspacing=\"0\" cellpadding=\"3\">\n");
    for (const auto& [label, value] : fields)
        out += QStringLiteral("<tr><th>%1</th><td>%2</td></tr>\n")
                   .arg(esc(label), escMultiline(value));
    out += QStringLiteral("</table>\n");
}

void htmlBlock(QString& out, const SummaryBlock& b, HtmlFlavour flavour)
{
    if (!b.caption.isEmpty())
        out += QStringLiteral("<h3>%1</h3>\n").arg(esc(b.caption));
    switch (b.kind) {
    case SummaryBlock::Kind::Fields:
        htmlFields(out, b.fields);
        break;
    case SummaryBlock::Kind::Text:
        out += QStringLiteral("<p>%1</p>\n").arg(escMultiline(b.text));
        break;
    case SummaryBlock::Kind::Table:
        out += QStringLiteral(
            "<table class=\"grid\" border=\"1\" cellspacing=\"0\" cellpadding=\"3\">\n"
            "<thead><tr>");
        for (const QString& h : b.header)
            out += QStringLiteral("<th>%1</th>").arg(esc(h));
        out += QStringLiteral("</tr></thead>\n");
        for (const QStringList& row : b.rows) {
            out += QStringLiteral("<tr>");
            for (const QString& c : row)
                out += cell(c, flavour);
            out += QStringLiteral("</tr>\n");
        }
        out += QStringLiteral("</table>\n");
        break;
    case SummaryBlock::Kind::Entries:
        for (const SummaryBlock::Entry& e : b.entries) {
            out += QStringLiteral("<h3>%1</h3>\n").arg(esc(e.title));
            if (!e.fields.empty())
                htmlFields(out, e.fields);
        }
        break;
    }
}

const char* kStandaloneCss = R"(
body{font-family:system-ui,-apple-system,"Segoe UI",Roboto,"DejaVu Sans",sans-serif;max-width:60em;margin:2em auto;padding:0 1em;color:#1d2330;line-height:1.45}
h1{margin-bottom:.1em}h2{border-bottom:1px solid #d0d5dd;padding-bottom:.2em;margin-top:1.6em}
h3{font-size:1em;margin:1.2em 0 .4em}.subtitle{color:#586174;margin-top:0}
table{border-collapse:collapse;margin:.4em 0;width:100%}
table.grid th,table.grid td{border:1px solid #d0d5dd;padding:.3em .5em;text-align:left;vertical-align:top}
table.grid th{background:#f2f4f7}
table.fields th{text-align:left;font-weight:600;width:14em;padding:.2em .8em .2em 0;vertical-align:top}
table.fields td{padding:.2em 0}
ol.steps{list-style:none;display:flex;gap:.5em;padding:0;margin:1em 0}
ol.steps li{flex:1;border:2px solid #d0d5dd;border-radius:.5em;padding:.5em .7em;text-align:center}
ol.steps li.done{border-color:#2e7d32;background:#e8f5e9}
ol.steps li.current{border-color:#1565c0;background:#e3f2fd;font-weight:600}
.footer{color:#586174;font-size:.85em;margin-top:3em}
@media print{body{margin:0;max-width:none}ol.steps li{break-inside:avoid}}
)";

} // namespace

QString escapeMarkdown(const QString& text)
{
    static const QString special = QStringLiteral("\\`*_{}[]()<>#+-!|~&");
    QString out;
    out.reserve(text.size() + 8);
    for (const QChar c : text) {
        if (special.contains(c))
            out.append(QLatin1Char('\\'));
        out.append(c);
    }
    return out;
}

QString summaryMarkdown(const SummaryDocument& doc)
{
    QString out = QStringLiteral("# %1\n\n").arg(mdCell(doc.title));
    out += QStringLiteral("*%1*\n\n").arg(mdCell(doc.subtitle));
    if (!doc.steps.empty()) {
        QStringList steps;
        for (const StepProgress& s : doc.steps) {
            QString step = QStringLiteral("%1. %2 (%3/%4)")
                               .arg(static_cast<int>(s.stage))
                               .arg(stageShortName(s.stage))
                               .arg(s.met)
                               .arg(s.total);
            step = escapeMarkdown(step);
            if (s.current)
                step = QStringLiteral("**%1**").arg(step);
            else if (s.done)
                step = QStringLiteral("✓ %1").arg(step);
            steps.append(step);
        }
        out += steps.join(QStringLiteral(" → ")) + QStringLiteral("\n\n");
    }
    for (const SummarySection& s : doc.sections) {
        out += QStringLiteral("## %1\n\n").arg(mdCell(s.title));
        for (const SummaryBlock& b : s.blocks)
            mdBlock(out, b);
    }
    return out;
}

QString summaryHtml(const SummaryDocument& doc, HtmlFlavour flavour)
{
    QString out;
    if (flavour == HtmlFlavour::Standalone) {
        out += QStringLiteral(
                   "<!DOCTYPE html>\n<html>\n<head>\n<meta charset=\"utf-8\">\n"
                   "<meta http-equiv=\"Content-Security-Policy\" content=\"default-src 'none'; "
                   "style-src 'unsafe-inline'\">\n"
                   "<meta name=\"viewport\" content=\"width=device-width, initial-scale=1\">\n"
                   "<meta name=\"generator\" content=\"Accord\">\n<title>%1</title>\n<style>")
                   .arg(esc(doc.title));
        out += QString::fromUtf8(kStandaloneCss);
        out +=
            QStringLiteral("</style>\n</head>\n<body>\n<h1>%1</h1>\n<p class=\"subtitle\">%2</p>\n")
                .arg(esc(doc.title), esc(doc.subtitle));
        if (!doc.steps.empty()) {
            out += QStringLiteral("<ol class=\"steps\">\n");
            for (const StepProgress& s : doc.steps) {
                const QString cls = s.current ? QStringLiteral("current")
                                    : s.done  ? QStringLiteral("done")
                                              : QStringLiteral("todo");
                out += QStringLiteral("<li class=\"%1\">%2. %3<br><small>%4/%5</small></li>\n")
                           .arg(cls)
                           .arg(static_cast<int>(s.stage))
                           .arg(esc(stageShortName(s.stage)))
                           .arg(s.met)
                           .arg(s.total);
            }
            out += QStringLiteral("</ol>\n");
        }
    }
    for (const SummarySection& s : doc.sections) {
        out += QStringLiteral("<h2>%1</h2>\n").arg(esc(s.title));
        for (const SummaryBlock& b : s.blocks)
            htmlBlock(out, b, flavour);
    }
    if (flavour == HtmlFlavour::Standalone) {
        out += QStringLiteral("<p class=\"footer\">%1</p>\n</body>\n</html>\n")
                   .arg(esc(Text::tr("Summary made by Accord on %1.").arg(doc.generatedAt)));
    }
    return out;
}

nlohmann::json summaryDocumentJson(const SummaryDocument& doc)
{
    const auto str = [](const QString& s) { return s.toStdString(); };
    const auto pairs = [&str](const std::vector<std::pair<QString, QString>>& fields) {
        nlohmann::json out = nlohmann::json::array();
        for (const auto& [label, value] : fields)
            out.push_back({{"label", str(label)}, {"value", str(value)}});
        return out;
    };
    nlohmann::json sections = nlohmann::json::array();
    for (const SummarySection& s : doc.sections) {
        nlohmann::json blocks = nlohmann::json::array();
        for (const SummaryBlock& b : s.blocks) {
            nlohmann::json block = {{"caption", str(b.caption)}};
            switch (b.kind) {
            case SummaryBlock::Kind::Fields:
                block["fields"] = pairs(b.fields);
                break;
            case SummaryBlock::Kind::Table: {
                nlohmann::json rows = nlohmann::json::array();
                for (const QStringList& r : b.rows) {
                    nlohmann::json row = nlohmann::json::array();
                    for (const QString& cell : r)
                        row.push_back(str(cell));
                    rows.push_back(row);
                }
                nlohmann::json header = nlohmann::json::array();
                for (const QString& h : b.header)
                    header.push_back(str(h));
                block["header"] = header;
                block["rows"] = rows;
                break;
            }
            case SummaryBlock::Kind::Text:
                block["text"] = str(b.text);
                break;
            case SummaryBlock::Kind::Entries: {
                nlohmann::json entries = nlohmann::json::array();
                for (const SummaryBlock::Entry& e : b.entries)
                    entries.push_back({{"title", str(e.title)}, {"fields", pairs(e.fields)}});
                block["entries"] = entries;
                break;
            }
            }
            blocks.push_back(block);
        }
        sections.push_back({{"key", str(s.key)}, {"title", str(s.title)}, {"blocks", blocks}});
    }
    return {{"audience", str(summaryAudienceKey(doc.audience))},
            {"title", str(doc.title)},
            {"subtitle", str(doc.subtitle)},
            {"generated_at", str(doc.generatedAt)},
            {"sections", sections}};
}

nlohmann::json summaryJson(const ProspectBundle& bundle, const SummaryOptions& options)
{
    const SummaryDocument doc = buildSummary(bundle, options);
    if (doc.audience == SummaryAudience::Customer)
        return summaryDocumentJson(doc);
    nlohmann::json j = toJson(bundle);
    j["days_in_stage"] = doc.daysInStage;
    nlohmann::json criteria = nlohmann::json::array();
    for (const CriterionResult& r : doc.currentGate.criteria) {
        criteria.push_back({{"id", r.criterion.id},
                            {"label", r.criterion.label.toStdString()},
                            {"rule", gateRuleKey(r.criterion.rule).toStdString()},
                            {"met", r.met},
                            {"automatic", r.automatic},
                            {"why", r.why.toStdString()}});
    }
    j["gate_status"] = {{"stage", stageKey(doc.stage).toStdString()},
                        {"met", doc.currentGate.metCount()},
                        {"total", doc.currentGate.total()},
                        {"criteria", criteria}};
    nlohmann::json steps = nlohmann::json::array();
    for (const StepProgress& s : doc.steps)
        steps.push_back({{"stage", stageKey(s.stage).toStdString()},
                         {"met", s.met},
                         {"total", s.total},
                         {"current", s.current},
                         {"done", s.done}});
    j["steps"] = steps;
    return j;
}

} // namespace accord::core
