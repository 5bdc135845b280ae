#include "FilterBar.h"

#include "ReadError.h"
#include "Session.h"

#include <QComboBox>
#include <QHBoxLayout>
#include <QLineEdit>

namespace accord::gui {

namespace {
void refill(QComboBox* combo, const QString& anyText, const QStringList& items)
{
    const QString current = combo->currentData().toString();
    QSignalBlocker block(combo);
    combo->clear();
    combo->addItem(anyText, QString());
    for (const QString& i : items)
        combo->addItem(i, i);
    const int at = combo->findData(current);
    combo->setCurrentIndex(at < 0 ? 0 : at);
}
} // namespace

FilterBar::FilterBar(Session& session, QWidget* parent) : QWidget(parent), m_session(session)
{
    setObjectName(QStringLiteral("filterBar"));
    auto* layout = new QHBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    auto combo = [this, layout](const char* name, const QString& tip) {
        auto* c = new QComboBox(this);
        c->setObjectName(QString::fromLatin1(name));
        c->setToolTip(tip);
        c->setSizeAdjustPolicy(QComboBox::AdjustToContents);
        layout->addWidget(c);
        return c;
    };
    m_owner = combo("ownerFilter", tr("Owner"));
    m_industry = combo("industryFilter", tr("Industry"));
    m_tag = combo("tagFilter", tr("Tag"));
    m_status = combo("statusFilter", tr("Status"));
    m_status->addItem(tr("Any status"), QString());
    for (auto s :
         {core::Status::Active, core::Status::OnHold, core::Status::Won, core::Status::Lost})
        m_status->addItem(core::statusName(s), core::statusKey(s));
    m_status->setCurrentIndex(1); // active
    m_text = new QLineEdit(this);
    m_text->setObjectName(QStringLiteral("filterText"));
    m_text->setAccessibleName(tr("Filter by text"));
    m_text->setPlaceholderText(tr("Filter by name, owner, industry…"));
    m_text->setClearButtonEnabled(true);
    m_text->setMinimumWidth(220);
    layout->addWidget(m_text, 1);
    reloadChoices();

    auto emitFilter = [this] { emit filterChanged(filter()); };
    for (QComboBox* c : {m_owner, m_industry, m_tag, m_status})
        connect(c, &QComboBox::currentIndexChanged, this, emitFilter);
    connect(m_text, &QLineEdit::textChanged, this, emitFilter);
    connect(&m_session, &Session::storeReplaced, this, &FilterBar::reloadChoices);
}

void FilterBar::reloadChoices()
{
    QStringList owners, industries, tags;
    tryRead(m_session, tr("The owners, industries and tags could not be read: %1"), [&] {
        owners = m_session.store().prospects().owners();
        industries = m_session.store().prospects().industries();
        tags = m_session.store().prospects().allTags();
    });
    refill(m_owner, tr("Any owner"), owners);
    refill(m_industry, tr("Any industry"), industries);
    refill(m_tag, tr("Any tag"), tags);
}

core::ProspectFilter FilterBar::filter() const
{
    core::ProspectFilter f;
    if (const QString o = m_owner->currentData().toString(); !o.isEmpty())
        f.owners << o;
    f.industry = m_industry->currentData().toString();
    f.tag = m_tag->currentData().toString();
    f.status = core::statusFromKey(m_status->currentData().toString());
    f.text = m_text->text().trimmed();
    return f;
}

} // namespace accord::gui
