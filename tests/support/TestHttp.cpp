#include "support/TestHttp.h"

#include <QJsonDocument>
#include <QSignalSpy>

HttpResult TestHttp::post(const QUrl& url, const QByteArray& body, int timeoutMs, const QByteArray& contentType)
{
    QNetworkRequest request(url);
    request.setHeader(QNetworkRequest::ContentTypeHeader, contentType);
    request.setAttribute(QNetworkRequest::RedirectPolicyAttribute, QNetworkRequest::ManualRedirectPolicy);
    request.setTransferTimeout(timeoutMs);
    return finish(m_nam.post(request, body), timeoutMs);
}

HttpResult TestHttp::get(const QUrl& url, int timeoutMs)
{
    QNetworkRequest request(url);
    request.setAttribute(QNetworkRequest::RedirectPolicyAttribute, QNetworkRequest::ManualRedirectPolicy);
    request.setTransferTimeout(timeoutMs);
    return finish(m_nam.get(request), timeoutMs);
}

HttpResult TestHttp::del(const QUrl& url)
{
    return finish(m_nam.deleteResource(QNetworkRequest(url)), 15000);
}

HttpResult TestHttp::finish(QNetworkReply* reply, int timeoutMs)
{
    QSignalSpy spy(reply, &QNetworkReply::finished);
    if (!reply->isFinished())
        spy.wait(timeoutMs + 5000);
    HttpResult r;
    r.status = reply->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt();
    r.error = reply->error();
    r.body = reply->readAll();
    r.location = QString::fromUtf8(reply->rawHeader("Location"));
    QJsonParseError pe;
    const QJsonDocument doc = QJsonDocument::fromJson(r.body, &pe);
    r.jsonValid = pe.error == QJsonParseError::NoError && doc.isObject();
    r.json = doc.object();
    reply->deleteLater();
    return r;
}

QByteArray TestHttp::form(const QList<QPair<QString, QString>>& fields)
{
    QByteArray out;
    for (const auto& f : fields) {
        if (!out.isEmpty())
            out += '&';
        out += QUrl::toPercentEncoding(f.first) + '=' + QUrl::toPercentEncoding(f.second);
    }
    return out;
}
