#include "WorkspaceTab.h"

#include "Session.h"
#include "WorkspaceWidgets.h"
#include "commands/WorkspaceCommands.h"

#include <QHBoxLayout>
#include <QVBoxLayout>

#include <utility>

namespace accord::gui {

WorkspaceTab::WorkspaceTab(Session& session, const QString& objectName, QWidget* parent)
    : QWidget(parent), m_session(session), m_body(new QVBoxLayout(this))
{
    setObjectName(objectName);
    m_body->addWidget(new ErrorLine(session, this));
}

void WorkspaceTab::setProspect(core::Id id)
{
    m_id = id;
    for (const auto& follower : m_followers)
        follower(id);
    prospectShown();
}

void WorkspaceTab::setColumns(std::initializer_list<Part> left, int leftStretch,
                              std::initializer_list<Part> right, int rightStretch)
{
    auto* columns = new QHBoxLayout;
    for (const auto& [parts, stretch] : {std::pair{left, leftStretch}, {right, rightStretch}}) {
        auto* column = new QVBoxLayout;
        for (const Part& part : parts)
            column->addWidget(part.widget, part.stretch);
        columns->addLayout(column, stretch);
    }
    m_body->addLayout(columns, 1);
}

GatePanel* WorkspaceTab::addGatePanel(core::Stage stage)
{
    return follow(new GatePanel(m_session, stage, this));
}

template <typename T> bool WorkspaceTab::addEvidence(T item)
{
    if (!hasProspect())
        return false;
    item.prospectId = m_id;
    return m_session.execute(makeAddEvidence(m_session, item));
}

template bool WorkspaceTab::addEvidence(core::Insight);
template bool WorkspaceTab::addEvidence(core::DataRequest);
template bool WorkspaceTab::addEvidence(core::Metric);
template bool WorkspaceTab::addEvidence(core::Opportunity);
template bool WorkspaceTab::addEvidence(core::Tradable);

} // namespace accord::gui
