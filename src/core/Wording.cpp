#include "Wording.h"

#include <QCoreApplication>
#include <QDateTime>
#include <QRegularExpression>
#include <QTranslator>

namespace accord::core {

namespace {

bool hasPluralMarks(const QString& text)
{
    static const QRegularExpression marks(QStringLiteral("\\((s|es|[^()/]*/[^()/]*)\\)"));
    return marks.match(text).hasMatch();
}

/// Supplies English plural forms for every "%n … (s)" text no other
/// translation covers; translations installed later take precedence.
class EnglishPlurals final : public QTranslator
{
public:
    QString translate(const char*, const char* source, const char*, int n) const override
    {
        if (n < 0 || !source)
            return {};
        const QString text = QString::fromUtf8(source);
        if (!hasPluralMarks(text))
            return {};
        return englishPlural(text, n);
    }
    bool isEmpty() const override { return false; }
};

} // namespace

void installEnglishPlurals()
{
    static EnglishPlurals translator;
    QCoreApplication::installTranslator(&translator);
}

QString englishPlural(const QString& source, int n)
{
    const bool one = n == 1 || n == -1;
    QString out = source;
    // "(y/ies)": the singular and the plural ending, for words like "opportunity".
    static const QRegularExpression pair(QStringLiteral("\\(([^()/]*)/([^()/]*)\\)"));
    for (auto m = pair.match(out); m.hasMatch(); m = pair.match(out))
        out.replace(m.capturedStart(), m.capturedLength(), m.captured(one ? 1 : 2));
    out.replace(QLatin1String("(es)"), one ? QString() : QStringLiteral("es"));
    out.replace(QLatin1String("(s)"), one ? QString() : QStringLiteral("s"));
    return out;
}

QString translateCount(const char* context, const char* source, int n, const char* disambiguation)
{
    QString text = QCoreApplication::translate(context, source, disambiguation, n);
    // Without an application (or before it), Qt leaves "(s)" and fills only %n.
    if (hasPluralMarks(text))
        text = englishPlural(text, n);
    return text;
}

QString countedText(const char* one, const char* many, int n)
{
    return n == 1 ? QCoreApplication::translate("accord", one)
                  : QCoreApplication::translate("accord", many, nullptr, n);
}

QString shortTimeFormat(const QLocale& locale)
{
    QString format = locale.timeFormat(QLocale::ShortFormat);
    // Seconds (and fractions) with the separator before them: ":ss", ".ss", ":ss.zzz".
    static const QRegularExpression seconds(QStringLiteral("[:.]s{1,2}([.,]z{1,3})?"));
    format.remove(seconds);
    static const QRegularExpression zone(QStringLiteral("\\s*t+"));
    format.remove(zone);
    return format.trimmed();
}

QString shortDateTime(const QDateTime& local, const QLocale& locale)
{
    if (!local.isValid())
        return {};
    return locale.toString(local.date(), QLocale::ShortFormat) + QLatin1Char(' ') +
           locale.toString(local.time(), shortTimeFormat(locale));
}

} // namespace accord::core

namespace {
// Every process that builds text with Accord's core gets the English plurals.
void installAccordEnglishPlurals()
{
    accord::core::installEnglishPlurals();
}
} // namespace
Q_COREAPP_STARTUP_FUNCTION(installAccordEnglishPlurals)
