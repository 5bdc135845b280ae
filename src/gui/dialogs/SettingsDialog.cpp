#include "SettingsDialog.h"
#include "Theme.h"

#include "BackupSettingsBox.h"
#include "DialogParts.h"
#include "ReasonsPage.h"
#include "views/GateCriteriaPage.h"

#include "Session.h"
#include "Startup.h"
#include "core/Language.h"
#include "core/Validation.h"

#include <QComboBox>
#include <QFormLayout>
#include <QGroupBox>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QSpinBox>
#include <QTabWidget>
#include <QTableWidget>
#include <QVBoxLayout>

namespace accord::gui {

SettingsDialog::SettingsDialog(Session& session, QWidget* parent, Prompter* prompter)
    : QDialog(parent), m_session(session)
{
    setObjectName(QStringLiteral("settingsDialog"));
    setWindowTitle(tr("Settings"));
    m_loadedSettings = session.pipelineSettings();
    const core::PipelineSettings& s = m_loadedSettings;
    auto* outer = new QVBoxLayout(this);
    auto* tabs = new QTabWidget(this);
    m_tabs = tabs;
    tabs->setObjectName(QStringLiteral("settingsTabs"));
    auto* general = new QWidget(tabs);
    auto* layout = new QVBoxLayout(general);

    auto* you = new QFormLayout;
    m_name = new QLineEdit(session.userName(), this);
    m_name->setObjectName(QStringLiteral("userNameEdit"));
    if (session.storeLogin().isEmpty()) {
        you->addRow(tr("Your &name (logged by, changed by):"), m_name);
    } else {
        // On a team server the server says who you are; the name here is not used.
        m_name->hide();
        auto* signedIn =
            new QLabel(tr("Signed in to the team server as %1 (logged by, changed by).")
                           .arg(session.storeLogin()),
                       this);
        signedIn->setObjectName(QStringLiteral("signedInLabel"));
        signedIn->setTextFormat(Qt::PlainText);
        signedIn->setWordWrap(true);
        you->addRow(signedIn);
    }
    // The language is this user's, on this computer, like the name.
    m_language = new QComboBox(this);
    m_language->setObjectName(QStringLiteral("languageCombo"));
    m_language->addItem(
        tr("As the system (%1)").arg(core::languageName(core::resolveLanguage(QString()))),
        QString());
    for (const QString& code : core::availableLanguages())
        m_language->addItem(core::languageName(code), code);
    m_language->setCurrentIndex(std::max(0, m_language->findData(chosenLanguage())));
    you->addRow(tr("&Language:"), m_language);
    m_languageNote = new QLabel(tr("Accord speaks the new language from its next start."), this);
    m_languageNote->setObjectName(QStringLiteral("languageNote"));
    m_languageNote->setWordWrap(true);
    m_languageNote->hide();
    you->addRow(m_languageNote);
    connect(m_language, &QComboBox::currentIndexChanged, this, [this] {
        m_languageNote->setVisible(m_language->currentData().toString() != chosenLanguage());
    });
    layout->addLayout(you);

    auto* box = new QGroupBox(tr("Pipeline (shared by everyone who works on it)"), this);
    auto* form = new QFormLayout(box);
    for (int i = 0; i < 3; ++i) {
        const auto stage = static_cast<core::Stage>(i + 1);
        m_stale[static_cast<size_t>(i)] = new QSpinBox(box);
        m_stale[static_cast<size_t>(i)]->setObjectName(QStringLiteral("staleDays%1").arg(i + 1));
        m_stale[static_cast<size_t>(i)]->setRange(1, 365);
        m_stale[static_cast<size_t>(i)]->setSuffix(tr(" days"));
        m_stale[static_cast<size_t>(i)]->setValue(s.staleDays[static_cast<size_t>(i)]);
        form->addRow(tr("Stale after, %1:").arg(core::stageShortName(stage)),
                     m_stale[static_cast<size_t>(i)]);
    }
    for (int i = 0; i < 4; ++i) {
        const auto stage = static_cast<core::Stage>(i + 1);
        auto* spin = new QSpinBox(box);
        spin->setObjectName(QStringLiteral("probability%1").arg(i + 1));
        spin->setRange(0, 100);
        spin->setSuffix(tr(" %"));
        spin->setValue(s.probabilityPercent[static_cast<size_t>(i)]);
        m_probability[static_cast<size_t>(i)] = spin;
        form->addRow(tr("Probability, %1:").arg(core::stageShortName(stage)), spin);
    }
    m_currency = new QComboBox(box);
    m_currency->setObjectName(QStringLiteral("currencyCombo"));
    m_currency->setEditable(true);
    m_currency->addItems({QStringLiteral("USD"), QStringLiteral("EUR"), QStringLiteral("GBP"),
                          QStringLiteral("JPY"), QStringLiteral("CHF"), QStringLiteral("CAD")});
    m_currency->setCurrentText(s.currency);
    form->addRow(tr("&Currency:"), m_currency);
    layout->addWidget(box);
    m_backups = new BackupSettingsBox(session, prompter, general);
    layout->addWidget(m_backups);
    layout->addStretch();
    tabs->addTab(general, tr("&General"));
    tabs->addTab(buildCurrencyPage(tabs), tr("C&urrencies"));
    // Gate criteria edits apply at once, each an undoable command.
    tabs->addTab(new GateCriteriaPage(session, tabs), tr("Gate &criteria"));
    m_reasons = new ReasonsPage(s.reasons, tabs);
    tabs->addTab(m_reasons, tr("&Reasons"));
    outer->addWidget(tabs);
    outer->addWidget(okCancel(this));
}

QWidget* SettingsDialog::buildCurrencyPage(QWidget* parent)
{
    const core::PipelineSettings& s = m_session.pipelineSettings();
    auto* page = new QWidget(parent);
    page->setObjectName(QStringLiteral("currenciesPage"));
    auto* layout = new QVBoxLayout(page);
    auto* note = new QLabel(
        tr("Totals convert every value to the pipeline currency (%1) with these exchange rates. "
           "A prospect in a currency without a rate stays out of the totals and is counted as "
           "unconverted.")
            .arg(s.currency),
        page);
    note->setTextFormat(Qt::PlainText);
    note->setWordWrap(true);
    layout->addWidget(note);
    m_rates = new QTableWidget(0, 2, page);
    m_rates->setObjectName(QStringLiteral("currencyRates"));
    m_rates->setAccessibleName(tr("Exchange rates"));
    m_rates->setHorizontalHeaderLabels(
        {tr("Currency"), tr("Worth in the pipeline currency (1 unit =)")});
    m_rates->horizontalHeader()->setStretchLastSection(true);
    m_rates->verticalHeader()->hide();
    for (const auto& [code, rate] : s.rates)
        addRateRow(code, core::PipelineSettings::formatRate(rate));
    layout->addWidget(m_rates);
    auto* buttons = new QHBoxLayout;
    buttons->addWidget(pushButton(tr("&Add rate"), QStringLiteral("addRateButton"), page, [this] {
        addRateRow(QString(), QString());
        m_rates->setCurrentCell(m_rates->rowCount() - 1, 0);
        m_rates->editItem(m_rates->item(m_rates->rowCount() - 1, 0));
    }));
    buttons->addWidget(
        pushButton(tr("&Remove rate"), QStringLiteral("removeRateButton"), page, [this] {
            if (m_rates->currentRow() >= 0)
                m_rates->removeRow(m_rates->currentRow());
        }));
    buttons->addStretch();
    layout->addLayout(buttons);
    m_ratesError = new QLabel(page);
    m_ratesError->setObjectName(QStringLiteral("ratesError"));
    m_ratesError->setTextFormat(Qt::PlainText);
    m_ratesError->setWordWrap(true);
    theme::toneText(m_ratesError, theme::Tone::Error);
    m_ratesError->hide();
    layout->addWidget(m_ratesError);
    return page;
}

void SettingsDialog::addRateRow(const QString& code, const QString& rate)
{
    const int row = m_rates->rowCount();
    m_rates->insertRow(row);
    m_rates->setItem(row, 0, new QTableWidgetItem(code));
    m_rates->setItem(row, 1, new QTableWidgetItem(rate));
}

std::optional<core::ExchangeRates> SettingsDialog::enteredRates(const QString& pipelineCurrency)
{
    core::ExchangeRates rates;
    auto refuse = [this](int row, const QString& message) {
        m_tabs->setCurrentWidget(m_rates->parentWidget());
        m_rates->setCurrentCell(row, 0);
        m_ratesError->setText(message);
        m_ratesError->show();
        return std::nullopt;
    };
    for (int row = 0; row < m_rates->rowCount(); ++row) {
        const QString code =
            m_rates->item(row, 0) ? m_rates->item(row, 0)->text().trimmed().toUpper() : QString();
        const QString text = m_rates->item(row, 1) ? m_rates->item(row, 1)->text() : QString();
        if (code.isEmpty() && text.trimmed().isEmpty())
            continue;
        try {
            core::validateCurrencyCode(code);
        } catch (const core::ValidationError& e) {
            return refuse(row, e.message());
        }
        if (code == pipelineCurrency)
            continue; // the pipeline currency needs no rate
        const auto rate = core::PipelineSettings::parseRate(text);
        if (!rate)
            return refuse(row, tr("The rate of %1 must be a number such as 1.08 (from 0.000000001 "
                                  "to 1000000000).")
                                   .arg(code));
        if (rates.contains(code))
            return refuse(row, tr("%1 has two rates; keep one.").arg(code));
        rates[code] = *rate;
    }
    m_ratesError->hide();
    return rates;
}

void SettingsDialog::accept()
{
    // Backups first: a folder that cannot be used keeps the dialog open with
    // nothing saved yet.
    const QString currency = m_currency->currentText().trimmed().toUpper();
    const auto rates = enteredRates(currency);
    if (!rates)
        return;
    std::optional<core::BackupPolicy> policy;
    if (!m_backups->check(policy)) {
        m_tabs->setCurrentWidget(m_backups->parentWidget());
        m_backups->focusFolder();
        return;
    }
    const auto reasons = m_reasons->entered();
    if (!reasons) {
        m_tabs->setCurrentWidget(m_reasons);
        return;
    }
    if (m_session.storeLogin().isEmpty())
        m_session.setUserName(m_name->text());
    core::PipelineSettings s = m_loadedSettings;
    s.rates = *rates;
    s.reasons = *reasons;
    for (size_t i = 0; i < 3; ++i)
        s.staleDays[i] = m_stale[i]->value();
    for (size_t i = 0; i < 4; ++i)
        s.probabilityPercent[i] = m_probability[i]->value();
    s.currency = m_currency->currentText().trimmed().toUpper();
    // The backup settings and the pipeline settings in one transaction: all or
    // nothing, and only what was changed here (refused when someone else
    // changed that same setting since the dialog opened).
    if (!m_session.setPipelineSettings(
            s,
            [&] {
                if (policy)
                    m_backups->save(*policy);
            },
            &m_loadedSettings))
        return;
    setChosenLanguage(m_language->currentData().toString());
    QDialog::accept();
}

} // namespace accord::gui
