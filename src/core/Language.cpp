#include "Language.h"

#include <QCoreApplication>
#include <QLibraryInfo>
#include <QTranslator>

namespace accord::core {

QStringList availableLanguages()
{
    return {QStringLiteral("en"), QStringLiteral("de")};
}

QString languageName(const QString& code)
{
    // Each in its own language, as settings dialogs show them.
    if (code == u"de")
        return QStringLiteral("Deutsch");
    if (code == u"en")
        return QStringLiteral("English");
    return code;
}

QString resolveLanguage(const QString& choice, const QStringList& uiLanguages)
{
    const QStringList known = availableLanguages();
    if (known.contains(choice))
        return choice;
    for (const QString& ui : uiLanguages) {
        // "de-DE", "de_AT", "de" all mean German; "C" means nothing in particular.
        QString code = ui.section(u'-', 0, 0).section(u'_', 0, 0).toLower();
        if (known.contains(code))
            return code;
    }
    return QStringLiteral("en");
}

QLocale localeFor(const QString& language, const QLocale& system)
{
    const QLocale wanted(language);
    // The C locale is English in effect: an English user of it keeps it.
    if (system.language() == QLocale::C && wanted.language() == QLocale::English)
        return system;
    // By name: the system locale's formats come from LC_NUMERIC and LC_TIME,
    // which may still be C when only LANGUAGE names the language.
    if (system.language() == wanted.language())
        return QLocale(system.name());
    return wanted;
}

bool installLanguage(const QString& language)
{
    // Kept for the life of the application, which holds pointers to them.
    static QTranslator accordTexts;
    static QTranslator qtTexts;
    QCoreApplication::removeTranslator(&accordTexts);
    QCoreApplication::removeTranslator(&qtTexts);
    QLocale::setDefault(localeFor(language));
    const QLocale locale(language);
    // Qt's own texts are English already; other languages need qtbase's.
    if (language != u"en" && qtTexts.load(locale, QStringLiteral("qtbase"), QStringLiteral("_"),
                                          QLibraryInfo::path(QLibraryInfo::TranslationsPath)))
        QCoreApplication::installTranslator(&qtTexts);
    // Accord's own come last, so they win where both have a text. English has
    // only the plural forms ("1 activity", "2 activities").
    if (!accordTexts.load(locale, QStringLiteral("accord"), QStringLiteral("_"),
                          QStringLiteral(":/i18n")))
        return false;
    QCoreApplication::installTranslator(&accordTexts);
    return true;
}

} // namespace accord::core
