#pragma once

// A workspace table whose columns are the fields of a record type's field
// table that name a column (core/Fields.h): the header, the cell for each role
// and the cell edit follow the field's type. A subclass adds only what differs
// (the rows a reference column offers, a composite cell such as the lift).

#include "WorkspaceModelBase.h"

#include "Format.h"
#include "views/TextLabel.h"

#include "core/Fields.h"

#include <QLocale>

#include <cmath>
#include <cstring>
#include <optional>
#include <utility>

namespace accord::gui {

template <typename T> class RecordTableModel : public EvidenceTableModel<T>
{
public:
    using Field = core::Field<T>;

    RecordTableModel(Session& session, typename EvidenceTableModel<T>::Read read, QObject* parent)
        : EvidenceTableModel<T>(session, read, parent), m_columns(core::columnsOf<T>())
    {}

    int columnCount(const QModelIndex& parent = {}) const override
    {
        return parent.isValid() ? 0 : static_cast<int>(m_columns.size());
    }

    /// The field shown in `column`; nullptr outside the table.
    const Field* fieldAt(int column) const
    {
        return column >= 0 && column < static_cast<int>(m_columns.size())
                   ? m_columns[static_cast<std::size_t>(column)]
                   : nullptr;
    }

    QVariant data(const QModelIndex& index, int role = Qt::DisplayRole) const override
    {
        using Check = QAbstractItemModel::CheckIndexOption;
        if (!index.isValid() ||
            !this->checkIndex(index, Check::IndexIsValid | Check::ParentIsInvalid))
            return {};
        const T& row = this->m_rows[static_cast<std::size_t>(index.row())];
        if (role == ItemIdRole)
            return row.id;
        const Field* f = fieldAt(index.column());
        return f ? cell(row, *f, role) : QVariant();
    }

    QVariant headerData(int section, Qt::Orientation o, int role) const override
    {
        if (o != Qt::Horizontal || role != Qt::DisplayRole)
            return QAbstractTableModel::headerData(section, o, role);
        const Field* f = fieldAt(section);
        return f ? QVariant(f->headerText()) : QVariant();
    }

protected:
    static bool is(const Field& f, const char* key) { return std::strcmp(f.key, key) == 0; }

    /// The cell of `row` in `f`'s column for `role`, as the field's type shows it.
    virtual QVariant cell(const T& row, const Field& f, int role) const
    {
        const QVariant v = f.get(row);
        switch (f.type) {
        case core::FieldType::Text: {
            const QString text = v.toString();
            if (role == Qt::DisplayRole)
                return f.multiLine() ? text.simplified() : text;
            if (role == Qt::EditRole)
                return text;
            if (role == Qt::ToolTipRole && !text.isEmpty())
                return plainToolTip(text); // shown as typed, never as markup
            return {};
        }
        case core::FieldType::Date:
            if (role == Qt::EditRole)
                return v.isValid() ? v.toDate() : this->m_session.now().toLocalTime().date();
            if (role == Qt::DisplayRole || role == Qt::ToolTipRole)
                return Format::date(v.toDate());
            return {};
        case core::FieldType::Real:
            if (role == Qt::TextAlignmentRole)
                return QVariant(Qt::AlignRight | Qt::AlignVCenter);
            if (role == Qt::EditRole)
                return v.toDouble();
            if (role == Qt::DisplayRole)
                return QLocale().toString(v.toDouble(), 'g', 12);
            return {};
        case core::FieldType::Choice:
        case core::FieldType::Reference: {
            const QStringList names = choices(f);
            if (role == ChoicesRole)
                return names;
            const int i = choiceIndex(f, v);
            if (role == Qt::EditRole)
                return i;
            if (role == Qt::DisplayRole || role == Qt::ToolTipRole)
                return names.value(i);
            return {};
        }
        default:
            return role == Qt::DisplayRole || role == Qt::EditRole ? v : QVariant();
        }
    }

    bool assign(T& item, int column, const QVariant& value) const override
    {
        const Field* f = fieldAt(column);
        return f && assignField(item, *f, value);
    }

    /// Writes an edited cell into `item`; false when the value is not acceptable.
    virtual bool assignField(T& item, const Field& f, const QVariant& value) const
    {
        switch (f.type) {
        case core::FieldType::Text: {
            const QString text = f.multiLine() ? value.toString() : value.toString().trimmed();
            if (f.has(core::Required) && text.isEmpty())
                return false;
            f.set(item, text);
            return true;
        }
        case core::FieldType::Date: {
            const QDate d = value.toDate();
            if (!d.isValid())
                return false;
            f.set(item, d);
            return true;
        }
        case core::FieldType::Real: {
            bool ok = false;
            const double v = value.toDouble(&ok);
            if (!ok || !std::isfinite(v))
                return false;
            f.set(item, v);
            return true;
        }
        case core::FieldType::Choice: {
            const auto i = choiceOf(value, static_cast<int>(f.choices->keys().size()));
            if (!i)
                return false;
            f.set(item, f.choices->keys().at(*i));
            return true;
        }
        case core::FieldType::Reference: {
            const auto rows = references(f);
            const auto i = choiceOf(value, static_cast<int>(rows.size()) + 1);
            if (!i)
                return false;
            f.set(item,
                  *i == 0 ? QVariant() : QVariant(rows[static_cast<std::size_t>(*i - 1)].first));
            return true;
        }
        default:
            return false;
        }
    }

    /// Display names of a choice column, in enum order.
    virtual QStringList choiceNames(const Field& f) const
    {
        return f.choices ? f.choices->names() : QStringList();
    }

    /// The rows a reference column offers after "—" (none): id and name.
    virtual std::vector<std::pair<core::Id, QString>> references(const Field&) const { return {}; }

    /// A choice cell's list: the enum's names, or "—" and the references.
    QStringList choices(const Field& f) const
    {
        if (f.type == core::FieldType::Choice)
            return choiceNames(f);
        QStringList out{QStringLiteral("—")};
        for (const auto& r : references(f))
            out << r.second;
        return out;
    }

    /// EditRole of a choice cell: the value's place in choices().
    int choiceIndex(const Field& f, const QVariant& v) const
    {
        if (f.type == core::FieldType::Choice)
            return static_cast<int>(f.choices->keys().indexOf(v.toString()));
        const auto rows = references(f);
        for (std::size_t k = 0; k < rows.size(); ++k)
            if (v.isValid() && rows[k].first == v.toLongLong())
                return static_cast<int>(k) + 1;
        return 0;
    }

    /// Index of a choice cell: EditRole is an int into ChoicesRole's list.
    static std::optional<int> choiceOf(const QVariant& v, int count)
    {
        bool ok = false;
        const int i = v.toInt(&ok);
        if (!ok || i < 0 || i >= count)
            return std::nullopt;
        return i;
    }

private:
    std::vector<const Field*> m_columns;
};

/// A RecordTableModel whose reference column offers other records of the
/// prospect (its meetings, its contacts), read again with the rows.
template <typename T, typename Ref> class ReferencingTableModel : public RecordTableModel<T>
{
public:
    /// The records of a prospect that the reference column offers.
    using ReadReferenced = std::vector<Ref> (*)(core::Store&, core::Id);

    /// `failure`: the sentence shown when the records cannot be read, %1 the reason.
    ReferencingTableModel(Session& session, typename EvidenceTableModel<T>::Read read,
                          ReadReferenced readReferenced, QString failure, QObject* parent)
        : RecordTableModel<T>(session, read, parent), m_readReferenced(readReferenced),
          m_failure(std::move(failure))
    {}

    /// The records the reference column offers, in its order.
    const std::vector<Ref>& referenced() const { return m_referenced; }

protected:
    using typename RecordTableModel<T>::Field;

    /// How the reference column names `ref`.
    virtual QString referenceName(const Ref& ref) const = 0;

    std::vector<std::pair<core::Id, QString>> references(const Field&) const override
    {
        std::vector<std::pair<core::Id, QString>> out;
        for (const Ref& ref : m_referenced)
            out.emplace_back(ref.id, referenceName(ref));
        return out;
    }

    void reloadExtras() override
    {
        m_referenced.clear();
        if (this->m_id == core::kNoId)
            return;
        tryRead(this->m_session, m_failure,
                [&] { m_referenced = m_readReferenced(this->m_session.store(), this->m_id); });
    }

private:
    ReadReferenced m_readReferenced;
    QString m_failure;
    std::vector<Ref> m_referenced;
};

} // namespace accord::gui
