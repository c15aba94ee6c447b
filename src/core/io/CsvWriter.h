#pragma once

#include <QStringList>

class QIODevice;

namespace PayDesk {

// RFC 4180 CSV in UTF-8: CRLF line ends, fields quoted only when they hold a comma, quote or line break.
// A field that a spreadsheet would take for a formula (it begins with =, +, -, @, tab or carriage return,
// as OWASP's CSV injection guidance lists) gets a leading apostrophe; PayDesk's amounts never begin so.
class CsvWriter
{
public:
    explicit CsvWriter(QIODevice* device)
        : m_device(device)
    { }
    bool writeRow(const QStringList& fields);
    static QString field(const QString& value);
    static QString neutralised(const QString& value);

private:
    QIODevice* m_device;
};

} // namespace PayDesk
