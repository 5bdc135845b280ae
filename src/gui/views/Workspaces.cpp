#include "Workspaces.h"

#include "ConsultingTab.h"
#include "InformativeTab.h"
#include "NegotiationTab.h"
#include "ProspectDetailView.h"

#include <QTabWidget>

namespace accord::gui {

MethodWorkspaces addMethodWorkspaces(ProspectDetailView& detail, Session& session)
{
    MethodWorkspaces w;
    w.informative = new InformativeTab(session, detail.tabs());
    w.consulting = new ConsultingTab(session, detail.tabs());
    w.negotiation = new NegotiationTab(session, detail.tabs());
    detail.addWorkspaceTab(w.informative, ProspectDetailView::tr("&Informative"));
    detail.addWorkspaceTab(w.consulting, ProspectDetailView::tr("&Consulting"));
    detail.addWorkspaceTab(w.negotiation, ProspectDetailView::tr("&Negotiation"));
    for (WorkspaceTab* tab :
         std::initializer_list<WorkspaceTab*>{w.informative, w.consulting, w.negotiation}) {
        QObject::connect(&detail, &ProspectDetailView::prospectChanged, tab,
                         &WorkspaceTab::setProspect);
        if (detail.prospectId() != core::kNoId)
            tab->setProspect(detail.prospectId());
    }
    return w;
}

} // namespace accord::gui
