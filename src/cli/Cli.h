#pragma once

#include "core/credentials/CredentialStore.h"
#include "core/profiles/ProfileStore.h"
#include "core/store/OperationJournal.h"
#include "core/store/OrderStore.h"

#include <QCoreApplication>
#include <QHash>
#include <QObject>
#include <QStringList>

#include <functional>
#include <memory>
#include <optional>

namespace PayDesk {
class GatewayClient;
class OrderOperations;
struct OperationResult;
struct GatewayError;
} // namespace PayDesk

namespace PayDesk::Cli {

enum ExitCode { Ok = 0, Refused = 1, Usage = 2, Unknown = 3 };

// paydesk-cli: parses the command line, runs one command asynchronously on the core services and
// quits the event loop with the exit code.
class Cli : public QObject
{
    Q_OBJECT
public:
    explicit Cli(QStringList arguments, QObject* parent = nullptr);
    void start();

private:
    struct Args
    {
        QStringList positional;
        QHash<QString, QString> values;
        QSet<QString> flags;
        bool has(const QString& name) const { return flags.contains(name) || values.contains(name); }
        QString value(const QString& name) const { return values.value(name); }
    };
    bool parse(const QStringList& words, const QSet<QString>& valueOptions, const QSet<QString>& flagOptions,
               Args* out);

    void profileCommand(const QStringList& words);
    void profileAdd(const Args& args);
    void orderCommand(const QString& command, const QStringList& words);
    bool openProfile();

    void status(const Args& args);
    void registerOrder(const Args& args);
    void moneyOperation(const QString& command, const Args& args);
    void listBindings(const Args& args);
    void receipts(const Args& args);

    // The order cache (CacheCommands.cpp).
    void cacheCommand(const QString& command, const QStringList& words);
    bool openStore();
    bool parseFilter(const Args& args, OrderFilter* filter);
    void remember(const Order& order);
    void sync(const Args& args);
    void listOrders(const Args& args);
    void exportOrders(const Args& args);
    void checkCache(const QStringList& words);
    void reportDamage();

    // The operation journal (JournalCommands.cpp).
    void journalCommand(const QString& command, const QStringList& words);
    void reconcileThen(std::function<void()> next);
    void captureAllHeld(const Args& args);

    void printResult(const QString& orderId, const OperationResult& result);
    void failGateway(const GatewayError& error);
    void fail(ExitCode code, const QString& message);
    void finishWith(ExitCode code);
    void printJson(const QJsonValue& value);
    void printText(const QString& text);

    QStringList m_arguments;
    QString m_profileName;
    bool m_json = false;
    QString m_dbPath;
    std::unique_ptr<OrderStore> m_store;
    std::unique_ptr<OperationJournal> m_journal;
    int m_timeoutMs = 30000;
    ProfileStore m_profiles;
    CredentialStore* m_credentials;
    std::optional<Profile> m_profile;
    GatewayClient* m_client = nullptr;
    OrderOperations* m_operations = nullptr;
};

} // namespace PayDesk::Cli
