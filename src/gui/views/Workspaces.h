#pragma once

// Puts the method's three workspaces (Informative, Consulting, Negotiation)
// into a prospect detail view, following the prospect it shows.

namespace accord::gui {

class Session;
class ProspectDetailView;
class InformativeTab;
class ConsultingTab;
class NegotiationTab;

struct MethodWorkspaces
{
    InformativeTab* informative = nullptr;
    ConsultingTab* consulting = nullptr;
    NegotiationTab* negotiation = nullptr;
};

MethodWorkspaces addMethodWorkspaces(ProspectDetailView& detail, Session& session);

} // namespace accord::gui
