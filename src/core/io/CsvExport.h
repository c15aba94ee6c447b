#pragma once

#include "core/io/CsvWriter.h"

#include <QCoreApplication>
#include <QSaveFile>

namespace PayDesk {

// A CSV file written whole or not at all: through a temporary file beside PATH, every write, the flush
// and the sync to disk checked, and an earlier file at PATH replaced only when all of it is written.
// The file is the owner's alone (0600).
class CsvExport
{
    Q_DECLARE_TR_FUNCTIONS(CsvExport)
public:
    explicit CsvExport(const QString& path);
    ~CsvExport();

    bool open();
    // False from the first failed write on; the rest is not written.
    bool writeRow(const QStringList& fields);
    // Puts the file in place. False, leaving any earlier file untouched, if anything failed.
    bool commit();
    QString errorString() const { return m_error; }

private:
    bool failWith(const QString& detail);

    QSaveFile m_file;
    CsvWriter m_writer;
    QString m_error;
};

} // namespace PayDesk
