// The Files tab of a prospect: add (picker and drop), open, save as, remove
// with undo, and the screenshot for the user guide.

#include "GuiTestSupport.h"
#include "models/AttachmentModel.h"
#include "views/AttachmentsTab.h"
#include "views/ProspectDetailView.h"

#include <QAbstractItemModelTester>
#include <QComboBox>
#include <QDesktopServices>
#include <QDir>
#include <QFile>
#include <QMimeData>
#include <QPushButton>
#include <QTabWidget>
#include <QTableView>
#include <QUndoStack>
#include <QUrl>

using namespace accord;

namespace {

QString S(const char* s)
{
    return QString::fromUtf8(s);
}

void writeFile(const QString& path, const QByteArray& bytes)
{
    QFile f(path);
    REQUIRE(f.open(QIODevice::WriteOnly));
    REQUIRE(f.write(bytes) == bytes.size());
}

QByteArray readFile(const QString& path)
{
    QFile f(path);
    REQUIRE(f.open(QIODevice::ReadOnly));
    return f.readAll();
}

gui::AttachmentsTab* filesTab(test::GuiFixture& f, core::Id id)
{
    f.window->openProspect(id);
    auto* tab = f.window->findChild<gui::AttachmentsTab*>();
    REQUIRE(tab);
    f.window->detail()->tabs()->setCurrentWidget(tab);
    test::settle();
    return tab;
}

void select(gui::AttachmentsTab* tab, int row)
{
    tab->view()->selectRow(row);
    test::settle();
}

/// Catches what the tab asks the desktop to open.
class OpenedUrls : public QObject
{
    Q_OBJECT
public:
    OpenedUrls() { QDesktopServices::setUrlHandler(QStringLiteral("file"), this, "open"); }
    ~OpenedUrls() override { QDesktopServices::unsetUrlHandler(QStringLiteral("file")); }
    QList<QUrl> urls;

public slots:
    void open(const QUrl& url) { urls << url; }
};

} // namespace

TEST_CASE("files are added, opened, saved and removed on the Files tab, and undo puts a removed "
          "file back with its bytes",
          "[gui][attachments]")
{
    test::GuiFixture f;
    const core::Id id = f.addProspect(S("Northwind Traders"));
    core::DataRequest r;
    r.prospectId = id;
    r.item = S("Online revenue");
    r.requestedOn = QDate(2026, 6, 1);
    r.id = f.session->store().evidence().addDataRequest(r);
    auto* tab = filesTab(f, id);
    QAbstractItemModelTester tester(tab->model(),
                                    QAbstractItemModelTester::FailureReportingMode::Warning);

    QByteArray bytes("month,revenue\n\0\x01\x02", 17);
    const QString source = f.dir.path(S("revenue.csv"));
    writeFile(source, bytes);
    auto* link = tab->findChild<QComboBox*>(S("attachmentLinkChoice"));
    REQUIRE(link);
    link->setCurrentIndex(link->findData(QStringLiteral("data-request:%1").arg(r.id)));
    f.prompter.push(source);
    tab->findChild<QPushButton*>(S("attachmentAdd"))->click();
    test::settle();
    REQUIRE(tab->model()->rowCount() == 1);
    CHECK(tab->model()->index(0, gui::AttachmentModel::NameColumn).data().toString() ==
          S("revenue.csv"));
    CHECK(tab->model()->index(0, gui::AttachmentModel::SizeColumn).data().toString() ==
          S("17 bytes"));
    CHECK(tab->model()->index(0, gui::AttachmentModel::LinkColumn).data().toString() ==
          S("Data request: Online revenue"));

    // A file dropped on the list is attached too; an empty one is refused with a sentence.
    const QString agreement = f.dir.path(S("agreement.txt"));
    writeFile(agreement, "Signed.");
    const QString empty = f.dir.path(S("empty.txt"));
    writeFile(empty, {});
    link->setCurrentIndex(link->findData(QStringLiteral("agreement")));
    QMimeData mime;
    mime.setUrls({QUrl::fromLocalFile(agreement), QUrl::fromLocalFile(empty)});
    QDragEnterEvent enter(QPoint(10, 10), Qt::CopyAction, &mime, Qt::LeftButton, Qt::NoModifier);
    QCoreApplication::sendEvent(tab->view()->viewport(), &enter);
    CHECK(enter.isAccepted());
    QDropEvent drop(QPointF(10, 10), Qt::CopyAction, &mime, Qt::LeftButton, Qt::NoModifier);
    QCoreApplication::sendEvent(tab->view()->viewport(), &drop);
    CHECK(drop.isAccepted());
    test::settle();
    INFO(f.prompter.asked().join(u'\n').toStdString());
    REQUIRE(tab->model()->rowCount() == 2);
    CHECK(tab->model()->index(1, gui::AttachmentModel::LinkColumn).data().toString() ==
          S("Agreement"));
    REQUIRE_FALSE(f.prompter.asked().isEmpty());
    CHECK(f.prompter.asked().last().contains(S("empty.txt is empty")));

    // Open writes a temporary copy and hands it to the desktop.
    select(tab, 0);
    OpenedUrls opened;
    const QString temporary = tab->openSelected();
    REQUIRE(opened.urls.size() == 1);
    CHECK(opened.urls.front().toLocalFile() == temporary);
    CHECK(QFileInfo(temporary).fileName() == S("revenue.csv"));
    CHECK(readFile(temporary) == bytes);

    const QString saved = f.dir.path(S("saved.csv"));
    f.prompter.push(saved);
    tab->findChild<QPushButton*>(S("attachmentSaveAs"))->click();
    CHECK(readFile(saved) == bytes);

    // Remove, then undo: the file is back with the same id and bytes.
    const core::AttachmentInfo first = *tab->model()->infoAt(0);
    tab->findChild<QPushButton*>(S("attachmentRemove"))->click();
    test::settle();
    REQUIRE(tab->model()->rowCount() == 1);
    f.session->undoStack()->undo();
    test::settle();
    REQUIRE(tab->model()->rowCount() == 2);
    CHECK(*tab->model()->infoAt(0) == first);
    CHECK(f.session->store().attachments().bytes(first.id) == bytes);
    f.session->undoStack()->redo();
    test::settle();
    CHECK(tab->model()->rowCount() == 1);

    // Undo of an add refuses, saying so, when someone removed the file meanwhile.
    f.session->undoStack()->undo(); // the removal
    test::settle();
    REQUIRE(tab->model()->rowCount() == 2);
    const core::AttachmentInfo second = *tab->model()->infoAt(1);
    test::GuiFixture::open(f.path)->attachments().remove(second);
    f.session->undoStack()->undo(); // the drop's add of agreement.txt
    test::settle();
    CHECK(f.prompter.asked().last().contains(S("“agreement.txt” was removed meanwhile")));
}

// `gui_tests "[screenshots]"` writes docs/screenshots/files.png (or to $ACCORD_SCREENSHOT_DIR).
TEST_CASE("screenshot of a prospect's Files tab", "[.][screenshots]")
{
    test::GuiFixture f(true);
    core::Id id = core::kNoId;
    for (const core::ProspectRow& row :
         f.session->store().prospects().rows({}, core::ProspectSort::Name, true, 100, 0))
        if (!f.session->store().attachments().list(row.prospect.id).empty() &&
            row.prospect.stage != core::Stage::Partnership)
            id = row.prospect.id;
    REQUIRE(id != core::kNoId);
    const QString scan = f.dir.path(S("store-visit-notes.txt"));
    writeFile(scan, QByteArray("Notes from the store visit\n").repeated(40));
    auto* tab = filesTab(f, id);
    auto* link = tab->findChild<QComboBox*>(S("attachmentLinkChoice"));
    link->setCurrentIndex(0);
    tab->attachFiles({scan});
    test::settle();
    select(tab, 0);
    f.window->resize(1100, 640);
    f.window->show();
    REQUIRE(QTest::qWaitForWindowExposed(f.window.get()));
    test::settle();
    const QString folder =
        qEnvironmentVariable("ACCORD_SCREENSHOT_DIR", QStringLiteral(ACCORD_SCREENSHOTS_DEFAULT));
    REQUIRE(QDir().mkpath(folder));
    CHECK(f.window->grab().save(QDir(folder).filePath(QStringLiteral("files.png"))));
}

#include "AttachmentTests.moc"
