#pragma once

// The Files tab of a prospect: its attachments (the data they sent, the signed
// agreement), added with Add… or by dropping files on the list, opened with
// the desktop's viewer, saved elsewhere, removed with undo. New files are
// linked to what the "Link new files to" choice names.

#include "core/Attachment.h"

#include <QTemporaryDir>
#include <QWidget>

#include <memory>

class QComboBox;
class QLabel;
class QPushButton;
class QTableView;

namespace accord::gui {

class AttachmentModel;
class Prompter;
class Session;

class AttachmentsTab : public QWidget
{
    Q_OBJECT
public:
    AttachmentsTab(Session& session, Prompter& prompter, QWidget* parent = nullptr);

    void setProspect(core::Id id);
    AttachmentModel* model() const { return m_model; }
    QTableView* view() const { return m_view; }

    /// Attaches the files at `paths` (Add… and a drop end here), each one undo step.
    void attachFiles(const QStringList& paths);
    /// Writes the selected file to a temporary file and opens it with the
    /// desktop's viewer. Returns the temporary file's path (empty when none).
    QString openSelected();
    void saveSelectedAs();
    void removeSelected();

protected:
    bool eventFilter(QObject* watched, QEvent* event) override;

private:
    void addFiles();
    void reloadLinks();
    void updateButtons();
    const core::AttachmentInfo* selected() const;
    /// The bytes of `info`, read with a busy cursor; empty when they could not be read.
    QByteArray readBytes(const core::AttachmentInfo& info);
    void failed(const QString& message);

    Session& m_session;
    Prompter& m_prompter;
    core::Id m_prospectId = core::kNoId;
    AttachmentModel* m_model;
    QTableView* m_view;
    QComboBox* m_link;
    QLabel* m_hint;
    QPushButton* m_open;
    QPushButton* m_saveAs;
    QPushButton* m_remove;
    std::unique_ptr<QTemporaryDir> m_openDir; // files opened for viewing, removed on exit
};

} // namespace accord::gui
