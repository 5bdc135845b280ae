#include "WinWin.h"

#include <QCoreApplication>
#include <QLocale>

#include <algorithm>

namespace accord::core {

namespace {

QString tr(const char* text, int n = -1)
{
    return QCoreApplication::translate("accord", text, nullptr, n);
}

// English needs the singular spelled out until an English .ts supplies numerus forms.
QString counted(const char* one, const char* many, int n)
{
    return n == 1 ? tr(one) : tr(many, n);
}

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

int maxPriority(const Negotiation& n, Side side)
{
    int best = 0;
    for (const LeverPosition& l : n.levers)
        best = std::max(best, side == Side::Ours ? l.ourPriority : l.theirPriority);
    return best;
}

} // namespace

QString winWinStateKey(WinWinState s)
{
    switch (s) {
    case WinWinState::NotStarted:
        return QStringLiteral("not_started");
    case WinWinState::Warning:
        return QStringLiteral("warning");
    case WinWinState::Balanced:
        return QStringLiteral("balanced");
    }
    return {};
}

QString winWinWarningKey(WinWinWarningKind k)
{
    switch (k) {
    case WinWinWarningKind::NoConcessions:
        return QStringLiteral("no_concessions");
    case WinWinWarningKind::OnlyWeConcede:
        return QStringLiteral("only_we_concede");
    case WinWinWarningKind::OnlyTheyConcede:
        return QStringLiteral("only_they_concede");
    case WinWinWarningKind::SingleLeverContest:
        return QStringLiteral("single_lever_contest");
    }
    return {};
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
             tr("The levers are on the table but neither side has conceded anything yet. Start "
                "from what they want and write what each side could give.")});
    } else if (we && !they) {
        const QString ask = firstTradable(tradables, Side::Theirs);
        check.warnings.push_back(
            {WinWinWarningKind::OnlyWeConcede, std::nullopt,
             ask.isEmpty()
                 ? tr("Only we have conceded so far (%1). Ask for something in return before "
                      "giving more.")
                       .arg(leverList(check.ourConcessions))
                 : tr("Only we have conceded so far (%1). Ask for something in return: they "
                      "listed \u201c%2\u201d as something they could give.")
                       .arg(leverList(check.ourConcessions), ask)});
    } else if (they && !we) {
        const QString offer = firstTradable(tradables, Side::Ours);
        check.warnings.push_back(
            {WinWinWarningKind::OnlyTheyConcede, std::nullopt,
             offer.isEmpty()
                 ? tr("Only they have conceded so far (%1). Winning every point loses the "
                      "partnership: offer something back on a lever that matters to them.")
                       .arg(leverList(check.theirConcessions))
                 : tr("Only they have conceded so far (%1). Winning every point loses the "
                      "partnership: offer something back, for instance \u201c%2\u201d from our "
                      "tradables.")
                       .arg(leverList(check.theirConcessions), offer)});
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
             tr("%1 is the top priority for both sides and no other lever moves. Favouring one "
                "lever has to move others on both sides: look for concessions on %2.")
                 .arg(leverName(contested), leverList(others))});
    }

    if (!check.warnings.empty()) {
        check.state = WinWinState::Warning;
        check.summary =
            counted("1 warning", "%n warnings", static_cast<int>(check.warnings.size()));
    } else if (we && they) {
        check.state = WinWinState::Balanced;
        check.summary = tr("Win-win: both sides have conceded something and no lever is fought "
                           "over alone.");
    } else {
        check.state = WinWinState::NotStarted;
        check.summary = tr("Not judged yet: write positions and concessions on the levers.");
    }
    return check;
}

} // namespace accord::core
