#pragma once

#include <QByteArray>
#include <QHash>
#include <QHostAddress>
#include <QString>
#include <QUrlQuery>

namespace PayDesk::Sandbox {

struct HttpRequest
{
    QByteArray method;
    QString path;                          // decoded path without the query
    QByteArray rawQuery;                   // as received, still percent-encoded
    QHash<QByteArray, QByteArray> headers; // names lower-cased
    QByteArray body;
    QHostAddress peer;

    QByteArray header(const QByteArray& name) const { return headers.value(name.toLower()); }
};

struct HttpResponse
{
    int status = 200;
    QByteArray contentType = "application/json;charset=UTF-8";
    QList<QPair<QByteArray, QByteArray>> headers;
    QByteArray body;

    static HttpResponse json(const QByteArray& body, int status = 200);
    static HttpResponse html(const QString& body, int status = 200);
    static HttpResponse redirect(const QString& location);
    static HttpResponse text(const QByteArray& body, int status);
};

QByteArray reasonPhrase(int status);

} // namespace PayDesk::Sandbox
