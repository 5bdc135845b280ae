#include "Types.h"

#include "EnumTraits.h"

#include <QCoreApplication>

#include <algorithm>
#include <array>
#include <limits>
#include <utility>

namespace accord::core {

namespace {

// Short stage names; the keys and full names are EnumTraits<Stage>.
constexpr std::array<EnumItem<Stage>, 4> kStageShort{{
    {Stage::Informative, "informative", QT_TRANSLATE_NOOP("accord", "Informative")},
    {Stage::Consulting, "consulting", QT_TRANSLATE_NOOP("accord", "Consulting")},
    {Stage::Negotiation, "negotiation", QT_TRANSLATE_NOOP("accord", "Negotiation")},
    {Stage::Partnership, "partnership", QT_TRANSLATE_NOOP("accord", "Partnership")},
}};

} // namespace

int wholeDaysBetween(const QDateTime& from, const QDateTime& to)
{
    if (!from.isValid() || !to.isValid())
        return 0;
    const qint64 days = std::max<qint64>(0, from.secsTo(to) / 86400);
    return static_cast<int>(std::min<qint64>(days, std::numeric_limits<int>::max()));
}

QString stageShortName(Stage s)
{
    const int i = EnumTraits<Stage>::indexOf(s);
    return i < 0 ? QString()
                 : QCoreApplication::translate("accord",
                                               kStageShort[static_cast<std::size_t>(i)].name);
}

std::optional<Stage> stageFromKey(const QString& keyOrNumber)
{
    const QString text = keyOrNumber.trimmed();
    if (auto s = EnumTraits<Stage>::fromKey(text))
        return s;
    bool ok = false;
    const int number = text.toInt(&ok);
    if (ok && number >= 1 && number <= kStageCount && text.size() == 1)
        return static_cast<Stage>(number);
    if (text.isEmpty())
        return std::nullopt;
    for (Stage s : kAllStages) {
        const auto matches = [&](const char* source, const QString& translated) {
            return text.compare(QString::fromLatin1(source), Qt::CaseInsensitive) == 0 ||
                   text.compare(translated, Qt::CaseInsensitive) == 0;
        };
        const auto index = static_cast<std::size_t>(s) - 1;
        if (matches(EnumTraits<Stage>::kItems[index].key, stageKey(s)) ||
            matches(EnumTraits<Stage>::kItems[index].name, stageName(s)) ||
            matches(kStageShort[index].name, stageShortName(s)))
            return s;
    }
    return std::nullopt;
}

} // namespace accord::core
