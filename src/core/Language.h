#pragma once

// The languages Accord speaks, and loading one: Accord's own texts and Qt's,
// plus the locale that numbers, money and dates follow. The desktop app and
// accord-cli both start through here; machine output (JSON, CSV, backups)
// never depends on it.

#include <QLocale>
#include <QString>
#include <QStringList>

namespace accord::core {

/// The language codes Accord has texts for, English (the source) first.
QStringList availableLanguages();

/// Each language's own name ("English", "Deutsch"), for a choice in settings.
QString languageName(const QString& code);

/// The language to use: `choice` when Accord has it, else the first of the
/// user's `uiLanguages` (from LANGUAGE, LC_ALL, LANG …) that it has, else English.
QString resolveLanguage(const QString& choice,
                        const QStringList& uiLanguages = QLocale::system().uiLanguages());

/// The locale that goes with `language`: the system's when it speaks that
/// language (de_AT stays Austrian; C counts as English), else the language's
/// main country.
QLocale localeFor(const QString& language, const QLocale& system = QLocale::system());

/// Loads Accord's and Qt's texts for `language` into the application, and makes
/// localeFor(language) the default locale; a language loaded before is
/// unloaded. English loads only its plural forms. Returns false
/// when Accord's texts for it could not be loaded. Needs a QCoreApplication.
bool installLanguage(const QString& language);

} // namespace accord::core
