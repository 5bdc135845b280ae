#pragma once

// Message boxes, questions and file pickers behind one small interface, so tests
// (and scripted runs) can answer them (KeePassXC's MessageBox::setNextAnswer idea).

#include <QStringList>
#include <QVariant>

#include <deque>

class QWidget;

namespace accord::gui {

class Prompter
{
public:
    virtual ~Prompter() = default;
    virtual bool confirm(QWidget* parent, const QString& title, const QString& text) = 0;
    virtual void inform(QWidget* parent, const QString& title, const QString& text) = 0;
    /// Index of the chosen option, -1 when cancelled.
    virtual int choose(QWidget* parent, const QString& title, const QString& text,
                       const QStringList& options) = 0;
    /// Empty when cancelled.
    virtual QString openFileName(QWidget* parent, const QString& title, const QString& filter) = 0;
    /// `suggested`: the file name the picker offers first.
    virtual QString saveFileName(QWidget* parent, const QString& title, const QString& filter,
                                 const QString& suggested = {}) = 0;
    /// A folder (to write several files into); empty when cancelled.
    virtual QString folderName(QWidget* parent, const QString& title) = 0;
    /// A line of text; empty when cancelled.
    virtual QString askText(QWidget* parent, const QString& title, const QString& label) = 0;
    /// A password, typed unseen; empty when cancelled. Nothing keeps it.
    virtual QString askPassword(QWidget* parent, const QString& title, const QString& label) = 0;
};

/// The real thing: QMessageBox and QFileDialog.
class WidgetPrompter final : public Prompter
{
public:
    bool confirm(QWidget* parent, const QString& title, const QString& text) override;
    void inform(QWidget* parent, const QString& title, const QString& text) override;
    int choose(QWidget* parent, const QString& title, const QString& text,
               const QStringList& options) override;
    QString openFileName(QWidget* parent, const QString& title, const QString& filter) override;
    QString saveFileName(QWidget* parent, const QString& title, const QString& filter,
                         const QString& suggested = {}) override;
    QString folderName(QWidget* parent, const QString& title) override;
    QString askText(QWidget* parent, const QString& title, const QString& label) override;
    QString askPassword(QWidget* parent, const QString& title, const QString& label) override;
};

/// Answers from a queue (bool for confirm, int for choose, QString for files);
/// with the queue empty: no / cancel. Records every question it was asked.
class QueuePrompter final : public Prompter
{
public:
    void push(const QVariant& answer) { m_answers.push_back(answer); }
    const QStringList& asked() const { return m_asked; }
    bool confirm(QWidget* parent, const QString& title, const QString& text) override;
    void inform(QWidget* parent, const QString& title, const QString& text) override;
    int choose(QWidget* parent, const QString& title, const QString& text,
               const QStringList& options) override;
    QString openFileName(QWidget* parent, const QString& title, const QString& filter) override;
    QString saveFileName(QWidget* parent, const QString& title, const QString& filter,
                         const QString& suggested = {}) override;
    QString folderName(QWidget* parent, const QString& title) override;
    QString askText(QWidget* parent, const QString& title, const QString& label) override;
    QString askPassword(QWidget* parent, const QString& title, const QString& label) override;

private:
    QVariant next(const QString& question);
    std::deque<QVariant> m_answers;
    QStringList m_asked;
};

} // namespace accord::gui
