#include "TeamServerLocations.h"

#include "storage/StoreLocation.h"

#include <QUrlQuery>

namespace accord::app {

namespace {
const QLatin1String kScheme("postgresql");

// Where a URI names its host: before the path, or as ?host= (a socket folder).
QString uriHost(const QUrl& url)
{
    if (!url.host().isEmpty())
        return url.host();
    return QUrlQuery(url).queryItemValue(QStringLiteral("host"), QUrl::FullyDecoded);
}

QString uriUser(const QUrl& url)
{
    if (!url.userName().isEmpty())
        return url.userName(QUrl::FullyDecoded);
    return QUrlQuery(url).queryItemValue(QStringLiteral("user"), QUrl::FullyDecoded);
}

QString uriDatabase(const QUrl& url)
{
    QString path = url.path(QUrl::FullyDecoded);
    if (path.startsWith(u'/'))
        path.remove(0, 1);
    if (path.isEmpty())
        path = QUrlQuery(url).queryItemValue(QStringLiteral("dbname"), QUrl::FullyDecoded);
    return path;
}

QString encoded(const QUrl& url)
{
    return url.toString(QUrl::FullyEncoded);
}

void removeQueryItem(QUrl& url, const QString& key)
{
    QUrlQuery query(url);
    if (!query.hasQueryItem(key))
        return;
    query.removeAllQueryItems(key);
    url.setQuery(query);
}

QString keyword(const std::vector<Keyword>& keywords, const QString& name)
{
    QString value;
    for (const Keyword& k : keywords)
        if (k.name == name)
            value = k.value; // the last one counts, as for libpq
    return value;
}

std::vector<Keyword> without(std::vector<Keyword> keywords, const QString& name)
{
    std::erase_if(keywords, [&](const Keyword& k) { return k.name == name; });
    return keywords;
}

bool isKeywordChar(QChar c)
{
    return c.isLetterOrNumber() || c == u'_';
}
} // namespace

bool isServerUri(const QString& location)
{
    return location.startsWith(QLatin1String("postgresql://"), Qt::CaseInsensitive) ||
           location.startsWith(QLatin1String("postgres://"), Qt::CaseInsensitive);
}

std::optional<std::vector<Keyword>> parseKeywords(const QString& text)
{
    std::vector<Keyword> out;
    qsizetype i = 0;
    const qsizetype n = text.size();
    auto skipSpace = [&] {
        while (i < n && text[i].isSpace())
            ++i;
    };
    for (skipSpace(); i < n; skipSpace()) {
        Keyword k;
        while (i < n && isKeywordChar(text[i]))
            k.name += text[i++];
        skipSpace();
        if (k.name.isEmpty() || i >= n || text[i] != u'=')
            return std::nullopt;
        ++i;
        skipSpace();
        if (i < n && text[i] == u'\'') {
            for (++i;; ++i) {
                if (i >= n)
                    return std::nullopt; // no closing quote
                if (text[i] == u'\'')
                    break;
                if (text[i] == u'\\' && i + 1 < n)
                    ++i;
                k.value += text[i];
            }
            ++i;
        } else {
            for (; i < n && !text[i].isSpace(); ++i) {
                if (text[i] == u'\\' && i + 1 < n)
                    ++i;
                k.value += text[i];
            }
        }
        out.push_back(std::move(k));
    }
    if (out.empty())
        return std::nullopt;
    return out;
}

QString joinKeywords(const std::vector<Keyword>& keywords)
{
    QStringList parts;
    for (const Keyword& k : keywords) {
        QString value = k.value;
        value.replace(QLatin1String("\\"), QLatin1String("\\\\"));
        value.replace(QLatin1String("'"), QLatin1String("\\'"));
        const bool plain =
            !value.isEmpty() && value == k.value &&
            std::none_of(value.begin(), value.end(), [](QChar c) { return c.isSpace(); });
        parts << k.name + u'=' + (plain ? value : u'\'' + value + u'\'');
    }
    return parts.join(u' ');
}

bool TeamServerLocations::isServer(const QString& location) const
{
    return storage::isServerLocation(location); // what storage::openStoreAt opens as a server
}

QString TeamServerLocations::withoutPassword(const QString& location) const
{
    QString text = location.trimmed();
    if (isServerUri(text)) {
        QUrl url(text);
        if (!url.isValid())
            return text.section(u'@', -1); // what follows any user:password@
        url.setPassword({});
        removeQueryItem(url, QStringLiteral("password"));
        return encoded(url);
    }
    if (const auto keywords = parseKeywords(text))
        return joinKeywords(without(*keywords, QStringLiteral("password")));
    return text;
}

QString TeamServerLocations::describe(const QString& location) const
{
    QString text = withoutPassword(location);
    QString user;
    QString host;
    QString port;
    QString database;
    QString service;
    if (isServerUri(text)) {
        const QUrl url(text);
        user = uriUser(url);
        host = uriHost(url);
        if (url.port() > 0 && url.port() != defaultPort())
            port = QString::number(url.port());
        database = uriDatabase(url);
    } else if (const auto keywords = parseKeywords(text)) {
        user = keyword(*keywords, QStringLiteral("user"));
        host = keyword(*keywords, QStringLiteral("host"));
        port = keyword(*keywords, QStringLiteral("port"));
        if (port == QString::number(defaultPort()))
            port.clear();
        database = keyword(*keywords, QStringLiteral("dbname"));
        service = keyword(*keywords, QStringLiteral("service"));
    } else {
        return text;
    }
    if (host.isEmpty() && database.isEmpty() && !service.isEmpty())
        host = service;
    if (host.isEmpty() || host.startsWith(u'/'))
        host = QStringLiteral("localhost"); // the default, or a socket folder on this computer
    QString out = user.isEmpty() ? host : user + u'@' + host;
    if (!port.isEmpty())
        out += u':' + port;
    if (!database.isEmpty())
        out += u'/' + database;
    return out;
}

std::optional<gui::ServerAddress> TeamServerLocations::address(const QString& location) const
{
    QString text = location.trimmed();
    if (!isServerUri(text))
        return std::nullopt;
    const QUrl url(text);
    if (!url.isValid())
        return std::nullopt;
    gui::ServerAddress a;
    a.host = uriHost(url);
    a.port = std::max(url.port(), 0);
    a.database = uriDatabase(url);
    a.user = uriUser(url);
    return a;
}

QString TeamServerLocations::location(const gui::ServerAddress& address, const QString& base) const
{
    if (address.host.isEmpty() || address.database.isEmpty())
        return {};
    QUrl url;
    if (isServerUri(base.trimmed()))
        url = QUrl(base.trimmed());
    if (!url.isValid())
        url = QUrl();
    QUrlQuery query(url);
    for (const char* key : {"host", "port", "dbname"})
        query.removeAllQueryItems(QString::fromLatin1(key));
    url.setScheme(kScheme);
    url.setHost(QString());
    url.setPort(-1);
    if (address.host.startsWith(u'/')) {
        // A socket folder goes into the query, and so does the port then.
        query.addQueryItem(QStringLiteral("host"), address.host);
        if (address.port > 0)
            query.addQueryItem(QStringLiteral("port"), QString::number(address.port));
    } else {
        url.setHost(address.host);
        if (address.port > 0)
            url.setPort(address.port);
    }
    url.setPath(u'/' + address.database);
    if (!address.user.isEmpty())
        url.setUserName(address.user);
    url.setQuery(query.isEmpty() ? QString() : query.query(QUrl::FullyEncoded));
    QString out = encoded(url);
    // QUrl writes "postgresql:/db?host=…" without an authority: libpq wants "//".
    if (!out.startsWith(kScheme + QLatin1String("://")))
        out.replace(0, kScheme.size() + 1, kScheme + QLatin1String("://"));
    return out;
}

QString TeamServerLocations::withUser(const QString& location, const QString& user) const
{
    QString text = location.trimmed();
    if (isServerUri(text)) {
        QUrl url(text);
        if (!url.isValid())
            return text;
        removeQueryItem(url, QStringLiteral("user"));
        const QString password = url.password(QUrl::FullyDecoded);
        url.setUserName(user, QUrl::DecodedMode);
        if (!password.isEmpty())
            url.setPassword(password, QUrl::DecodedMode);
        return encoded(url);
    }
    if (auto keywords = parseKeywords(text)) {
        auto out = without(*keywords, QStringLiteral("user"));
        out.push_back({QStringLiteral("user"), user});
        return joinKeywords(out);
    }
    return text;
}

QString TeamServerLocations::withPassword(const QString& location, const QString& password) const
{
    QString text = location.trimmed();
    if (isServerUri(text)) {
        QUrl url(text);
        if (!url.isValid())
            return text;
        removeQueryItem(url, QStringLiteral("password"));
        url.setPassword(password, QUrl::DecodedMode);
        return encoded(url);
    }
    if (auto keywords = parseKeywords(text)) {
        auto out = without(*keywords, QStringLiteral("password"));
        out.push_back({QStringLiteral("password"), password});
        return joinKeywords(out);
    }
    return text;
}

QString TeamServerLocations::user(const QString& location) const
{
    QString text = location.trimmed();
    if (isServerUri(text))
        return uriUser(QUrl(text));
    if (const auto keywords = parseKeywords(text))
        return keyword(*keywords, QStringLiteral("user"));
    return {};
}

bool TeamServerLocations::asksForPassword(const QString& failure) const
{
    // libpq: "fe_sendauth: no password supplied", "password authentication
    // failed for user …"; the store's sentence keeps the word.
    return failure.contains(QLatin1String("password"), Qt::CaseInsensitive);
}

} // namespace accord::app
