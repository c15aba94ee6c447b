#pragma once

#include "sandbox/SandboxServer.h"

#include <QThread>

namespace PayDesk {

// The sandbox gateway running inside the app on its own thread, so its simulated latency never
// touches the GUI. `paydesk --sandbox` uses it; real profiles never do.
class EmbeddedSandbox
{
public:
    EmbeddedSandbox() = default;
    ~EmbeddedSandbox();

    bool start(const Sandbox::SandboxOptions& options, QString* error);
    QString baseUrl() const { return m_baseUrl; }
    // The account's callbacks go to URL from now on (unsigned).
    void setCallbackUrl(const QString& merchant, const QString& url);

private:
    QThread m_thread;
    QObject* m_anchor = nullptr;
    Sandbox::SandboxServer* m_server = nullptr;
    QString m_baseUrl;
};

} // namespace PayDesk
