#include "cli/Cli.h"
#include "core/i18n/UiLanguage.h"
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
    // Russian when the system's locale is (LANGUAGE, LC_ALL, LC_MESSAGES, LANG); --json stays English and exact.
    const QStringList arguments = app.arguments().mid(1);
    PayDesk::UiLanguage::apply(arguments.contains(QStringLiteral("--json")) ? QStringLiteral("en")
                                                                            : PayDesk::UiLanguage::systemCode());
    PayDesk::Cli::Cli cli(arguments);
    QTimer::singleShot(0, &cli, &PayDesk::Cli::Cli::start);
    return app.exec();
}
