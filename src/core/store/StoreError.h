#pragma once

#include <QCoreApplication>
#include <QString>

class QSqlError;

namespace PayDesk {

// Why the order cache could not be used. A value, like GatewayError: the front ends choose the exit
// code or the wording from the kind, never from the text.
struct StoreError
{
    Q_DECLARE_TR_FUNCTIONS(StoreError)
public:
    enum class Kind {
        None,
        CannotRead,  // opening or reading failed (permissions, I/O)
        CannotWrite, // a write failed for a reason other than space (read-only file, I/O)
        DiskFull,    // a write failed for want of space; what was committed before stays
        NotACache,   // the file is not a PayDesk order cache: another database, or not a database at all
        Damaged,     // SQLite reports the file itself as corrupt
        NewerSchema, // written by a newer PayDesk
    };

    Kind kind = Kind::None;
    QString path;   // the cache file
    QString detail; // SQLite's own text, or what was wrong

    bool isError() const { return kind != Kind::None; }
    // Bad input rather than a failure: the user pointed PayDesk at the wrong or a broken file.
    bool isBadInput() const { return kind == Kind::NotACache || kind == Kind::Damaged; }
    QString userMessage() const;

    static StoreError of(Kind kind, const QString& path, const QString& detail = {});
    // From a failed SQLite call: NOTADB, CORRUPT, FULL, READONLY and CANTOPEN get their own kinds.
    static StoreError fromSql(const QSqlError& error, const QString& path, bool writing);
};

} // namespace PayDesk
