#include "core/io/PrivateFiles.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>

#include <sys/stat.h>

namespace PayDesk::PrivateFiles {

namespace {
constexpr QFileDevice::Permissions OwnerFile = QFileDevice::ReadOwner | QFileDevice::WriteOwner;
constexpr QFileDevice::Permissions OwnerDir = OwnerFile | QFileDevice::ExeOwner;
constexpr QFileDevice::Permissions GroupOrOther = QFileDevice::ReadGroup | QFileDevice::WriteGroup
                                                  | QFileDevice::ExeGroup | QFileDevice::ReadOther
                                                  | QFileDevice::WriteOther | QFileDevice::ExeOther;
} // namespace

bool makeDir(const QString& dir)
{
    const bool existed = QFileInfo::exists(dir);
    if (!QDir().mkpath(dir))
        return false;
    // Another program's directory (a shared /tmp, ~/Documents chosen for a cache) keeps its modes.
    const bool ours = !existed || QFileInfo(dir).fileName().compare(QLatin1String("paydesk"), Qt::CaseInsensitive) == 0;
    if (ours && (QFileInfo(dir).permissions() & GroupOrOther))
        QFile::setPermissions(dir, OwnerDir);
    return true;
}

bool tighten(const QString& file)
{
    const QFileInfo info(file);
    if (!info.exists())
        return true;
    if ((info.permissions() & GroupOrOther) == 0)
        return true;
    return QFile::setPermissions(file, OwnerFile);
}

bool create(const QString& file)
{
    if (QFileInfo::exists(file))
        return tighten(file);
    QFile f(file);
    if (!f.open(QIODevice::WriteOnly | QIODevice::NewOnly))
        return false;
    return f.setPermissions(OwnerFile);
}

void restrictUmask()
{
    ::umask(S_IRWXG | S_IRWXO);
}

} // namespace PayDesk::PrivateFiles
