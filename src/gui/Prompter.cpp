#include "Prompter.h"

#include <QFileDialog>
#include <QInputDialog>
#include <QLineEdit>
#include <QMessageBox>
#include <QPushButton>

namespace accord::gui {

// Messages quote names and notes: always plain text.
bool WidgetPrompter::confirm(QWidget* parent, const QString& title, const QString& text)
{
    QMessageBox box(QMessageBox::Question, title, text, QMessageBox::Yes | QMessageBox::No, parent);
    box.setTextFormat(Qt::PlainText);
    box.setDefaultButton(QMessageBox::Yes);
    return box.exec() == QMessageBox::Yes;
}

void WidgetPrompter::inform(QWidget* parent, const QString& title, const QString& text)
{
    QMessageBox box(QMessageBox::Information, title, text, QMessageBox::Ok, parent);
    box.setTextFormat(Qt::PlainText);
    box.exec();
}

int WidgetPrompter::choose(QWidget* parent, const QString& title, const QString& text,
                           const QStringList& options)
{
    QMessageBox box(QMessageBox::Question, title, text, QMessageBox::NoButton, parent);
    box.setTextFormat(Qt::PlainText);
    QList<QAbstractButton*> buttons;
    for (const QString& o : options)
        buttons << box.addButton(o, QMessageBox::AcceptRole);
    box.addButton(QMessageBox::Cancel);
    box.exec();
    return static_cast<int>(buttons.indexOf(box.clickedButton()));
}

QString WidgetPrompter::openFileName(QWidget* parent, const QString& title, const QString& filter)
{
    return QFileDialog::getOpenFileName(parent, title, {}, filter);
}

QString WidgetPrompter::saveFileName(QWidget* parent, const QString& title, const QString& filter,
                                     const QString& suggested)
{
    return QFileDialog::getSaveFileName(parent, title, suggested, filter);
}

QString WidgetPrompter::folderName(QWidget* parent, const QString& title)
{
    return QFileDialog::getExistingDirectory(parent, title);
}

QString WidgetPrompter::askText(QWidget* parent, const QString& title, const QString& label)
{
    return QInputDialog::getText(parent, title, label).trimmed();
}

QString WidgetPrompter::askPassword(QWidget* parent, const QString& title, const QString& label)
{
    return QInputDialog::getText(parent, title, label, QLineEdit::Password);
}

QString QueuePrompter::askText(QWidget*, const QString& title, const QString&)
{
    return next(title).toString();
}

QString QueuePrompter::askPassword(QWidget*, const QString& title, const QString&)
{
    return next(title).toString();
}

QVariant QueuePrompter::next(const QString& question)
{
    m_asked << question;
    if (m_answers.empty())
        return {};
    QVariant v = m_answers.front();
    m_answers.pop_front();
    return v;
}

bool QueuePrompter::confirm(QWidget*, const QString& title, const QString&)
{
    return next(title).toBool();
}

void QueuePrompter::inform(QWidget*, const QString& title, const QString& text)
{
    m_asked << title + QLatin1String(": ") + text;
}

int QueuePrompter::choose(QWidget*, const QString& title, const QString&, const QStringList&)
{
    const QVariant v = next(title);
    return v.isValid() ? v.toInt() : -1;
}

QString QueuePrompter::openFileName(QWidget*, const QString& title, const QString&)
{
    return next(title).toString();
}

QString QueuePrompter::folderName(QWidget*, const QString& title)
{
    return next(title).toString();
}

QString QueuePrompter::saveFileName(QWidget*, const QString& title, const QString&, const QString&)
{
    return next(title).toString();
}

} // namespace accord::gui
