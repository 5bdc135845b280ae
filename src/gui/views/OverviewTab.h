#pragma once

// A prospect's profile fields, expected close date (with how far it slipped),
// next step and contacts. Each field is saved when
// you leave it, as one undoable edit.

#include "core/Model.h"

#include <QWidget>

#include <utility>
#include <vector>

class QCheckBox;
class QDateEdit;
class QDoubleSpinBox;
class QLabel;
class QLineEdit;
class QTableView;

namespace accord::gui {

class Session;
class ContactModel;

class OverviewTab : public QWidget
{
    Q_OBJECT
public:
    explicit OverviewTab(Session& session, QWidget* parent = nullptr);
    void setProspect(core::Id id);
    ContactModel* contactModel() const { return m_contacts; }

    void addContact();
    void editContact();
    void removeContact();

private:
    void reload();
    void commit();
    void commitTags();

    Session& m_session;
    core::Id m_id = core::kNoId;
    core::Prospect m_prospect;
    QStringList m_tags;
    QLineEdit* m_name;
    QLineEdit* m_owner;
    QLineEdit* m_industry;
    QLineEdit* m_segment;
    QLineEdit* m_website;
    QDoubleSpinBox* m_value;
    QLineEdit* m_tagsEdit;
    QLineEdit* m_nextStep;
    /// The text fields and the members of the prospect they show.
    std::vector<std::pair<QLineEdit*, QString core::Prospect::*>> m_texts;
    QCheckBox* m_hasDue;
    QDateEdit* m_due;
    QCheckBox* m_hasClose;
    QDateEdit* m_close;
    QLabel* m_slippage;
    QLabel* m_error;
    QTableView* m_contactView;
    ContactModel* m_contacts;
};

} // namespace accord::gui
