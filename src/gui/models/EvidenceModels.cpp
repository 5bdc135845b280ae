#include "EvidenceModels.h"

#include "views/TextLabel.h"

#include "Format.h"
#include "core/Parse.h"

#include <QLocale>

#include <cmath>

namespace accord::gui {

namespace {

QString text(const QVariant& v)
{
    return v.toString().trimmed();
}

/// Index of a choice cell: EditRole is an int into ChoicesRole's list.
std::optional<int> choice(const QVariant& v, int count)
{
    bool ok = false;
    const int i = v.toInt(&ok);
    if (!ok || i < 0 || i >= count)
        return std::nullopt;
    return i;
}

QDate dateOf(const QVariant& v)
{
    return v.toDate();
}

} // namespace

// ---- names -----------------------------------------------------------------------------------

QStringList WorkspaceNames::dataRequestStatuses()
{
    return {tr("Requested"), tr("Received"), tr("Declined")};
}

QStringList WorkspaceNames::metricSources()
{
    return {tr("Prospect"), tr("Industry"), tr("Competitor")};
}

QStringList WorkspaceNames::opportunityStatuses()
{
    return {tr("Proposed"), tr("Embraced"), tr("Rejected")};
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

InsightModel::InsightModel(Session& session, QObject* parent) : EvidenceTableModel(session, parent)
{}

int InsightModel::columnCount(const QModelIndex& parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

std::vector<core::Insight> InsightModel::fetch(core::EvidenceRepository& repo, core::Id id)
{
    return repo.insights(id);
}

void InsightModel::reloadExtras()
{
    m_meetings.clear();
    if (m_id == core::kNoId)
        return;
    try {
        m_meetings = m_session.store().meetings().forProspect(m_id, 200);
    } catch (const std::exception&) {
    }
}

QStringList InsightModel::meetingChoices() const
{
    QStringList out{tr("—")};
    for (const core::Meeting& m : m_meetings)
        out << tr("%1 · %2").arg(Format::date(m.occurredAt.toLocalTime().date()), m.summary);
    return out;
}

QVariant InsightModel::data(const QModelIndex& index, int role) const
{
    if (!index.isValid() ||
        !checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const core::Insight& v = m_rows[static_cast<std::size_t>(index.row())];
    if (role == ItemIdRole)
        return v.id;
    const int column = index.column();
    if (role == ChoicesRole)
        return column == MeetingColumn ? QVariant(meetingChoices()) : QVariant();
    if (role == Qt::DisplayRole || role == Qt::EditRole || role == Qt::ToolTipRole) {
        switch (column) {
        case DateColumn:
            if (role == Qt::EditRole)
                return v.sharedOn.isValid() ? v.sharedOn : m_session.now().toLocalTime().date();
            return Format::date(v.sharedOn);
        case TitleColumn:
            return v.title;
        case SourceColumn:
            return v.source;
        case MeetingColumn: {
            int i = 0;
            for (std::size_t k = 0; k < m_meetings.size(); ++k)
                if (m_meetings[k].id == v.meetingId)
                    i = static_cast<int>(k) + 1;
            if (role == Qt::EditRole)
                return i;
            return meetingChoices().at(i);
        }
        case BodyColumn:
            return role == Qt::DisplayRole ? v.body.simplified() : v.body;
        }
    }
    return {};
}

bool InsightModel::assign(core::Insight& item, int column, const QVariant& value) const
{
    switch (column) {
    case DateColumn:
        item.sharedOn = dateOf(value);
        return item.sharedOn.isValid();
    case TitleColumn:
        item.title = text(value);
        return !item.title.isEmpty();
    case SourceColumn:
        item.source = text(value);
        return true;
    case MeetingColumn: {
        const auto i = choice(value, static_cast<int>(m_meetings.size()) + 1);
        if (!i)
            return false;
        item.meetingId = *i == 0 ? core::kNoId : m_meetings[static_cast<std::size_t>(*i - 1)].id;
        return true;
    }
    case BodyColumn:
        item.body = value.toString();
        return true;
    }
    return false;
}

QVariant InsightModel::headerData(int section, Qt::Orientation o, int role) const
{
    if (o != Qt::Horizontal || role != Qt::DisplayRole)
        return QAbstractTableModel::headerData(section, o, role);
    switch (section) {
    case DateColumn:
        return tr("Shared on");
    case TitleColumn:
        return tr("Insight");
    case SourceColumn:
        return tr("Source");
    case MeetingColumn:
        return tr("Presented at");
    case BodyColumn:
        return tr("What it says");
    }
    return {};
}

// ---- data requests ---------------------------------------------------------------------------

DataRequestModel::DataRequestModel(Session& session, QObject* parent)
    : EvidenceTableModel(session, parent)
{}

int DataRequestModel::columnCount(const QModelIndex& parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

std::vector<core::DataRequest> DataRequestModel::fetch(core::EvidenceRepository& repo, core::Id id)
{
    return repo.dataRequests(id);
}

QVariant DataRequestModel::data(const QModelIndex& index, int role) const
{
    if (!index.isValid() ||
        !checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const core::DataRequest& v = m_rows[static_cast<std::size_t>(index.row())];
    if (role == ItemIdRole)
        return v.id;
    const int column = index.column();
    if (role == ChoicesRole)
        return column == StatusColumn ? QVariant(WorkspaceNames::dataRequestStatuses())
                                      : QVariant();
    const QDate today = m_session.now().toLocalTime().date();
    if (role == Qt::DisplayRole || role == Qt::EditRole) {
        switch (column) {
        case ItemColumn:
            return v.item;
        case RequestedColumn:
            if (role == Qt::EditRole)
                return v.requestedOn.isValid() ? v.requestedOn : today;
            return Format::date(v.requestedOn);
        case StatusColumn:
            if (role == Qt::EditRole)
                return static_cast<int>(v.status);
            return WorkspaceNames::dataRequestStatuses().at(static_cast<int>(v.status));
        case ReceivedColumn:
            if (role == Qt::EditRole)
                return v.receivedOn.isValid() ? v.receivedOn : today;
            return Format::date(v.receivedOn);
        case NoteColumn:
            return v.note;
        }
    }
    if (role == Qt::ToolTipRole && column == NoteColumn)
        return plainToolTip(v.note); // shown as typed, never as markup
    return {};
}

bool DataRequestModel::assign(core::DataRequest& item, int column, const QVariant& value) const
{
    const QDate today = m_session.now().toLocalTime().date();
    switch (column) {
    case ItemColumn:
        item.item = text(value);
        return !item.item.isEmpty();
    case RequestedColumn:
        item.requestedOn = dateOf(value);
        return item.requestedOn.isValid();
    case StatusColumn: {
        const auto i = choice(value, 3);
        if (!i)
            return false;
        core::setDataRequestStatus(item, static_cast<core::DataRequestStatus>(*i), today);
        return true;
    }
    case ReceivedColumn:
        item.receivedOn = dateOf(value);
        if (item.receivedOn.isValid()) {
            item.status = core::DataRequestStatus::Received;
            // Received before the day it was noted as requested: it was asked for by then.
            if (item.requestedOn.isValid() && item.receivedOn < item.requestedOn)
                item.requestedOn = item.receivedOn;
        }
        return true;
    case NoteColumn:
        item.note = value.toString();
        return true;
    }
    return false;
}

QVariant DataRequestModel::headerData(int section, Qt::Orientation o, int role) const
{
    if (o != Qt::Horizontal || role != Qt::DisplayRole)
        return QAbstractTableModel::headerData(section, o, role);
    switch (section) {
    case ItemColumn:
        return tr("Item");
    case RequestedColumn:
        return tr("Requested");
    case StatusColumn:
        return tr("Status");
    case ReceivedColumn:
        return tr("Received");
    case NoteColumn:
        return tr("Note");
    }
    return {};
}

// ---- metrics ---------------------------------------------------------------------------------

MetricModel::MetricModel(Session& session, QObject* parent) : EvidenceTableModel(session, parent) {}

int MetricModel::columnCount(const QModelIndex& parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

std::vector<core::Metric> MetricModel::fetch(core::EvidenceRepository& repo, core::Id id)
{
    return repo.metrics(id);
}

QVariant MetricModel::data(const QModelIndex& index, int role) const
{
    if (!index.isValid() ||
        !checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const core::Metric& v = m_rows[static_cast<std::size_t>(index.row())];
    if (role == ItemIdRole)
        return v.id;
    const int column = index.column();
    if (role == ChoicesRole)
        return column == SourceColumn ? QVariant(WorkspaceNames::metricSources()) : QVariant();
    if (role == Qt::TextAlignmentRole && column == ValueColumn)
        return QVariant(Qt::AlignRight | Qt::AlignVCenter);
    if (role == Qt::DisplayRole || role == Qt::EditRole) {
        switch (column) {
        case NameColumn:
            return v.name;
        case ValueColumn:
            return role == Qt::EditRole ? QVariant(v.value)
                                        : QVariant(WorkspaceNames::number(v.value));
        case UnitColumn:
            return v.unit;
        case PeriodColumn:
            return v.period;
        case SourceColumn:
            if (role == Qt::EditRole)
                return static_cast<int>(v.source);
            return WorkspaceNames::metricSources().at(static_cast<int>(v.source));
        }
    }
    return {};
}

bool MetricModel::assign(core::Metric& item, int column, const QVariant& value) const
{
    switch (column) {
    case NameColumn:
        item.name = text(value);
        return !item.name.isEmpty();
    case ValueColumn: {
        bool ok = false;
        const double v = value.toDouble(&ok);
        if (!ok || !std::isfinite(v))
            return false;
        item.value = v;
        return true;
    }
    case UnitColumn:
        item.unit = text(value);
        return true;
    case PeriodColumn:
        item.period = text(value);
        return true;
    case SourceColumn: {
        const auto i = choice(value, 3);
        if (!i)
            return false;
        item.source = static_cast<core::MetricSource>(*i);
        return true;
    }
    }
    return false;
}

QVariant MetricModel::headerData(int section, Qt::Orientation o, int role) const
{
    if (o != Qt::Horizontal || role != Qt::DisplayRole)
        return QAbstractTableModel::headerData(section, o, role);
    switch (section) {
    case NameColumn:
        return tr("Metric");
    case ValueColumn:
        return tr("Value");
    case UnitColumn:
        return tr("Unit");
    case PeriodColumn:
        return tr("Period");
    case SourceColumn:
        return tr("Source");
    }
    return {};
}

// ---- opportunities ---------------------------------------------------------------------------

OpportunityModel::OpportunityModel(Session& session, QObject* parent)
    : EvidenceTableModel(session, parent)
{}

int OpportunityModel::columnCount(const QModelIndex& parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

std::vector<core::Opportunity> OpportunityModel::fetch(core::EvidenceRepository& repo, core::Id id)
{
    return repo.opportunities(id);
}

void OpportunityModel::reloadExtras()
{
    m_contacts.clear();
    if (m_id == core::kNoId)
        return;
    try {
        m_contacts = m_session.store().prospects().contacts(m_id);
    } catch (const std::exception&) {
    }
}

QStringList OpportunityModel::championChoices() const
{
    QStringList out{tr("—")};
    for (const core::Contact& c : m_contacts)
        out << (c.title.isEmpty() ? c.name : tr("%1 (%2)").arg(c.name, c.title));
    return out;
}

QVariant OpportunityModel::data(const QModelIndex& index, int role) const
{
    if (!index.isValid() ||
        !checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const core::Opportunity& v = m_rows[static_cast<std::size_t>(index.row())];
    if (role == ItemIdRole)
        return v.id;
    const int column = index.column();
    if (role == ChoicesRole) {
        if (column == ChampionColumn)
            return championChoices();
        if (column == StatusColumn)
            return WorkspaceNames::opportunityStatuses();
        return {};
    }
    if (role == Qt::DisplayRole || role == Qt::EditRole || role == Qt::ToolTipRole) {
        switch (column) {
        case TitleColumn:
            return v.title;
        case LiftColumn:
            if (role == Qt::ToolTipRole)
                return tr("Type 12% for a share or 40k for an amount.");
            return WorkspaceNames::lift(v, m_session.pipelineSettings().currency);
        case ChampionColumn: {
            int i = 0;
            for (std::size_t k = 0; k < m_contacts.size(); ++k)
                if (m_contacts[k].id == v.championContactId)
                    i = static_cast<int>(k) + 1;
            if (role == Qt::EditRole)
                return i;
            return championChoices().at(i);
        }
        case StatusColumn:
            if (role == Qt::EditRole)
                return static_cast<int>(v.status);
            return WorkspaceNames::opportunityStatuses().at(static_cast<int>(v.status));
        case DescriptionColumn:
            return role == Qt::DisplayRole ? v.description.simplified() : v.description;
        }
    }
    return {};
}

bool OpportunityModel::assign(core::Opportunity& item, int column, const QVariant& value) const
{
    switch (column) {
    case TitleColumn:
        item.title = text(value);
        return !item.title.isEmpty();
    case LiftColumn: {
        const auto lift = WorkspaceNames::parseLift(value.toString());
        if (!lift)
            return false;
        item.liftKind = lift->first;
        item.liftValue = lift->second;
        return true;
    }
    case ChampionColumn: {
        const auto i = choice(value, static_cast<int>(m_contacts.size()) + 1);
        if (!i)
            return false;
        item.championContactId =
            *i == 0 ? core::kNoId : m_contacts[static_cast<std::size_t>(*i - 1)].id;
        return true;
    }
    case StatusColumn: {
        const auto i = choice(value, 3);
        if (!i)
            return false;
        item.status = static_cast<core::OpportunityStatus>(*i);
        return true;
    }
    case DescriptionColumn:
        item.description = value.toString();
        return true;
    }
    return false;
}

QVariant OpportunityModel::headerData(int section, Qt::Orientation o, int role) const
{
    if (o != Qt::Horizontal || role != Qt::DisplayRole)
        return QAbstractTableModel::headerData(section, o, role);
    switch (section) {
    case TitleColumn:
        return tr("Opportunity");
    case LiftColumn:
        return tr("Estimated lift");
    case ChampionColumn:
        return tr("Champion");
    case StatusColumn:
        return tr("Status");
    case DescriptionColumn:
        return tr("Description");
    }
    return {};
}

// ---- tradables -------------------------------------------------------------------------------

TradableModel::TradableModel(Session& session, QObject* parent)
    : EvidenceTableModel(session, parent)
{}

int TradableModel::columnCount(const QModelIndex& parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

std::vector<core::Tradable> TradableModel::fetch(core::EvidenceRepository& repo, core::Id id)
{
    return repo.tradables(id);
}

QVariant TradableModel::data(const QModelIndex& index, int role) const
{
    if (!index.isValid() ||
        !checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const core::Tradable& v = m_rows[static_cast<std::size_t>(index.row())];
    if (role == ItemIdRole)
        return v.id;
    const int column = index.column();
    if (role == ChoicesRole)
        return column == SideColumn ? QVariant(WorkspaceNames::sides()) : QVariant();
    if (role == Qt::DisplayRole || role == Qt::EditRole) {
        switch (column) {
        case SideColumn:
            if (role == Qt::EditRole)
                return static_cast<int>(v.side);
            return WorkspaceNames::sides().at(static_cast<int>(v.side));
        case ItemColumn:
            return v.item;
        case ValueColumn:
            return v.valueToOther;
        case CostColumn:
            return v.costToGive;
        }
    }
    return {};
}

bool TradableModel::assign(core::Tradable& item, int column, const QVariant& value) const
{
    switch (column) {
    case SideColumn: {
        const auto i = choice(value, 2);
        if (!i)
            return false;
        item.side = static_cast<core::Side>(*i);
        return true;
    }
    case ItemColumn:
        item.item = text(value);
        return !item.item.isEmpty();
    case ValueColumn:
        item.valueToOther = text(value);
        return true;
    case CostColumn:
        item.costToGive = text(value);
        return true;
    }
    return false;
}

QVariant TradableModel::headerData(int section, Qt::Orientation o, int role) const
{
    if (o != Qt::Horizontal || role != Qt::DisplayRole)
        return QAbstractTableModel::headerData(section, o, role);
    switch (section) {
    case SideColumn:
        return tr("Side");
    case ItemColumn:
        return tr("Item");
    case ValueColumn:
        return tr("Value to the other side");
    case CostColumn:
        return tr("Cost to give");
    }
    return {};
}

} // namespace accord::gui
