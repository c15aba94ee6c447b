#pragma once

#include <QJsonObject>
#include <QNetworkAccessManager>
#include <QNetworkReply>
#include <QUrl>

// Test-side HTTP: waits for each reply (tests may block; production code never does).
struct HttpResult
{
    int status = 0;
    QNetworkReply::NetworkError error = QNetworkReply::NoError;
    QByteArray body;
    QJsonObject json;
    bool jsonValid = false;
    QString location;
};

class TestHttp
{
public:
    HttpResult post(const QUrl& url, const QByteArray& body, int timeoutMs = 15000,
                    const QByteArray& contentType = "application/x-www-form-urlencoded");
    HttpResult get(const QUrl& url, int timeoutMs = 15000);
    HttpResult del(const QUrl& url);

    // name=value pairs percent-encoded as UTF-8, '+' included.
    static QByteArray form(const QList<QPair<QString, QString>>& fields);

private:
    HttpResult finish(QNetworkReply* reply, int timeoutMs);
    QNetworkAccessManager m_nam;
};
