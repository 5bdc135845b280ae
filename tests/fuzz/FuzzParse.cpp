// libFuzzer target: the strict date, date-time and money parsers of core/Parse.h
// and when an activity is due (core/Activities.h).
// The first byte picks the parser; the rest is the text (UTF-8, or Latin-1 noise).

#include "core/Activities.h"
#include "core/Money.h"
#include "core/Parse.h"
#include "core/Validation.h"

#include <cstddef>
#include <cstdint>

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t* data, std::size_t size)
{
    if (size == 0)
        return 0;
    const QString text = QString::fromUtf8(reinterpret_cast<const char*>(data) + 1,
                                           static_cast<qsizetype>(size - 1));
    using namespace accord::core;
    switch (data[0] % 7) {
    case 0:
        if (const auto d = parseDate(text))
            if (!isWithinDateRange(*d))
                __builtin_trap(); // a parsed date is always a real date of 1900–9999
        break;
    case 1:
        if (const auto t = parseDateTime(text, QTimeZone::utc()))
            if (!isWithinDateRange(*t) || t->timeSpec() != Qt::UTC)
                __builtin_trap();
        break;
    case 2:
        if (const auto t = parseDateTime(text, QTimeZone("America/New_York")))
            if (!isWithinDateRange(*t))
                __builtin_trap(); // the bound holds in UTC
        break;
    case 5: {
        // Money with a currency: a symbol or code in the text wins over the fallback.
        static const char* const kFallback[] = {"USD", "JPY", "KWD", "EUR"};
        const QString fallback = QString::fromLatin1(kFallback[(data[0] / 6) % 4]);
        if (const auto m = parseMoney(text, fallback)) {
            if (m->minor < 0 || m->currency.isEmpty())
                __builtin_trap();
            const auto named = currencyNamedIn(text);
            if (m->currency != named.value_or(fallback))
                __builtin_trap();
            // What it prints it reads back, in the currency's own minor unit.
            if (m->minor < 100'000'000'000'000 &&
                (m->currency == u"USD" || m->currency == u"EUR" || m->currency == u"JPY")) {
                const QString shown =
                    formatMoney(*m, QLocale(QLocale::English, QLocale::UnitedStates));
                if (parseMoney(shown, m->currency) != m)
                    __builtin_trap();
            }
        }
        break;
    }
    case 3:
        if (const auto minor = parseMoneyMinor(text)) {
            // What it prints it reads back.
            const QString shown = formatMoney(Money{*minor, QStringLiteral("USD")},
                                              QLocale(QLocale::English, QLocale::UnitedStates));
            (void)parseMoneyMinor(shown);
            (void)formatMoneyShort(*minor, QStringLiteral("EUR"), QLocale(QLocale::German));
        }
        break;
    case 6:
        // A due date is a real day of 1900–9999 and a time of day, or a sentence.
        try {
            const Due due = parseDue(text, QDate(2026, 6, 15));
            if (!isWithinDateRange(due.date) || due.minute < -1 || due.minute > 1439)
                __builtin_trap();
        } catch (const ValidationError& e) {
            if (e.field() != QLatin1String("due"))
                __builtin_trap();
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
