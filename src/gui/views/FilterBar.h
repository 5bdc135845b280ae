#pragma once

// Owner, industry, tag and status pickers and a free-text box; every change
// (each keystroke too) emits the new filter.

#include "core/Store.h"

#include <QWidget>

class QComboBox;
class QLineEdit;

namespace accord::gui {

class Session;

class FilterBar : public QWidget
{
    Q_OBJECT
public:
    explicit FilterBar(Session& session, QWidget* parent = nullptr);
    core::ProspectFilter filter() const;
    QLineEdit* textEdit() const { return m_text; }
    /// Re-reads the owner, industry and tag lists (keeps the choices).
    void reloadChoices();

signals:
    void filterChanged(const core::ProspectFilter& filter);

private:
    Session& m_session;
    QComboBox* m_owner;
    QComboBox* m_industry;
    QComboBox* m_tag;
    QComboBox* m_status;
    QLineEdit* m_text;
};

} // namespace accord::gui
