#pragma once

#include "core/model/Cart.h"
#include "core/money/Money.h"

#include <QJsonObject>
#include <QList>
#include <QPair>
#include <QString>

namespace PayDesk {

// A new order as the merchant registers it (one-stage or pre-authorised).
struct RegisterRequest
{
    Money amount;
    QString orderNumber;
    QString returnUrl;
    QString failUrl;
    QString description;
    QString clientId;
    QString email;
    QString phone;
    bool preAuth = false;
    bool autoPayment = false; // features=AUTO_PAYMENT
    Cart cart;                // empty: none
    int taxSystem = -1;
    int sessionTimeoutSecs = 0;            // 0: the gateway's default
    QList<QPair<QString, QString>> params; // jsonParams
};

struct Registration
{
    QString orderId;
    QString formUrl;
};

struct Binding
{
    QString bindingId;
    QString maskedPan;
    QString expiry;
    QString paymentSystem;
    QString clientId;
};

struct Receipt
{
    QString uuid;
    int status = -1;
    QString statusText;
    QString amount; // as the gateway prints it
    QString fiscalNumber;
    QJsonObject raw;
};

} // namespace PayDesk
