#include "core/store/StoreError.h"

#include <QSqlError>

namespace PayDesk {

StoreError StoreError::of(Kind kind, const QString& path, const QString& detail)
{
    return StoreError{kind, path, detail};
}

StoreError StoreError::fromSql(const QSqlError& error, const QString& path, bool writing)
{
    // SQLite's primary result codes (the low byte of an extended one).
    enum { Corrupt = 11, Full = 13, CantOpen = 14, ReadOnly = 8, NotADb = 26 };
    const int code = error.nativeErrorCode().toInt() & 0xff;
    const QString text = error.text();
    switch (code) {
    case NotADb:
        return of(Kind::NotACache, path, text);
    case Corrupt:
        return of(Kind::Damaged, path, text);
    case Full:
        return of(Kind::DiskFull, path, text);
    case ReadOnly:
        return of(Kind::CannotWrite, path, text);
    case CantOpen:
        return of(Kind::CannotRead, path, text);
    default:
        return of(writing ? Kind::CannotWrite : Kind::CannotRead, path, text);
    }
}

QString StoreError::userMessage() const
{
    switch (kind) {
    case Kind::None:
        return {};
    case Kind::CannotRead:
        return tr("Cannot read the order cache %1: %2").arg(path, detail);
    case Kind::CannotWrite:
        return tr("Cannot write to the order cache %1: %2").arg(path, detail);
    case Kind::DiskFull:
        return tr("The disk holding the order cache %1 is full; nothing more was stored. Free some space and try "
                  "again.")
            .arg(path);
    case Kind::NotACache:
        return tr("%1 is not a PayDesk order cache (%2).").arg(path, detail);
    case Kind::Damaged:
        return tr("The order cache %1 is damaged (%2). Move it aside; PayDesk will build a new one from the gateway.")
            .arg(path, detail);
    case Kind::NewerSchema:
        return tr("Cannot read the order cache %1: %2").arg(path, detail);
    }
    return {};
}

} // namespace PayDesk
