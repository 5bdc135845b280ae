// Settings → Currencies and the board headers that convert with its rates.

#include "Format.h"
#include "GuiTestSupport.h"
#include "dialogs/SettingsDialog.h"
#include "views/BoardView.h"

#include <QLabel>
#include <QPushButton>
#include <QTableWidget>

using namespace accord;

namespace {

core::Id addIn(test::GuiFixture& f, const QString& name, qint64 minor, const QString& currency)
{
    core::Prospect p;
    p.name = name;
    p.owner = QStringLiteral("Dana");
    p.value = core::Money{minor, currency};
    const core::Id id = f.session->service().addProspect(p);
    f.session->notifyChanged();
    return id;
}

void setRate(QTableWidget* table, int row, const QString& code, const QString& rate)
{
    table->setItem(row, 0, new QTableWidgetItem(code));
    table->setItem(row, 1, new QTableWidgetItem(rate));
}

} // namespace

TEST_CASE("board headers convert other currencies with Settings → Currencies and say what "
          "has no rate",
          "[gui][settings]")
{
    test::GuiFixture f;
    addIn(f, QStringLiteral("Dollar Co"), 4'000'000, QStringLiteral("USD")); // $40k
    addIn(f, QStringLiteral("Euro GmbH"), 1'000'000, QStringLiteral("EUR")); // €10k
    addIn(f, QStringLiteral("Yen KK"), 5'000'000, QStringLiteral("JPY"));    // ¥5M
    test::settle();
    gui::BoardView* board = f.window->board();
    // No rates yet: only the dollars are added; two prospects are left out and said so.
    QString header = board->headerText(core::Stage::Informative);
    CHECK(header.startsWith(QStringLiteral("3 · $40k")));
    CHECK(header.contains(QStringLiteral("2 unconverted")));

    auto dialog = std::make_unique<gui::SettingsDialog>(*f.session, f.window.get(), &f.prompter);
    auto* table = dialog->findChild<QTableWidget*>(QStringLiteral("currencyRates"));
    auto* add = dialog->findChild<QPushButton*>(QStringLiteral("addRateButton"));
    auto* error = dialog->findChild<QLabel*>(QStringLiteral("ratesError"));
    REQUIRE(table);
    REQUIRE(add);
    REQUIRE(error);
    CHECK(table->rowCount() == 0);

    // A rate that is not a number keeps the dialog open with the reason.
    add->click();
    setRate(table, 0, QStringLiteral("eur"), QStringLiteral("one"));
    dialog->accept();
    CHECK(dialog->result() != QDialog::Accepted);
    CHECK(error->isVisibleTo(dialog.get()));
    CHECK(error->text().contains(QStringLiteral("EUR")));

    setRate(table, 0, QStringLiteral("eur"), QStringLiteral("1.5"));
    dialog->accept();
    CHECK(dialog->result() == QDialog::Accepted);
    CHECK(f.session->pipelineSettings().rates.at(QStringLiteral("EUR")) == 1.5);
    CHECK(core::PipelineSettings::load(f.session->store().settings())
              .rates.at(QStringLiteral("EUR")) == 1.5);
    test::settle();
    header = board->headerText(core::Stage::Informative);
    CHECK(header.startsWith(QStringLiteral("3 · $55k"))); // $40k + €10k × 1.5
    CHECK(header.contains(QStringLiteral("1 unconverted")));

    // Opened again, the rate is there; removing it takes it out of the totals.
    dialog = std::make_unique<gui::SettingsDialog>(*f.session, f.window.get(), &f.prompter);
    table = dialog->findChild<QTableWidget*>(QStringLiteral("currencyRates"));
    REQUIRE(table->rowCount() == 1);
    CHECK(table->item(0, 0)->text() == QStringLiteral("EUR"));
    table->setCurrentCell(0, 0);
    dialog->findChild<QPushButton*>(QStringLiteral("removeRateButton"))->click();
    dialog->accept();
    test::settle();
    CHECK(f.session->pipelineSettings().rates.empty());
    CHECK(board->headerText(core::Stage::Informative).contains(QStringLiteral("2 unconverted")));
}

TEST_CASE("yen show without cents on cards and in the prospect's value", "[gui]")
{
    test::GuiFixture f;
    const core::Id id = addIn(f, QStringLiteral("Yen KK"), 5'000, QStringLiteral("JPY"));
    test::settle();
    CHECK(f.prospect(id).value == core::Money{5000, QStringLiteral("JPY")});
    CHECK(gui::Format::money(5000, QStringLiteral("JPY")).contains(QStringLiteral("5,000")));
    CHECK(gui::Format::moneyShort(5000, QStringLiteral("JPY")) == QStringLiteral("¥5k"));
}

TEST_CASE("a currency without a sign shows its code apart from the number", "[gui]")
{
    CHECK(gui::Format::currencySymbol(QStringLiteral("EUR")) == QStringLiteral("€"));
    CHECK(gui::Format::currencySymbol(QStringLiteral("CHF")) == QStringLiteral("CHF "));
    CHECK(gui::Format::moneyShort(4'000'000, QStringLiteral("CHF")) == QStringLiteral("CHF 40k"));
}
