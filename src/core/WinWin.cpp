#include "WinWin.h"

#include "EnumTraits.h"
#include "Wording.h"

#include <QCoreApplication>
#include <QLocale>

#include <algorithm>

namespace accord::core {

namespace {

/// The translation context of this file's texts.
struct Text
{
    Q_DECLARE_TR_FUNCTIONS(accord)
};

bool notBlank(const QString& s)
{
    return !s.trimmed().isEmpty();
}

QString leverList(const std::vector<Lever>& levers)
{
    QStringList names;
    for (Lever l : levers)
        names.append(leverName(l));
    return QLocale().createSeparatedList(names);
}

/// The first tradable `side` could give, to make a warning actionable.
QString firstTradable(const std::vector<Tradable>& tradables, Side side)
{
    for (const Tradable& t : tradables)
        if (t.side == side && notBlank(t.item))
            return t.item.trimmed();
    return {};
}

/// The warning that only one side has conceded (`conceded`): with a tradable
/// the other side could give in return when there is one.
WinWinWarning oneSided(WinWinWarningKind kind, const std::vector<Lever>& conceded,
                       const QString& tradable, const char* plain, const char* withTradable)
{
    return {kind, std::nullopt,
            tradable.isEmpty() ? Text::tr(plain).arg(leverList(conceded))
                               : Text::tr(withTradable).arg(leverList(conceded), tradable)};
}

int maxPriority(const Negotiation& n, Side side)
{
    int best = 0;
    for (const LeverPosition& l : n.levers)
        best = std::max(best, side == Side::Ours ? l.ourPriority : l.theirPriority);
    return best;
}

// Stable keys (JSON, CLI); the names are the summaries and messages above.
struct WinWinStates : EnumTable<WinWinState, WinWinStates>
{
    static constexpr std::array<EnumItem<WinWinState>, 3> kItems{{
        {WinWinState::NotStarted, "not_started", nullptr},
        {WinWinState::Warning, "warning", nullptr},
        {WinWinState::Balanced, "balanced", nullptr},
    }};
};

struct WinWinWarnings : EnumTable<WinWinWarningKind, WinWinWarnings>
{
    static constexpr std::array<EnumItem<WinWinWarningKind>, 4> kItems{{
        {WinWinWarningKind::NoConcessions, "no_concessions", nullptr},
        {WinWinWarningKind::OnlyWeConcede, "only_we_concede", nullptr},
        {WinWinWarningKind::OnlyTheyConcede, "only_they_concede", nullptr},
        {WinWinWarningKind::SingleLeverContest, "single_lever_contest", nullptr},
    }};
};

} // namespace

QString winWinStateKey(WinWinState s)
{
    return WinWinStates::key(s);
}

QString winWinWarningKey(WinWinWarningKind k)
{
    return WinWinWarnings::key(k);
}

bool WinWinCheck::has(WinWinWarningKind kind) const
{
    return std::any_of(warnings.begin(), warnings.end(),
                       [kind](const WinWinWarning& w) { return w.kind == kind; });
}

bool leverDiscussed(const LeverPosition& l)
{
    return notBlank(l.ourPosition) || notBlank(l.theirPosition);
}

std::vector<Lever> topPriorityLevers(const Negotiation& n, Side side)
{
    std::vector<Lever> out;
    const int best = maxPriority(n, side);
    if (best <= 0)
        return out;
    for (const LeverPosition& l : n.levers)
        if ((side == Side::Ours ? l.ourPriority : l.theirPriority) == best)
            out.push_back(l.lever);
    return out;
}

WinWinCheck checkWinWin(const Negotiation& n, const std::vector<Tradable>& tradables)
{
    WinWinCheck check;
    bool anyDiscussed = false;
    for (const LeverPosition& l : n.levers) {
        anyDiscussed = anyDiscussed || leverDiscussed(l);
        if (notBlank(l.ourConcession))
            check.ourConcessions.push_back(l.lever);
        if (notBlank(l.theirConcession))
            check.theirConcessions.push_back(l.lever);
    }
    const bool we = !check.ourConcessions.empty();
    const bool they = !check.theirConcessions.empty();

    // Warning 1: the concessions are all on one side (or, once levers are on
    // the table, on neither).
    if (!we && !they && anyDiscussed) {
        check.warnings.push_back(
            {WinWinWarningKind::NoConcessions, std::nullopt,
             Text::tr(
                 "The levers are on the table but neither side has conceded anything yet. Start "
                 "from what they want and write what each side could give.")});
    } else if (we && !they) {
        check.warnings.push_back(oneSided(
            WinWinWarningKind::OnlyWeConcede, check.ourConcessions,
            firstTradable(tradables, Side::Theirs),
            QT_TRANSLATE_NOOP("accord", "Only we have conceded so far (%1). Ask for something in "
                                        "return before giving more."),
            QT_TRANSLATE_NOOP("accord", "Only we have conceded so far (%1). Ask for something in "
                                        "return: they listed \u201c%2\u201d as something they "
                                        "could give.")));
    } else if (they && !we) {
        check.warnings.push_back(oneSided(
            WinWinWarningKind::OnlyTheyConcede, check.theirConcessions,
            firstTradable(tradables, Side::Ours),
            QT_TRANSLATE_NOOP("accord", "Only they have conceded so far (%1). Winning every point "
                                        "loses the partnership: offer something back on a lever "
                                        "that matters to them."),
            QT_TRANSLATE_NOOP("accord", "Only they have conceded so far (%1). Winning every point "
                                        "loses the partnership: offer something back, for instance "
                                        "\u201c%2\u201d from our tradables.")));
    }

    // Warning 2: a lever both sides rank highest, while nothing moves on any
    // other lever. Favouring one lever has to move the others on both sides.
    const std::vector<Lever> ourTop = topPriorityLevers(n, Side::Ours);
    const std::vector<Lever> theirTop = topPriorityLevers(n, Side::Theirs);
    for (Lever contested : ourTop) {
        if (std::find(theirTop.begin(), theirTop.end(), contested) == theirTop.end())
            continue;
        bool otherMoves = false;
        std::vector<Lever> others;
        for (const LeverPosition& l : n.levers) {
            if (l.lever == contested)
                continue;
            others.push_back(l.lever);
            otherMoves = otherMoves || notBlank(l.ourConcession) || notBlank(l.theirConcession);
        }
        if (otherMoves)
            continue;
        check.warnings.push_back(
            {WinWinWarningKind::SingleLeverContest, contested,
             Text::tr(
                 "%1 is the top priority for both sides and no other lever moves. Favouring one "
                 "lever has to move others on both sides: look for concessions on %2.")
                 .arg(leverName(contested), leverList(others))});
    }

    if (!check.warnings.empty()) {
        check.state = WinWinState::Warning;
        check.summary = countedText(QT_TRANSLATE_NOOP("accord", "1 warning"),
                                    QT_TRANSLATE_N_NOOP("accord", "%n warnings"),
                                    static_cast<int>(check.warnings.size()));
    } else if (we && they) {
        check.state = WinWinState::Balanced;
        check.summary =
            Text::tr("Win-win: both sides have conceded something and no lever is fought "
                     "over alone.");
    } else {
        check.state = WinWinState::NotStarted;
        check.summary = Text::tr("Not judged yet: write positions and concessions on the levers.");
    }
    return check;
}

} // namespace accord::core
