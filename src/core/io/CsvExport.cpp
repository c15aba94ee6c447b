#include "core/io/CsvExport.h"

#include <cerrno>
#include <cstring>

#include <unistd.h>

namespace PayDesk {

CsvExport::CsvExport(const QString& path)
    : m_file(path)
    , m_writer(&m_file)
{ }

CsvExport::~CsvExport()
{
    if (m_file.isOpen())
        m_file.cancelWriting();
}

bool CsvExport::failWith(const QString& detail)
{
    if (m_error.isEmpty())
        m_error = tr("Cannot write %1: %2").arg(m_file.fileName(), detail);
    m_file.cancelWriting();
    return false;
}

bool CsvExport::open()
{
    if (!m_file.open(QIODevice::WriteOnly))
        return failWith(m_file.errorString());
    if (!m_file.setPermissions(QFileDevice::ReadOwner | QFileDevice::WriteOwner))
        return failWith(m_file.errorString());
    return true;
}

bool CsvExport::writeRow(const QStringList& fields)
{
    if (!m_error.isEmpty())
        return false;
    if (!m_writer.writeRow(fields))
        return failWith(m_file.errorString());
    return true;
}

bool CsvExport::commit()
{
    if (!m_error.isEmpty())
        return false;
    // A full disk may show only when the buffer is flushed or the data reaches the disk.
    if (!m_file.flush())
        return failWith(m_file.errorString());
    if (::fsync(m_file.handle()) != 0)
        return failWith(QString::fromLocal8Bit(strerror(errno)));
    if (!m_file.commit())
        return failWith(m_file.errorString());
    return true;
}

} // namespace PayDesk
