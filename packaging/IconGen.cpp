// Writes the application icon as PNG files for the hicolor theme: icongen DIR SIZE...
#include "gui/AppIcon.h"

#include <QCoreApplication>
#include <QDir>

int main(int argc, char* argv[])
{
    QCoreApplication app(argc, argv);
    const QStringList args = app.arguments();
    if (args.size() < 3)
        return 2;
    for (const QString& size : args.mid(2)) {
        const QString dir = args[1] + QStringLiteral("/%1x%1/apps").arg(size);
        QDir().mkpath(dir);
        if (!PayDesk::AppIcon::image(size.toInt()).save(dir + QStringLiteral("/ru.paydesk.PayDesk.png")))
            return 1;
    }
    return 0;
}
