#include "CommandArgs.h"

#include "core/Parse.h"
#include "core/Validation.h"
#include "core/io/FileIo.h"

#include <QFile>
#include <QStringDecoder>

namespace accord::cli {

using namespace accord::core;

Prospect prospectArg(CliContext& ctx, const QString& command, const Args& args,
                     qsizetype positionals)
{
    if (args.positional().size() != positionals)
        throw UsageError(positionals == 1
                             ? Cli::tr("%1 needs exactly one prospect id.").arg(command)
                             : Cli::tr("%1 needs a prospect id and one more id.").arg(command));
    const Id id = parseIdArg(args.positional().first());
    auto p = ctx.store().prospects().find(id);
    if (!p)
        throw NotFoundError(Cli::tr("there is no prospect %1.").arg(id));
    return *p;
}

Id secondIdArg(const Args& args, const QString& what)
{
    bool ok = false;
    const Id id = args.positional().at(1).toLongLong(&ok);
    if (!ok || id <= 0)
        throw UsageError(Cli::tr("\"%1\" is not a %2 id (a positive number).")
                             .arg(args.positional().at(1), what));
    return id;
}

Prospect requireProspect(CliContext& ctx, Id id)
{
    auto p = ctx.store().prospects().find(id);
    if (!p)
        throw ValidationError(QStringLiteral("id"), Cli::tr("There is no prospect %1.").arg(id));
    return *p;
}

std::optional<QDate> dateOption(const Args& args, const char* name)
{
    const QString key = opt(name);
    if (!args.has(key))
        return std::nullopt;
    const auto d = parseDate(args.value(key));
    if (!d)
        throw ValidationError(
            key, Cli::tr("\"%1\" is not a date (use YYYY-MM-DD).").arg(args.value(key)));
    return d;
}

void textOption(const Args& args, const char* name, QString& field)
{
    if (args.has(opt(name)))
        field = args.value(opt(name));
}

int intOption(const Args& args, const char* name, int fallback)
{
    const QString key = opt(name);
    if (!args.has(key))
        return fallback;
    bool ok = false;
    const int v = args.value(key).trimmed().toInt(&ok);
    if (!ok)
        throw ValidationError(
            key, Cli::tr("--%1 must be a whole number (it is \"%2\").").arg(key, args.value(key)));
    return v;
}

QString orList(const QStringList& words)
{
    if (words.size() < 2)
        return words.join(QString());
    return Cli::tr("%1 or %2")
        .arg(words.mid(0, words.size() - 1).join(QStringLiteral(", ")), words.last());
}

QString readTextFile(const QString& path, const QString& option)
{
    if (core::isOpenDatabaseFile(path)) // opening it here would drop SQLite's locks
        throw ValidationError(option,
                              Cli::tr("%1 is the open database, not a notes file.").arg(path));
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly))
        throw ValidationError(option, Cli::tr("Cannot read %1: %2.").arg(path, file.errorString()));
    const QByteArray bytes = file.readAll();
    QStringDecoder decoder(QStringDecoder::Utf8);
    QString text = decoder(bytes);
    if (decoder.hasError())
        throw ValidationError(option, Cli::tr("%1 is not UTF-8 text.").arg(path));
    return text;
}

Money moneyOptions(const Args& args, const Money& fallback)
{
    const bool hasCurrency = args.has(opt("currency"));
    const QString currency = args.value(opt("currency")).trimmed().toUpper();
    Money out = fallback;
    if (hasCurrency)
        out.currency = currency;
    if (!args.has(opt("value")))
        return out;
    // "€40k" is euros: the symbol or code in the text decides, and must agree with --currency.
    const QString text = args.value(opt("value"));
    const auto named = currencyNamedIn(text);
    if (named && hasCurrency && *named != currency)
        throw ValidationError(
            opt("currency"),
            Cli::tr("--value \"%1\" is in %2 but --currency says %3.").arg(text, *named, currency));
    const auto money = parseMoney(text, out.currency);
    if (!money)
        throw ValidationError(
            opt("value"),
            Cli::tr("\"%1\" is not an amount of money (try 40000 or 40k).").arg(text));
    return *money;
}

QStringList meetingOptionNames()
{
    return {opt("when"),      opt("kind"),      opt("summary"),   opt("notes"),
            opt("duration"),  opt("attendees"), opt("shared"),    opt("learned"),
            opt("next-step"), opt("due"),       opt("notes-file")};
}

void meetingOptions(const Args& args, Meeting& m)
{
    if (args.has(opt("when"))) {
        const auto when = parseDateTime(args.value(opt("when")));
        if (!when)
            throw ValidationError(
                opt("when"), Cli::tr("\"%1\" is not a date and time of the years 1900–9999 (use "
                                     "YYYY-MM-DD HH:MM, an offset at most ±14:00).")
                                 .arg(args.value(opt("when"))));
        m.occurredAt = *when;
    }
    if (args.has(opt("kind"))) {
        const auto kind = meetingKindFromKey(args.value(opt("kind")));
        if (!kind)
            throw UsageError(Cli::tr("Unknown meeting kind \"%1\": use presentation, discovery, "
                                     "workshop, negotiation, call or email.")
                                 .arg(args.value(opt("kind"))));
        m.kind = *kind;
    }
    if (args.has(opt("duration"))) {
        bool ok = false;
        m.durationMinutes = args.value(opt("duration")).toInt(&ok);
        if (!ok)
            throw ValidationError(opt("duration"),
                                  Cli::tr("The duration must be a whole number of minutes."));
    }
    textOption(args, "summary", m.summary);
    textOption(args, "notes", m.notes);
    if (args.has(opt("notes-file")))
        m.notes = readTextFile(args.value(opt("notes-file")));
    textOption(args, "attendees", m.attendees);
    textOption(args, "shared", m.shared);
    textOption(args, "learned", m.learned);
    textOption(args, "next-step", m.nextStep);
    if (args.has(opt("due")))
        m.nextStepDue =
            args.value(opt("due")).trimmed().isEmpty() ? QDate() : *dateOption(args, "due");
}

void checkOwnerOption(CliContext& ctx, const Args& args, const QString& what)
{
    if (args.has(opt("owner")) && args.value(opt("owner")) != ctx.userName() &&
        ctx.serverRole() == u"rep")
        throw ValidationError(opt("owner"),
                              Cli::tr("%1 is a rep on this team server: a rep's %2 are "
                                      "their own, and only a lead or an admin may give "
                                      "--owner.")
                                  .arg(ctx.userName(), what));
}

Id recordIdArg(const Args& args, const QString& command, const QString& what)
{
    if (args.positional().size() != 1)
        throw UsageError(Cli::tr("%1 needs exactly one %2 id.").arg(command, what));
    bool ok = false;
    const Id id = args.positional().first().toLongLong(&ok);
    if (!ok || id <= 0)
        throw UsageError(Cli::tr("\"%1\" is not a %2 id (a positive number).")
                             .arg(args.positional().first(), what));
    return id;
}

void requireOneOf(const Args& args, const QString& command, const QStringList& options)
{
    for (const QString& o : options)
        if (args.has(o) || args.flag(o))
            return;
    QStringList dashed;
    for (const QString& o : options)
        dashed << QStringLiteral("--") + o;
    throw UsageError(Cli::tr("%1 needs %2.").arg(command, orList(dashed)));
}

nlohmann::json changedKeys(const ChangeSet& written)
{
    nlohmann::json keys = nlohmann::json::array();
    if (!written.empty())
        for (const FieldChange& f : written.front().fields)
            if (f.key != u"updated_at")
                keys.push_back(utf8(f.key));
    return keys;
}

ProspectFilter filterOptions(const Args& args)
{
    ProspectFilter f;
    if (args.has(QStringLiteral("stage")))
        f.stage = parseStageArg(args.value(QStringLiteral("stage")));
    f.status = choiceOption<Status>(args, "status");
    f.owners = args.values(QStringLiteral("owner"));
    f.industry = args.value(QStringLiteral("industry"));
    f.tag = args.value(QStringLiteral("tag"));
    f.text = args.value(QStringLiteral("text"));
    return f;
}

void printEither(CliContext& ctx, const std::function<nlohmann::json()>& json,
                 const std::function<void()>& text, int indent)
{
    if (ctx.json())
        printJson(ctx, json().dump(indent));
    else
        text();
}

void printAdded(CliContext& ctx, const QString& what, Id id, const Prospect& p, nlohmann::json j)
{
    if (ctx.json()) {
        j["id"] = id;
        printJson(ctx, j.dump(2));
    } else {
        ctx.out() << Cli::tr("Added %1 %2 to %3").arg(what, QString::number(id), p.name) << '\n';
    }
}

} // namespace accord::cli
