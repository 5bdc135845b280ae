#pragma once

// Labels for text people typed (names, owners, notes, paths, messages that
// quote them). Every such label is plain text, so a name such as
// `<a href=…>` shows as typed and never as a link or a red heading; long text
// is elided instead of widening the window.

#include <QLabel>

namespace accord::gui {

/// A plain-text label that elides its text to the width it is given (the
/// whole text is in the tool tip when it does not fit). Its minimum width is a
/// few characters, so a long name never widens the window.
class ElidedLabel : public QLabel
{
    Q_OBJECT
public:
    explicit ElidedLabel(QWidget* parent = nullptr, Qt::TextElideMode mode = Qt::ElideRight);
    void setUserText(const QString& text);
    /// The text as painted (elided to the current width).
    QString shownText() const;
    QSize minimumSizeHint() const override;
    QSize sizeHint() const override;

protected:
    void paintEvent(QPaintEvent* event) override;
    void resizeEvent(QResizeEvent* event) override;

private:
    void updateToolTip();
    Qt::TextElideMode m_mode;
};

/// A word-wrapped plain-text label (for messages that may quote a name).
QLabel* plainLabel(QWidget* parent, const QString& text = {});

/// A bold plain-text heading, its font `scale` times the usual size.
QLabel* headingLabel(const QString& text, QWidget* parent, qreal scale = 1.0);

/// Text for a tool tip that shows `text` literally (tool tips guess rich text).
QString plainToolTip(const QString& text);

/// A name cut to `maxChars` characters with an ellipsis: for window titles and
/// other places that cannot elide by width.
QString shortName(const QString& name, int maxChars = 48);

} // namespace accord::gui
