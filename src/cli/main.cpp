#include "cli/Cli.h"
#include "core/io/PrivateFiles.h"
#include "core/store/OperationJournal.h"

#include <QCoreApplication>
#include <QLocale>
#include <QTimer>

int main(int argc, char* argv[])
{
    PayDesk::PrivateFiles::restrictUmask();
    QCoreApplication app(argc, argv);
    QLocale::setDefault(QLocale::c()); // one amount form in every message: "48915.61 RUB" (amountText)
    QCoreApplication::setApplicationName(QStringLiteral("paydesk-cli"));
    QCoreApplication::setOrganizationName(QStringLiteral("PayDesk"));
    PayDesk::OperationJournal::setOrigin(QLatin1String(PayDesk::OperationJournal::Cli));
    QCoreApplication::setApplicationVersion(QStringLiteral(PAYDESK_VERSION));
    PayDesk::Cli::Cli cli(app.arguments().mid(1));
    QTimer::singleShot(0, &cli, &PayDesk::Cli::Cli::start);
    return app.exec();
}
