#include "TrashPage.h"

#include "Prompter.h"
#include "ProspectTableView.h"
#include "Session.h"
#include "commands/Commands.h"
#include "models/ProspectListModel.h"

#include <QHBoxLayout>
#include <QLabel>
#include <QLocale>
#include <QPushButton>
#include <QVBoxLayout>

namespace accord::gui {

TrashPage::TrashPage(Session& session, Prompter& prompter, QWidget* parent)
    : QWidget(parent), m_session(session), m_prompter(prompter),
      m_table(new ProspectTableView(session, QStringLiteral("trash/header"), this))
{
    setObjectName(QStringLiteral("trashPage"));
    m_table->setObjectName(QStringLiteral("trashView"));
    m_table->setAccessibleName(tr("Prospects in the trash"));
    core::ProspectFilter f;
    f.trash = core::ProspectFilter::Trash::Only;
    m_table->setFilter(f);
    auto* restore = new QPushButton(tr("&Restore"), this);
    restore->setObjectName(QStringLiteral("restoreButton"));
    auto* purge = new QPushButton(tr("&Delete permanently…"), this);
    purge->setObjectName(QStringLiteral("purgeButton"));
    connect(restore, &QPushButton::clicked, this, &TrashPage::restoreSelected);
    connect(purge, &QPushButton::clicked, this, &TrashPage::purgeSelected);
    auto* buttons = new QHBoxLayout;
    auto* hint =
        new QLabel(tr("Deleted prospects stay here until you delete them permanently."), this);
    hint->setForegroundRole(QPalette::PlaceholderText);
    buttons->addWidget(hint, 1);
    buttons->addWidget(restore);
    buttons->addWidget(purge);
    auto* layout = new QVBoxLayout(this);
    layout->addLayout(buttons);
    layout->addWidget(m_table);
}

void TrashPage::restoreSelected()
{
    const auto ids = m_table->selectedProspectIds();
    if (ids.size() > 1)
        m_session.undoStack()->beginMacro(
            tr("Restore %n prospects", nullptr, static_cast<int>(ids.size())));
    for (core::Id id : ids) {
        const QModelIndex at = m_table->prospectModel()->indexOfId(id);
        m_session.execute(
            makeTrash(m_session, id, at.data(ProspectListModel::NameRole).toString(), false));
    }
    if (ids.size() > 1)
        m_session.undoStack()->endMacro();
}

void TrashPage::purgeSelected()
{
    const auto ids = m_table->selectedProspectIds();
    if (ids.isEmpty() ||
        !m_prompter.confirm(this, tr("Delete permanently"),
                            tr("Delete %n prospect(s) and everything recorded about them? "
                               "This cannot be undone.",
                               nullptr, static_cast<int>(ids.size()))))
        return;
    QStringList skipped; // restored by someone meanwhile (or gone): never deleted
    try {
        for (core::Id id : m_session.service().purge({ids.begin(), ids.end()})) {
            const QString name = m_table->prospectModel()
                                     ->indexOfId(id)
                                     .data(ProspectListModel::NameRole)
                                     .toString();
            skipped << (name.isEmpty() ? QStringLiteral("#%1").arg(id) : name);
        }
    } catch (const std::exception& e) {
        emit m_session.commandFailed(QString::fromUtf8(e.what()));
    }
    m_session.undoStack()->clear(); // older commands may refer to what is gone
    m_session.notifyChanged();
    if (!skipped.isEmpty())
        m_prompter.inform(
            this, tr("Delete permanently"),
            (skipped.size() == 1
                 ? tr("%1 was not deleted: it is no longer in the trash (someone restored it "
                      "meanwhile).")
                 : tr("%1 were not deleted: they are no longer in the trash (someone restored "
                      "them meanwhile)."))
                .arg(QLocale().createSeparatedList(skipped)));
}

} // namespace accord::gui
