#pragma once

// A RowTableModel over rows of one prospect, read again from the store
// whenever it changes; a reset happens only when the rows differ.

#include "RowTableModel.h"

#include "ReadError.h"
#include "Session.h"

namespace accord::gui {

template <typename Model, typename Row> class ProspectRowsModel : public RowTableModel<Model, Row>
{
public:
    using typename RowTableModel<Model, Row>::ColumnDef;

    /// `readFailure`: the sentence shown when a read fails, %1 the reason.
    template <std::size_t N>
    ProspectRowsModel(Session& session, const ColumnDef (&columns)[N], typename ColumnDef::Cell key,
                      QString readFailure, QObject* parent)
        : RowTableModel<Model, Row>(columns, key, parent), m_session(session),
          m_readFailure(std::move(readFailure))
    {
        QObject::connect(&session, &Session::storeChanged, this, [this] { reload(); });
    }

    void setProspect(core::Id id)
    {
        m_prospectId = id;
        reload();
    }
    core::Id prospectId() const { return m_prospectId; }

    void reload()
    {
        std::vector<Row> fresh;
        if (m_prospectId != core::kNoId)
            tryRead(m_session, m_readFailure,
                    [&] { fresh = fetch(m_session.store(), m_prospectId); });
        this->replaceRows(std::move(fresh));
    }

protected:
    /// The rows of `prospect`, in the order the table shows them.
    virtual std::vector<Row> fetch(core::Store& store, core::Id prospect) const = 0;

    Session& m_session;

private:
    core::Id m_prospectId = core::kNoId;
    QString m_readFailure;
};

} // namespace accord::gui
