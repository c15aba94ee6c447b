// The sandbox's form decoder (x-www-form-urlencoded, from a query or a POST body) on arbitrary
// bytes, with every lookup the gateways make; an item the decoder found must be found by name.
#include "sandbox/FormData.h"

#include <QStringList>

#include <cstdint>
#include <cstdlib>

using namespace PayDesk::Sandbox;

extern "C" int LLVMFuzzerTestOneInput(const uint8_t* data, size_t size)
{
    const QByteArray encoded = QByteArray::fromRawData(reinterpret_cast<const char*>(data), qsizetype(size));
    FormData form = FormData::parse(encoded);
    // The first name in the input, decoded the same way, is in the form with its first value.
    const QByteArray firstPair = encoded.left(encoded.indexOf('&') < 0 ? encoded.size() : encoded.indexOf('&'));
    if (!firstPair.isEmpty()) {
        QByteArray name = firstPair.left(firstPair.indexOf('=') < 0 ? firstPair.size() : firstPair.indexOf('='));
        name.replace('+', ' ');
        const QString key = QString::fromUtf8(QByteArray::fromPercentEncoding(name));
        if (!form.contains(key) || form.values(key).isEmpty() || form.values(key).first() != form.value(key))
            abort();
    }
    const qsizetype before = form.values(QStringLiteral("orderId")).size();
    form.merge(FormData::parse(QByteArray("orderId=1&amount=100")));
    if (form.values(QStringLiteral("orderId")).size() != before + 1 || form.isEmpty())
        abort();
    return 0;
}
