#include "WorkspaceWidgets.h"
#include "Theme.h"

#include "ReadError.h"
#include "Session.h"
#include "commands/WorkspaceCommands.h"
#include "delegates/ChoiceDelegate.h"

#include <QGroupBox>
#include <QHeaderView>
#include <QListWidget>
#include <QTableView>
#include <QVBoxLayout>

namespace accord::gui {

CommitTextEdit::CommitTextEdit(QWidget* parent) : QPlainTextEdit(parent)
{
    setTabChangesFocus(true);
}

void CommitTextEdit::setTextIfIdle(const QString& text)
{
    if (hasFocus() || toPlainText() == text)
        return;
    setPlainText(text);
}

void CommitTextEdit::focusOutEvent(QFocusEvent* event)
{
    QPlainTextEdit::focusOutEvent(event);
    emit committed();
}

QTableView* makeWorkspaceTable(QAbstractItemModel* model, const QString& objectName,
                               QWidget* parent)
{
    auto* view = new QTableView(parent);
    view->setObjectName(objectName);
    // A table in a titled box is named by the box ("Insights shared").
    if (auto* box = qobject_cast<QGroupBox*>(parent))
        view->setAccessibleName(QString(box->title()).remove(u'&'));
    view->setModel(model);
    view->setItemDelegate(new ChoiceDelegate(view));
    view->setSelectionBehavior(QAbstractItemView::SelectRows);
    view->setSelectionMode(QAbstractItemView::SingleSelection);
    view->setEditTriggers(QAbstractItemView::DoubleClicked | QAbstractItemView::EditKeyPressed |
                          QAbstractItemView::AnyKeyPressed);
    view->verticalHeader()->hide();
    view->horizontalHeader()->setStretchLastSection(true);
    view->setAlternatingRowColors(true);
    view->setWordWrap(false);
    return view;
}

ErrorLine::ErrorLine(Session& session, QWidget* parent) : QLabel(parent)
{
    setObjectName(QStringLiteral("workspaceError"));
    setTextFormat(Qt::PlainText); // messages quote what was typed
    setWordWrap(true);
    theme::toneText(this, theme::Tone::Error);
    hide();
    auto showMessage = [this](const QString& message) {
        if (!parentWidget() || !parentWidget()->isVisible())
            return;
        setText(message);
        show();
    };
    connect(&session, &Session::commandFailed, this, showMessage);
    connect(&session, &Session::readFailed, this, showMessage);
    // A later successful edit (every view reloaded without a failed read) clears the message.
    connect(&session, &Session::readsSucceeded, this, [this] { hide(); });
}

GatePanel::GatePanel(Session& session, core::Stage stage, QWidget* parent)
    : QGroupBox(parent), m_session(session), m_stage(stage)
{
    setObjectName(QStringLiteral("gatePanel%1").arg(static_cast<int>(stage)));
    m_list = new QListWidget(this);
    m_list->setObjectName(QStringLiteral("gateCriteriaList"));
    m_list->setAccessibleName(tr("Gate criteria"));
    m_list->setWordWrap(true);
    m_list->setSelectionMode(QAbstractItemView::NoSelection);
    m_list->setFocusPolicy(Qt::TabFocus);
    auto* layout = new QVBoxLayout(this);
    layout->addWidget(m_list);
    connect(m_list, &QListWidget::itemChanged, this, &GatePanel::toggled);
    connect(&session, &Session::storeChanged, this, &GatePanel::reload);
}

void GatePanel::setProspect(core::Id id)
{
    m_id = id;
    reload();
}

void GatePanel::reload()
{
    m_loading = true;
    m_list->clear();
    if (m_id != core::kNoId) {
        const bool read = tryRead(m_session, tr("The exit criteria could not be read: %1"), [&] {
            const core::GateResult g = m_session.service().gate(m_id, m_stage);
            setTitle(tr("To leave %1: %2 of %3 met")
                         .arg(core::stageShortName(m_stage))
                         .arg(g.metCount())
                         .arg(g.total()));
            for (const core::CriterionResult& c : g.criteria) {
                auto* item = new QListWidgetItem(m_list);
                const bool manual = c.criterion.rule == core::GateRule::Manual;
                item->setText(c.met && c.automatic
                                  ? tr("%1 — met automatically: %2").arg(c.criterion.label, c.why)
                                  : tr("%1 — %2").arg(c.criterion.label, c.why));
                item->setData(Qt::UserRole, c.criterion.id);
                item->setToolTip(manual ? tr("Ticked by hand: click to tick or untick.")
                                        : core::gateRuleDescription(c.criterion.rule));
                Qt::ItemFlags flags = Qt::ItemIsEnabled;
                if (manual)
                    flags |= Qt::ItemIsUserCheckable;
                item->setFlags(flags);
                item->setCheckState(c.met ? Qt::Checked : Qt::Unchecked);
            }
        });
        if (!read)
            setTitle(tr("Exit criteria"));
    }
    // Tall enough for every criterion without a scroll bar.
    int height = 2 * m_list->frameWidth() + 4;
    for (int i = 0; i < m_list->count(); ++i)
        height += m_list->sizeHintForRow(i);
    m_list->setMinimumHeight(std::max(height, 40));
    m_loading = false;
}

void GatePanel::toggled(QListWidgetItem* item)
{
    if (m_loading || m_id == core::kNoId)
        return;
    const core::Id criterionId = item->data(Qt::UserRole).toLongLong();
    core::GateCheck before;
    const bool read = tryRead(m_session, tr("The ticked criteria could not be read: %1"), [&] {
        for (const core::GateCheck& c : m_session.store().gates().checks(m_id))
            if (c.criterionId == criterionId)
                before = c;
    });
    if (!read) {
        // Without what is stored nothing is written; the list shows the stored state again.
        QMetaObject::invokeMethod(this, &GatePanel::reload, Qt::QueuedConnection);
        return;
    }
    before.prospectId = m_id;
    before.criterionId = criterionId;
    core::GateCheck after = before;
    after.checked = item->checkState() == Qt::Checked;
    after.checkedAt = m_session.now();
    after.checkedBy = m_session.userName();
    if (after.checked == before.checked)
        return;
    // The list is rebuilt from the store after the edit; leave the slot first.
    QMetaObject::invokeMethod(
        this,
        [this, before, after] { m_session.execute(makeSetGateCheck(m_session, before, after)); },
        Qt::QueuedConnection);
}

} // namespace accord::gui
