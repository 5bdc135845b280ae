#pragma once

// The prospects table (and, with the trash filter, the Trash page's table):
// SQL-sorted and paged, multi-select, columns chosen from the header's context
// menu and remembered.

#include "core/Store.h"

#include <QTableView>

namespace accord::gui {

class Session;
class ProspectListModel;

class ProspectTableView : public QTableView
{
    Q_OBJECT
public:
    /// `settingsKey` names where the header state is kept in QSettings.
    ProspectTableView(Session& session, const QString& settingsKey, QWidget* parent = nullptr);
    ~ProspectTableView() override;

    ProspectListModel* prospectModel() const { return m_model; }
    void setFilter(const core::ProspectFilter& filter);
    core::Id currentProspectId() const;
    QList<core::Id> selectedProspectIds() const;
    void saveState() const;

signals:
    void openRequested(core::Id id);

private:
    void showHeaderMenu(const QPoint& pos);

    Session& m_session;
    ProspectListModel* m_model;
    QString m_key;
    QList<core::Id> m_keepSelection;
};

} // namespace accord::gui
