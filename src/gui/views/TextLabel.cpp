#include "TextLabel.h"

#include <QPainter>
#include <QStyle>
#include <QStyleOption>
#include <QTextDocument>

namespace accord::gui {

ElidedLabel::ElidedLabel(QWidget* parent, Qt::TextElideMode mode) : QLabel(parent), m_mode(mode)
{
    setTextFormat(Qt::PlainText);
    setWordWrap(false);
    setSizePolicy(QSizePolicy::Ignored, QSizePolicy::Preferred);
}

void ElidedLabel::setUserText(const QString& text)
{
    // One line: a name with line breaks still takes one line of the header.
    QString line = text;
    line.replace(QLatin1Char('\n'), QLatin1Char(' '));
    setText(line);
    updateToolTip();
    update();
}

QString ElidedLabel::shownText() const
{
    return fontMetrics().elidedText(text(), m_mode, std::max(0, contentsRect().width()));
}

QSize ElidedLabel::minimumSizeHint() const
{
    const QFontMetrics fm = fontMetrics();
    const QMargins m = contentsMargins();
    return {fm.averageCharWidth() * 6 + m.left() + m.right(), fm.height() + m.top() + m.bottom()};
}

QSize ElidedLabel::sizeHint() const
{
    const QFontMetrics fm = fontMetrics();
    const QMargins m = contentsMargins();
    // Asks for the whole text up to a sensible width; the layout may give less.
    const int want = std::min(fm.horizontalAdvance(text()), fm.averageCharWidth() * 60);
    return {std::max(want, minimumSizeHint().width()) + m.left() + m.right(),
            fm.height() + m.top() + m.bottom()};
}

void ElidedLabel::paintEvent(QPaintEvent*)
{
    QPainter painter(this);
    QStyleOption option;
    option.initFrom(this);
    style()->drawItemText(&painter, contentsRect(), static_cast<int>(alignment()), option.palette,
                          isEnabled(), shownText(), foregroundRole());
}

void ElidedLabel::resizeEvent(QResizeEvent* event)
{
    QLabel::resizeEvent(event);
    updateToolTip();
}

void ElidedLabel::updateToolTip()
{
    setToolTip(shownText() == text() ? QString() : plainToolTip(text()));
}

QLabel* headingLabel(const QString& text, QWidget* parent, qreal scale)
{
    auto* label = new QLabel(text, parent);
    label->setTextFormat(Qt::PlainText);
    QFont f = label->font();
    f.setBold(true);
    if (scale != 1.0)
        f.setPointSizeF(f.pointSizeF() * scale);
    label->setFont(f);
    return label;
}

QLabel* plainLabel(QWidget* parent, const QString& text)
{
    auto* label = new QLabel(parent);
    label->setTextFormat(Qt::PlainText);
    label->setWordWrap(true);
    label->setText(text);
    return label;
}

QString plainToolTip(const QString& text)
{
    return text.isEmpty() ? QString() : Qt::convertFromPlainText(text, Qt::WhiteSpaceNormal);
}

QString shortName(const QString& name, int maxChars)
{
    QString one = name.simplified();
    if (one.size() <= maxChars)
        return one;
    int cut = maxChars - 1;
    if (cut > 0 && one.at(cut - 1).isHighSurrogate())
        --cut; // never split a character in two
    return one.left(cut).trimmed() + QChar(0x2026);
}

} // namespace accord::gui
