#include "ReviewPage.h"

#include "core/io/FileIo.h"

#include "Format.h"
#include "ReviewCharts.h"
#include "ReviewModels.h"
#include "Session.h"
#include "report/DashboardPdf.h"

#include <QChart>
#include <QChartView>
#include <QComboBox>
#include <QDateEdit>
#include <QDialog>
#include <QDialogButtonBox>
#include <QFileDialog>
#include <QGridLayout>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QListWidget>
#include <QMessageBox>
#include <QPushButton>
#include <QSaveFile>
#include <QScrollArea>
#include <QTableView>
#include <QVBoxLayout>

namespace accord::gui {

namespace {

constexpr int kIdRole = Qt::UserRole + 1;

QChartView* chartView(const QString& name, QWidget* parent)
{
    auto* view = new QChartView(parent);
    view->setObjectName(name);
    view->setRenderHint(QPainter::Antialiasing);
    view->setMinimumHeight(240);
    view->setFocusPolicy(Qt::StrongFocus);
    return view;
}

void replaceChart(QChartView* view, QChart* chart)
{
    QChart* old = view->chart();
    view->setChart(chart); // the view releases the old chart without deleting it
    delete old;
}

QTableView* tableView(const QString& name, QAbstractItemModel* model, QWidget* parent)
{
    auto* view = new QTableView(parent);
    view->setObjectName(name);
    view->setModel(model);
    view->setSelectionBehavior(QAbstractItemView::SelectRows);
    view->setEditTriggers(QAbstractItemView::NoEditTriggers);
    view->setAlternatingRowColors(true);
    view->verticalHeader()->hide();
    view->horizontalHeader()->setSectionResizeMode(QHeaderView::ResizeToContents);
    view->horizontalHeader()->setStretchLastSection(true);
    return view;
}

QLabel* heading(const QString& text, QWidget* parent)
{
    auto* label = new QLabel(text, parent);
    label->setTextFormat(Qt::PlainText);
    QFont f = label->font();
    f.setBold(true);
    f.setPointSizeF(f.pointSizeF() * 1.1);
    label->setFont(f);
    return label;
}

QString percentText(std::optional<double> share)
{
    return share ? QLocale().toString(*share * 100.0, 'f', 0) + QLatin1Char('%')
                 : QStringLiteral("—");
}

/// An HTML table of a model, escaped, for the PDF.
QString tableHtml(const QString& title, const QAbstractItemModel& model)
{
    QString html = QStringLiteral("<h2>%1</h2><table class=\"grid\" width=\"100%\" "
                                  "cellspacing=\"0\" cellpadding=\"3\"><tr>")
                       .arg(title.toHtmlEscaped());
    for (int c = 0; c < model.columnCount(); ++c)
        html += QStringLiteral("<th>%1</th>")
                    .arg(model.headerData(c, Qt::Horizontal).toString().toHtmlEscaped());
    html += QStringLiteral("</tr>");
    for (int r = 0; r < model.rowCount(); ++r) {
        html += QStringLiteral("<tr>");
        for (int c = 0; c < model.columnCount(); ++c)
            html += QStringLiteral("<td>%1</td>")
                        .arg(model.index(r, c).data().toString().toHtmlEscaped());
        html += QStringLiteral("</tr>");
    }
    return html + QStringLiteral("</table>");
}

} // namespace

ReviewPage::ReviewPage(Session& session, RepositoryFactory factory, QWidget* parent)
    : QWidget(parent), m_session(session), m_factory(std::move(factory)),
      m_range(new QComboBox(this)), m_from(new QDateEdit(this)), m_to(new QDateEdit(this)),
      m_owner(new QComboBox(this)), m_export(new QPushButton(tr("Export PDF…"), this)),
      m_caption(new QLabel(this)), m_stageChart(chartView(QStringLiteral("stageChart"), this)),
      m_timeChart(chartView(QStringLiteral("timeChart"), this)),
      m_movementChart(chartView(QStringLiteral("movementChart"), this)),
      m_stalledModel(new StalledModel(this)), m_ownerModel(new OwnerModel(this)),
      m_conversionModel(new ConversionModel(this)),
      m_stalledView(tableView(QStringLiteral("stalledView"), m_stalledModel, this)),
      m_ownerView(tableView(QStringLiteral("ownerView"), m_ownerModel, this)),
      m_conversionView(tableView(QStringLiteral("conversionView"), m_conversionModel, this)),
      m_stalledCaption(heading(tr("Stalled"), this))
{
    setObjectName(QStringLiteral("reviewPage"));
    m_repo = m_factory(m_session.store());

    auto* content = new QWidget;
    auto* layout = new QVBoxLayout(content);
    buildFilters();
    auto* filters = new QHBoxLayout;
    filters->addWidget(new QLabel(tr("Period:"), this));
    filters->addWidget(m_range);
    filters->addWidget(m_from);
    filters->addWidget(new QLabel(tr("to"), this));
    filters->addWidget(m_to);
    filters->addSpacing(16);
    filters->addWidget(new QLabel(tr("Owner:"), this));
    filters->addWidget(m_owner);
    filters->addStretch(1);
    filters->addWidget(m_export);
    layout->addLayout(filters);
    m_caption->setObjectName(QStringLiteral("reviewCaption"));
    m_caption->setTextFormat(Qt::PlainText);
    layout->addWidget(m_caption);

    auto* tiles = new QGridLayout;
    buildTiles(tiles);
    layout->addLayout(tiles);

    auto* charts = new QGridLayout;
    charts->addWidget(heading(tr("Pipeline by stage"), this), 0, 0);
    charts->addWidget(heading(tr("Days in stage"), this), 0, 1);
    charts->addWidget(m_stageChart, 1, 0);
    charts->addWidget(m_timeChart, 1, 1);
    charts->addWidget(heading(tr("Movement per week"), this), 2, 0);
    charts->addWidget(heading(tr("Stage to stage"), this), 2, 1);
    charts->addWidget(m_movementChart, 3, 0);
    charts->addWidget(m_conversionView, 3, 1);
    charts->setColumnStretch(0, 1);
    charts->setColumnStretch(1, 1);
    layout->addLayout(charts);

    auto* tables = new QGridLayout;
    tables->addWidget(m_stalledCaption, 0, 0);
    tables->addWidget(heading(tr("By owner"), this), 0, 1);
    tables->addWidget(m_stalledView, 1, 0);
    tables->addWidget(m_ownerView, 1, 1);
    m_stalledView->setMinimumHeight(220);
    m_ownerView->setMinimumHeight(220);
    tables->setColumnStretch(0, 1);
    tables->setColumnStretch(1, 1);
    layout->addLayout(tables);

    auto* scroll = new QScrollArea(this);
    scroll->setObjectName(QStringLiteral("reviewScroll"));
    scroll->setWidgetResizable(true);
    scroll->setFrameShape(QFrame::NoFrame);
    scroll->setWidget(content);
    auto* outer = new QVBoxLayout(this);
    outer->setContentsMargins(0, 0, 0, 0);
    outer->addWidget(scroll);

    connect(m_stalledView, &QTableView::activated, this, [this](const QModelIndex& i) {
        emit openRequested(i.data(StalledModel::IdRole).toLongLong());
    });
    connect(m_ownerView, &QTableView::activated, this, [this](const QModelIndex& i) {
        const QString owner = i.data(OwnerModel::OwnerRole).toString();
        std::vector<core::Id> ids;
        const core::Movement kind =
            i.column() == OwnerModel::LostColumn ? core::Movement::Lost : core::Movement::Won;
        if (i.column() == OwnerModel::WonColumn || i.column() == OwnerModel::LostColumn ||
            i.column() == OwnerModel::CycleColumn) {
            for (const core::ReportProspect& p : m_repo->describe(m_report.moved(kind)))
                if (p.owner == owner)
                    ids.push_back(p.id);
            showProspects(tr("%1 of %2").arg(core::movementName(kind), owner), ids);
        } else {
            core::Drill d;
            d.kind = core::Drill::Kind::OwnerOpen;
            d.owner = owner;
            showProspects(tr("Open prospects of %1").arg(owner), d);
        }
    });
    connect(m_conversionView, &QTableView::activated, this, [this](const QModelIndex& i) {
        const auto stage = static_cast<core::Stage>(i.data(ConversionModel::StageRole).toInt());
        if (i.column() == ConversionModel::LeftMedianColumn) {
            core::Drill d;
            d.kind = core::Drill::Kind::LeftStage;
            d.stage = stage;
            showProspects(tr("Left %1 in the period").arg(core::stageShortName(stage)), d);
        } else if (i.column() == ConversionModel::OpenMedianColumn) {
            core::Drill d;
            d.stage = stage;
            showProspects(tr("Open in %1").arg(core::stageShortName(stage)), d);
        } else {
            const QString column =
                m_conversionModel->headerData(i.column(), Qt::Horizontal).toString();
            showProspects(tr("%1: %2").arg(core::stageShortName(stage), column),
                          m_conversionModel->idsAt(i));
        }
    });
    connect(m_export, &QPushButton::clicked, this, &ReviewPage::chooseExportFile);
    connect(&m_session, &Session::storeChanged, this, [this] {
        m_dirty = true;
        if (isVisible())
            refresh();
    });
    connect(&m_session, &Session::storeReplaced, this, [this] {
        m_repo = m_factory(m_session.store());
        reloadOwners();
        m_dirty = true;
        if (isVisible())
            refresh();
    });
}

ReviewPage::~ReviewPage() = default;

void ReviewPage::buildFilters()
{
    m_range->setObjectName(QStringLiteral("rangeCombo"));
    m_range->addItem(tr("This week"), static_cast<int>(Range::ThisWeek));
    m_range->addItem(tr("This month"), static_cast<int>(Range::ThisMonth));
    m_range->addItem(tr("This quarter"), static_cast<int>(Range::ThisQuarter));
    m_range->addItem(tr("Last 90 days"), static_cast<int>(Range::Last90Days));
    m_range->addItem(tr("Custom"), static_cast<int>(Range::Custom));
    m_range->setCurrentIndex(static_cast<int>(Range::Last90Days));
    for (QDateEdit* edit : {m_from, m_to}) {
        edit->setCalendarPopup(true);
        edit->setEnabled(false);
        edit->setDisplayFormat(QLocale().dateFormat(QLocale::ShortFormat));
    }
    m_from->setObjectName(QStringLiteral("fromEdit"));
    m_to->setObjectName(QStringLiteral("toEdit"));
    m_owner->setObjectName(QStringLiteral("ownerCombo"));
    m_export->setObjectName(QStringLiteral("exportPdfButton"));
    reloadOwners();

    connect(m_range, &QComboBox::currentIndexChanged, this, [this] {
        const bool custom = m_range->currentData().toInt() == static_cast<int>(Range::Custom);
        m_from->setEnabled(custom);
        m_to->setEnabled(custom);
        refresh();
    });
    connect(m_from, &QDateEdit::dateChanged, this, [this] {
        if (m_from->isEnabled())
            refresh();
    });
    connect(m_to, &QDateEdit::dateChanged, this, [this] {
        if (m_to->isEnabled())
            refresh();
    });
    connect(m_owner, &QComboBox::currentIndexChanged, this, [this] { refresh(); });
}

void ReviewPage::buildTiles(QGridLayout* grid)
{
    auto tile = [&](const QString& name, std::function<void()> drill) {
        auto* button = new QPushButton(this);
        button->setObjectName(name);
        button->setMinimumHeight(58);
        button->setStyleSheet(
            QStringLiteral("QPushButton { text-align: left; padding: 6px 10px; }"));
        const int index = static_cast<int>(m_tiles.size());
        grid->addWidget(button, index / 5, index % 5);
        connect(button, &QPushButton::clicked, this, [this, index] {
            if (m_tiles[static_cast<std::size_t>(index)].drill)
                m_tiles[static_cast<std::size_t>(index)].drill();
        });
        m_tiles.push_back({button, std::move(drill)});
    };
    auto openStages = [this] {
        std::vector<core::ReportProspect> rows;
        for (core::Stage s :
             {core::Stage::Informative, core::Stage::Consulting, core::Stage::Negotiation}) {
            core::Drill d;
            d.stage = s;
            const auto part = m_repo->drill(query(), d);
            rows.insert(rows.end(), part.begin(), part.end());
        }
        showRows(tr("Open prospects"), rows);
    };
    auto moved = [this](core::Movement m) {
        return [this, m] { showProspects(core::movementName(m), m_report.moved(m)); };
    };
    tile(QStringLiteral("openTile"), openStages);
    tile(QStringLiteral("weightedTile"), openStages);
    tile(QStringLiteral("newTile"), moved(core::Movement::New));
    tile(QStringLiteral("advancedTile"), moved(core::Movement::Advanced));
    tile(QStringLiteral("regressedTile"), moved(core::Movement::Regressed));
    tile(QStringLiteral("wonTile"), moved(core::Movement::Won));
    tile(QStringLiteral("lostTile"), moved(core::Movement::Lost));
    tile(QStringLiteral("winRateTile"), [this] {
        std::vector<core::Id> ids = m_report.moved(core::Movement::Won);
        const auto& lost = m_report.moved(core::Movement::Lost);
        ids.insert(ids.end(), lost.begin(), lost.end());
        showProspects(tr("Won and lost"), ids);
    });
    tile(QStringLiteral("cycleTile"), moved(core::Movement::Won));
    tile(QStringLiteral("stalledTile"), [this] {
        core::Drill d;
        d.kind = core::Drill::Kind::Stalled;
        showProspects(tr("Stalled"), d);
    });
}

void ReviewPage::reloadOwners()
{
    const QString current = m_owner->currentData().toString();
    QSignalBlocker block(m_owner);
    m_owner->clear();
    m_owner->addItem(tr("All owners"), QString());
    for (const QString& o : m_session.store().prospects().owners())
        m_owner->addItem(o, o);
    m_owner->setCurrentIndex(std::max(0, m_owner->findData(current)));
}

void ReviewPage::setRange(Range range)
{
    m_range->setCurrentIndex(m_range->findData(static_cast<int>(range)));
}

void ReviewPage::setCustomRange(const QDate& from, const QDate& to)
{
    {
        QSignalBlocker a(m_from), b(m_to);
        m_from->setDate(from);
        m_to->setDate(to);
    }
    if (m_range->currentData().toInt() == static_cast<int>(Range::Custom))
        refresh();
    else
        setRange(Range::Custom);
}

void ReviewPage::setOwner(const QString& owner)
{
    m_owner->setCurrentIndex(std::max(0, m_owner->findData(owner)));
}

core::ReportQuery ReviewPage::query() const
{
    core::ReportQuery q;
    q.now = m_session.now();
    q.settings = m_session.pipelineSettings();
    const QDate today = q.now.toLocalTime().date();
    q.to = q.now;
    switch (static_cast<Range>(m_range->currentData().toInt())) {
    case Range::ThisWeek:
        q.from = today.addDays(1 - today.dayOfWeek()).startOfDay().toUTC();
        break;
    case Range::ThisMonth:
        q.from = QDate(today.year(), today.month(), 1).startOfDay().toUTC();
        break;
    case Range::ThisQuarter:
        q.from = QDate(today.year(), (today.month() - 1) / 3 * 3 + 1, 1).startOfDay().toUTC();
        break;
    case Range::Last90Days:
        q.from = q.now.addDays(-90);
        break;
    case Range::Custom:
        q.from = m_from->date().startOfDay().toUTC();
        q.to = m_to->date().addDays(1).startOfDay().toUTC();
        break;
    }
    if (const QString owner = m_owner->currentData().toString(); !owner.isEmpty())
        q.owners << owner;
    return q;
}

void ReviewPage::showEvent(QShowEvent* event)
{
    QWidget::showEvent(event);
    if (m_dirty)
        refresh();
}

void ReviewPage::refresh()
{
    m_dirty = false;
    if (m_range->currentData().toInt() != static_cast<int>(Range::Custom)) {
        // Show the preset's days in the (disabled) date fields.
        const core::ReportQuery q = query();
        QSignalBlocker a(m_from), b(m_to);
        m_from->setDate(q.from.toLocalTime().date());
        m_to->setDate(q.to.addSecs(-1).toLocalTime().date());
    }
    try {
        m_report = m_repo->compute(query());
    } catch (const core::StoreError& e) {
        m_caption->setText(tr("The review could not be computed: %1").arg(e.message()));
        return;
    }
    m_caption->setText(rangeText());
    updateTiles();
    updateCharts();
    m_stalledModel->setReport(m_report);
    m_ownerModel->setReport(m_report);
    m_conversionModel->setReport(m_report);
    m_stalledCaption->setText(static_cast<int>(m_report.stalled.size()) < m_report.stalledCount
                                  ? tr("Stalled: %1 (longest quiet %2 shown)")
                                        .arg(m_report.stalledCount)
                                        .arg(m_report.stalled.size())
                                  : tr("Stalled: %1").arg(m_report.stalledCount));
}

QString ReviewPage::rangeText() const
{
    const QLocale locale;
    const core::ReportQuery& q = m_report.query;
    return tr("%1 – %2 · %3 · pipeline as of %4")
        .arg(locale.toString(q.from.toLocalTime().date(), QLocale::ShortFormat),
             locale.toString(q.to.addSecs(-1).toLocalTime().date(), QLocale::ShortFormat),
             q.owners.isEmpty() ? tr("all owners") : q.owners.join(QStringLiteral(", ")),
             Format::dateTime(q.now));
}

void ReviewPage::updateTiles()
{
    const core::PipelineReport& r = m_report;
    const QString& currency = r.query.settings.currency;
    auto money = [&](qint64 minor) { return Format::moneyShort(minor, currency); };
    auto count = [&](core::Movement m) { return static_cast<int>(r.moved(m).size()); };
    const QString cycle = r.cycle.count > 0
                              ? tr("%1 days").arg(QLocale().toString(r.cycle.median, 'f', 0))
                              : QStringLiteral("—");
    const QStringList texts{
        r.openUnconverted > 0
            ? tr("Open prospects\n%1 · %2 (%n unconverted: no exchange rate)", nullptr,
                 r.openUnconverted)
                  .arg(r.openCount)
                  .arg(money(r.openValueMinor))
            : tr("Open prospects\n%1 · %2").arg(r.openCount).arg(money(r.openValueMinor)),
        tr("Weighted pipeline\n%1").arg(money(r.weightedMinor)),
        tr("New\n%1").arg(count(core::Movement::New)),
        tr("Advanced\n%1").arg(count(core::Movement::Advanced)),
        tr("Moved back\n%1").arg(count(core::Movement::Regressed)),
        tr("Won\n%1 · %2").arg(r.won).arg(money(r.wonValueMinor)),
        tr("Lost\n%1").arg(r.lost),
        tr("Win rate\n%1").arg(percentText(r.winRate())),
        tr("Median cycle (stage 1 → won)\n%1").arg(cycle),
        tr("Stalled\n%1").arg(r.stalledCount),
    };
    for (std::size_t i = 0; i < m_tiles.size() && i < static_cast<std::size_t>(texts.size()); ++i) {
        m_tiles[i].button->setText(texts[static_cast<qsizetype>(i)]);
        m_tiles[i].button->setAccessibleName(
            QString(texts[static_cast<qsizetype>(i)]).replace(u'\n', u' '));
    }
}

void ReviewPage::updateCharts()
{
    replaceChart(m_stageChart, review::makeStageChart(m_report, [this](int, int index) {
                     core::Drill d;
                     d.stage = static_cast<core::Stage>(index + 1);
                     showProspects(index == 3 ? tr("Won")
                                              : tr("Open in %1").arg(core::stageShortName(d.stage)),
                                   d);
                 }));
    replaceChart(m_timeChart, review::makeTimeChart(m_report, [this](int set, int index) {
                     core::Drill d;
                     d.kind = set == 0 ? core::Drill::Kind::LeftStage : core::Drill::Kind::Stage;
                     d.stage = static_cast<core::Stage>(index + 1);
                     showProspects(
                         set == 0 ? tr("Left %1 in the period").arg(core::stageShortName(d.stage))
                                  : tr("Open in %1").arg(core::stageShortName(d.stage)),
                         d);
                 }));
    replaceChart(
        m_movementChart, review::makeMovementChart(m_report, [this](int set, int index) {
            if (index < 0 || index >= static_cast<int>(m_report.weeks.size()))
                return;
            core::Drill d;
            d.kind = core::Drill::Kind::Moved;
            d.movement = static_cast<core::Movement>(set);
            const QDate week = m_report.weeks[static_cast<std::size_t>(index)].weekStart;
            d.from = week.startOfDay(Qt::UTC);
            d.to = week.addDays(7).startOfDay(Qt::UTC);
            showProspects(
                tr("%1, week of %2").arg(core::movementName(d.movement), Format::date(week)), d);
        }));
}

void ReviewPage::showProspects(const QString& title, const std::vector<core::Id>& ids)
{
    showRows(title, m_repo->describe(ids));
}

void ReviewPage::showProspects(const QString& title, const core::Drill& drill)
{
    showRows(title, m_repo->drill(query(), drill));
}

void ReviewPage::showRows(const QString& title, const std::vector<core::ReportProspect>& rows)
{
    auto* dialog = new QDialog(this);
    dialog->setObjectName(QStringLiteral("drillDialog"));
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    dialog->setWindowTitle(tr("%1 (%2)").arg(title).arg(rows.size()));
    auto* list = new QListWidget(dialog);
    list->setObjectName(QStringLiteral("drillList"));
    for (const core::ReportProspect& p : rows) {
        auto* item =
            new QListWidgetItem(tr("%1 — %2 · %3 · %4 · %5")
                                    .arg(p.name, p.owner.isEmpty() ? tr("(no owner)") : p.owner,
                                         core::stageShortName(p.stage), core::statusName(p.status),
                                         Format::moneyShort(p.valueMinor, p.currency)),
                                list);
        item->setData(kIdRole, p.id);
    }
    if (rows.empty())
        list->addItem(tr("No prospects."));
    auto* buttons = new QDialogButtonBox(QDialogButtonBox::Close, dialog);
    auto* open = buttons->addButton(tr("Open"), QDialogButtonBox::AcceptRole);
    open->setEnabled(!rows.empty());
    auto* layout = new QVBoxLayout(dialog);
    layout->addWidget(new QLabel(tr("Double-click a prospect to open it."), dialog));
    layout->addWidget(list);
    layout->addWidget(buttons);
    auto openCurrent = [this, list, dialog] {
        const QListWidgetItem* item = list->currentItem();
        if (!item || !item->data(kIdRole).isValid())
            return;
        emit openRequested(item->data(kIdRole).toLongLong());
        dialog->close();
    };
    connect(list, &QListWidget::itemActivated, dialog, openCurrent);
    connect(open, &QPushButton::clicked, dialog, openCurrent);
    connect(buttons, &QDialogButtonBox::rejected, dialog, &QDialog::close);
    if (list->count() > 0)
        list->setCurrentRow(0);
    dialog->resize(520, 420);
    dialog->show();
}

void ReviewPage::chooseExportFile()
{
    const QString path = QFileDialog::getSaveFileName(this, tr("Export review as PDF"),
                                                      tr("pipeline-review.pdf"), tr("PDF (*.pdf)"));
    if (path.isEmpty())
        return;
    try {
        exportPdf(path);
    } catch (const std::exception& e) {
        QMessageBox::warning(
            this, tr("Export review"),
            tr("The PDF could not be written: %1").arg(QString::fromUtf8(e.what())));
    }
}

void ReviewPage::exportPdf(const QString& path)
{
    report::DashboardPdfContent content;
    content.title = tr("Pipeline review");
    content.subtitle = rangeText();
    content.footerLeft =
        tr("Made by Accord on %1").arg(Format::date(m_session.now().toLocalTime().date()));
    QString tiles = QStringLiteral("<table class=\"grid\" width=\"100%\"><tr>");
    for (std::size_t i = 0; i < m_tiles.size(); ++i) {
        const QStringList parts = m_tiles[i].button->text().split(u'\n');
        tiles += QStringLiteral("<td><small>%1</small><br><b>%2</b></td>")
                     .arg(parts.value(0).toHtmlEscaped(), parts.value(1).toHtmlEscaped());
        if (i % 5 == 4 && i + 1 < m_tiles.size())
            tiles += QStringLiteral("</tr><tr>");
    }
    content.tilesHtml = tiles + QStringLiteral("</tr></table>");
    // Charts at twice their size on screen, on white, for print.
    auto grab = [](QChartView* view) {
        const QRectF source = view->chart()->sceneBoundingRect();
        QImage image((source.size() * 2).toSize().expandedTo(QSize(2, 2)), QImage::Format_ARGB32);
        image.fill(Qt::white);
        QPainter painter(&image);
        painter.setRenderHint(QPainter::Antialiasing);
        view->chart()->scene()->render(&painter, QRectF(image.rect()), source);
        return image;
    };
    content.charts = {{tr("Pipeline by stage"), grab(m_stageChart)},
                      {tr("Days in stage"), grab(m_timeChart)},
                      {tr("Movement per week"), grab(m_movementChart)}};
    content.tablesHtml = tableHtml(tr("Stage to stage"), *m_conversionModel) +
                         tableHtml(m_stalledCaption->text(), *m_stalledModel) +
                         tableHtml(tr("By owner"), *m_ownerModel);
    content.locale = QLocale();

    core::refuseDatabaseTarget(path); // never over a database, here or in another process
    QSaveFile file(path);
    if (!file.open(QIODevice::WriteOnly) ||
        !file.setPermissions(QFileDevice::ReadOwner | QFileDevice::WriteOwner))
        throw core::StoreError(tr("Cannot write %1: %2").arg(path, file.errorString()));
    report::writeDashboardPdf(file, content);
    if (!file.commit())
        throw core::StoreError(tr("Cannot write %1: %2").arg(path, file.errorString()));
}

} // namespace accord::gui
