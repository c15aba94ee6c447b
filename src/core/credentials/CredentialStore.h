#pragma once

#include <QCoreApplication>
#include <QObject>

#include <functional>

namespace PayDesk {

struct SecretResult
{
    enum class Status { Ok, NotFound, Unavailable };
    Status status = Status::Ok;
    QString secret;
    QString message; // for people; never contains the secret

    bool ok() const { return status == Status::Ok; }
};

// The only place passwords and tokens are kept: the OS keychain (Secret Service on Linux) through
// QtKeychain, service "paydesk", key = profile id. No plaintext fallback: a missing or locked
// keychain is an error the user sees.
class CredentialStore : public QObject
{
    Q_OBJECT
public:
    using Callback = std::function<void(const SecretResult&)>;

    explicit CredentialStore(QObject* parent = nullptr, QString service = QStringLiteral("paydesk"));

    void write(const QString& key, const QString& secret, QObject* context, Callback done);
    void read(const QString& key, QObject* context, Callback done);
    void remove(const QString& key, QObject* context, Callback done);

private:
    QString m_service;
};

} // namespace PayDesk
