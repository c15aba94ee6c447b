#pragma once

#include <QJsonArray>
#include <QJsonObject>
#include <QList>
#include <QString>

namespace PayDesk::Sandbox {

// RBS orderStatus values.
enum RbsStatus : int {
    Created = 0,
    Approved = 1,
    Deposited = 2,
    Reversed = 3,
    Refunded = 4,
    AcsAuth = 5,
    Declined = 6,
};

struct SandboxOperation
{
    qint64 timeMs = 0;
    QString type; // PREAUTHORIZATION, AUTHORIZATION, COMPLETION, REVERSAL, REFUND, DECLINE
    qint64 amount = 0;
    QString source; // "api", "payment-page", "auto"
    QString externalRefundId;
};

struct SandboxReceipt
{
    QString uuid;
    int receiptStatus = 1;
    qint64 timeMs = 0;
    qint64 amount = 0;
    int shiftNumber = 1;
    qint64 fiscalReceiptNumber = 0;
    qint64 fiscalDocumentNumber = 0;
    qint64 fiscalDocumentAttribute = 0;
    QJsonObject ofdOrderBundle; // what the receipt printed, when it differs from the order's cart (closing receipts)
};

struct SandboxOrder
{
    QString id;
    QString orderNumber;
    QString merchant;
    qint64 amount = 0;
    int currency = 643;
    bool preAuth = false;
    int status = Created;
    int actionCode = -100;
    qint64 approved = 0;
    qint64 deposited = 0;
    qint64 refunded = 0;
    qint64 createdMs = 0;
    qint64 expiresMs = 0; // end of the payment session
    qint64 authMs = 0;
    qint64 depositedMs = 0;
    qint64 reversedMs = 0;
    qint64 refundedMs = 0;
    qint64 autoReverseMs = 0; // from registerPreAuth autoReverseDate, 0 = profile default
    bool partiallyReversed = false;
    QString returnUrl;
    QString failUrl;
    QString description;
    QString language;
    QString clientId;
    QString email;
    QString phone;
    QString ip;
    bool autoPayment = false;
    QJsonObject jsonParams;
    QJsonObject orderBundle;
    int taxSystem = -1;
    // Card data after a payment attempt.
    QString maskedPan;
    QString expiration; // yyyyMM
    QString cardholderName;
    QString paymentSystem;
    QString approvalCode;
    QString authRefNum;
    QString paymentWay;
    QString bindingId;
    QString pendingPan;  // card waiting on the ACS page, or chosen in the Mir Pay app
    QString walletToken; // the Mir Pay app's hand-back to the payment page
    QList<SandboxOperation> operations;
    QList<SandboxReceipt> receipts;
};

struct SandboxBinding
{
    QString id;
    QString clientId;
    QString merchant;
    QString pan;
    QString maskedPan;
    QString expiryDate; // yyyyMM
    QString paymentSystem;
    qint64 createdMs = 0;
};

} // namespace PayDesk::Sandbox
