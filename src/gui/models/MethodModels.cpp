#include "MethodModels.h"
#include "Theme.h"

#include "EvidenceModels.h"
#include "ReadError.h"

#include <QBrush>
#include <QColor>
#include <QGuiApplication>
#include <QLocale>

#include <iterator>

namespace accord::gui {

namespace {

constexpr int kRuleCount = 12; // GateRule::Manual … GateRule::ContractSigned

QStringList priorityChoices()
{
    return {QCoreApplication::translate("LeverModel", "—"),
            QStringLiteral("1"),
            QStringLiteral("2"),
            QStringLiteral("3"),
            QStringLiteral("4"),
            QStringLiteral("5")};
}

/// What a lever column shows and edits: a priority (0 none, 1 to 5) or a text.
struct LeverColumn
{
    const char* header;
    int core::LeverPosition::*priority = nullptr;
    QString core::LeverPosition::*text = nullptr;
};

const LeverColumn kLeverColumns[] = {
    {QT_TRANSLATE_NOOP("accord::gui::LeverModel", "Our priority"),
     &core::LeverPosition::ourPriority},
    {QT_TRANSLATE_NOOP("accord::gui::LeverModel", "Their priority"),
     &core::LeverPosition::theirPriority},
    {QT_TRANSLATE_NOOP("accord::gui::LeverModel", "Our position"), nullptr,
     &core::LeverPosition::ourPosition},
    {QT_TRANSLATE_NOOP("accord::gui::LeverModel", "Their position"), nullptr,
     &core::LeverPosition::theirPosition},
    {QT_TRANSLATE_NOOP("accord::gui::LeverModel", "Our concession"), nullptr,
     &core::LeverPosition::ourConcession},
    {QT_TRANSLATE_NOOP("accord::gui::LeverModel", "Their concession"), nullptr,
     &core::LeverPosition::theirConcession},
};
static_assert(std::size(kLeverColumns) == LeverModel::ColumnCount);

} // namespace

// ---- gap table -------------------------------------------------------------------------------

namespace {

QString withUnit(double v, const QString& unit)
{
    return unit.isEmpty()
               ? WorkspaceNames::number(v)
               : GapModel::tr("%1 %2", "value and unit").arg(WorkspaceNames::number(v), unit);
}

} // namespace

const GapModel::ColumnDef GapModel::kColumns[] = {
    {QT_TR_NOOP("Metric"), [](auto&, auto& r) -> QVariant { return r.prospect.name; }},
    {QT_TR_NOOP("Period"), [](auto&, auto& r) -> QVariant { return r.prospect.period; }},
    {.header =
         QT_TRANSLATE_NOOP3("accord::gui::GapModel", "Their figure", "the prospect's own value"),
     .display = [](auto&, auto& r) -> QVariant {
         return withUnit(r.prospect.value, r.prospect.unit);
     },
     .alignment = kNumberAlignment},
    {QT_TR_NOOP("Benchmark"),
     [](auto&, auto& r) -> QVariant {
         if (!r.benchmark)
             return tr("no benchmark yet");
         return WorkspaceNames::metricSources().at(static_cast<int>(r.benchmark->source));
     }},
    {.header =
         QT_TRANSLATE_NOOP3("accord::gui::GapModel", "Benchmark figure", "the benchmark's value"),
     .display = [](auto&, auto& r) -> QVariant {
         return r.benchmark ? withUnit(r.benchmark->value, r.benchmark->unit) : QString();
     },
     .alignment = kNumberAlignment},
    {QT_TR_NOOP("Gap"),
     [](auto&, auto& r) -> QVariant {
         if (r.refused())
             return tr("units differ");
         if (!r.difference)
             return QString();
         return (*r.difference > 0 ? QStringLiteral("+") : QString()) +
                WorkspaceNames::number(*r.difference);
     },
     kNumberAlignment},
    {QT_TR_NOOP("Gap %"),
     [](auto&, auto& r) -> QVariant {
         if (r.refused() || !r.benchmark)
             return QString();
         if (!r.percent)
             return tr("—");
         return tr("%1%2%", "signed percentage")
             .arg(*r.percent > 0 ? QStringLiteral("+") : QString(),
                  QLocale().toString(*r.percent, 'f', 1));
     },
     kNumberAlignment},
};

GapModel::GapModel(Session& session, QObject* parent)
    : ProspectRowsModel(
          session, kColumns, [](auto&, auto& r) -> QVariant { return r.prospect.id; },
          tr("Their figures could not be read: %1"), parent)
{
    connect(&session, &Session::storeReplaced, this, [this] { setProspect(core::kNoId); });
}

std::vector<core::GapRow> GapModel::fetch(core::Store& store, core::Id prospect) const
{
    return core::gapAnalysis(store.evidence().metrics(prospect));
}

QVariant GapModel::roleData(const core::GapRow& r, int column, int role) const
{
    if (role == ErrorRole)
        return r.error;
    if (role == Qt::ForegroundRole && r.refused() && column >= DifferenceColumn)
        return QBrush(theme::text(theme::Tone::Error, QGuiApplication::palette()));
    if (role == Qt::ToolTipRole) {
        if (r.refused())
            return r.error;
        if (column == PercentColumn && r.benchmark && !r.percent)
            return tr("Undefined: one of the two values is zero.");
        if (!r.benchmark)
            return tr("No industry or competitor figure of this metric and period yet.");
    }
    return {};
}

// ---- levers ----------------------------------------------------------------------------------

LeverModel::LeverModel(Session& session, QObject* parent)
    : QAbstractTableModel(parent), m_session(session)
{
    connect(&session, &Session::storeChanged, this, &LeverModel::reload);
    connect(&session, &Session::storeReplaced, this, [this] { setProspect(core::kNoId); });
}

core::Negotiation LeverModel::load() const
{
    core::Negotiation n;
    n.prospectId = m_id;
    if (m_id == core::kNoId)
        return n;
    tryRead(m_session, tr("The negotiation worksheet could not be read: %1"), [&] {
        if (auto stored = m_session.store().evidence().negotiation(m_id))
            n = *stored;
    });
    return n;
}

void LeverModel::setProspect(core::Id id)
{
    m_id = id;
    beginResetModel();
    m_negotiation = load();
    endResetModel();
    emit negotiationChanged();
}

void LeverModel::reload()
{
    core::Negotiation fresh = load();
    if (fresh == m_negotiation)
        return;
    m_negotiation = std::move(fresh);
    emit dataChanged(index(0, 0), index(rowCount() - 1, ColumnCount - 1));
    emit negotiationChanged();
}

int LeverModel::rowCount(const QModelIndex& parent) const
{
    return parent.isValid() ? 0 : static_cast<int>(m_negotiation.levers.size());
}

int LeverModel::columnCount(const QModelIndex& parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

Qt::ItemFlags LeverModel::flags(const QModelIndex& index) const
{
    if (!index.isValid() || !checkIndex(index, CheckIndexOption::IndexIsValid))
        return Qt::NoItemFlags;
    const Qt::ItemFlags base = QAbstractTableModel::flags(index);
    return m_id == core::kNoId ? base : base | Qt::ItemIsEditable;
}

QVariant LeverModel::data(const QModelIndex& index, int role) const
{
    if (!index.isValid() ||
        !checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const core::LeverPosition& l = m_negotiation.levers[static_cast<std::size_t>(index.row())];
    const LeverColumn& column = kLeverColumns[index.column()];
    if (role == ChoicesRole)
        return column.priority ? QVariant(priorityChoices()) : QVariant();
    if (role == Qt::TextAlignmentRole && column.priority)
        return QVariant(Qt::AlignCenter);
    if (role != Qt::DisplayRole && role != Qt::EditRole && role != Qt::ToolTipRole)
        return {};
    if (!column.priority)
        return l.*column.text;
    const int p = l.*column.priority;
    if (role == Qt::EditRole)
        return p;
    if (role == Qt::ToolTipRole)
        return tr("Priority from 1 (low) to 5 (top)");
    return priorityChoices().value(p);
}

bool LeverModel::setData(const QModelIndex& index, const QVariant& value, int role)
{
    if (role != Qt::EditRole || m_id == core::kNoId || !index.isValid() ||
        !checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return false;
    core::Negotiation after = m_negotiation;
    core::LeverPosition& l = after.levers[static_cast<std::size_t>(index.row())];
    const LeverColumn& column = kLeverColumns[index.column()];
    if (column.priority) {
        bool ok = false;
        const int p = value.toInt(&ok);
        if (!ok || p < 0 || p > 5)
            return false;
        l.*column.priority = p;
    } else {
        l.*column.text = value.toString().trimmed();
    }
    if (after == m_negotiation)
        return true;
    return m_session.execute(makeSaveNegotiation(
        m_session, m_negotiation, after, tr("Edit lever %1").arg(core::leverName(l.lever))));
}

QVariant LeverModel::headerData(int section, Qt::Orientation o, int role) const
{
    if (role != Qt::DisplayRole)
        return QAbstractTableModel::headerData(section, o, role);
    if (o == Qt::Vertical)
        return section >= 0 && section < rowCount()
                   ? core::leverName(m_negotiation.levers[static_cast<std::size_t>(section)].lever)
                   : QVariant();
    return section >= 0 && section < ColumnCount ? tr(kLeverColumns[section].header) : QVariant();
}

// ---- gate criteria ---------------------------------------------------------------------------

const GateCriteriaModel::ColumnDef GateCriteriaModel::kColumns[] = {
    {QT_TR_NOOP("Criterion"), memberCell<&core::GateCriterion::label>},
    {.header = QT_TR_NOOP("Met when"),
     .display = [](auto&, auto& c) -> QVariant { return core::gateRuleDescription(c.rule); },
     .toolTip = [](auto&, auto& c) -> QVariant { return core::gateRuleDescription(c.rule); }},
};

GateCriteriaModel::GateCriteriaModel(Session& session, QObject* parent)
    : RowTableModel(kColumns, memberCell<&core::GateCriterion::id>, parent), m_session(session)
{
    connect(&session, &Session::storeChanged, this, &GateCriteriaModel::reload);
    connect(&session, &Session::storeReplaced, this, &GateCriteriaModel::reload);
    m_rows = load();
}

QStringList GateCriteriaModel::ruleChoices()
{
    QStringList out;
    for (int i = 0; i < kRuleCount; ++i)
        out << core::gateRuleDescription(static_cast<core::GateRule>(i));
    return out;
}

std::vector<core::GateCriterion> GateCriteriaModel::load() const
{
    std::vector<core::GateCriterion> out;
    tryRead(m_session, tr("The exit criteria could not be read: %1"), [&] {
        for (const auto& c : m_session.store().gates().criteria())
            if (c.stage == m_stage)
                out.push_back(c);
    });
    return out;
}

void GateCriteriaModel::setStage(core::Stage stage)
{
    m_stage = stage;
    resetRows(load());
}

void GateCriteriaModel::reload()
{
    auto fresh = load();
    if (fresh == m_rows)
        return;
    if (sameKeys(fresh))
        updateRows(std::move(fresh)); // a rename or a new rule: the view's editor stays
    else
        resetRows(std::move(fresh));
}

bool GateCriteriaModel::replace(std::vector<core::GateCriterion> after, const QString& text)
{
    for (std::size_t i = 0; i < after.size(); ++i) {
        after[i].position = static_cast<int>(i);
        after[i].stage = m_stage;
    }
    return m_session.execute(makeReplaceCriteria(m_session, m_stage, m_rows, after, text));
}

bool GateCriteriaModel::addCriterion(const QString& label, core::GateRule rule)
{
    auto after = m_rows;
    core::GateCriterion c;
    c.stage = m_stage;
    c.label = label.trimmed();
    c.rule = rule;
    after.push_back(c);
    return replace(after, tr("Add exit criterion %1").arg(c.label));
}

bool GateCriteriaModel::removeCriterion(int row)
{
    if (row < 0 || row >= rowCount())
        return false;
    auto after = m_rows;
    const QString label = after[static_cast<std::size_t>(row)].label;
    after.erase(after.begin() + row);
    return replace(after, tr("Remove exit criterion %1").arg(label));
}

bool GateCriteriaModel::moveCriterion(int row, int delta)
{
    const int to = row + delta;
    if (row < 0 || row >= rowCount() || to < 0 || to >= rowCount() || delta == 0)
        return false;
    auto after = m_rows;
    std::swap(after[static_cast<std::size_t>(row)], after[static_cast<std::size_t>(to)]);
    return replace(after,
                   tr("Move exit criterion %1").arg(after[static_cast<std::size_t>(to)].label));
}

bool GateCriteriaModel::restoreDefaults()
{
    std::vector<core::GateCriterion> all;
    if (!tryRead(m_session, tr("The exit criteria could not be read: %1"),
                 [&] { all = m_session.store().gates().criteria(); }))
        return false;
    return m_session.execute(makeRestoreDefaultCriteria(m_session, all));
}

Qt::ItemFlags GateCriteriaModel::flags(const QModelIndex& index) const
{
    if (!index.isValid() || !checkIndex(index, CheckIndexOption::IndexIsValid))
        return Qt::NoItemFlags;
    return QAbstractTableModel::flags(index) | Qt::ItemIsEditable;
}

QVariant GateCriteriaModel::roleData(const core::GateCriterion& c, int column, int role) const
{
    if (column == RuleColumn) {
        if (role == ChoicesRole)
            return ruleChoices();
        if (role == Qt::EditRole)
            return static_cast<int>(c.rule);
        return {};
    }
    return role == Qt::EditRole ? QVariant(c.label) : QVariant();
}

bool GateCriteriaModel::setData(const QModelIndex& index, const QVariant& value, int role)
{
    if (role != Qt::EditRole || !index.isValid() ||
        !checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return false;
    auto after = m_rows;
    core::GateCriterion& c = after[static_cast<std::size_t>(index.row())];
    if (index.column() == LabelColumn) {
        const QString label = value.toString().trimmed();
        if (label.isEmpty())
            return false;
        if (label == c.label)
            return true;
        const QString was = c.label;
        c.label = label;
        return replace(after, tr("Rename exit criterion %1").arg(was));
    }
    bool ok = false;
    const int rule = value.toInt(&ok);
    if (!ok || rule < 0 || rule >= kRuleCount)
        return false;
    if (static_cast<core::GateRule>(rule) == c.rule)
        return true;
    c.rule = static_cast<core::GateRule>(rule);
    return replace(after, tr("Change the rule of %1").arg(c.label));
}

} // namespace accord::gui
