#include "core/gateway/rbs/RbsTaxTypes.h"

namespace PayDesk {

QList<QPair<int, QString>> RbsTaxTypes::all()
{
    return {{0, tr("no VAT")}, {1, tr("0 %")},  {2, tr("10 %")},   {4, tr("10/110")}, {6, tr("20 %")},
            {7, tr("20/120")}, {10, tr("5 %")}, {11, tr("5/105")}, {12, tr("7 %")},   {13, tr("7/107")}};
}

QString RbsTaxTypes::name(int code)
{
    for (const auto& t : all()) {
        if (t.first == code)
            return t.second;
    }
    return QString::number(code);
}

} // namespace PayDesk
