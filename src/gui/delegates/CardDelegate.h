#pragma once

// Paints a prospect as a board card: name and gate progress, owner and value,
// days in stage and days since the last meeting (coloured when stale).

#include <QStyledItemDelegate>

namespace accord::gui {

/// A board column's delegate: each prospect as a card.
QStyledItemDelegate* newCardDelegate(QObject* parent);

} // namespace accord::gui
