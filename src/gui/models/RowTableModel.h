#pragma once

// A read-only table over a vector of rows whose columns are a static table:
// each column names its header and how a row shows in it, and may align its
// cells or give them a tool tip. A model keeps only what really differs: how
// it reads its rows and the roles beyond these. PagedTableModel adds loading
// page by page (canFetchMore/fetchMore).

#include <QAbstractTableModel>
#include <QCoreApplication>

#include <algorithm>
#include <iterator>
#include <span>
#include <vector>

namespace accord::gui {

/// The role of a row's key (its id, or what a click on it opens), in every
/// RowTableModel that has one.
inline constexpr int kKeyRole = Qt::UserRole + 1;

/// Numbers and money: right-aligned, centred vertically.
inline constexpr Qt::Alignment kNumberAlignment = Qt::AlignRight | Qt::AlignVCenter;

/// A column header to translate in the model's context: QT_TR_NOOP("Name"), or
/// QT_TRANSLATE_NOOP3(context, "Name", "disambiguation") where it needs one.
struct ColumnHeader
{
    constexpr ColumnHeader(const char* source, const char* disambiguation = nullptr)
        : text(source), comment(disambiguation)
    {}
    const char* text;
    const char* comment;
};

/// One column of a RowTableModel<Model, Row>.
template <typename Model, typename Row> struct TableColumn
{
    using Cell = QVariant (*)(const Model&, const Row&);

    ColumnHeader header;
    Cell display = nullptr;       // DisplayRole
    Qt::Alignment alignment = {}; // TextAlignmentRole; none when empty
    Cell toolTip = nullptr;       // ToolTipRole; else the model's roleData()
};

/// A display cell that shows the row's member `M` as it is:
/// `{QT_TR_NOOP("Name"), memberCell<&core::Contact::name>}`.
template <auto M, typename Model, typename Row> QVariant memberCell(const Model&, const Row& row)
{
    return row.*M;
}

template <typename Model, typename Row> class RowTableModel : public QAbstractTableModel
{
public:
    using ColumnDef = TableColumn<Model, Row>;

    /// `columns`: one for each value of the model's Column enum, in its order.
    /// `key`: what kKeyRole gives for a row; none when nullptr.
    template <std::size_t N>
    RowTableModel(const ColumnDef (&columns)[N], typename ColumnDef::Cell key, QObject* parent)
        : QAbstractTableModel(parent), m_columns(columns), m_key(key)
    {
        static_assert(N == static_cast<std::size_t>(Model::ColumnCount),
                      "one column for each value of Model::Column");
    }

    /// The row at `row`; nullptr outside the table.
    const Row* rowAt(int row) const
    {
        return row >= 0 && row < rowCount() ? &m_rows[static_cast<std::size_t>(row)] : nullptr;
    }
    const std::vector<Row>& rows() const { return m_rows; }

    int rowCount(const QModelIndex& parent = {}) const override
    {
        return parent.isValid() ? 0 : static_cast<int>(m_rows.size());
    }

    int columnCount(const QModelIndex& parent = {}) const override
    {
        return parent.isValid() ? 0 : static_cast<int>(m_columns.size());
    }

    QVariant data(const QModelIndex& index, int role = Qt::DisplayRole) const override
    {
        if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
            return {};
        const Row& row = m_rows[static_cast<std::size_t>(index.row())];
        const ColumnDef& column = m_columns[static_cast<std::size_t>(index.column())];
        const auto& model = static_cast<const Model&>(*this);
        if (role == Qt::DisplayRole)
            return column.display(model, row);
        if (role == Qt::TextAlignmentRole && column.alignment != Qt::Alignment())
            return QVariant::fromValue(column.alignment);
        if (role == Qt::ToolTipRole && column.toolTip)
            return column.toolTip(model, row);
        if (role == kKeyRole && m_key)
            return m_key(model, row);
        return roleData(row, index.column(), role);
    }

    QVariant headerData(int section, Qt::Orientation o, int role = Qt::DisplayRole) const override
    {
        if (o != Qt::Horizontal || role != Qt::DisplayRole)
            return QAbstractTableModel::headerData(section, o, role);
        if (section < 0 || section >= columnCount())
            return {};
        const ColumnDef& column = m_columns[static_cast<std::size_t>(section)];
        return QCoreApplication::translate(metaObject()->className(), column.header.text,
                                           column.header.comment);
    }

protected:
    /// The roles neither the column table nor the key answer (colours, edit values).
    virtual QVariant roleData(const Row& /*row*/, int /*column*/, int /*role*/) const { return {}; }

    /// Replaces every row: views forget their selection.
    void resetRows(std::vector<Row> rows)
    {
        beginResetModel();
        m_rows = std::move(rows);
        endResetModel();
    }

    /// Replaces the rows when they differ (a reset); nothing happens otherwise.
    void replaceRows(std::vector<Row> rows)
    {
        if (rows != m_rows)
            resetRows(std::move(rows));
    }

    /// Whether `fresh` holds the table's rows (the same keys in the same order),
    /// maybe with new values.
    bool sameKeys(const std::vector<Row>& fresh) const
    {
        const auto& model = static_cast<const Model&>(*this);
        return fresh.size() == m_rows.size() &&
               std::equal(
                   fresh.begin(), fresh.end(), m_rows.begin(),
                   [&](const Row& a, const Row& b) { return m_key(model, a) == m_key(model, b); });
    }

    /// The same rows with new values: views keep their selection and editors.
    void updateRows(std::vector<Row> rows)
    {
        m_rows = std::move(rows);
        if (!m_rows.empty())
            emit dataChanged(index(0, 0), index(rowCount() - 1, columnCount() - 1));
    }

    std::vector<Row> m_rows;

private:
    std::span<const ColumnDef> m_columns;
    typename ColumnDef::Cell m_key;
};

/// A RowTableModel whose rows come from the store page by page, so a long list
/// opens at once; a view asks for the next page as it scrolls.
template <typename Model, typename Row> class PagedTableModel : public RowTableModel<Model, Row>
{
public:
    using RowTableModel<Model, Row>::RowTableModel;

    void setPageSize(int n) { m_pageSize = n; }

    bool canFetchMore(const QModelIndex& parent) const override
    {
        return !parent.isValid() && m_more && !m_busy;
    }

    void fetchMore(const QModelIndex& parent) override
    {
        if (!canFetchMore(parent))
            return;
        const int loaded = this->rowCount();
        std::vector<Row> page = query(m_pageSize, loaded);
        m_more = static_cast<int>(page.size()) == m_pageSize;
        if (page.empty())
            return;
        m_busy = true;
        this->beginInsertRows({}, loaded, loaded + static_cast<int>(page.size()) - 1);
        this->m_rows.insert(this->m_rows.end(), std::make_move_iterator(page.begin()),
                            std::make_move_iterator(page.end()));
        this->endInsertRows();
        m_busy = false;
    }

protected:
    /// At most `limit` rows from `offset` on, in the model's order.
    virtual std::vector<Row> query(int limit, int offset) const = 0;

    /// Drops the loaded rows and reads the first page.
    void loadFirstPage()
    {
        m_busy = true; // listeners (views, testers) must not fetch into a change
        this->beginResetModel();
        this->m_rows = query(m_pageSize, 0);
        m_more = static_cast<int>(this->m_rows.size()) == m_pageSize;
        this->endResetModel();
        m_busy = false;
    }

    /// Reads again as many rows as are loaded (at least a page).
    std::vector<Row> queryLoaded()
    {
        const int want = std::max(m_pageSize, this->rowCount());
        std::vector<Row> fresh = query(want, 0);
        m_more = static_cast<int>(fresh.size()) == want;
        return fresh;
    }

    /// resetRows() during which fetchMore waits.
    void resetLoaded(std::vector<Row> rows)
    {
        m_busy = true; // listeners (views, testers) must not fetch into a change
        this->resetRows(std::move(rows));
        m_busy = false;
    }

private:
    int m_pageSize = 200;
    bool m_busy = false; // inside a reset or insert: fetchMore waits
    bool m_more = false; // the last read filled its page: there may be more
};

} // namespace accord::gui
