#include "core/model/GatewayCodeText.h"

namespace PayDesk {

QString GatewayCodeText::explain(const QString& code)
{
    bool number = false;
    const int first = code.section(QLatin1Char('/'), 0, 0).toInt(&number);
    if (!number)
        return {};
    return code.contains(QLatin1Char('/')) ? assist(first) : rbs(first);
}

QString GatewayCodeText::languageOf(const QString& text)
{
    bool latin = false;
    for (const QChar c : text) {
        if (c.script() == QChar::Script_Cyrillic)
            return QStringLiteral("ru");
        latin = latin || c.script() == QChar::Script_Latin;
    }
    return latin ? QStringLiteral("en") : QString();
}

QString GatewayCodeText::actionCodeBeside(int code, const QString& gatewayText, const QString& uiLanguage)
{
    const QString written = languageOf(gatewayText);
    if (written.isEmpty() || written == uiLanguage)
        return {};
    return rbsAction(code);
}

// The common RBS actionCodes (../shared/spec/rbs-api.md §3.3).
QString GatewayCodeText::rbsAction(int code)
{
    switch (code) {
    case -100:
        return tr("no payment attempts yet");
    case -2007:
        return tr("the payment time expired");
    case -2013:
        return tr("the payment attempts are exhausted");
    case -2006:
        return tr("3-D Secure authentication failed");
    case 0:
        return tr("the payment succeeded");
    case 101:
        return tr("the card has expired");
    case 116:
        return tr("insufficient funds");
    case 400:
        return tr("the reversal was processed");
    case 910:
        return tr("the card issuer is unavailable");
    case 2007:
        return tr("the order is already paid");
    default:
        return {};
    }
}

// The classes of RBS errorCode (the gateway's code table, ../shared/spec/rbs-api.md §8): one code
// covers several causes, so this names the class; the gateway's message says which.
QString GatewayCodeText::rbs(int code)
{
    switch (code) {
    case 1:
        return tr("the order number is already used, or the card or binding data is wrong");
    case 2:
        return tr("the binding is inactive or in the wrong state, or nothing was found");
    case 3:
        return tr("the gateway does not know the currency");
    case 4:
        return tr("a required parameter is missing or wrong");
    case 5:
        return tr("the gateway refused the operation: access denied, a wrong amount or order state, or the order is "
                  "busy with another operation");
    case 6:
        return tr("the gateway has no such order");
    case 7:
        return tr("a system error at the gateway, or no successful payment to act on");
    case 8:
        return tr("the cart does not match the order (currency, total or format)");
    default:
        return {};
    }
}

// Assist's firstcode, the class of the error (../shared/spec/assist-api.md §6).
QString GatewayCodeText::assist(int firstcode)
{
    switch (firstcode) {
    case 2:
        return tr("an internal error of the gateway");
    case 3:
        return tr("a required parameter is missing");
    case 4:
    case 5:
        return tr("a parameter has a wrong format or value");
    case 7:
    case 8:
    case 19:
        return tr("the gateway did not accept the login, password or Merchant_ID");
    case 10:
        return tr("the gateway has no such order");
    case 11:
        return tr("the object already exists");
    case 12:
        return tr("the order is busy with another operation");
    case 15:
        return tr("the operation is not allowed in the order's state");
    case 16:
        return tr("the operation timed out at the gateway");
    case 17:
        return tr("a limit was exceeded");
    case 21:
        return tr("the operation was rejected");
    default:
        return {};
    }
}

} // namespace PayDesk
