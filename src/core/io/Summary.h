#pragma once

// The prospect summary: one document model built from a bundle (sections with
// nothing in them left out), rendered as Markdown, self-contained HTML (every
// text escaped) or JSON. The PDF writer in src/report renders the same model.

#include "core/Bundle.h"

#include <QLocale>
#include <QTimeZone>

#include <optional>

#include <nlohmann/json.hpp>

namespace accord::core {

/// Who reads the summary. Internal: everything recorded. Customer: what can be
/// sent to the prospect — insights shared, the data agreed, the gap picture,
/// the opportunities in their words and the agreed terms; no BATNAs, stance,
/// concessions, priorities, tradables, gate overrides, internal notes, value
/// estimates or who logged what. buildSummary() decides it; every format only
/// renders the document.
enum class SummaryAudience { Internal, Customer };

/// "internal" / "customer", for the CLI and the JSON; nullopt for anything else.
std::optional<SummaryAudience> summaryAudienceFromKey(const QString& key);
QString summaryAudienceKey(SummaryAudience audience);

struct SummaryOptions
{
    SummaryAudience audience = SummaryAudience::Internal;
    QDateTime now;                                // UTC; gives the days in stage
    QLocale locale = QLocale();                   // dates and money for people
    QTimeZone zone = QTimeZone::systemTimeZone(); // timestamps shown in local time
    std::vector<GateCriterion> criteria = defaultGateCriteria();
};

/// One block of a section: label/value pairs, a table, text, or titled entries.
struct SummaryBlock
{
    enum class Kind { Fields, Table, Text, Entries };
    Kind kind = Kind::Fields;
    QString caption;                                 // optional sub-heading
    std::vector<std::pair<QString, QString>> fields; // Fields
    QStringList header;                              // Table
    std::vector<QStringList> rows;                   // Table
    QString text;                                    // Text
    struct Entry
    {
        QString title;
        std::vector<std::pair<QString, QString>> fields;
    };
    std::vector<Entry> entries; // Entries
};

struct SummarySection
{
    QString key; // "profile", "stage", "timeline", "gate", "contacts", "meetings", "insights",
                 // "data_requests", "metrics", "opportunities", "negotiation", "activities"
    QString title;
    std::vector<SummaryBlock> blocks;
};

/// The three steps for the progress indicator: met/total of each stage's criteria.
struct StepProgress
{
    Stage stage = Stage::Informative;
    int met = 0;
    int total = 0;
    bool current = false;
    bool done = false; // the prospect is past this step
};

struct SummaryDocument
{
    SummaryAudience audience = SummaryAudience::Internal;
    QString title;    // the prospect's name
    QString subtitle; // "Collaborative Consulting · 12 days in stage · Active"
    Stage stage = Stage::Informative;
    Status status = Status::Active;
    int daysInStage = 0;
    std::vector<StepProgress> steps; // stages 1–3; none for the customer
    GateResult currentGate;          // empty criteria at Partnership
    std::vector<SummarySection> sections;
    QString generatedAt; // for people, in the locale
    const SummarySection* section(const QString& key) const;
};

int daysInStage(const Prospect& p, const QDateTime& now);
SummaryDocument buildSummary(const ProspectBundle& bundle, const SummaryOptions& options);

QString summaryMarkdown(const SummaryDocument& doc);

/// Standalone: a whole HTML file with inline CSS and a strict CSP, no scripts,
/// no remote resources. RichText: the HTML subset QTextDocument renders (PDF).
enum class HtmlFlavour { Standalone, RichText };
QString summaryHtml(const SummaryDocument& doc, HtmlFlavour flavour = HtmlFlavour::Standalone);

/// Internal: toJson(bundle) plus "days_in_stage" and "gate_status" (the current
/// stage's criteria). Customer: the document's sections (summaryDocumentJson),
/// so it holds exactly what the other formats show.
nlohmann::json summaryJson(const ProspectBundle& bundle, const SummaryOptions& options);
/// The document as JSON: audience, title, subtitle, generated_at and sections
/// (key, title, blocks of fields, tables, text or entries).
nlohmann::json summaryDocumentJson(const SummaryDocument& doc);

/// Markdown escaping for inline text (also stops raw HTML in a renderer).
QString escapeMarkdown(const QString& text);

} // namespace accord::core
