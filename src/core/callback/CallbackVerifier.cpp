#include "core/callback/CallbackVerifier.h"

#include <QMessageAuthenticationCode>

namespace PayDesk {

namespace {
// Case-insensitive, and in time that does not depend on where the first difference is.
bool sameHex(const QString& a, const QString& b)
{
    if (a.size() != b.size())
        return false;
    ushort difference = 0;
    for (qsizetype i = 0; i < a.size(); ++i)
        difference |= a.at(i).toUpper().unicode() ^ b.at(i).toUpper().unicode();
    return difference == 0;
}

bool isHex(const QString& text)
{
    if (text.size() % 2 != 0)
        return false;
    for (const QChar c : text) {
        if (!c.isDigit() && !(c.toLower() >= QLatin1Char('a') && c.toLower() <= QLatin1Char('f')))
            return false;
    }
    return true;
}
} // namespace

QString CallbackVerifier::hmacChecksum(const QByteArray& signedString, const QString& secret)
{
    return QString::fromLatin1(
        QMessageAuthenticationCode::hash(signedString, secret.toUtf8(), QCryptographicHash::Sha256).toHex().toUpper());
}

CallbackVerdict CallbackVerifier::verify(const CallbackMessage& message, const CallbackKey& key)
{
    const QString checksum = message.checksum().trimmed();
    if (checksum.isEmpty())
        return CallbackVerdict::Unsigned;
    if (key.isEmpty())
        return CallbackVerdict::NoKey;
    if (!isHex(checksum))
        return CallbackVerdict::WrongChecksum;
    const QByteArray text = message.signedString();
    if (key.rsa)
        return key.rsa->verifySha512(text, QByteArray::fromHex(checksum.toLatin1())) ? CallbackVerdict::Genuine
                                                                                     : CallbackVerdict::WrongChecksum;
    return sameHex(hmacChecksum(text, key.secret), checksum) ? CallbackVerdict::Genuine
                                                             : CallbackVerdict::WrongChecksum;
}

} // namespace PayDesk
