#include "GateCriteriaPage.h"

#include "Session.h"
#include "WorkspaceWidgets.h"
#include "dialogs/DialogParts.h"
#include "models/MethodModels.h"

#include <QComboBox>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QTableView>
#include <QVBoxLayout>

namespace accord::gui {

GateCriteriaPage::GateCriteriaPage(Session& session, QWidget* parent)
    : QWidget(parent), m_session(session)
{
    setObjectName(QStringLiteral("gateCriteriaPage"));
    m_model = new GateCriteriaModel(session, this);

    m_stage = new QComboBox(this);
    m_stage->setObjectName(QStringLiteral("gateStageCombo"));
    for (core::Stage s :
         {core::Stage::Informative, core::Stage::Consulting, core::Stage::Negotiation})
        m_stage->addItem(tr("To leave %1").arg(core::stageName(s)), static_cast<int>(s));
    auto* stageRow = new QFormLayout;
    stageRow->addRow(tr("&Stage:"), m_stage);

    m_view = makeWorkspaceTable(m_model, QStringLiteral("gateCriteriaTable"), this);
    m_view->setAccessibleName(tr("Gate criteria"));
    m_view->setColumnWidth(GateCriteriaModel::LabelColumn, 280);
    m_view->setMinimumHeight(150);

    auto* buttons = new QHBoxLayout;
    buttons->addWidget(pushButton(tr("Move &up"), QStringLiteral("moveCriterionUpButton"), this,
                                  [this] { moveSelected(-1); }));
    buttons->addWidget(pushButton(tr("Move &down"), QStringLiteral("moveCriterionDownButton"), this,
                                  [this] { moveSelected(+1); }));
    buttons->addWidget(pushButton(tr("&Remove"), QStringLiteral("removeCriterionButton"), this,
                                  [this] { removeSelected(); }));
    buttons->addStretch();
    buttons->addWidget(pushButton(tr("Restore de&faults"), QStringLiteral("restoreCriteriaButton"),
                                  this, [this] { restoreDefaults(); }));

    m_label = new QLineEdit(this);
    m_label->setObjectName(QStringLiteral("newCriterionEdit"));
    m_label->setAccessibleName(tr("New criterion"));
    m_label->setPlaceholderText(tr("New criterion, e.g. Their CFO saw the numbers"));
    m_rule = new QComboBox(this);
    m_rule->setObjectName(QStringLiteral("newCriterionRuleCombo"));
    m_rule->addItems(GateCriteriaModel::ruleChoices());
    auto* addRow = new QHBoxLayout;
    addRow->addWidget(m_label, 2);
    addRow->addWidget(m_rule, 2);
    addRow->addWidget(pushButton(tr("&Add"), QStringLiteral("addCriterionButton"), this,
                                 [this] { addCriterion(); }));

    auto* hint = new QLabel(tr("Double-click a criterion to rename it or change when it is met. "
                               "Changes apply at once for everyone using this file; Edit → Undo "
                               "takes them back."),
                            this);
    hint->setWordWrap(true);

    auto* layout = new QVBoxLayout(this);
    layout->addLayout(stageRow);
    layout->addWidget(m_view, 1);
    layout->addLayout(buttons);
    layout->addLayout(addRow);
    layout->addWidget(new ErrorLine(session, this));
    layout->addWidget(hint);

    connect(m_stage, &QComboBox::currentIndexChanged, this, [this] {
        m_model->setStage(static_cast<core::Stage>(m_stage->currentData().toInt()));
    });
    connect(m_label, &QLineEdit::returnPressed, this, &GateCriteriaPage::addCriterion);
    m_model->setStage(core::Stage::Informative);
}

void GateCriteriaPage::addCriterion()
{
    if (m_model->addCriterion(m_label->text(),
                              static_cast<core::GateRule>(m_rule->currentIndex()))) {
        m_label->clear();
        m_rule->setCurrentIndex(0);
        m_view->selectRow(m_model->rowCount() - 1);
    }
}

void GateCriteriaPage::removeSelected()
{
    m_model->removeCriterion(m_view->currentIndex().row());
}

void GateCriteriaPage::moveSelected(int delta)
{
    const int row = m_view->currentIndex().row();
    const int column = std::max(0, m_view->currentIndex().column());
    if (m_model->moveCriterion(row, delta))
        m_view->setCurrentIndex(m_model->index(row + delta, column));
}

void GateCriteriaPage::restoreDefaults()
{
    m_model->restoreDefaults();
}

} // namespace accord::gui
