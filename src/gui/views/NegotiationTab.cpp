#include "NegotiationTab.h"
#include "Theme.h"

#include "ReadError.h"
#include "Session.h"
#include "WorkspaceSection.h"
#include "WorkspaceWidgets.h"
#include "commands/Commands.h"
#include "dialogs/DialogParts.h"
#include "models/EvidenceModels.h"
#include "models/MethodModels.h"

#include <QApplication>
#include <QCheckBox>
#include <QComboBox>
#include <QDateEdit>
#include <QFormLayout>
#include <QFrame>
#include <QGridLayout>
#include <QGroupBox>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QSlider>
#include <QTableView>
#include <QVBoxLayout>

namespace accord::gui {

namespace {

CommitTextEdit* worksheetField(const QString& name, const QString& placeholder, QWidget* parent)
{
    auto* e = new CommitTextEdit(parent);
    e->setObjectName(name);
    e->setPlaceholderText(placeholder);
    e->setMinimumHeight(44);
    e->setMaximumHeight(72);
    return e;
}

} // namespace

QString NegotiationTab::stanceName(int stance)
{
    switch (stance) {
    case 1:
        return tr("1 · Cooperative");
    case 2:
        return tr("2 · Accommodating");
    case 3:
        return tr("3 · Balanced");
    case 4:
        return tr("4 · Assertive");
    case 5:
        return tr("5 · Competitive");
    }
    return {};
}

NegotiationTab::NegotiationTab(Session& session, QWidget* parent)
    : WorkspaceTab(session, QStringLiteral("negotiationTab"), parent)
{
    m_levers = follow(new LeverModel(session, this));
    m_tradables = follow(new TradableModel(session, this));

    // Left: the worksheet (start from what they want) and the agreement that ends
    // the stage; right: the levers with the live win-win check, the tradables, the gate.
    QGroupBox* sheet = buildWorksheet();
    QGroupBox* agreement = buildAgreement();
    QGroupBox* levers = buildLevers();
    WorkspaceSection* tradables = buildTradables();

    setColumns({{sheet, 3}, {agreement, 1}}, 2,
               {{levers, 3}, {tradables, 2}, {addGatePanel(core::Stage::Negotiation), 1}}, 3);

    connect(m_levers, &LeverModel::negotiationChanged, this, &NegotiationTab::reloadWorksheet);
    connect(m_levers, &LeverModel::negotiationChanged, this, &NegotiationTab::updateWinWin);
    connect(m_tradables, &QAbstractItemModel::modelReset, this, &NegotiationTab::updateWinWin);
    connect(m_tradables, &QAbstractItemModel::dataChanged, this, &NegotiationTab::updateWinWin);
    connect(&session, &Session::storeChanged, this, &NegotiationTab::reloadAgreement);
    updateWinWin();
}

QGroupBox* NegotiationTab::buildWorksheet()
{
    // The worksheet: start from what they want.
    auto* sheet = new QGroupBox(tr("Worksheet"), this);
    m_theirInterests =
        worksheetField(QStringLiteral("theirInterestsEdit"), tr("What they want and why"), sheet);
    m_theirBatna = worksheetField(QStringLiteral("theirBatnaEdit"),
                                  tr("What they will do if we do not agree (our estimate)"), sheet);
    m_ourInterests =
        worksheetField(QStringLiteral("ourInterestsEdit"), tr("What we want and why"), sheet);
    m_ourBatna = worksheetField(QStringLiteral("ourBatnaEdit"),
                                tr("Our best alternative to an agreement"), sheet);
    m_criteria =
        worksheetField(QStringLiteral("criteriaEdit"),
                       tr("Market prices, benchmarks, precedents both sides accept"), sheet);
    m_stance = new QSlider(Qt::Horizontal, sheet);
    m_stance->setObjectName(QStringLiteral("stanceSlider"));
    m_stance->setRange(1, 5);
    m_stance->setPageStep(1);
    m_stance->setTickPosition(QSlider::TicksBelow);
    m_stance->setTickInterval(1);
    m_stance->setAccessibleName(tr("Our stance, 1 cooperative to 5 competitive"));
    m_stanceLabel = new QLabel(sheet);
    m_stanceLabel->setObjectName(QStringLiteral("stanceLabel"));
    m_stanceLabel->setMinimumWidth(120);
    auto* stanceRow = new QGridLayout;
    auto* ends = new QHBoxLayout;
    auto* cooperative = new QLabel(tr("cooperative"), sheet);
    auto* competitive = new QLabel(tr("competitive"), sheet);
    for (QLabel* l : {cooperative, competitive}) {
        QFont small = l->font();
        small.setPointSizeF(small.pointSizeF() * 0.85);
        l->setFont(small);
    }
    ends->addWidget(cooperative);
    ends->addStretch();
    ends->addWidget(competitive);
    stanceRow->addWidget(m_stance, 0, 0);
    stanceRow->addWidget(m_stanceLabel, 0, 1);
    stanceRow->addLayout(ends, 1, 0);
    stanceRow->setColumnStretch(0, 1);
    auto* form = new QFormLayout(sheet);
    form->addRow(tr("Their &interests:"), m_theirInterests);
    form->addRow(tr("Their BATNA:"), m_theirBatna);
    form->addRow(tr("Our interests:"), m_ourInterests);
    form->addRow(tr("Our &BATNA:"), m_ourBatna);
    form->addRow(tr("Objective criteria:"), m_criteria);
    auto* stanceCaption = new QLabel(tr("Our &stance:"), sheet);
    stanceCaption->setBuddy(m_stance);
    form->addRow(stanceCaption, stanceRow);
    m_sheetTexts = {{m_theirInterests, &core::Negotiation::theirInterests},
                    {m_theirBatna, &core::Negotiation::theirBatna},
                    {m_ourInterests, &core::Negotiation::ourInterests},
                    {m_ourBatna, &core::Negotiation::ourBatna},
                    {m_criteria, &core::Negotiation::objectiveCriteria}};
    for (const auto& [edit, member] : m_sheetTexts)
        connect(edit, &CommitTextEdit::committed, this, &NegotiationTab::commitWorksheet);
    connect(m_stance, &QSlider::valueChanged, this, [this](int v) {
        m_stanceLabel->setText(stanceName(v));
        if (!m_stance->isSliderDown())
            commitWorksheet();
    });
    connect(m_stance, &QSlider::sliderReleased, this, &NegotiationTab::commitWorksheet);
    return sheet;
}

QGroupBox* NegotiationTab::buildAgreement()
{
    // The agreement that ends the stage.
    auto* agreement = new QGroupBox(tr("Agreement"), this);
    m_summary = worksheetField(QStringLiteral("agreementSummaryEdit"),
                               tr("What was agreed, in a few lines"), agreement);
    const OptionalDate signedOn = optionalDate(tr("Si&gned on"), QStringLiteral("signedCheck"),
                                               QStringLiteral("signedOnEdit"), agreement);
    m_signed = signedOn.check;
    m_signedOn = signedOn.date;
    signedOn.row->setStretchFactor(m_signedOn, 0); // the date keeps its width
    signedOn.row->addStretch();
    auto* af = new QFormLayout(agreement);
    af->addRow(tr("Summary:"), m_summary);
    af->addRow(QString(), signedOn.row);
    connect(m_summary, &CommitTextEdit::committed, this, &NegotiationTab::commitAgreement);
    connect(m_signed, &QCheckBox::toggled, this, &NegotiationTab::commitAgreement);
    connect(m_signedOn, &QDateEdit::editingFinished, this, &NegotiationTab::commitAgreement);
    return agreement;
}

QGroupBox* NegotiationTab::buildLevers()
{
    // Levers, the live win-win check right under them, and the tradables.
    auto* leversBox = new QGroupBox(tr("Levers"), this);
    m_leverView = makeWorkspaceTable(m_levers, QStringLiteral("leverTable"), leversBox);
    m_leverView->verticalHeader()->show();
    m_leverView->setSelectionBehavior(QAbstractItemView::SelectItems);
    // All four levers and all six columns in view: text columns share the width
    // (the full text is in each cell's tooltip), rows share the height.
    QHeaderView* columns = m_leverView->horizontalHeader();
    columns->setStretchLastSection(false);
    columns->setSectionResizeMode(QHeaderView::Stretch);
    columns->setSectionResizeMode(LeverModel::OurPriorityColumn, QHeaderView::ResizeToContents);
    columns->setSectionResizeMode(LeverModel::TheirPriorityColumn, QHeaderView::ResizeToContents);
    m_leverView->verticalHeader()->setSectionResizeMode(QHeaderView::Stretch);
    m_leverView->setHorizontalScrollBarPolicy(Qt::ScrollBarAlwaysOff);
    m_leverView->setVerticalScrollBarPolicy(Qt::ScrollBarAlwaysOff);
    m_leverView->setMinimumHeight(
        static_cast<int>(5.5 * m_leverView->verticalHeader()->defaultSectionSize()));
    m_winWinPanel = new QFrame(leversBox);
    m_winWinPanel->setObjectName(QStringLiteral("winWinPanel"));
    m_winWinSummary = new QLabel(m_winWinPanel);
    m_winWinSummary->setTextFormat(Qt::PlainText);
    m_winWinSummary->setObjectName(QStringLiteral("winWinSummary"));
    m_winWinSummary->setWordWrap(true);
    QFont bold = m_winWinSummary->font();
    bold.setBold(true);
    m_winWinSummary->setFont(bold);
    m_winWinWarnings = new QLabel(m_winWinPanel);
    m_winWinWarnings->setObjectName(QStringLiteral("winWinWarnings"));
    m_winWinWarnings->setWordWrap(true);
    m_winWinWarnings->setTextFormat(Qt::RichText);
    auto* wl = new QVBoxLayout(m_winWinPanel);
    wl->setContentsMargins(10, 6, 10, 6);
    wl->addWidget(m_winWinSummary);
    wl->addWidget(m_winWinWarnings);
    auto* ll = new QVBoxLayout(leversBox);
    ll->addWidget(m_leverView);
    ll->addWidget(m_winWinPanel);
    return leversBox;
}

WorkspaceSection* NegotiationTab::buildTradables()
{
    auto* tradables = new WorkspaceSection(tr("Tradables: what each side has but does not need"),
                                           m_tradables, QStringLiteral("tradableTable"), this);
    m_side = tradables->addComboBox(QStringLiteral("tradableSideCombo"), {0, 0});
    m_side->addItems(WorkspaceNames::sides());
    m_item = tradables->addLineEdit(QStringLiteral("tradableItemEdit"), tr("Item"), {0, 1});
    m_value = tradables->addLineEdit(QStringLiteral("tradableValueEdit"),
                                     tr("Worth to the other side"), {0, 2});
    m_cost = tradables->addLineEdit(QStringLiteral("tradableCostEdit"), tr("Cost to give"), {0, 3});
    tradables->addSubmitButton(tr("Add &tradable"), QStringLiteral("addTradableButton"), {0, 4},
                               m_item, [this] { addTradable(); });
    tradables->setFormStretch({0, 2, 2, 1});
    tradables->setColumnWidths({{TradableModel::SideColumn, 110},
                                {TradableModel::ItemColumn, 220},
                                {TradableModel::ValueColumn, 220}});
    tradables->addRemoveButton(QStringLiteral("removeTradableButton"), m_tradables);
    return tradables;
}

void NegotiationTab::prospectShown()
{
    reloadAgreement();
}

void NegotiationTab::reloadWorksheet()
{
    m_loading = true;
    const core::Negotiation& n = m_levers->negotiation();
    for (const auto& [edit, member] : m_sheetTexts)
        edit->setTextIfIdle(n.*member);
    if (!m_stance->isSliderDown())
        m_stance->setValue(n.stance);
    m_stanceLabel->setText(stanceName(m_stance->value()));
    m_loading = false;
}

void NegotiationTab::commitWorksheet()
{
    if (m_loading || m_id == core::kNoId)
        return;
    const core::Negotiation& before = m_levers->negotiation();
    core::Negotiation after = before;
    for (const auto& [edit, member] : m_sheetTexts)
        after.*member = edit->toPlainText().trimmed();
    after.stance = m_stance->value();
    if (after == before)
        return;
    m_session.execute(makeSaveNegotiation(m_session, before, after, tr("Edit the worksheet")));
}

std::optional<core::Prospect> NegotiationTab::readAgreement()
{
    std::optional<core::Prospect> p;
    if (hasProspect())
        tryRead(m_session, tr("The agreement could not be read: %1"),
                [&] { p = m_session.store().prospects().find(m_id); });
    return p;
}

void NegotiationTab::reloadAgreement()
{
    const std::optional<core::Prospect> p = readAgreement();
    if (!p)
        return;
    m_loading = true;
    m_summary->setTextIfIdle(p->agreementSummary);
    m_signed->setChecked(p->signedOn.isValid());
    m_signedOn->setEnabled(p->signedOn.isValid());
    if (!m_signedOn->hasFocus())
        m_signedOn->setDate(p->signedOn.isValid() ? p->signedOn
                                                  : m_session.now().toLocalTime().date());
    m_loading = false;
}

void NegotiationTab::commitAgreement()
{
    if (m_loading)
        return;
    const std::optional<core::Prospect> before = readAgreement();
    if (!before)
        return;
    core::Prospect after = *before;
    after.agreementSummary = m_summary->toPlainText().trimmed();
    after.signedOn = m_signed->isChecked() ? m_signedOn->date() : QDate();
    if (after == *before)
        return;
    m_session.execute(makeEditProspect(m_session, *before, after));
}

void NegotiationTab::updateWinWin()
{
    m_check = core::checkWinWin(m_levers->negotiation(), m_tradables->items());
    m_winWinSummary->setText(tr("Win-win check: %1").arg(m_check.summary));
    QStringList items;
    for (const core::WinWinWarning& w : m_check.warnings)
        items << QStringLiteral("<li>%1</li>").arg(w.message.toHtmlEscaped());
    m_winWinWarnings->setText(items.isEmpty()
                                  ? QString()
                                  : QStringLiteral("<ul style=\"margin-left:-20px\">") +
                                        items.join(QString()) + QStringLiteral("</ul>"));
    m_winWinWarnings->setVisible(!items.isEmpty());
    // Colour the panel by state, from the palette's own light/dark tone.
    const auto tinted = [this](theme::Tone tone) {
        const theme::Banner b = theme::banner(tone, QApplication::palette(this));
        return QStringLiteral("background:%1; color:%2; border:1px solid %3;")
            .arg(b.background.name(), b.text.name(), b.border.name());
    };
    QString colors;
    switch (m_check.state) {
    case core::WinWinState::Warning:
        colors = tinted(theme::Tone::Warning);
        break;
    case core::WinWinState::Balanced:
        colors = tinted(theme::Tone::Success);
        break;
    case core::WinWinState::NotStarted:
        colors = QStringLiteral("border:1px solid palette(mid);");
        break;
    }
    m_winWinPanel->setStyleSheet(
        QStringLiteral("#winWinPanel { %1 border-radius:4px; }").arg(colors));
    m_winWinPanel->setAccessibleName(m_winWinSummary->text());
}

void NegotiationTab::addTradable()
{
    core::Tradable v;
    v.side = static_cast<core::Side>(m_side->currentIndex());
    v.item = m_item->text().trimmed();
    v.valueToOther = m_value->text().trimmed();
    v.costToGive = m_cost->text().trimmed();
    if (addEvidence(v)) {
        m_item->clear();
        m_value->clear();
        m_cost->clear();
        m_item->setFocus();
    }
}

} // namespace accord::gui
