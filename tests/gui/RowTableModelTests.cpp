// RowTableModel and PagedTableModel on a small table of their own: which role
// each cell answers from where, when rows reset or change in place, paging.

#include "models/RowTableModel.h"

#include <QAbstractItemModelTester>
#include <QSignalSpy>

#include <catch2/catch.hpp>

using namespace accord;
using Tester = QAbstractItemModelTester;

namespace {

struct Fruit
{
    qint64 id = 0;
    QString name;
    int count = 0;
    bool operator==(const Fruit&) const = default;
};

constexpr int kRipeRole = gui::kKeyRole + 1;

class FruitModel : public gui::PagedTableModel<FruitModel, Fruit>
{
public:
    enum Column { NameColumn, CountColumn, ColumnCount };

    explicit FruitModel(std::vector<Fruit> store);

    std::vector<Fruit> m_store;
    mutable int m_queries = 0;

    using PagedTableModel::loadFirstPage;
    using PagedTableModel::queryLoaded;
    using PagedTableModel::replaceRows;
    using PagedTableModel::resetLoaded;
    using PagedTableModel::sameKeys;
    using PagedTableModel::updateRows;

protected:
    std::vector<Fruit> query(int limit, int offset) const override
    {
        ++m_queries;
        const auto from = std::min(m_store.size(), static_cast<std::size_t>(offset));
        const auto to = std::min(m_store.size(), from + static_cast<std::size_t>(limit));
        return {m_store.begin() + static_cast<std::ptrdiff_t>(from),
                m_store.begin() + static_cast<std::ptrdiff_t>(to)};
    }

    QVariant roleData(const Fruit& row, int column, int role) const override
    {
        if (role == kRipeRole)
            return row.count > 2;
        if (role == Qt::ToolTipRole && column == NameColumn)
            return QStringLiteral("named %1").arg(row.name);
        return {};
    }

private:
    static const ColumnDef kColumns[];
};

const FruitModel::ColumnDef FruitModel::kColumns[] = {
    {"Name", gui::memberCell<&Fruit::name>},
    {"Count", [](auto&, auto& f) -> QVariant { return f.count; }, gui::kNumberAlignment,
     [](auto&, auto& f) -> QVariant { return QStringLiteral("%1 of them").arg(f.count); }},
};

FruitModel::FruitModel(std::vector<Fruit> store)
    : PagedTableModel(kColumns, gui::memberCell<&Fruit::id>, nullptr), m_store(std::move(store))
{}

std::vector<Fruit> fruits(int n)
{
    std::vector<Fruit> out;
    for (int i = 1; i <= n; ++i)
        out.push_back({i, QStringLiteral("fruit %1").arg(i), i});
    return out;
}

} // namespace

TEST_CASE("a row table answers each role from its column table, its key and then its model",
          "[gui]")
{
    FruitModel model(fruits(3));
    Tester tester(&model, Tester::FailureReportingMode::Fatal);
    model.loadFirstPage();
    REQUIRE(model.rowCount() == 3);
    CHECK(model.columnCount() == FruitModel::ColumnCount);

    const QModelIndex name = model.index(2, FruitModel::NameColumn);
    const QModelIndex count = model.index(2, FruitModel::CountColumn);
    CHECK(name.data().toString() == QStringLiteral("fruit 3"));
    CHECK(count.data().toInt() == 3);
    CHECK(count.data(gui::kKeyRole).toLongLong() == 3);
    CHECK(name.data(kRipeRole).toBool());
    CHECK_FALSE(model.index(0, 0).data(kRipeRole).toBool());

    CHECK(count.data(Qt::TextAlignmentRole).value<Qt::Alignment>() == gui::kNumberAlignment);
    CHECK_FALSE(name.data(Qt::TextAlignmentRole).isValid());
    // The column's tool tip, else the model's.
    CHECK(count.data(Qt::ToolTipRole).toString() == QStringLiteral("3 of them"));
    CHECK(name.data(Qt::ToolTipRole).toString() == QStringLiteral("named fruit 3"));
    CHECK_FALSE(name.data(Qt::DecorationRole).isValid());

    CHECK(model.headerData(FruitModel::CountColumn, Qt::Horizontal).toString() ==
          QStringLiteral("Count"));
    CHECK_FALSE(model.headerData(FruitModel::ColumnCount, Qt::Horizontal).isValid());
    CHECK(model.rowAt(1)->name == QStringLiteral("fruit 2"));
    CHECK(model.rowAt(3) == nullptr);
    CHECK(model.rowAt(-1) == nullptr);
}

TEST_CASE("a row table changes rows in place when the keys stay and resets when they differ",
          "[gui]")
{
    FruitModel model(fruits(3));
    Tester tester(&model, Tester::FailureReportingMode::Fatal);
    model.loadFirstPage();
    QSignalSpy resets(&model, &QAbstractItemModel::modelReset);
    QSignalSpy changes(&model, &QAbstractItemModel::dataChanged);

    model.replaceRows(fruits(3));
    CHECK(resets.count() == 0);

    std::vector<Fruit> renamed = fruits(3);
    renamed[1].name = QStringLiteral("plum");
    REQUIRE(model.sameKeys(renamed));
    model.updateRows(renamed);
    CHECK(resets.count() == 0);
    REQUIRE(changes.count() == 1);
    CHECK(model.index(1, 0).data().toString() == QStringLiteral("plum"));

    std::vector<Fruit> other = fruits(3);
    other[2].id = 9;
    CHECK_FALSE(model.sameKeys(other));
    CHECK_FALSE(model.sameKeys(fruits(2)));
    model.replaceRows(other);
    CHECK(resets.count() == 1);
    CHECK(model.index(2, 0).data(gui::kKeyRole).toLongLong() == 9);
}

TEST_CASE("a paged table reads a page at a time and reads again as many rows as it holds", "[gui]")
{
    FruitModel model(fruits(5));
    Tester tester(&model, Tester::FailureReportingMode::Fatal);
    CHECK_FALSE(model.canFetchMore({})); // nothing read yet
    model.setPageSize(2);
    model.loadFirstPage();
    CHECK(model.rowCount() == 2);
    REQUIRE(model.canFetchMore({}));
    model.fetchMore({});
    CHECK(model.rowCount() == 4);
    model.fetchMore({});
    CHECK(model.rowCount() == 5);
    CHECK_FALSE(model.canFetchMore({}));
    CHECK(model.index(4, 0).data().toString() == QStringLiteral("fruit 5"));

    model.m_store.push_back({6, QStringLiteral("fruit 6"), 6});
    const std::vector<Fruit> again = model.queryLoaded();
    CHECK(again.size() == 5); // as many as are loaded, so there may be more
    CHECK(model.canFetchMore({}));
    model.resetLoaded(again);
    model.fetchMore({});
    CHECK(model.rowCount() == 6);
}
