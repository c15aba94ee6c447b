#pragma once

#include <QCoreApplication>
#include <QList>
#include <QPair>
#include <QString>

namespace PayDesk {

// The VAT rates of an RBS cart line (orderBundle item tax.taxType; ../shared/spec/rbs-api.md §5).
class RbsTaxTypes
{
    Q_DECLARE_TR_FUNCTIONS(RbsTaxTypes)
public:
    // Code and name, in the order a cart editor offers them.
    static QList<QPair<int, QString>> all();
    // The rate's name, or the raw code when it is not one we know.
    static QString name(int code);
};

} // namespace PayDesk
