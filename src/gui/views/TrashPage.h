#pragma once

// A page of the navigation: the deleted prospects, to restore or delete for good.

#include "core/Types.h"

#include <QWidget>

namespace accord::gui {

class Session;
class Prompter;
class ProspectTableView;

class TrashPage : public QWidget
{
    Q_OBJECT
public:
    TrashPage(Session& session, Prompter& prompter, QWidget* parent = nullptr);
    ProspectTableView* table() const { return m_table; }
    void restoreSelected();
    void purgeSelected();

private:
    Session& m_session;
    Prompter& m_prompter;
    ProspectTableView* m_table;
};

} // namespace accord::gui
