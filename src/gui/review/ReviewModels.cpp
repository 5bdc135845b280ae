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

const StalledModel::ColumnDef StalledModel::kColumns[] = {
    {QT_TR_NOOP("Prospect"), memberCell<&core::StalledProspect::name>},
    {QT_TR_NOOP("Owner"), memberCell<&core::StalledProspect::owner>},
    {QT_TR_NOOP("Stage"), [](auto&, auto& s) -> QVariant { return core::stageShortName(s.stage); }},
    {QT_TR_NOOP("Quiet"), [](auto&, auto& s) -> QVariant { return Format::days(s.daysQuiet); },
     kNumberAlignment,
     [](auto&, auto& s) -> QVariant {
         return s.lastMeetingAt.isValid()
                    ? tr("Last meeting %1; stale after %2 in this stage")
                          .arg(Format::date(s.lastMeetingAt.toLocalTime().date()),
                               Format::days(s.thresholdDays))
                    : tr("No meeting since entering the stage; stale after %1")
                          .arg(Format::days(s.thresholdDays));
     }},
    {QT_TR_NOOP("Value"),
     [](auto&, auto& s) -> QVariant { return Format::moneyShort(s.valueMinor, s.currency); },
     kNumberAlignment},
};

StalledModel::StalledModel(QObject* parent)
    : RowTableModel(kColumns, memberCell<&core::StalledProspect::id>, parent)
{}

void StalledModel::setReport(const core::PipelineReport& report)
{
    resetRows(report.stalled);
}

// ---------------------------------------------------------------- OwnerModel

const OwnerModel::ColumnDef OwnerModel::kColumns[] = {
    {QT_TR_NOOP("Owner"),
     [](auto&, auto& o) -> QVariant { return o.owner.isEmpty() ? tr("(no owner)") : o.owner; }},
    {QT_TR_NOOP("Open"), memberCell<&core::OwnerFigures::open>, kNumberAlignment},
    {QT_TR_NOOP("Open value"),
     [](auto& m, auto& o) -> QVariant {
         return Format::moneyShort(o.openValueMinor, m.m_currency);
     },
     kNumberAlignment},
    {QT_TR_NOOP("Won"), memberCell<&core::OwnerFigures::won>, kNumberAlignment},
    {QT_TR_NOOP("Lost"), memberCell<&core::OwnerFigures::lost>, kNumberAlignment},
    {QT_TR_NOOP("Win rate"),
     [](auto&, auto& o) -> QVariant {
         return o.won + o.lost > 0 ? percent(static_cast<double>(o.won) / (o.won + o.lost))
                                   : QStringLiteral("—");
     },
     kNumberAlignment},
    {QT_TR_NOOP("Median cycle\n(days)"),
     [](auto&, auto& o) -> QVariant { return days(o.cycle, o.cycle.median); }, kNumberAlignment},
};

OwnerModel::OwnerModel(QObject* parent)
    : RowTableModel(kColumns, memberCell<&core::OwnerFigures::owner>, parent)
{}

void OwnerModel::setReport(const core::PipelineReport& report)
{
    m_currency = report.query.settings.currency;
    resetRows(report.owners);
}

// ---------------------------------------------------------------- ConversionModel

namespace {

/// "3 (60%)": how many of the entered went this way, and their share.
QString share(const core::Conversion& c, std::size_t count, double rate)
{
    return c.entered.empty() ? QStringLiteral("0")
                             : ConversionModel::tr("%1 (%2)").arg(count).arg(percent(rate));
}

} // namespace

const ConversionModel::ColumnDef ConversionModel::kColumns[] = {
    {QT_TR_NOOP("Stage"),
     [](auto&, auto& r) -> QVariant { return core::stageShortName(r.conversion.stage); }},
    {QT_TR_NOOP("Entered"),
     [](auto&, auto& r) -> QVariant { return static_cast<int>(r.conversion.entered.size()); },
     kNumberAlignment},
    {QT_TR_NOOP("Went on"),
     [](auto&, auto& r) -> QVariant {
         const core::Conversion& c = r.conversion;
         return share(c, c.advanced.size(), c.advancedRate());
     },
     kNumberAlignment},
    {QT_TR_NOOP("Lost there"),
     [](auto&, auto& r) -> QVariant {
         const core::Conversion& c = r.conversion;
         return share(c, c.lost.size(), c.lostRate());
     },
     kNumberAlignment},
    {QT_TR_NOOP("Still open"), [](auto&, auto& r) -> QVariant { return r.conversion.open(); },
     kNumberAlignment},
    {QT_TR_NOOP("Median days\nleft"),
     [](auto&, auto& r) -> QVariant { return days(r.time.left, r.time.left.median); },
     kNumberAlignment},
    {QT_TR_NOOP("Median days\nopen now"),
     [](auto&, auto& r) -> QVariant { return days(r.time.current, r.time.current.median); },
     kNumberAlignment},
};

ConversionModel::ConversionModel(QObject* parent)
    : RowTableModel(
          kColumns, [](auto&, auto& r) -> QVariant { return static_cast<int>(r.conversion.stage); },
          parent)
{}

void ConversionModel::setReport(const core::PipelineReport& report)
{
    std::vector<StageConversion> rows;
    for (std::size_t i = 0; i < report.conversion.size(); ++i)
        rows.push_back({report.conversion[i], report.timeInStage[i]});
    resetRows(std::move(rows));
}

std::vector<core::Id> ConversionModel::idsAt(const QModelIndex& index) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const core::Conversion& c = m_rows[static_cast<std::size_t>(index.row())].conversion;
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

} // namespace accord::gui
