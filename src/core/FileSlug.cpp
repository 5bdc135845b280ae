#include "FileSlug.h"

namespace accord::core {

QString fileSlug(const QString& name, int maxChars)
{
    // Composed form, so "é" is one letter whether it was typed as one or two.
    const QString text = name.normalized(QString::NormalizationForm_C).toLower();
    QString out;
    bool gap = false;
    for (qsizetype i = 0; i < text.size(); ++i) {
        char32_t c = text.at(i).unicode();
        qsizetype width = 1;
        if (text.at(i).isHighSurrogate() && i + 1 < text.size() &&
            text.at(i + 1).isLowSurrogate()) {
            c = QChar::surrogateToUcs4(text.at(i), text.at(i + 1));
            width = 2;
        }
        const auto category = QChar::category(c);
        const bool keep = QChar::isLetterOrNumber(c) || category == QChar::Mark_NonSpacing ||
                          category == QChar::Mark_SpacingCombining;
        if (keep) {
            if (gap && !out.isEmpty())
                out += QLatin1Char('-');
            gap = false;
            const QString piece = text.mid(i, width);
            if (out.size() + (gap ? 1 : 0) + piece.size() > maxChars)
                break;
            out += piece;
        } else {
            gap = true;
        }
        i += width - 1;
    }
    while (out.endsWith(QLatin1Char('-')))
        out.chop(1);
    return out.isEmpty() ? QStringLiteral("prospect") : out;
}

} // namespace accord::core
