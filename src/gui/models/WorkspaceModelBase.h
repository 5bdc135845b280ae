#pragma once

// Plumbing shared by the workspace tables: one prospect's rows of one evidence
// type, reloaded from the store whenever it changes (small diffs keep the
// selection), and cell edits pushed as undoable commands.

#include "ReadError.h"
#include "Session.h"
#include "commands/WorkspaceCommands.h"

#include <QAbstractTableModel>
#include <QCoreApplication>

namespace accord::gui {

/// Custom roles of every workspace model.
enum WorkspaceRole {
    ItemIdRole = Qt::UserRole + 1, // the row's id (qint64)
    /// A QStringList of the values a cell may take; EditRole is then the index
    /// into it. ChoiceDelegate shows a combo box for such cells.
    ChoicesRole,
    ErrorRole, // a message when the row is refused (gap table)
};

template <typename T> class EvidenceTableModel : public QAbstractTableModel
{
public:
    /// The repository's list of one prospect's rows of T.
    using Read = std::vector<T> (core::EvidenceRepository::*)(core::Id);

    EvidenceTableModel(Session& session, Read read, QObject* parent)
        : QAbstractTableModel(parent), m_session(session), m_read(read)
    {
        QObject::connect(&session, &Session::storeChanged, this, [this] { reload(); });
        QObject::connect(&session, &Session::storeReplaced, this,
                         [this] { setProspect(core::kNoId); });
    }

    void setProspect(core::Id id)
    {
        m_id = id;
        beginResetModel();
        m_rows = load();
        endResetModel();
    }
    core::Id prospectId() const { return m_id; }
    const T* itemAt(int row) const
    {
        return row >= 0 && row < rowCount() ? &m_rows[static_cast<std::size_t>(row)] : nullptr;
    }
    const std::vector<T>& items() const { return m_rows; }

    int rowCount(const QModelIndex& parent = {}) const override
    {
        return parent.isValid() ? 0 : static_cast<int>(m_rows.size());
    }

    void reload()
    {
        std::vector<T> fresh = load();
        bool sameRows = fresh.size() == m_rows.size();
        for (std::size_t i = 0; sameRows && i < fresh.size(); ++i)
            sameRows = fresh[i].id == m_rows[i].id;
        if (!sameRows) {
            beginResetModel();
            m_rows = std::move(fresh);
            endResetModel();
            return;
        }
        for (std::size_t i = 0; i < fresh.size(); ++i) {
            if (fresh[i] == m_rows[i])
                continue;
            m_rows[i] = std::move(fresh[i]);
            const int row = static_cast<int>(i);
            emit dataChanged(index(row, 0), index(row, columnCount() - 1));
        }
    }

    Qt::ItemFlags flags(const QModelIndex& index) const override
    {
        if (!index.isValid() || !checkIndex(index, CheckIndexOption::IndexIsValid))
            return Qt::NoItemFlags;
        return QAbstractTableModel::flags(index) | Qt::ItemIsEditable;
    }

    bool setData(const QModelIndex& index, const QVariant& value, int role = Qt::EditRole) override
    {
        if (role != Qt::EditRole || !index.isValid() ||
            !checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
            return false;
        const T& before = m_rows[static_cast<std::size_t>(index.row())];
        T after = before;
        if (!assign(after, index.column(), value))
            return false;
        if (after == before)
            return true;
        return m_session.execute(makeEditEvidence(m_session, before, after));
    }

    /// Removes the item of `row` (undoable).
    bool removeItem(int row)
    {
        const T* item = itemAt(row);
        return item && m_session.execute(makeRemoveEvidence(m_session, *item));
    }

protected:
    /// Writes a cell's new value into `item`; false when the value is not acceptable.
    virtual bool assign(T& item, int column, const QVariant& value) const = 0;
    /// Reloads what the model needs besides its rows (contacts, meetings).
    virtual void reloadExtras() {}

    Session& m_session;
    core::Id m_id = core::kNoId;
    std::vector<T> m_rows;

private:
    Read m_read;

    std::vector<T> load()
    {
        reloadExtras();
        if (m_id == core::kNoId)
            return {};
        std::vector<T> rows;
        tryRead(m_session,
                QCoreApplication::translate("accord::gui::EvidenceTableModel",
                                            "The prospect's records could not be read: %1"),
                [&] { rows = (m_session.store().evidence().*m_read)(m_id); });
        return rows;
    }
};

} // namespace accord::gui
