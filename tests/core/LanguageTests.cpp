// Which language Accord speaks, the locale that goes with it, and loading the
// German texts built into the library.

#include "core/EnumTraits.h"
#include "core/Language.h"
#include "core/Parse.h"

#include <QCoreApplication>
#include <catch2/catch.hpp>

using namespace accord::core;

namespace {

/// Restores English and the test's own default locale when a test ends.
struct LanguageGuard
{
    QLocale before;
    ~LanguageGuard()
    {
        installLanguage(QStringLiteral("en"));
        QLocale::setDefault(before);
    }
};

} // namespace

TEST_CASE("the language follows the choice, else the user's languages, else English", "[language]")
{
    const QStringList german{QStringLiteral("de-AT"), QStringLiteral("en-US")};
    CHECK(resolveLanguage(QString(), german) == u"de");
    CHECK(resolveLanguage(QStringLiteral("en"), german) == u"en");
    CHECK(resolveLanguage(QStringLiteral("de"), {QStringLiteral("fr-FR")}) == u"de");
    // A language Accord does not speak is passed over for the next one.
    CHECK(resolveLanguage(QString(), {QStringLiteral("fr-FR"), QStringLiteral("de_DE")}) == u"de");
    CHECK(resolveLanguage(QString(), {QStringLiteral("fr-FR")}) == u"en");
    CHECK(resolveLanguage(QStringLiteral("xx"), {QStringLiteral("C")}) == u"en");
    CHECK(availableLanguages().contains(QStringLiteral("de")));
    CHECK(languageName(QStringLiteral("de")) == u"Deutsch");
}

TEST_CASE("the locale keeps the system's country when it speaks the language", "[language]")
{
    CHECK(localeFor(QStringLiteral("de"), QLocale(QStringLiteral("de_AT"))).name() == u"de_AT");
    CHECK(localeFor(QStringLiteral("de"), QLocale::c()).name() == u"de_DE");
    CHECK(localeFor(QStringLiteral("de"), QLocale(QStringLiteral("en_GB"))).name() == u"de_DE");
    CHECK(localeFor(QStringLiteral("en"), QLocale::c()).language() == QLocale::C);
    CHECK(localeFor(QStringLiteral("en"), QLocale(QStringLiteral("de_DE"))).language() ==
          QLocale::English);
}

TEST_CASE("German loads Accord's texts, Qt's and German money and dates", "[language]")
{
    const LanguageGuard guard{QLocale()};
    REQUIRE(installLanguage(QStringLiteral("de")));
    CHECK(stageName(Stage::Informative) == u"Einzigartig informativ");
    CHECK(stageName(Stage::Partnership) == u"Partnerschaft");
    // Money and dates for people follow the German locale.
    CHECK(formatMoney(Money{123456, QStringLiteral("EUR")}, QLocale()) == u"1.234,56\u00a0€");
    CHECK(QLocale().toString(QDate(2026, 12, 24), QLocale::ShortFormat) == u"24.12.26");
    // Machine formats stay ISO whatever the language.
    CHECK(QDate(2026, 12, 24).toString(Qt::ISODate) == u"2026-12-24");

    CHECK(QCoreApplication::translate("accord::cli::Cli", "%n activit(y/ies)", nullptr, 2) ==
          u"2 Aktivitäten");

    // Back to English: the texts are the source's again, with English plurals.
    REQUIRE(installLanguage(QStringLiteral("en")));
    CHECK(stageName(Stage::Informative) == u"Uniquely Informative");
    CHECK(QCoreApplication::translate("accord::cli::Cli", "%n activit(y/ies)", nullptr, 1) ==
          u"1 activity");
    CHECK(QCoreApplication::translate("accord::cli::Cli", "%n activit(y/ies)", nullptr, 3) ==
          u"3 activities");
}
