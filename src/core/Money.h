#pragma once

// Money rules in one place: minor units per ISO 4217, the largest value Accord
// accepts, and totals that never wrap. Every figure that adds money (board
// headers, the review, report --json, summaries) sums through CurrencySum and
// converts through convertTotal.

#include "Types.h"

#include <map>
#include <vector>

namespace accord::core {

/// The largest value Accord accepts in any currency: 10^12 major units.
inline constexpr qint64 kMaxMoneyMajor = 1'000'000'000'000;

/// Digits after the decimal point per ISO 4217: 0 for JPY, 3 for KWD, 2 for
/// USD and for codes the table does not list.
int minorDigits(const QString& currency);
/// 10 to the power of minorDigits: 1 for JPY, 100 for USD, 1000 for KWD.
qint64 minorPerMajor(const QString& currency);
/// kMaxMoneyMajor in minor units of `currency`.
qint64 maxMinor(const QString& currency);
/// Three capital letters A–Z.
bool isCurrencyCode(const QString& code);

/// a + b, or the largest (smallest) qint64 with `overflow` set when it does not fit.
qint64 checkedAdd(qint64 a, qint64 b, bool& overflow);

/// Money of one currency added up: how many amounts, and their exact sum.
struct CurrencySum
{
    QString currency;
    int count = 0;
    qint64 minor = 0;
    bool overflow = false; // the sum did not fit; `minor` holds the largest number that does
    void add(qint64 amount, int amounts = 1);
    /// high × 2^32 + low: how the store hands over a sum that may pass 2^63.
    void addParts(qint64 high, qint64 low, int amounts);
};

/// Sums of many currencies, one entry per currency (few per pipeline).
class CurrencySums
{
public:
    CurrencySum& of(const QString& currency);
    void add(const QString& currency, qint64 amount, int amounts = 1);
    void add(const CurrencySums& other);
    const std::vector<CurrencySum>& sums() const { return m_sums; }

private:
    std::vector<CurrencySum> m_sums;
};

/// Units of the pipeline currency one unit of another currency is worth, by code.
using ExchangeRates = std::map<QString, double>;

/// A total in the pipeline currency.
struct MoneyTotal
{
    qint64 minor = 0;      // minor units of the pipeline currency
    int count = 0;         // amounts in the total (converted or in the pipeline currency)
    int unconverted = 0;   // amounts left out: their currency has no exchange rate
    bool overflow = false; // the total passed the largest number; `minor` holds that number
    void add(const MoneyTotal& other);
};

/// Converts each currency's sum to `base` with `rates` (rounded to the minor
/// unit once per currency) and adds them with checked arithmetic. A currency
/// without a rate stays out of the total and is counted as unconverted.
MoneyTotal convertTotal(const std::vector<CurrencySum>& sums, const QString& base,
                        const ExchangeRates& rates);

/// `minor` × percent / 100, rounded, never wrapping.
qint64 percentOf(qint64 minor, int percent);

} // namespace accord::core
