#include "gui/StartupProfile.h"

#include <QSettings>

namespace PayDesk {

namespace {
const QString Key = QStringLiteral("ui/profile");
}

QString StartupProfile::name()
{
    return QSettings().value(Key).toString();
}

void StartupProfile::set(const QString& name)
{
    QSettings().setValue(Key, name);
}

void StartupProfile::forget(const QString& name)
{
    if (StartupProfile::name() == name)
        QSettings().remove(Key);
}

} // namespace PayDesk
