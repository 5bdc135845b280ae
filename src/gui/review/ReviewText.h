#pragma once

// The words and numbers of the Review page, written from a report: the figure
// tiles, the captions and the HTML of the exported PDF. The page and its PDF
// both show these, so the PDF never reads the page's widgets back.

#include "core/Report.h"

#include <QCoreApplication>

class QAbstractItemModel;

namespace accord::gui {

class ReviewText
{
    Q_DECLARE_TR_FUNCTIONS(accord::gui::ReviewPage)

public:
    /// One figure tile: a short title and its value ("Won", "3 · $12k").
    struct Tile
    {
        QString title;
        QString value;
    };

    /// The ten figure tiles in page order: open, weighted, new, advanced, moved
    /// back, won, lost, win rate, median cycle, stalled.
    static std::vector<Tile> tiles(const core::PipelineReport& r);
    /// "Stalled: 12", or "Stalled: 250 (longest quiet 200 shown)".
    static QString stalledCaption(const core::PipelineReport& r);
    /// The range, owners and moment the report describes.
    static QString rangeCaption(const core::PipelineReport& r);
    /// The tiles as one escaped HTML table, five to a row.
    static QString tilesHtml(const std::vector<Tile>& tiles);
    /// A table model as an escaped HTML table under a heading.
    static QString tableHtml(const QString& title, const QAbstractItemModel& model);
};

} // namespace accord::gui
