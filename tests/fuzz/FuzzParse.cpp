// libFuzzer target: the strict date, date-time and money parsers of core/Parse.h.
// The first byte picks the parser; the rest is the text (UTF-8, or Latin-1 noise).

#include "core/Parse.h"

#include <cstddef>
#include <cstdint>

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t* data, std::size_t size)
{
    if (size == 0)
        return 0;
    const QString text = QString::fromUtf8(reinterpret_cast<const char*>(data) + 1,
                                           static_cast<qsizetype>(size - 1));
    using namespace accord::core;
    switch (data[0] % 5) {
    case 0:
        if (const auto d = parseDate(text))
            if (!d->isValid())
                __builtin_trap(); // a parsed date is always a real date
        break;
    case 1:
        if (const auto t = parseDateTime(text, QTimeZone::utc()))
            if (!t->isValid() || t->timeSpec() != Qt::UTC)
                __builtin_trap();
        break;
    case 2:
        if (const auto t = parseDateTime(text, QTimeZone("Europe/Berlin")))
            if (!t->isValid())
                __builtin_trap();
        break;
    case 3:
        if (const auto minor = parseMoneyMinor(text)) {
            // What it prints it reads back.
            const QString shown = formatMoney(Money{*minor, QStringLiteral("USD")},
                                              QLocale(QLocale::English, QLocale::UnitedStates));
            (void)parseMoneyMinor(shown);
            (void)formatMoneyShort(*minor, QStringLiteral("EUR"), QLocale(QLocale::German));
        }
        break;
    default:
        if (const auto t = fromIsoUtc(text))
            if (fromIsoUtc(toIsoUtc(*t)) != t)
                __builtin_trap(); // ISO round trip
        break;
    }
    return 0;
}
