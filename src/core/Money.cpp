#include "Money.h"

#include <algorithm>
#include <cmath>
#include <limits>

namespace accord::core {

namespace {

// ISO 4217 currencies whose minor unit is not a hundredth.
struct Digits
{
    const char* code;
    int digits;
};
constexpr Digits kDigits[] = {
    {"BHD", 3}, {"BIF", 0}, {"CLF", 4}, {"CLP", 0}, {"DJF", 0}, {"GNF", 0}, {"IQD", 3},
    {"ISK", 0}, {"JOD", 3}, {"JPY", 0}, {"KMF", 0}, {"KRW", 0}, {"KWD", 3}, {"LYD", 3},
    {"OMR", 3}, {"PYG", 0}, {"RWF", 0}, {"TND", 3}, {"UGX", 0}, {"UYI", 0}, {"UYW", 4},
    {"VND", 0}, {"VUV", 0}, {"XAF", 0}, {"XOF", 0}, {"XPF", 0},
};

constexpr qint64 kMax = std::numeric_limits<qint64>::max();
constexpr qint64 kMin = std::numeric_limits<qint64>::min();

qint64 saturate(long double value, bool& overflow)
{
    if (!std::isfinite(value) || value >= static_cast<long double>(kMax)) {
        overflow = true;
        return kMax;
    }
    if (value <= static_cast<long double>(kMin)) {
        overflow = true;
        return kMin;
    }
    return std::llround(value);
}

} // namespace

int minorDigits(const QString& currency)
{
    for (const Digits& d : kDigits)
        if (currency == QLatin1String(d.code))
            return d.digits;
    return 2;
}

qint64 minorPerMajor(const QString& currency)
{
    qint64 unit = 1;
    for (int i = minorDigits(currency); i > 0; --i)
        unit *= 10;
    return unit;
}

qint64 maxMinor(const QString& currency)
{
    return kMaxMoneyMajor * minorPerMajor(currency);
}

bool isCurrencyCode(const QString& code)
{
    return code.size() == 3 && std::all_of(code.begin(), code.end(), [](QChar c) {
               return c >= QLatin1Char('A') && c <= QLatin1Char('Z');
           });
}

qint64 checkedAdd(qint64 a, qint64 b, bool& overflow)
{
    qint64 out = 0;
    if (!__builtin_add_overflow(a, b, &out))
        return out;
    overflow = true;
    return b > 0 ? kMax : kMin;
}

void CurrencySum::add(qint64 amount, int amounts)
{
    minor = checkedAdd(minor, amount, overflow);
    count += amounts;
}

void CurrencySum::addParts(qint64 high, qint64 low, int amounts)
{
    qint64 shifted = 0;
    if (__builtin_mul_overflow(high, qint64{1} << 32, &shifted)) {
        overflow = true;
        shifted = high > 0 ? kMax : kMin;
    }
    add(checkedAdd(shifted, low, overflow), amounts);
}

CurrencySum& CurrencySums::of(const QString& currency)
{
    for (CurrencySum& s : m_sums)
        if (s.currency == currency)
            return s;
    m_sums.push_back(CurrencySum{currency});
    return m_sums.back();
}

void CurrencySums::add(const QString& currency, qint64 amount, int amounts)
{
    of(currency).add(amount, amounts);
}

void CurrencySums::add(const CurrencySums& other)
{
    for (const CurrencySum& s : other.m_sums) {
        CurrencySum& mine = of(s.currency);
        mine.add(s.minor, s.count);
        mine.overflow = mine.overflow || s.overflow;
    }
}

void MoneyTotal::add(const MoneyTotal& other)
{
    minor = checkedAdd(minor, other.minor, overflow);
    count += other.count;
    unconverted += other.unconverted;
    overflow = overflow || other.overflow;
}

MoneyTotal convertTotal(const std::vector<CurrencySum>& sums, const QString& base,
                        const ExchangeRates& rates)
{
    MoneyTotal total;
    const long double baseUnit = static_cast<long double>(minorPerMajor(base));
    for (const CurrencySum& s : sums) {
        if (s.count == 0)
            continue;
        qint64 converted = s.minor;
        if (s.currency != base) {
            const auto rate = rates.find(s.currency);
            if (rate == rates.end() || !(rate->second > 0) || !std::isfinite(rate->second)) {
                total.unconverted += s.count;
                continue;
            }
            const long double major = static_cast<long double>(s.minor) /
                                      static_cast<long double>(minorPerMajor(s.currency));
            converted =
                saturate(major * static_cast<long double>(rate->second) * baseUnit, total.overflow);
        }
        total.overflow = total.overflow || s.overflow;
        total.minor = checkedAdd(total.minor, converted, total.overflow);
        total.count += s.count;
    }
    return total;
}

qint64 percentOf(qint64 minor, int percent)
{
    bool ignored = false;
    return saturate(static_cast<long double>(minor) * percent / 100.0L, ignored);
}

} // namespace accord::core
