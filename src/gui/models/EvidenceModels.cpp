#include "EvidenceModels.h"

#include "views/TextLabel.h"

#include "Format.h"
#include "core/Parse.h"

#include <QLocale>

#include <cmath>

namespace accord::gui {

// ---- names -----------------------------------------------------------------------------------

QStringList WorkspaceNames::dataRequestStatuses()
{
    return core::EnumTraits<core::DataRequestStatus>::names();
}

QStringList WorkspaceNames::metricSources()
{
    return core::EnumTraits<core::MetricSource>::names();
}

QStringList WorkspaceNames::opportunityStatuses()
{
    return core::EnumTraits<core::OpportunityStatus>::names();
}

QStringList WorkspaceNames::sides()
{
    return {tr("We can give"), tr("They can give")};
}

QString WorkspaceNames::number(double v)
{
    return QLocale().toString(v, 'g', 12);
}

QString WorkspaceNames::lift(const core::Opportunity& o, const QString& currency)
{
    if (o.liftValue == 0.0)
        return {};
    if (o.liftKind == core::LiftKind::Percent)
        return tr("%1%", "a lift in percent").arg(QLocale().toString(o.liftValue, 'g', 6));
    return Format::money(std::llround(o.liftValue), currency);
}

std::optional<std::pair<core::LiftKind, double>> WorkspaceNames::parseLift(const QString& input)
{
    const QString t = input.trimmed();
    if (t.isEmpty())
        return std::pair{core::LiftKind::Percent, 0.0};
    if (t.endsWith(QLatin1Char('%'))) {
        const QString number = t.chopped(1).trimmed();
        bool ok = false;
        double v = QLocale().toDouble(number, &ok);
        if (!ok)
            v = number.toDouble(&ok);
        if (ok && std::isfinite(v))
            return std::pair{core::LiftKind::Percent, v};
        return std::nullopt;
    }
    if (const auto minor = core::parseMoneyMinor(t))
        return std::pair{core::LiftKind::Amount, static_cast<double>(*minor)};
    return std::nullopt;
}

// ---- insights --------------------------------------------------------------------------------

InsightModel::InsightModel(Session& session, QObject* parent)
    : ReferencingTableModel(
          session, &core::EvidenceRepository::insights,
          [](core::Store& store, core::Id id) { return store.meetings().forProspect(id, 200); },
          tr("The prospect's meetings could not be read: %1"), parent)
{}

QString InsightModel::referenceName(const core::Meeting& m) const
{
    return tr("%1 · %2").arg(Format::date(m.occurredAt.toLocalTime().date()), m.summary);
}

// ---- data requests ---------------------------------------------------------------------------

DataRequestModel::DataRequestModel(Session& session, QObject* parent)
    : RecordTableModel(session, &core::EvidenceRepository::dataRequests, parent)
{}

bool DataRequestModel::assignField(core::DataRequest& item, const Field& f,
                                   const QVariant& value) const
{
    const QDate today = m_session.now().toLocalTime().date();
    if (is(f, "status")) {
        core::DataRequest chosen = item;
        if (!RecordTableModel::assignField(chosen, f, value))
            return false;
        core::setDataRequestStatus(item, chosen.status, today);
        return true;
    }
    if (is(f, "received_on")) {
        item.receivedOn = value.toDate();
        if (item.receivedOn.isValid()) {
            item.status = core::DataRequestStatus::Received;
            // Received before the day it was noted as requested: it was asked for by then.
            if (item.requestedOn.isValid() && item.receivedOn < item.requestedOn)
                item.requestedOn = item.receivedOn;
        }
        return true;
    }
    return RecordTableModel::assignField(item, f, value);
}

// ---- metrics ---------------------------------------------------------------------------------

MetricModel::MetricModel(Session& session, QObject* parent)
    : RecordTableModel(session, &core::EvidenceRepository::metrics, parent)
{}

// ---- opportunities ---------------------------------------------------------------------------

OpportunityModel::OpportunityModel(Session& session, QObject* parent)
    : ReferencingTableModel(
          session, &core::EvidenceRepository::opportunities,
          [](core::Store& store, core::Id id) { return store.prospects().contacts(id); },
          tr("The prospect's contacts could not be read: %1"), parent)
{}

QString OpportunityModel::referenceName(const core::Contact& c) const
{
    return c.title.isEmpty() ? c.name : tr("%1 (%2)").arg(c.name, c.title);
}

// The lift column shows and takes kind and value together: "12%" or an amount.
QVariant OpportunityModel::cell(const core::Opportunity& row, const Field& f, int role) const
{
    if (!is(f, "lift_value"))
        return RecordTableModel::cell(row, f, role);
    if (role == Qt::ToolTipRole)
        return tr("Type 12% for a share or 40k for an amount.");
    if (role == Qt::DisplayRole || role == Qt::EditRole)
        return WorkspaceNames::lift(row, m_session.pipelineSettings().currency);
    return {};
}

bool OpportunityModel::assignField(core::Opportunity& item, const Field& f,
                                   const QVariant& value) const
{
    if (!is(f, "lift_value"))
        return RecordTableModel::assignField(item, f, value);
    const auto lift = WorkspaceNames::parseLift(value.toString());
    if (!lift)
        return false;
    item.liftKind = lift->first;
    item.liftValue = lift->second;
    return true;
}

// ---- tradables -------------------------------------------------------------------------------

TradableModel::TradableModel(Session& session, QObject* parent)
    : RecordTableModel(session, &core::EvidenceRepository::tradables, parent)
{}

QStringList TradableModel::choiceNames(const Field& f) const
{
    return is(f, "side") ? WorkspaceNames::sides() : RecordTableModel::choiceNames(f);
}

} // namespace accord::gui
