#include "cli/Cli.h"

#include "cli/OrderJson.h"
#include "core/gateway/ClientFactory.h"
#include "core/gateway/GatewayClient.h"
#include "core/model/CartJson.h"
#include "core/operations/OrderOperations.h"
#include "core/session/GatewayCapabilities.h"

#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QTextStream>

#include <cstdio>
#include <termios.h>
#include <unistd.h>

namespace PayDesk::Cli {

namespace {

const char* const UsageText =
    "usage: paydesk-cli [--profile NAME] [--json] [--timeout SECONDS] [--db FILE] COMMAND ...\n"
    "\n"
    "  profile add NAME --gateway rbs --url URL --user LOGIN [--token] [--hold-days N] [--ca FILE]\n"
    "                   [--merchant-login LOGIN] [--language ru|en]     (password or token on stdin)\n"
    "  profile add NAME --gateway assist --url URL --user LOGIN --merchant-id ID [--hold-days N]\n"
    "                   [--check-word]    (password on stdin; with --check-word the secret word on the next line)\n"
    "  profile list | profile remove NAME | profile test NAME\n"
    "  status (ORDER_ID | --order-number N)\n"
    "  register --amount 1234.56 [--currency RUB] --order-number N --return-url URL [--fail-url URL]\n"
    "           [--description TEXT] [--client-id ID] [--email E] [--phone P] [--preauth] [--auto-payment]\n"
    "           [--bundle FILE.json --tax-system N] [--session-timeout SECONDS]\n"
    "  capture ORDER_ID [--amount A]      (everything still held when no amount)\n"
    "  capture --all-held [--due-within HOURS] [--yes] [--concurrency N]   (held orders in the cache)\n"
    "  reverse ORDER_ID\n"
    "  refund ORDER_ID [--amount A]       (everything still refundable when no amount)\n"
    "  pay-binding ORDER_ID --binding-id B [--cvc CVC]\n"
    "  bindings CLIENT_ID\n"
    "  receipt ORDER_ID\n"
    "  journal [--pending] [--from DATE] [--to DATE] [--csv FILE]   (the operation journal)\n"
    "  reconcile                          (settle operations whose answer was lost, from order status)\n"
    "  sync [--from DATE] [--to DATE] [--full]     (progress on stderr)\n"
    "  orders [FILTERS] [--limit N]               (from the local cache; default limit 100)\n"
    "  export --csv FILE [FILTERS]       (text cells that begin like a formula get a leading ')\n"
    "  check [--repair]                   (SQLite's integrity check and every cached order read back;\n"
    "                                      --repair moves damaged orders aside to be fetched again)\n"
    "     FILTERS: [--status STATUS[,STATUS]] [--held] [--due-within HOURS] [--search TEXT]\n"
    "              [--from DATE] [--to DATE] [--min-amount A] [--max-amount A] [--sort COLUMN] [--asc]\n"
    "     DATE is YYYY-MM-DD (local day) or an ISO 8601 time; STATUS is created, pending, held, captured,\n"
    "     reversed, refunded, partly_refunded, declined; COLUMN is created, number, id, status, amount,\n"
    "     deadline, card, email, description.\n"
    "\n"
    "Amounts are decimals in major units of the order's currency. Exit codes: 0 ok, 1 refused by the\n"
    "gateway (check: damage found), 2 bad usage or input (also a file that is not a PayDesk cache),\n"
    "3 network or storage problem, or unknown outcome.\n";

// One line of standard input, not echoed on a terminal. One stream for every call: a second
// stream would lose what the first one buffered.
QString readSecret(const char* prompt = "Password or token: ")
{
    static QTextStream in(stdin);
    const bool tty = isatty(STDIN_FILENO);
    termios saved{};
    if (tty) {
        std::fputs(prompt, stderr);
        tcgetattr(STDIN_FILENO, &saved);
        termios quiet = saved;
        quiet.c_lflag &= ~tcflag_t(ECHO);
        tcsetattr(STDIN_FILENO, TCSANOW, &quiet);
    }
    const QString secret = in.readLine();
    if (tty) {
        tcsetattr(STDIN_FILENO, TCSANOW, &saved);
        std::fputs("\n", stderr);
    }
    return secret;
}

ExitCode exitCodeOf(const GatewayError& error)
{
    switch (error.kind) {
    case GatewayError::Kind::Gateway:
    case GatewayError::Kind::Auth:
    case GatewayError::Kind::Validation:
        return Refused;
    case GatewayError::Kind::Config:
        return Usage;
    default:
        return Unknown;
    }
}

} // namespace

Cli::Cli(QStringList arguments, QObject* parent)
    : QObject(parent)
    , m_arguments(std::move(arguments))
    , m_credentials(new CredentialStore(this))
{ }

bool Cli::parse(const QStringList& words, const QSet<QString>& valueOptions, const QSet<QString>& flagOptions,
                Args* out)
{
    for (qsizetype i = 0; i < words.size(); ++i) {
        const QString& w = words[i];
        if (!w.startsWith(QLatin1String("--")) || w == QLatin1String("--")) {
            out->positional.append(w);
            continue;
        }
        QString name = w.mid(2);
        QString value;
        const qsizetype eq = name.indexOf(QLatin1Char('='));
        const bool inlineValue = eq >= 0;
        if (inlineValue) {
            value = name.mid(eq + 1);
            name = name.left(eq);
        }
        if (flagOptions.contains(name) && !inlineValue) {
            out->flags.insert(name);
        } else if (valueOptions.contains(name)) {
            if (!inlineValue) {
                if (i + 1 >= words.size()) {
                    fail(Usage, QStringLiteral("--%1 needs a value").arg(name));
                    return false;
                }
                value = words[++i];
            }
            out->values.insert(name, value);
        } else {
            fail(Usage, QStringLiteral("unknown option --%1").arg(name));
            return false;
        }
    }
    return true;
}

void Cli::start()
{
    // Global options may come anywhere; the first other word is the command.
    QStringList rest;
    for (qsizetype i = 0; i < m_arguments.size(); ++i) {
        const QString& w = m_arguments[i];
        if (w == QLatin1String("--json")) {
            m_json = true;
        } else if ((w == QLatin1String("--profile") || w == QLatin1String("--timeout") || w == QLatin1String("--db"))
                   && i + 1 < m_arguments.size()) {
            const QString value = m_arguments[++i];
            if (w == QLatin1String("--profile")) {
                m_profileName = value;
            } else if (w == QLatin1String("--db")) {
                m_dbPath = value;
            } else {
                bool ok = false;
                const int seconds = value.toInt(&ok);
                if (!ok || seconds < 1 || seconds > 3600)
                    return fail(Usage, QStringLiteral("--timeout takes seconds, 1 to 3600"));
                m_timeoutMs = seconds * 1000;
            }
        } else if (w == QLatin1String("--help") || w == QLatin1String("-h")) {
            std::fputs(UsageText, stdout);
            return finishWith(Ok);
        } else if (w == QLatin1String("--version")) {
            std::printf("paydesk-cli %s\n", PAYDESK_VERSION);
            return finishWith(Ok);
        } else {
            rest.append(w);
        }
    }
    if (rest.isEmpty())
        return fail(Usage, QString::fromLatin1(UsageText).trimmed());
    const QString command = rest.takeFirst();
    if (command == QLatin1String("profile"))
        return profileCommand(rest);
    static const QStringList orderCommands = {
        QStringLiteral("status"), QStringLiteral("register"),    QStringLiteral("capture"),  QStringLiteral("reverse"),
        QStringLiteral("refund"), QStringLiteral("pay-binding"), QStringLiteral("bindings"), QStringLiteral("receipt")};
    if (orderCommands.contains(command))
        return orderCommand(command, rest);
    if (command == QLatin1String("sync") || command == QLatin1String("orders") || command == QLatin1String("export"))
        return cacheCommand(command, rest);
    if (command == QLatin1String("journal") || command == QLatin1String("reconcile"))
        return journalCommand(command, rest);
    if (command == QLatin1String("check"))
        return checkCache(rest);
    fail(Usage, QStringLiteral("unknown command \"%1\"; see paydesk-cli --help").arg(command));
}

void Cli::profileCommand(const QStringList& words)
{
    const QString sub = words.value(0);
    Args args;
    if (sub == QLatin1String("add")) {
        if (!parse(words.mid(1),
                   {QStringLiteral("gateway"), QStringLiteral("url"), QStringLiteral("user"),
                    QStringLiteral("hold-days"), QStringLiteral("ca"), QStringLiteral("merchant-login"),
                    QStringLiteral("merchant-id"), QStringLiteral("language"), QStringLiteral("currency")},
                   {QStringLiteral("token"), QStringLiteral("check-word")}, &args))
            return;
        return profileAdd(args);
    }
    if (sub == QLatin1String("list")) {
        const QList<Profile> list = m_profiles.profiles();
        if (m_json) {
            QJsonArray out;
            for (const Profile& p : list)
                out.append(profileJson(p));
            printJson(out);
        } else if (list.isEmpty()) {
            std::fputs("No profiles. Add one with: paydesk-cli profile add NAME --gateway rbs --url URL --user LOGIN\n",
                       stderr);
        } else {
            for (const Profile& p : list)
                printText(QStringLiteral("%1\t%2\t%3\t%4")
                              .arg(p.name, GatewayKinds::key(p.gateway), p.url,
                                   p.tokenMode ? QStringLiteral("(token)") : p.user));
        }
        return finishWith(Ok);
    }
    if (sub == QLatin1String("remove")) {
        const std::optional<Profile> p = m_profiles.find(words.value(1));
        if (!p)
            return fail(Usage, QStringLiteral("no profile named \"%1\"").arg(words.value(1)));
        m_credentials->remove(p->id, this, [this, p](const SecretResult& r) {
            if (r.status == SecretResult::Status::Unavailable)
                return fail(Unknown, r.message);
            m_profiles.remove(p->name);
            if (m_json)
                printJson(QJsonObject{{QStringLiteral("removed"), p->name}});
            else
                printText(QStringLiteral("Removed profile %1 and its password.").arg(p->name));
            finishWith(Ok);
        });
        return;
    }
    if (sub == QLatin1String("test")) {
        m_profileName = words.value(1);
        if (!openProfile())
            return;
        OrderJob* job = m_client->fetchOrderByNumber(QStringLiteral("paydesk-connection-test"));
        connect(job, &OrderJob::finished, this, [this, job] {
            const GatewayError& e = job->error();
            // "Order not found" proves the gateway accepted the credentials.
            const bool authenticated = job->succeeded() || e.noSuchOrder;
            if (m_json)
                printJson(QJsonObject{{QStringLiteral("profile"), m_profile->name},
                                      {QStringLiteral("ok"), authenticated},
                                      {QStringLiteral("message"), authenticated ? QString() : e.userMessage()}});
            else if (authenticated)
                printText(QStringLiteral("Profile %1: the gateway accepted the credentials.").arg(m_profile->name));
            if (authenticated)
                return finishWith(Ok);
            failGateway(e);
        });
        return;
    }
    fail(Usage, QStringLiteral("profile add|list|remove|test"));
}

void Cli::profileAdd(const Args& args)
{
    Profile p;
    p.name = args.positional.value(0);
    const QString gateway = args.values.value(QStringLiteral("gateway"), QStringLiteral("rbs"));
    const std::optional<GatewayKind> kind = GatewayKinds::fromKey(gateway);
    if (!kind)
        return fail(Usage, QStringLiteral("unknown gateway \"%1\": use rbs or assist").arg(gateway));
    p.gateway = *kind;
    p.url = args.value(QStringLiteral("url"));
    p.user = args.value(QStringLiteral("user"));
    p.tokenMode = args.has(QStringLiteral("token"));
    p.checkWord = args.has(QStringLiteral("check-word"));
    p.caFile = args.value(QStringLiteral("ca"));
    p.merchantLogin = args.value(QStringLiteral("merchant-login"));
    p.merchantId = args.value(QStringLiteral("merchant-id"));
    p.language = args.values.value(QStringLiteral("language"), QStringLiteral("ru"));
    p.currency = args.values.value(QStringLiteral("currency"), QStringLiteral("RUB"));
    if (p.gateway == GatewayKind::Assist)
        p.holdDays = 4; // Assist's own figure; banks differ, so --hold-days overrides it
    if (args.has(QStringLiteral("hold-days"))) {
        bool ok = false;
        p.holdDays = args.value(QStringLiteral("hold-days")).toInt(&ok);
        if (!ok)
            return fail(Usage, QStringLiteral("--hold-days takes a number of days"));
    }
    p.url = ClientFactory::normalizedUrl(p.gateway, p.url);
    QString error;
    if (!ProfileStore::validate(p, &error))
        return fail(Usage, error);
    if (m_profiles.find(p.name))
        return fail(Usage, QStringLiteral("a profile named \"%1\" already exists").arg(p.name));
    const QString secret = readSecret();
    if (secret.isEmpty())
        return fail(Usage, QStringLiteral("no password or token on standard input"));
    QString checkWord;
    if (p.checkWord) {
        checkWord = readSecret("Assist secret word for checkvalue: ");
        if (checkWord.isEmpty())
            return fail(Usage, QStringLiteral("--check-word: no secret word on the second line of standard input"));
    }
    if (!m_profiles.add(p, &error))
        return fail(Usage, error);
    m_credentials->write(p.id, secret, this, [this, p, checkWord](const SecretResult& r) {
        if (!r.ok()) {
            m_profiles.remove(p.name); // no profile without its secret, and never a plaintext one
            return fail(Unknown, r.message);
        }
        if (p.checkWord) {
            m_credentials->write(
                p.id + QStringLiteral(":checkvalue"), checkWord, this, [this, p](const SecretResult& w) {
                    if (!w.ok()) {
                        m_profiles.remove(p.name);
                        return fail(Unknown, w.message);
                    }
                    printText(
                        QStringLiteral(
                            "Added profile %1 (%2 at %3); the password and the secret word are in the system keychain.")
                            .arg(p.name, GatewayKinds::key(p.gateway), p.url));
                    finishWith(Ok);
                });
            return;
        }
        if (m_json)
            printJson(profileJson(p));
        else
            printText(QStringLiteral("Added profile %1 (%2 at %3); the password is in the system keychain.")
                          .arg(p.name, GatewayKinds::key(p.gateway), p.url));
        finishWith(Ok);
    });
}

bool Cli::openProfile()
{
    if (m_profileName.isEmpty()) {
        const QList<Profile> all = m_profiles.profiles();
        if (all.size() != 1) {
            fail(Usage, all.isEmpty() ? QStringLiteral("no profile yet: add one with paydesk-cli profile add")
                                      : QStringLiteral("several profiles: choose one with --profile NAME"));
            return false;
        }
        m_profile = all.first();
    } else {
        m_profile = m_profiles.find(m_profileName);
        if (!m_profile) {
            fail(Usage, QStringLiteral("no profile named \"%1\"").arg(m_profileName));
            return false;
        }
    }
    QString error;
    m_client = ClientFactory::create(*m_profile, m_credentials, m_timeoutMs, this, &error);
    if (!m_client) {
        fail(Usage, error);
        return false;
    }
    m_operations = new OrderOperations(m_client, this);
    return true;
}

void Cli::orderCommand(const QString& command, const QStringList& words)
{
    Args args;
    QSet<QString> values = {QStringLiteral("amount"),       QStringLiteral("currency"),
                            QStringLiteral("order-number"), QStringLiteral("return-url"),
                            QStringLiteral("fail-url"),     QStringLiteral("description"),
                            QStringLiteral("client-id"),    QStringLiteral("bundle"),
                            QStringLiteral("tax-system"),   QStringLiteral("binding-id"),
                            QStringLiteral("cvc"),          QStringLiteral("email"),
                            QStringLiteral("phone"),        QStringLiteral("session-timeout")};
    if (command == QLatin1String("capture"))
        values.unite({QStringLiteral("due-within"), QStringLiteral("concurrency")});
    if (!parse(words, values,
               {QStringLiteral("preauth"), QStringLiteral("auto-payment"), QStringLiteral("all-held"),
                QStringLiteral("yes")},
               &args))
        return;
    if (!openProfile())
        return;
    if (command == QLatin1String("status"))
        return status(args);
    if (command == QLatin1String("bindings"))
        return listBindings(args);
    if (command == QLatin1String("receipt"))
        return receipts(args);
    // Money moves, and manual payments are made, only with the journal open; money only after what
    // an earlier run left open is settled.
    if (!openStore())
        return;
    if (command == QLatin1String("register"))
        return registerOrder(args);
    reconcileThen([this, command, args] {
        if (command == QLatin1String("capture") && args.has(QStringLiteral("all-held")))
            return captureAllHeld(args);
        moneyOperation(command, args);
    });
}

void Cli::status(const Args& args)
{
    OrderJob* job = nullptr;
    if (args.has(QStringLiteral("order-number")))
        job = m_client->fetchOrderByNumber(args.value(QStringLiteral("order-number")));
    else if (args.positional.size() == 1)
        job = m_client->fetchOrder(args.positional.first());
    else
        return fail(Usage, QStringLiteral("status ORDER_ID, or status --order-number N"));
    const bool byNumber = args.has(QStringLiteral("order-number"));
    connect(job, &OrderJob::finished, this, [this, job, byNumber] {
        if (!job->succeeded()) {
            if (GatewayCapabilities::of(m_profile->gateway).namesOrderOnPayment && !byNumber
                && job->error().noSuchOrder)
                std::fprintf(
                    stderr,
                    "paydesk-cli: Assist does not know this billnumber; look the order up with --order-number N.\n");
            return failGateway(job->error());
        }
        remember(job->order());
        if (m_json)
            printJson(orderJson(job->order()));
        else
            printText(orderText(job->order()));
        finishWith(Ok);
    });
}

void Cli::registerOrder(const Args& args)
{
    RegisterRequest r;
    const Currency currency = Currency::fromCode(args.values.value(QStringLiteral("currency"), m_profile->currency));
    if (!currency.isValid())
        return fail(Usage, QStringLiteral("unknown currency %1").arg(args.value(QStringLiteral("currency"))));
    Money::ParseError parseError;
    const std::optional<Money> amount = Money::parse(args.value(QStringLiteral("amount")), currency, &parseError);
    if (!amount)
        return fail(Usage, QStringLiteral("--amount: ")
                               + Money::errorMessage(parseError, currency, args.value(QStringLiteral("amount"))));
    if (amount->isZero())
        return fail(Usage, QStringLiteral("--amount: the amount must be greater than zero"));
    r.amount = *amount;
    r.orderNumber = args.value(QStringLiteral("order-number"));
    r.returnUrl = args.value(QStringLiteral("return-url"));
    if (r.orderNumber.isEmpty() || r.returnUrl.isEmpty())
        return fail(Usage, QStringLiteral("register needs --amount, --order-number and --return-url"));
    r.failUrl = args.value(QStringLiteral("fail-url"));
    r.description = args.value(QStringLiteral("description"));
    r.clientId = args.value(QStringLiteral("client-id"));
    r.email = args.value(QStringLiteral("email"));
    r.phone = args.value(QStringLiteral("phone"));
    r.preAuth = args.has(QStringLiteral("preauth"));
    r.autoPayment = args.has(QStringLiteral("auto-payment"));
    if (args.has(QStringLiteral("session-timeout")))
        r.sessionTimeoutSecs = args.value(QStringLiteral("session-timeout")).toInt();
    if (args.has(QStringLiteral("bundle"))) {
        QFile file(args.value(QStringLiteral("bundle")));
        if (!file.open(QIODevice::ReadOnly))
            return fail(Usage, QStringLiteral("cannot read %1").arg(file.fileName()));
        const CartJson::Reading reading = CartJson::read(file.readAll(), r.amount.currency());
        if (!reading.cart)
            return fail(Usage, QStringLiteral("%1: %2").arg(file.fileName(), reading.error));
        r.cart = *reading.cart;
    }
    if (args.has(QStringLiteral("tax-system"))) {
        bool ok = false;
        r.taxSystem = args.value(QStringLiteral("tax-system")).toInt(&ok);
        if (!ok || r.taxSystem < 0 || r.taxSystem > 5)
            return fail(Usage, QStringLiteral("--tax-system takes 0 to 5"));
    }
    RegisterJob* job = m_operations->registerOrder(r);
    connect(job, &RegisterJob::finished, this, [this, job] {
        if (!job->succeeded())
            return failGateway(job->error());
        if (m_json)
            printJson(QJsonObject{{QStringLiteral("orderId"), job->value().orderId},
                                  {QStringLiteral("formUrl"), job->value().formUrl}});
        else
            printText(QStringLiteral("orderId  %1\nformUrl  %2").arg(job->value().orderId, job->value().formUrl));
        finishWith(Ok);
    });
}

void Cli::moneyOperation(const QString& command, const Args& args)
{
    if (args.positional.size() != 1)
        return fail(Usage, QStringLiteral("%1 ORDER_ID").arg(command));
    const QString orderId = args.positional.first();
    if (command == QLatin1String("pay-binding")) {
        if (!args.has(QStringLiteral("binding-id")))
            return fail(Usage, QStringLiteral("pay-binding ORDER_ID --binding-id B"));
        OperationJob* job = m_operations->payWithBinding(orderId, args.value(QStringLiteral("binding-id")),
                                                         args.value(QStringLiteral("cvc")));
        connect(job, &OperationJob::finished, this, [this, job, orderId] { printResult(orderId, job->result()); });
        return;
    }
    if (command == QLatin1String("reverse")) {
        OperationJob* job = m_operations->reverse(orderId);
        connect(job, &OperationJob::finished, this, [this, job, orderId] { printResult(orderId, job->result()); });
        return;
    }
    if (!args.has(QStringLiteral("amount"))) {
        OperationJob* job =
            command == QLatin1String("capture") ? m_operations->capture(orderId) : m_operations->refund(orderId);
        connect(job, &OperationJob::finished, this, [this, job, orderId] { printResult(orderId, job->result()); });
        return;
    }
    // The amount is in the order's currency: learn it first.
    OrderJob* lookup = m_client->fetchOrder(orderId);
    const QString text = args.value(QStringLiteral("amount"));
    connect(lookup, &OrderJob::finished, this, [this, lookup, orderId, text, command] {
        if (!lookup->succeeded())
            return failGateway(lookup->error());
        const Currency currency = lookup->order().amount.currency();
        Money::ParseError parseError;
        const std::optional<Money> amount = Money::parse(text, currency, &parseError);
        if (!amount)
            return fail(Usage, QStringLiteral("--amount: ") + Money::errorMessage(parseError, currency, text));
        OperationJob* job = command == QLatin1String("capture") ? m_operations->capture(orderId, amount)
                                                                : m_operations->refund(orderId, amount);
        connect(job, &OperationJob::finished, this, [this, job, orderId] { printResult(orderId, job->result()); });
    });
}

void Cli::listBindings(const Args& args)
{
    if (args.positional.size() != 1)
        return fail(Usage, QStringLiteral("bindings CLIENT_ID"));
    BindingListJob* job = m_client->bindings(args.positional.first());
    connect(job, &BindingListJob::finished, this, [this, job] {
        if (!job->succeeded())
            return failGateway(job->error());
        QJsonArray out;
        QStringList lines;
        for (const Binding& b : job->value()) {
            out.append(QJsonObject{{QStringLiteral("bindingId"), b.bindingId},
                                   {QStringLiteral("maskedPan"), b.maskedPan},
                                   {QStringLiteral("expiry"), b.expiry},
                                   {QStringLiteral("paymentSystem"), b.paymentSystem}});
            lines.append(QStringLiteral("%1  %2  %3  %4").arg(b.bindingId, b.maskedPan, b.expiry, b.paymentSystem));
        }
        if (m_json)
            printJson(QJsonObject{{QStringLiteral("bindings"), out}});
        else
            printText(lines.isEmpty() ? QStringLiteral("No bindings.") : lines.join(QLatin1Char('\n')));
        finishWith(Ok);
    });
}

void Cli::receipts(const Args& args)
{
    if (args.positional.size() != 1)
        return fail(Usage, QStringLiteral("receipt ORDER_ID"));
    ReceiptListJob* job = m_client->receipts(args.positional.first());
    connect(job, &ReceiptListJob::finished, this, [this, job] {
        if (!job->succeeded())
            return failGateway(job->error());
        QJsonArray out;
        QStringList lines;
        for (const Receipt& r : job->value()) {
            out.append(QJsonObject{{QStringLiteral("uuid"), r.uuid},
                                   {QStringLiteral("status"), r.status},
                                   {QStringLiteral("statusText"), r.statusText},
                                   {QStringLiteral("amount"), r.amount},
                                   {QStringLiteral("fiscalDocumentNumber"), r.fiscalNumber}});
            lines.append(QStringLiteral("%1  %2 (%3)  %4  FD %5")
                             .arg(r.uuid)
                             .arg(r.status)
                             .arg(r.statusText, r.amount, r.fiscalNumber));
        }
        if (m_json)
            printJson(QJsonObject{{QStringLiteral("receipts"), out}});
        else
            printText(lines.isEmpty() ? QStringLiteral("No receipts.") : lines.join(QLatin1Char('\n')));
        finishWith(Ok);
    });
}

void Cli::printResult(const QString& orderId, const OperationResult& result)
{
    using Outcome = OperationResult::Outcome;
    if (result.orderKnown)
        remember(result.order);
    if (m_json) {
        printJson(operationJson(orderId, result));
    } else {
        const QString what = OperationResult::kindKey(result.kind);
        if (result.outcome == Outcome::Done) {
            printText(result.settledFromStatus
                          ? QStringLiteral("%1: done (the answer was lost; the order's status confirms it).").arg(what)
                          : QStringLiteral("%1: done.").arg(what));
            const Order& o = result.order;
            if (result.kind == OperationKind::Capture && o.approved.minor() > o.captured.minor())
                printText(
                    QStringLiteral(
                        "The remaining %1 %2 of the hold is released: the gateway takes one capture per order.")
                        .arg(Money(o.approved.minor() - o.captured.minor(), o.amount.currency()).toDecimalString(),
                             o.amount.currency().code()));
        } else if (result.outcome == Outcome::Refused)
            std::fprintf(stderr, "%s: refused%s: %s\n", qPrintable(what),
                         result.refusedBeforeSending ? " before sending"
                         : result.settledFromStatus  ? " (the answer was lost; the order's status shows no change)"
                                                     : "",
                         qPrintable(result.error.userMessage()));
        else
            std::fprintf(stderr,
                         "%s: OUTCOME UNKNOWN. %s\nIt is in the journal; do not repeat it. Run: paydesk-cli reconcile "
                         "(or paydesk-cli status %s)\n",
                         qPrintable(what), qPrintable(result.error.userMessage()), qPrintable(orderId));
        if (result.orderKnown)
            printText(orderText(result.order));
    }
    finishWith(result.outcome == Outcome::Done ? Ok
               : result.outcome == Outcome::Refused
                   ? (result.error.kind == GatewayError::Kind::Config ? Usage : Refused)
                   : Unknown);
}

void Cli::failGateway(const GatewayError& error)
{
    if (m_json) {
        printJson(QJsonObject{{QStringLiteral("error"), error.userMessage()},
                              {QStringLiteral("gatewayCode"),
                               error.gatewayCode.isEmpty() ? QJsonValue() : QJsonValue(error.gatewayCode)}});
    }
    fail(exitCodeOf(error), error.userMessage());
}

void Cli::fail(ExitCode code, const QString& message)
{
    std::fprintf(stderr, "paydesk-cli: %s\n", qPrintable(message));
    finishWith(code);
}

void Cli::finishWith(ExitCode code)
{
    QMetaObject::invokeMethod(
        QCoreApplication::instance(), [code] { QCoreApplication::exit(code); }, Qt::QueuedConnection);
}

void Cli::printJson(const QJsonValue& value)
{
    const QByteArray text = value.isArray() ? QJsonDocument(value.toArray()).toJson(QJsonDocument::Indented)
                                            : QJsonDocument(value.toObject()).toJson(QJsonDocument::Indented);
    std::fwrite(text.constData(), 1, size_t(text.size()), stdout);
    std::fflush(stdout);
}

void Cli::printText(const QString& text)
{
    std::printf("%s\n", text.toUtf8().constData());
    std::fflush(stdout);
}

} // namespace PayDesk::Cli
