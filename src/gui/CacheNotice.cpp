#include "gui/CacheNotice.h"

#include "core/session/Desk.h"

#include <QDir>
#include <QStatusBar>

namespace PayDesk {

CacheNotice::CacheNotice(Desk* desk, QStatusBar* bar, QObject* parent)
    : QObject(parent)
{
    connect(desk, &Desk::cacheDamaged, this, [bar](const QList<DamagedRow>& rows, const QString& file) {
        bar->showMessage(tr("%n order(s) in the cache %1 could not be read (first: %2); left out, and fetched "
                            "again at the next sync.",
                            nullptr, int(rows.size()))
                             .arg(QDir::toNativeSeparators(file), rows.first().orderId));
    });
    connect(desk, &Desk::cacheFailed, this, [bar](const StoreError& error) {
        bar->showMessage(tr("The order cache could not be read or written: %1").arg(error.userMessage()));
    });
}

} // namespace PayDesk
