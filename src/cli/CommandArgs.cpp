#include "CommandArgs.h"

#include "core/Parse.h"
#include "core/Validation.h"

namespace accord::cli {

using namespace accord::core;

Prospect prospectArg(CliContext& ctx, const QString& command, const Args& args,
                     qsizetype positionals)
{
    if (args.positional().size() != positionals)
        throw UsageError(
            positionals == 1
                ? QStringLiteral("%1 needs exactly one prospect id.").arg(command)
                : QStringLiteral("%1 needs a prospect id and one more id.").arg(command));
    const Id id = parseIdArg(args.positional().first());
    auto p = ctx.store().prospects().find(id);
    if (!p)
        throw NotFoundError(QStringLiteral("there is no prospect %1.").arg(id));
    return *p;
}

Id secondIdArg(const Args& args, const QString& what)
{
    bool ok = false;
    const Id id = args.positional().at(1).toLongLong(&ok);
    if (!ok || id <= 0)
        throw UsageError(QStringLiteral("\"%1\" is not a %2 id (a positive number).")
                             .arg(args.positional().at(1), what));
    return id;
}

Prospect requireProspect(CliContext& ctx, Id id)
{
    auto p = ctx.store().prospects().find(id);
    if (!p)
        throw ValidationError(QStringLiteral("id"),
                              QStringLiteral("There is no prospect %1.").arg(id));
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
            key, QStringLiteral("\"%1\" is not a date (use YYYY-MM-DD).").arg(args.value(key)));
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
        throw ValidationError(key, QStringLiteral("--%1 must be a whole number (it is \"%2\").")
                                       .arg(key, args.value(key)));
    return v;
}

QString orList(const QStringList& words)
{
    if (words.size() < 2)
        return words.join(QString());
    return QStringLiteral("%1 or %2")
        .arg(words.mid(0, words.size() - 1).join(QStringLiteral(", ")), words.last());
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
        ctx.out() << "Added " << what << ' ' << id << " to " << p.name << '\n';
    }
}

} // namespace accord::cli
