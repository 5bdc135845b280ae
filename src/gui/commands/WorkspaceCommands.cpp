#include "WorkspaceCommands.h"

#include "Session.h"

#include <QCoreApplication>

#include <algorithm>
#include <tuple>

namespace accord::gui {

namespace {

/// The translation context of this file's texts.
struct Text
{
    Q_DECLARE_TR_FUNCTIONS(WorkspaceCommands)
};

// What the undo entries of each evidence type say, and the field they quote.
template <typename T> struct Entries
{
    QString T::*label;
    const char* add;
    const char* remove;
    const char* edit;
};

template <typename T> constexpr Entries<T> kEntries{};
template <>
constexpr Entries<core::Insight> kEntries<core::Insight>{
    &core::Insight::title, QT_TRANSLATE_NOOP("WorkspaceCommands", "Add insight %1"),
    QT_TRANSLATE_NOOP("WorkspaceCommands", "Remove insight %1"),
    QT_TRANSLATE_NOOP("WorkspaceCommands", "Edit insight %1")};
template <>
constexpr Entries<core::DataRequest> kEntries<core::DataRequest>{
    &core::DataRequest::item, QT_TRANSLATE_NOOP("WorkspaceCommands", "Request %1"),
    QT_TRANSLATE_NOOP("WorkspaceCommands", "Remove data request %1"),
    QT_TRANSLATE_NOOP("WorkspaceCommands", "Edit data request %1")};
template <>
constexpr Entries<core::Metric> kEntries<core::Metric>{
    &core::Metric::name, QT_TRANSLATE_NOOP("WorkspaceCommands", "Add metric %1"),
    QT_TRANSLATE_NOOP("WorkspaceCommands", "Remove metric %1"),
    QT_TRANSLATE_NOOP("WorkspaceCommands", "Edit metric %1")};
template <>
constexpr Entries<core::Opportunity> kEntries<core::Opportunity>{
    &core::Opportunity::title, QT_TRANSLATE_NOOP("WorkspaceCommands", "Add opportunity %1"),
    QT_TRANSLATE_NOOP("WorkspaceCommands", "Remove opportunity %1"),
    QT_TRANSLATE_NOOP("WorkspaceCommands", "Edit opportunity %1")};
template <>
constexpr Entries<core::Tradable> kEntries<core::Tradable>{
    &core::Tradable::item, QT_TRANSLATE_NOOP("WorkspaceCommands", "Add tradable %1"),
    QT_TRANSLATE_NOOP("WorkspaceCommands", "Remove tradable %1"),
    QT_TRANSLATE_NOOP("WorkspaceCommands", "Edit tradable %1")};

/// The text of an undo entry (`text` one of T's entries) quoting `item`.
template <typename T> QString entryText(const char* text, const T& item)
{
    const QString& label = item.*kEntries<T>.label;
    return Text::tr(text).arg(Text::tr("\u201c%1\u201d").arg(label.trimmed().left(60)));
}

/// Criteria lists per stage: undo only while the lists are as the command left
/// them, and removed criteria come back with every prospect's ticks and evidence.
class CriteriaCommand final : public Command
{
public:
    CriteriaCommand(Session& s, const QString& text, std::vector<core::GateCriterion> before,
                    std::vector<core::GateCriterion> after, std::vector<core::Stage> stages,
                    bool restoreDefaults)
        : Command(s, text), m_before(std::move(before)), m_after(std::move(after)),
          m_stages(std::move(stages)), m_restoreDefaults(restoreDefaults)
    {}

protected:
    void apply(bool first) override
    {
        m_session.store().transaction([&] {
            expect(m_before, first ? 0 : 1);
            // What removing criteria takes with it: every prospect's ticks of them.
            m_ticks = m_restoreDefaults && first
                          ? m_session.service().restoreDefaultCriteria()
                          : m_session.service().replaceCriteria(m_stages, m_after);
            // New criteria got ids: keep them so undo/redo and hand ticks line up.
            m_after = ofStages(m_session.store().gates().criteria());
        });
    }
    void revert() override
    {
        m_session.store().transaction([&] {
            expect(m_after, 2);
            m_session.service().replaceCriteria(m_stages, m_before);
            for (const auto& t : m_ticks)
                m_session.workspace().setGateCheck(t);
        });
    }

private:
    std::vector<core::GateCriterion> ofStages(const std::vector<core::GateCriterion>& all) const
    {
        std::vector<core::GateCriterion> out;
        for (const auto& c : all)
            if (std::find(m_stages.begin(), m_stages.end(), c.stage) != m_stages.end())
                out.push_back(c);
        return out;
    }
    /// Refuses unless the stored lists are `expected` (ids, labels, rules and order).
    void expect(const std::vector<core::GateCriterion>& expected, int how)
    {
        auto shape = [](const std::vector<core::GateCriterion>& list) {
            std::vector<std::tuple<int, core::Id, QString, int>> out;
            out.reserve(list.size());
            for (const auto& c : list)
                out.emplace_back(static_cast<int>(c.stage), c.id, c.label,
                                 static_cast<int>(c.rule));
            std::stable_sort(out.begin(), out.end(), [](const auto& a, const auto& b) {
                return std::get<0>(a) < std::get<0>(b);
            });
            return out;
        };
        if (shape(ofStages(m_session.store().gates().criteria())) != shape(expected))
            throw ValueChanged(valueChangedSentence(Text::tr("The exit criteria"), how));
    }

    std::vector<core::GateCriterion> m_before;
    std::vector<core::GateCriterion> m_after;
    std::vector<core::Stage> m_stages;
    bool m_restoreDefaults;
    std::vector<core::GateCheck> m_ticks;
};

} // namespace

template <typename T> std::unique_ptr<Command> makeAddEvidence(Session& s, const T& item)
{
    return std::make_unique<ChangeSetCommand>(
        s, entryText(kEntries<T>.add, item),
        [item](Session& session) { return session.workspace().add(item); });
}

template <typename T> std::unique_ptr<Command> makeRemoveEvidence(Session& s, const T& item)
{
    const core::Id id = item.id;
    return std::make_unique<ChangeSetCommand>(
        s, entryText(kEntries<T>.remove, item),
        [id](Session& session) { return session.workspace().remove(core::recordKindOf<T>(), id); });
}

template <typename T>
std::unique_ptr<Command> makeEditEvidence(Session& s, const T& before, const T& after)
{
    return std::make_unique<ChangeSetCommand>(
        s, entryText(kEntries<T>.edit, after),
        [before, after](Session& session) { return session.workspace().edit(before, after); });
}

#define ACCORD_EVIDENCE_COMMANDS(T)                                                                \
    template std::unique_ptr<Command> makeAddEvidence<T>(Session&, const T&);                      \
    template std::unique_ptr<Command> makeRemoveEvidence<T>(Session&, const T&);                   \
    template std::unique_ptr<Command> makeEditEvidence<T>(Session&, const T&, const T&);
ACCORD_EVIDENCE_COMMANDS(core::Insight)
ACCORD_EVIDENCE_COMMANDS(core::DataRequest)
ACCORD_EVIDENCE_COMMANDS(core::Metric)
ACCORD_EVIDENCE_COMMANDS(core::Opportunity)
ACCORD_EVIDENCE_COMMANDS(core::Tradable)
#undef ACCORD_EVIDENCE_COMMANDS

std::unique_ptr<Command> makeSaveNegotiation(Session& s, const core::Negotiation& before,
                                             const core::Negotiation& after, const QString& text)
{
    return std::make_unique<ChangeSetCommand>(s, text, [before, after](Session& session) {
        return session.workspace().edit(before, after);
    });
}

std::unique_ptr<Command> makeSetGateCheck(Session& s, const core::GateCheck& before,
                                          const core::GateCheck& after)
{
    const core::Id prospectId = after.prospectId;
    const core::Id criterionId = after.criterionId;
    // A tick is the same while it is ticked or not alike, with the same evidence.
    auto same = [](const core::GateCheck& a, const core::GateCheck& b) {
        return a.checked == b.checked && (!a.checked || a.evidence == b.evidence);
    };
    return std::make_unique<ChangeValue<core::GateCheck>>(
        s, after.checked ? Text::tr("Tick exit criterion") : Text::tr("Untick exit criterion"),
        before, after,
        [prospectId, criterionId](Session& session) {
            return session.workspace().gateCheck(prospectId, criterionId);
        },
        [](Session& session, const core::GateCheck& c) { session.workspace().setGateCheck(c); },
        Text::tr("The tick"), same);
}

std::unique_ptr<Command> makeReplaceCriteria(Session& s, core::Stage stage,
                                             const std::vector<core::GateCriterion>& before,
                                             const std::vector<core::GateCriterion>& after,
                                             const QString& text)
{
    return std::make_unique<CriteriaCommand>(s, text, before, after, std::vector{stage}, false);
}

std::unique_ptr<Command> makeRestoreDefaultCriteria(Session& s,
                                                    const std::vector<core::GateCriterion>& before)
{
    return std::make_unique<CriteriaCommand>(
        s, Text::tr("Restore default exit criteria"), before, std::vector<core::GateCriterion>{},
        std::vector{core::Stage::Informative, core::Stage::Consulting, core::Stage::Negotiation},
        true);
}

} // namespace accord::gui
