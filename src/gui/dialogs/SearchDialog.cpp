#include "SearchDialog.h"

#include "delegates/HtmlDelegate.h"
#include "models/SearchResultModel.h"

#include <QCoreApplication>
#include <QHeaderView>
#include <QKeyEvent>
#include <QLineEdit>
#include <QTimer>
#include <QTreeView>
#include <QVBoxLayout>

namespace accord::gui {

SearchDialog::SearchDialog(Session& session, QWidget* parent)
    : QDialog(parent), m_edit(new QLineEdit(this)), m_view(new QTreeView(this)),
      m_model(new SearchResultModel(session, this)), m_debounce(new QTimer(this))
{
    setObjectName(QStringLiteral("searchDialog"));
    setWindowTitle(tr("Search"));
    m_edit->setObjectName(QStringLiteral("searchEdit"));
    m_edit->setAccessibleName(tr("Search for"));
    m_edit->setPlaceholderText(tr("Search prospects, contacts and meeting notes"));
    m_edit->setClearButtonEnabled(true);
    m_edit->installEventFilter(this);
    m_view->setObjectName(QStringLiteral("searchResults"));
    m_view->setAccessibleName(tr("Search results"));
    m_view->setModel(m_model);
    m_view->setItemDelegate(new HtmlDelegate(SearchResultModel::HtmlRole, m_view));
    m_view->setHeaderHidden(true);
    m_view->setRootIsDecorated(false);
    m_view->setItemsExpandable(false);
    m_view->setUniformRowHeights(false);
    m_view->setWordWrap(true);
    auto* layout = new QVBoxLayout(this);
    layout->addWidget(m_edit);
    layout->addWidget(m_view, 1);
    m_debounce->setSingleShot(true);
    m_debounce->setInterval(120);
    connect(m_debounce, &QTimer::timeout, this, &SearchDialog::runSearch);
    connect(m_edit, &QLineEdit::textChanged, m_debounce, qOverload<>(&QTimer::start));
    connect(m_view, &QTreeView::activated, this, &SearchDialog::activate);
    resize(640, 480);
}

void SearchDialog::runSearch()
{
    m_debounce->stop();
    m_model->search(m_edit->text());
    m_view->expandAll();
    const QModelIndex first = m_model->index(0, 0, m_model->index(0, 0));
    if (first.isValid())
        m_view->setCurrentIndex(first);
}

bool SearchDialog::eventFilter(QObject* watched, QEvent* event)
{
    if (watched == m_edit && event->type() == QEvent::KeyPress) {
        auto* key = static_cast<QKeyEvent*>(event);
        if (key->key() == Qt::Key_Down || key->key() == Qt::Key_Up) {
            if (m_debounce->isActive())
                runSearch();
            QCoreApplication::sendEvent(m_view, event);
            return true;
        }
        if (key->key() == Qt::Key_Return || key->key() == Qt::Key_Enter) {
            if (m_debounce->isActive())
                runSearch();
            activate(m_view->currentIndex());
            return true;
        }
    }
    return QDialog::eventFilter(watched, event);
}

void SearchDialog::activate(const QModelIndex& index)
{
    if (!index.isValid() || index.data(SearchResultModel::IsGroupRole).toBool())
        return;
    const core::Id prospect = index.data(SearchResultModel::ProspectIdRole).toLongLong();
    const auto kind = index.data(SearchResultModel::KindRole).toInt();
    const core::Id meeting = kind == static_cast<int>(core::SearchHit::Kind::Meeting)
                                 ? index.data(SearchResultModel::ItemIdRole).toLongLong()
                                 : core::kNoId;
    emit jumpRequested(prospect, meeting);
    accept();
}

} // namespace accord::gui
