#pragma once

// How counts and times read in English when no translation is loaded:
// "%n day(s)" becomes "1 day" / "2 days" (an English numerus translation
// installed in every process with a QCoreApplication), and times of day are
// shown without seconds.

#include <QLocale>
#include <QString>

namespace accord::core {

/// The English form of a "%n" source text for `n`: "(s)" and "(es)" are kept
/// for plurals and dropped for 1 and -1; "(y/ies)" gives the first ending for
/// 1 and the second otherwise. %n itself is left for Qt to fill.
QString englishPlural(const QString& source, int n);

/// QCoreApplication::translate with a count, plus the English plural forms
/// when no translation supplies them (works without an application object too).
QString translateCount(const char* context, const char* source, int n,
                       const char* disambiguation = nullptr);

/// A count for sentences (context "accord"): `one`, the singular spelled out,
/// when `n` is 1, else `many` with its %n filled in.
QString countedText(const char* one, const char* many, int n);

/// Installs the English plural forms (done by itself when a QCoreApplication
/// starts in a program that uses this file).
void installEnglishPlurals();

/// The locale's short time format without seconds ("h:mm AP", "HH:mm").
QString shortTimeFormat(const QLocale& locale);

/// The locale's short date and time of `local`, without seconds.
QString shortDateTime(const QDateTime& local, const QLocale& locale);

} // namespace accord::core
