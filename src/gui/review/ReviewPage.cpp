#include "ReviewPage.h"

#include "core/io/FileIo.h"

#include "ForecastPanel.h"
#include "Format.h"
#include "Prompter.h"
#include "ReviewCharts.h"
#include "ReviewModels.h"
#include "ReviewText.h"
#include "Session.h"
#include "views/TextLabel.h"

#include <QChart>
#include <QChartView>
#include <QComboBox>
#include <QDateEdit>
#include <QDialog>
#include <QDialogButtonBox>
#include <QGridLayout>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QListWidget>
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
    return headingLabel(text, parent, 1.1);
}

} // namespace

ReviewPage::ReviewPage(Session& session, Prompter& prompter, QWidget* parent)
    : QWidget(parent), m_session(session), m_prompter(prompter), m_range(new QComboBox(this)),
      m_from(new QDateEdit(this)), m_to(new QDateEdit(this)), m_owner(new QComboBox(this)),
      m_export(new QPushButton(tr("Export PDF…"), this)), m_caption(new QLabel(this)),
      m_stageChart(chartView(QStringLiteral("stageChart"), this)),
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
    m_forecast = new ForecastPanel(session, content);
    layout->addWidget(m_forecast);
    connect(m_forecast, &ForecastPanel::openRequested, this, &ReviewPage::openRequested);
    connect(m_forecast, &ForecastPanel::listRequested, this,
            [this](const QString& title, const std::vector<core::Id>& ids) {
                showProspects(title, ids);
            });

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
            core::ReviewService review(m_session.store());
            for (const core::ReportProspect& p : review.describe(m_report.moved(kind)))
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
    m_from->setAccessibleName(tr("From"));
    m_to->setAccessibleName(tr("To"));
    m_conversionView->setAccessibleName(tr("Conversion by stage"));
    m_stalledView->setAccessibleName(tr("Stalled prospects"));
    m_ownerView->setAccessibleName(tr("By owner"));
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
        core::ReviewService review(m_session.store());
        for (core::Stage s :
             {core::Stage::Informative, core::Stage::Consulting, core::Stage::Negotiation}) {
            core::Drill d;
            d.stage = s;
            const auto part = review.drill(query(), d);
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
        m_report = core::ReviewService(m_session.store()).compute(query());
    } catch (const core::StoreError& e) {
        m_caption->setText(tr("The review could not be computed: %1").arg(e.message()));
        return;
    }
    m_caption->setText(ReviewText::rangeCaption(m_report));
    updateTiles();
    updateCharts();
    m_stalledModel->setReport(m_report);
    m_ownerModel->setReport(m_report);
    m_conversionModel->setReport(m_report);
    m_stalledCaption->setText(ReviewText::stalledCaption(m_report));
    m_forecast->update(m_report);
}

void ReviewPage::updateTiles()
{
    const std::vector<ReviewText::Tile> texts = ReviewText::tiles(m_report);
    for (std::size_t i = 0; i < m_tiles.size() && i < texts.size(); ++i) {
        m_tiles[i].button->setText(texts[i].title + u'\n' + texts[i].value);
        m_tiles[i].button->setAccessibleName(texts[i].title + u' ' + texts[i].value);
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
    showRows(title, core::ReviewService(m_session.store()).describe(ids));
}

void ReviewPage::showProspects(const QString& title, const core::Drill& drill)
{
    showRows(title, core::ReviewService(m_session.store()).drill(query(), drill));
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
    const QString path = m_prompter.saveFileName(this, tr("Export review as PDF"),
                                                 tr("PDF (*.pdf)"), tr("pipeline-review.pdf"));
    if (path.isEmpty())
        return;
    try {
        exportPdf(path);
    } catch (const std::exception& e) {
        m_prompter.inform(this, tr("Export review"),
                          tr("The PDF could not be written: %1").arg(QString::fromUtf8(e.what())));
    }
}

report::DashboardPdfContent ReviewPage::pdfContent() const
{
    report::DashboardPdfContent content;
    content.title = tr("Pipeline review");
    content.subtitle = ReviewText::rangeCaption(m_report);
    content.footerLeft =
        tr("Made by Accord on %1").arg(Format::date(m_session.now().toLocalTime().date()));
    content.tilesHtml = ReviewText::tilesHtml(ReviewText::tiles(m_report));
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
    content.tablesHtml =
        ReviewText::tableHtml(tr("Stage to stage"), *m_conversionModel) +
        ReviewText::tableHtml(ReviewText::stalledCaption(m_report), *m_stalledModel) +
        ReviewText::tableHtml(tr("By owner"), *m_ownerModel);
    content.locale = QLocale();
    return content;
}

void ReviewPage::exportPdf(const QString& path)
{
    const report::DashboardPdfContent content = pdfContent();

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
