#include "app/EmbeddedSandbox.h"

namespace PayDesk {

bool EmbeddedSandbox::start(const Sandbox::SandboxOptions& options, QString* error)
{
    m_thread.setObjectName(QStringLiteral("sandbox"));
    m_thread.start();
    m_anchor = new QObject;
    m_anchor->moveToThread(&m_thread);
    bool ok = false;
    // Binding a loopback socket takes microseconds: waiting for it here keeps start-up simple.
    QMetaObject::invokeMethod(
        m_anchor,
        [&] {
            m_server = new Sandbox::SandboxServer(options, m_anchor);
            ok = m_server->start(error);
            m_baseUrl = m_server->baseUrl();
        },
        Qt::BlockingQueuedConnection);
    return ok;
}

void EmbeddedSandbox::setCallbackUrl(const QString& merchant, const QString& url)
{
    if (m_anchor)
        QMetaObject::invokeMethod(m_anchor, [this, merchant, url] {
            m_server->callbacks().setTarget(merchant, {url, {}});
        });
}

EmbeddedSandbox::~EmbeddedSandbox()
{
    if (m_anchor)
        QMetaObject::invokeMethod(
            m_anchor, [this] { delete m_anchor; }, Qt::BlockingQueuedConnection);
    m_thread.quit();
    m_thread.wait();
}

} // namespace PayDesk
