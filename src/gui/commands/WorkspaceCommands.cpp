#include "WorkspaceCommands.h"

#include "Session.h"
#include "core/Validation.h"

#include <QCoreApplication>

namespace accord::gui {

namespace {

QString tr(const char* text)
{
    return QCoreApplication::translate("WorkspaceCommands", text);
}

// How each evidence type is written, and what its undo entries say.
template <typename T> struct Ops;

template <> struct Ops<core::Insight>
{
    static core::Id add(core::EvidenceRepository& r, const core::Insight& v)
    {
        return r.addInsight(v);
    }
    static void update(core::EvidenceRepository& r, const core::Insight& v) { r.updateInsight(v); }
    static void remove(core::EvidenceRepository& r, core::Id id) { r.removeInsight(id); }
    static QString label(const core::Insight& v) { return v.title; }
    static const char* addText()
    {
        return QT_TRANSLATE_NOOP("WorkspaceCommands", "Add insight %1");
    }
    static const char* removeText()
    {
        return QT_TRANSLATE_NOOP("WorkspaceCommands", "Remove insight %1");
    }
    static const char* editText()
    {
        return QT_TRANSLATE_NOOP("WorkspaceCommands", "Edit insight %1");
    }
};

template <> struct Ops<core::DataRequest>
{
    static core::Id add(core::EvidenceRepository& r, const core::DataRequest& v)
    {
        return r.addDataRequest(v);
    }
    static void update(core::EvidenceRepository& r, const core::DataRequest& v)
    {
        r.updateDataRequest(v);
    }
    static void remove(core::EvidenceRepository& r, core::Id id) { r.removeDataRequest(id); }
    static QString label(const core::DataRequest& v) { return v.item; }
    static const char* addText() { return QT_TRANSLATE_NOOP("WorkspaceCommands", "Request %1"); }
    static const char* removeText()
    {
        return QT_TRANSLATE_NOOP("WorkspaceCommands", "Remove data request %1");
    }
    static const char* editText()
    {
        return QT_TRANSLATE_NOOP("WorkspaceCommands", "Edit data request %1");
    }
};

template <> struct Ops<core::Metric>
{
    static core::Id add(core::EvidenceRepository& r, const core::Metric& v)
    {
        return r.addMetric(v);
    }
    static void update(core::EvidenceRepository& r, const core::Metric& v) { r.updateMetric(v); }
    static void remove(core::EvidenceRepository& r, core::Id id) { r.removeMetric(id); }
    static QString label(const core::Metric& v) { return v.name; }
    static const char* addText() { return QT_TRANSLATE_NOOP("WorkspaceCommands", "Add metric %1"); }
    static const char* removeText()
    {
        return QT_TRANSLATE_NOOP("WorkspaceCommands", "Remove metric %1");
    }
    static const char* editText()
    {
        return QT_TRANSLATE_NOOP("WorkspaceCommands", "Edit metric %1");
    }
};

template <> struct Ops<core::Opportunity>
{
    static core::Id add(core::EvidenceRepository& r, const core::Opportunity& v)
    {
        return r.addOpportunity(v);
    }
    static void update(core::EvidenceRepository& r, const core::Opportunity& v)
    {
        r.updateOpportunity(v);
    }
    static void remove(core::EvidenceRepository& r, core::Id id) { r.removeOpportunity(id); }
    static QString label(const core::Opportunity& v) { return v.title; }
    static const char* addText()
    {
        return QT_TRANSLATE_NOOP("WorkspaceCommands", "Add opportunity %1");
    }
    static const char* removeText()
    {
        return QT_TRANSLATE_NOOP("WorkspaceCommands", "Remove opportunity %1");
    }
    static const char* editText()
    {
        return QT_TRANSLATE_NOOP("WorkspaceCommands", "Edit opportunity %1");
    }
};

template <> struct Ops<core::Tradable>
{
    static core::Id add(core::EvidenceRepository& r, const core::Tradable& v)
    {
        return r.addTradable(v);
    }
    static void update(core::EvidenceRepository& r, const core::Tradable& v)
    {
        r.updateTradable(v);
    }
    static void remove(core::EvidenceRepository& r, core::Id id) { r.removeTradable(id); }
    static QString label(const core::Tradable& v) { return v.item; }
    static const char* addText()
    {
        return QT_TRANSLATE_NOOP("WorkspaceCommands", "Add tradable %1");
    }
    static const char* removeText()
    {
        return QT_TRANSLATE_NOOP("WorkspaceCommands", "Remove tradable %1");
    }
    static const char* editText()
    {
        return QT_TRANSLATE_NOOP("WorkspaceCommands", "Edit tradable %1");
    }
};

QString quoted(const QString& label)
{
    return tr("\u201c%1\u201d").arg(label.trimmed().left(60));
}

/// Adds (`add` true) or removes one evidence item; the id survives undo/redo.
template <typename T> class EvidenceItemCommand final : public Command
{
public:
    EvidenceItemCommand(Session& s, T item, bool add)
        : Command(
              s,
              tr(add ? Ops<T>::addText() : Ops<T>::removeText()).arg(quoted(Ops<T>::label(item)))),
          m_item(std::move(item)), m_add(add)
    {}

protected:
    void apply(bool) override { m_add ? insert() : erase(); }
    void revert() override { m_add ? erase() : insert(); }

private:
    void insert()
    {
        core::validate(m_item);
        m_item.id = Ops<T>::add(m_session.store().evidence(), m_item);
    }
    void erase() { Ops<T>::remove(m_session.store().evidence(), m_item.id); }

    T m_item;
    bool m_add;
};

/// Writes criteria lists per stage; `restoreDefaults` makes redo use the store's defaults.
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
    void apply(bool) override
    {
        if (m_restoreDefaults) {
            m_session.store().gates().restoreDefaults();
            return;
        }
        write(m_after);
        // New criteria got ids: keep them so undo/redo and hand ticks line up.
        m_after = ofStages(m_session.store().gates().criteria());
    }
    void revert() override { write(m_before); }

private:
    std::vector<core::GateCriterion> ofStages(const std::vector<core::GateCriterion>& all) const
    {
        std::vector<core::GateCriterion> out;
        for (const auto& c : all)
            if (std::find(m_stages.begin(), m_stages.end(), c.stage) != m_stages.end())
                out.push_back(c);
        return out;
    }
    void write(const std::vector<core::GateCriterion>& list)
    {
        m_session.store().transaction([&] {
            for (core::Stage stage : m_stages) {
                std::vector<core::GateCriterion> ofStage;
                for (const auto& c : list)
                    if (c.stage == stage) {
                        core::validate(c);
                        ofStage.push_back(c);
                    }
                m_session.store().gates().replaceCriteria(stage, ofStage);
            }
        });
    }

    std::vector<core::GateCriterion> m_before;
    std::vector<core::GateCriterion> m_after;
    std::vector<core::Stage> m_stages;
    bool m_restoreDefaults;
};

} // namespace

template <typename T> std::unique_ptr<Command> makeAddEvidence(Session& s, const T& item)
{
    return std::make_unique<EvidenceItemCommand<T>>(s, item, true);
}

template <typename T> std::unique_ptr<Command> makeRemoveEvidence(Session& s, const T& item)
{
    return std::make_unique<EvidenceItemCommand<T>>(s, item, false);
}

template <typename T>
std::unique_ptr<Command> makeEditEvidence(Session& s, const T& before, const T& after)
{
    return std::make_unique<ChangeValue<T>>(
        s, tr(Ops<T>::editText()).arg(quoted(Ops<T>::label(after))), before, after,
        [](Session& session, const T& v) {
            core::validate(v);
            Ops<T>::update(session.store().evidence(), v);
        });
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
    return std::make_unique<ChangeValue<core::Negotiation>>(
        s, text, before, after, [](Session& session, const core::Negotiation& n) {
            core::validate(n);
            session.store().evidence().saveNegotiation(n);
        });
}

std::unique_ptr<Command> makeSetGateCheck(Session& s, const core::GateCheck& before,
                                          const core::GateCheck& after)
{
    return std::make_unique<ChangeValue<core::GateCheck>>(
        s, after.checked ? tr("Tick exit criterion") : tr("Untick exit criterion"), before, after,
        [](Session& session, const core::GateCheck& c) { session.store().gates().setCheck(c); });
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
        s, tr("Restore default exit criteria"), before, std::vector<core::GateCriterion>{},
        std::vector{core::Stage::Informative, core::Stage::Consulting, core::Stage::Negotiation},
        true);
}

} // namespace accord::gui
