#include "EmbeddedSandbox.h"

#include "AppIcon.h"
#include "MainWindow.h"
#include "gateway/rbs/RbsClient.h"

#include <QApplication>
#include <QCommandLineParser>
#include <QMessageBox>
#include <QTimer>

using namespace PayDesk;

int main(int argc, char *argv[])
{
    QApplication app(argc, argv);
    QApplication::setApplicationName(QStringLiteral("paydesk"));
    QApplication::setApplicationDisplayName(QStringLiteral("PayDesk"));
    QApplication::setOrganizationName(QStringLiteral("PayDesk"));
    QApplication::setApplicationVersion(QStringLiteral(PAYDESK_VERSION));
    QApplication::setDesktopFileName(QStringLiteral(PAYDESK_APP_ID));
    QApplication::setWindowIcon(QIcon::fromTheme(QStringLiteral(PAYDESK_APP_ID), AppIcon::icon()));

    QCommandLineParser parser;
    parser.setApplicationDescription(QStringLiteral("PayDesk: the back office for card payments through RBS and Assist gateways."));
    parser.addHelpOption();
    parser.addVersionOption();
    const QCommandLineOption sandboxOption(QStringLiteral("sandbox"), QStringLiteral("Start on the embedded sandbox gateway with demo orders."));
    const QCommandLineOption seedOption(QStringLiteral("seed-orders"), QStringLiteral("Demo orders in the sandbox (default 300)."), QStringLiteral("N"), QStringLiteral("300"));
    const QCommandLineOption screenshotOption(QStringLiteral("screenshot"), QStringLiteral("Save a picture of the window after the first sync, then quit."), QStringLiteral("FILE"));
    parser.addOptions({sandboxOption, seedOption, screenshotOption});
    parser.process(app);

    // Profiles with real gateways arrive with the profile store; until then every start is a
    // sandbox start, which never touches real profiles.
    EmbeddedSandbox sandbox;
    Sandbox::SandboxOptions options;
    options.seedOrders = qBound(0, parser.value(seedOption).toInt(), 200000);
    QString error;
    if (!sandbox.start(options, &error)) {
        QMessageBox::critical(nullptr, QStringLiteral("PayDesk"), QApplication::translate("main", "The sandbox gateway did not start: %1").arg(error));
        return 1;
    }
    RbsSettings settings;
    settings.baseUrl = QUrl(sandbox.baseUrl());
    RbsClient client(settings);
    client.setCredentials({options.user, options.password, {}}); // the sandbox's public demo account

    MainWindow window(&client, QApplication::translate("main", "Sandbox"));
    window.show();
    if (parser.isSet(screenshotOption)) {
        const QString file = parser.value(screenshotOption);
        QObject::connect(&window, &MainWindow::syncFinished, &window, [&window, file](bool ok) {
            QTimer::singleShot(200, &window, [&window, file, ok] {
                window.grab().save(file);
                QApplication::exit(ok ? 0 : 1);
            });
        });
    }
    QTimer::singleShot(0, &window, &MainWindow::sync);
    return app.exec();
}
