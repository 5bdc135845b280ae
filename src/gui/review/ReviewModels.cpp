#include "ReviewModels.h"

#include "Format.h"

#include <QLocale>

namespace accord::gui {

namespace {

QString percent(double share)
{
    return QLocale().toString(share * 100.0, 'f', 0) + QLatin1Char('%');
}

QString days(const core::Distribution& d, double value)
{
    return d.count > 0 ? QLocale().toString(value, 'f', 1) : QStringLiteral("—");
}

} // namespace

// ---------------------------------------------------------------- StalledModel

void StalledModel::setReport(const core::PipelineReport& report)
{
    beginResetModel();
    m_rows = report.stalled;
    endResetModel();
}

int StalledModel::rowCount(const QModelIndex& parent) const
{
    return parent.isValid() ? 0 : static_cast<int>(m_rows.size());
}

int StalledModel::columnCount(const QModelIndex& parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant StalledModel::data(const QModelIndex& index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const core::StalledProspect& s = m_rows[static_cast<std::size_t>(index.row())];
    if (role == IdRole)
        return s.id;
    if (role == Qt::TextAlignmentRole &&
        (index.column() == QuietColumn || index.column() == ValueColumn))
        return QVariant::fromValue(Qt::AlignRight | Qt::AlignVCenter);
    if (role == Qt::ToolTipRole && index.column() == QuietColumn)
        return s.lastMeetingAt.isValid()
                   ? tr("Last meeting %1; stale after %2 in this stage")
                         .arg(Format::date(s.lastMeetingAt.toLocalTime().date()),
                              Format::days(s.thresholdDays))
                   : tr("No meeting since entering the stage; stale after %1")
                         .arg(Format::days(s.thresholdDays));
    if (role != Qt::DisplayRole)
        return {};
    switch (index.column()) {
    case NameColumn:
        return s.name;
    case OwnerColumn:
        return s.owner;
    case StageColumn:
        return core::stageShortName(s.stage);
    case QuietColumn:
        return Format::days(s.daysQuiet);
    case ValueColumn:
        return Format::moneyShort(s.valueMinor, s.currency);
    default:
        return {};
    }
}

QVariant StalledModel::headerData(int section, Qt::Orientation o, int role) const
{
    if (o != Qt::Horizontal || role != Qt::DisplayRole)
        return {};
    switch (section) {
    case NameColumn:
        return tr("Prospect");
    case OwnerColumn:
        return tr("Owner");
    case StageColumn:
        return tr("Stage");
    case QuietColumn:
        return tr("Quiet");
    case ValueColumn:
        return tr("Value");
    default:
        return {};
    }
}

// ---------------------------------------------------------------- OwnerModel

void OwnerModel::setReport(const core::PipelineReport& report)
{
    beginResetModel();
    m_rows = report.owners;
    m_currency = report.query.settings.currency;
    endResetModel();
}

int OwnerModel::rowCount(const QModelIndex& parent) const
{
    return parent.isValid() ? 0 : static_cast<int>(m_rows.size());
}

int OwnerModel::columnCount(const QModelIndex& parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant OwnerModel::data(const QModelIndex& index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const core::OwnerFigures& o = m_rows[static_cast<std::size_t>(index.row())];
    if (role == OwnerRole)
        return o.owner;
    if (role == Qt::TextAlignmentRole && index.column() != OwnerColumn)
        return QVariant::fromValue(Qt::AlignRight | Qt::AlignVCenter);
    if (role != Qt::DisplayRole)
        return {};
    switch (index.column()) {
    case OwnerColumn:
        return o.owner.isEmpty() ? tr("(no owner)") : o.owner;
    case OpenColumn:
        return o.open;
    case ValueColumn:
        return Format::moneyShort(o.openValueMinor, m_currency);
    case WonColumn:
        return o.won;
    case LostColumn:
        return o.lost;
    case WinRateColumn:
        return o.won + o.lost > 0 ? percent(static_cast<double>(o.won) / (o.won + o.lost))
                                  : QStringLiteral("—");
    case CycleColumn:
        return days(o.cycle, o.cycle.median);
    default:
        return {};
    }
}

QVariant OwnerModel::headerData(int section, Qt::Orientation o, int role) const
{
    if (o != Qt::Horizontal || role != Qt::DisplayRole)
        return {};
    switch (section) {
    case OwnerColumn:
        return tr("Owner");
    case OpenColumn:
        return tr("Open");
    case ValueColumn:
        return tr("Open value");
    case WonColumn:
        return tr("Won");
    case LostColumn:
        return tr("Lost");
    case WinRateColumn:
        return tr("Win rate");
    case CycleColumn:
        return tr("Median cycle\n(days)");
    default:
        return {};
    }
}

// ---------------------------------------------------------------- ConversionModel

void ConversionModel::setReport(const core::PipelineReport& report)
{
    beginResetModel();
    m_rows = report.conversion;
    m_times = report.timeInStage;
    m_loaded = true;
    endResetModel();
}

std::vector<core::Id> ConversionModel::idsAt(const QModelIndex& index) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const core::Conversion& c = m_rows[static_cast<std::size_t>(index.row())];
    switch (index.column()) {
    case EnteredColumn:
        return c.entered;
    case AdvancedColumn:
        return c.advanced;
    case LostColumn:
        return c.lost;
    default:
        return {};
    }
}

int ConversionModel::rowCount(const QModelIndex& parent) const
{
    return parent.isValid() || !m_loaded ? 0 : static_cast<int>(m_rows.size());
}

int ConversionModel::columnCount(const QModelIndex& parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant ConversionModel::data(const QModelIndex& index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const auto row = static_cast<std::size_t>(index.row());
    const core::Conversion& c = m_rows[row];
    const core::TimeInStage& t = m_times[row];
    if (role == StageRole)
        return static_cast<int>(c.stage);
    if (role == Qt::TextAlignmentRole && index.column() != StageColumn)
        return QVariant::fromValue(Qt::AlignRight | Qt::AlignVCenter);
    if (role != Qt::DisplayRole)
        return {};
    const bool any = !c.entered.empty();
    switch (index.column()) {
    case StageColumn:
        return core::stageShortName(c.stage);
    case EnteredColumn:
        return static_cast<int>(c.entered.size());
    case AdvancedColumn:
        return any ? tr("%1 (%2)").arg(c.advanced.size()).arg(percent(c.advancedRate()))
                   : QStringLiteral("0");
    case LostColumn:
        return any ? tr("%1 (%2)").arg(c.lost.size()).arg(percent(c.lostRate()))
                   : QStringLiteral("0");
    case OpenColumn:
        return c.open();
    case LeftMedianColumn:
        return days(t.left, t.left.median);
    case OpenMedianColumn:
        return days(t.current, t.current.median);
    default:
        return {};
    }
}

QVariant ConversionModel::headerData(int section, Qt::Orientation o, int role) const
{
    if (o != Qt::Horizontal || role != Qt::DisplayRole)
        return {};
    switch (section) {
    case StageColumn:
        return tr("Stage");
    case EnteredColumn:
        return tr("Entered");
    case AdvancedColumn:
        return tr("Went on");
    case LostColumn:
        return tr("Lost there");
    case OpenColumn:
        return tr("Still open");
    case LeftMedianColumn:
        return tr("Median days\nleft");
    case OpenMedianColumn:
        return tr("Median days\nopen now");
    default:
        return {};
    }
}

} // namespace accord::gui
