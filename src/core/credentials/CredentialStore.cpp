#include "core/credentials/CredentialStore.h"

#include <QPointer>

#include <qt6keychain/keychain.h>

namespace PayDesk {

namespace {

SecretResult resultOf(QKeychain::Job* job, const QString& secret = {})
{
    SecretResult r;
    switch (job->error()) {
    case QKeychain::NoError:
        r.secret = secret;
        return r;
    case QKeychain::EntryNotFound:
        r.status = SecretResult::Status::NotFound;
        r.message = CredentialStore::tr("No password is stored in the keychain for this profile.");
        return r;
    default:
        r.status = SecretResult::Status::Unavailable;
        r.message = CredentialStore::tr(
                        "The system keychain is not available or is locked (%1). PayDesk keeps passwords only there.")
                        .arg(job->errorString());
        return r;
    }
}

template <typename JobType>
void start(JobType* job, const QString& key, QObject* context, CredentialStore::Callback done,
           std::function<QString(JobType*)> secretOf)
{
    job->setAutoDelete(true);
    job->setInsecureFallback(false);
    job->setKey(key);
    QPointer<QObject> guard(context);
    QObject::connect(job, &QKeychain::Job::finished, context, [job, done, secretOf, guard](QKeychain::Job*) {
        if (guard)
            done(resultOf(job, secretOf ? secretOf(job) : QString()));
    });
    job->start();
}

} // namespace

CredentialStore::CredentialStore(QObject* parent, QString service)
    : QObject(parent)
    , m_service(std::move(service))
{ }

void CredentialStore::write(const QString& key, const QString& secret, QObject* context, Callback done)
{
    auto* job = new QKeychain::WritePasswordJob(m_service);
    job->setTextData(secret);
    start<QKeychain::WritePasswordJob>(job, key, context, std::move(done), {});
}

void CredentialStore::read(const QString& key, QObject* context, Callback done)
{
    auto* job = new QKeychain::ReadPasswordJob(m_service);
    start<QKeychain::ReadPasswordJob>(job, key, context, std::move(done),
                                      [](QKeychain::ReadPasswordJob* j) { return j->textData(); });
}

void CredentialStore::remove(const QString& key, QObject* context, Callback done)
{
    auto* job = new QKeychain::DeletePasswordJob(m_service);
    start<QKeychain::DeletePasswordJob>(job, key, context, std::move(done), {});
}

} // namespace PayDesk
