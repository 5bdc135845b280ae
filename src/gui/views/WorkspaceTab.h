#pragma once

// The frame the three stage workspaces share: the session, the prospect on
// show and what follows it (the tab's models and its exit criteria panel), the
// error line at the top, and adding an evidence item as one undoable edit.

#include "core/Gate.h"

#include <QWidget>

#include <functional>
#include <initializer_list>
#include <vector>

class QVBoxLayout;

namespace accord::gui {

class Session;
class GatePanel;

class WorkspaceTab : public QWidget
{
    Q_OBJECT
public:
    /// Shows prospect `id` in everything the tab follows it with, then in the
    /// rest of the tab (prospectShown()).
    void setProspect(core::Id id);

protected:
    WorkspaceTab(Session& session, const QString& objectName, QWidget* parent);

    /// `part` (a model or panel with setProspect) follows the prospect, in the
    /// order added.
    template <typename T> T* follow(T* part)
    {
        m_followers.emplace_back([part](core::Id id) { part->setProspect(id); });
        return part;
    }
    /// The stage's exit criteria for the prospect on show.
    GatePanel* addGatePanel(core::Stage stage);
    /// The layout under the error line, for the tab's sections.
    QVBoxLayout* body() const { return m_body; }
    /// A section or panel and its share of its column's height.
    struct Part
    {
        QWidget* widget;
        int stretch = 0;
    };
    /// Fills the body with two columns of parts, sharing the width by the
    /// columns' stretches.
    void setColumns(std::initializer_list<Part> left, int leftStretch,
                    std::initializer_list<Part> right, int rightStretch);
    /// What the tab updates itself after the models follow a new prospect.
    virtual void prospectShown() {}

    bool hasProspect() const { return m_id != core::kNoId; }
    /// Adds `item` to the prospect on show as one undoable edit. False when no
    /// prospect is on show or the edit was refused (the error line says why).
    /// T is core::Insight, DataRequest, Metric, Opportunity or Tradable.
    template <typename T> bool addEvidence(T item);

    Session& m_session;
    core::Id m_id = core::kNoId;

private:
    QVBoxLayout* m_body;
    std::vector<std::function<void(core::Id)>> m_followers;
};

} // namespace accord::gui
