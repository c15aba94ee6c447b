#include "EmbeddedSandbox.h"

#include "AppIcon.h"
#include "MainWindow.h"
#include "io/PrivateFiles.h"
#include "credentials/CredentialStore.h"
#include "dialogs/ProfilesDialog.h"
#include "gateway/ClientFactory.h"
#include "gateway/rbs/RbsClient.h"
#include "profiles/ProfileStore.h"
#include "session/Desk.h"
#include "store/OrderStore.h"

#include <QApplication>
#include <QCommandLineParser>
#include <QDir>
#include <QFile>
#include <QLibraryInfo>
#include <QMessageBox>
#include <QPushButton>
#include <QSettings>
#include <QTranslator>
#include <QStandardPaths>
#include <QTimer>

using namespace PayDesk;

int main(int argc, char *argv[])
{
    PayDesk::PrivateFiles::restrictUmask(); // the cache, exports and settings are the user's alone
    QApplication app(argc, argv);
    QApplication::setApplicationName(QStringLiteral("paydesk"));
    QApplication::setApplicationDisplayName(QStringLiteral("PayDesk"));
    QApplication::setOrganizationName(QStringLiteral("PayDesk"));
    QApplication::setApplicationVersion(QStringLiteral(PAYDESK_VERSION));
    QApplication::setDesktopFileName(QStringLiteral(PAYDESK_APP_ID));
    QApplication::setWindowIcon(QIcon::fromTheme(QStringLiteral(PAYDESK_APP_ID), AppIcon::icon()));

    // Russian or English: the user's choice (Settings > Language), else the system's language.
    const QString chosen = QSettings().value(QStringLiteral("ui/language")).toString();
    const QString language = !chosen.isEmpty() ? chosen : QLocale().language() == QLocale::Russian ? QStringLiteral("ru") : QStringLiteral("en");
    QTranslator appTranslator;
    QTranslator qtTranslator;
    if (appTranslator.load(QStringLiteral(":/i18n/paydesk_%1.qm").arg(language)))
        QApplication::installTranslator(&appTranslator);
    if (qtTranslator.load(QStringLiteral("qtbase_") + language, QLibraryInfo::path(QLibraryInfo::TranslationsPath)))
        QApplication::installTranslator(&qtTranslator);

    QCommandLineParser parser;
    parser.setApplicationDescription(QStringLiteral("PayDesk: the back office for card payments through RBS and Assist gateways."));
    parser.addHelpOption();
    parser.addVersionOption();
    const QCommandLineOption sandboxOption(QStringLiteral("sandbox"), QStringLiteral("Start on the embedded sandbox gateway with demo orders."));
    const QCommandLineOption seedOption(QStringLiteral("seed-orders"), QStringLiteral("Demo orders in the sandbox (default 300)."), QStringLiteral("N"), QStringLiteral("300"));
    const QCommandLineOption screenshotOption(QStringLiteral("screenshot"), QStringLiteral("Save a picture of the window after the first sync, then quit."), QStringLiteral("FILE"));
    const QCommandLineOption profileOption(QStringLiteral("profile"), QStringLiteral("Open this gateway profile (default: the last one used)."), QStringLiteral("NAME"));
    parser.addOptions({sandboxOption, seedOption, screenshotOption, profileOption});
    parser.process(app);

    ProfileStore profiles;
    CredentialStore credentials;
    std::optional<Profile> profile;
    if (!parser.isSet(sandboxOption)) {
        if (profiles.profiles().isEmpty()) {
            // First start: create a profile, or look around in the sandbox.
            QMessageBox ask(QMessageBox::Question, QStringLiteral("PayDesk"),
                            QApplication::translate("main", "There is no gateway profile yet. Create one now, or try PayDesk on the built-in sandbox gateway with demo orders?"));
            QPushButton *create = ask.addButton(QApplication::translate("main", "&Create a profile…"), QMessageBox::AcceptRole);
            ask.addButton(QApplication::translate("main", "Use the &sandbox"), QMessageBox::RejectRole);
            ask.exec();
            if (ask.clickedButton() == create) {
                ProfilesDialog dialog(&profiles, &credentials);
                dialog.exec();
            }
        }
        const QString wanted = parser.isSet(profileOption) ? parser.value(profileOption) : QSettings().value(QStringLiteral("ui/profile")).toString();
        profile = profiles.find(wanted);
        if (!profile && !profiles.profiles().isEmpty())
            profile = profiles.profiles().constFirst();
    }

    EmbeddedSandbox sandbox;
    std::unique_ptr<GatewayClient> client;
    OrderStore store;
    QString profileId;
    QString profileName;
    QString error;
    if (profile) {
        client.reset(ClientFactory::create(*profile, &credentials, 30000, nullptr, &error));
        if (!client) {
            QMessageBox::critical(nullptr, QStringLiteral("PayDesk"), error);
            return 1;
        }
        if (!store.open(OrderStore::defaultPath())) {
            QMessageBox::critical(nullptr, QStringLiteral("PayDesk"), store.errorString());
            return 1;
        }
        profileId = profile->id;
        profileName = profile->name;
        QSettings().setValue(QStringLiteral("ui/profile"), profile->name);
    } else {
        Sandbox::SandboxOptions options;
        options.seedOrders = qBound(0, parser.value(seedOption).toInt(), 200000);
        if (!sandbox.start(options, &error)) {
            QMessageBox::critical(nullptr, QStringLiteral("PayDesk"), QApplication::translate("main", "The sandbox gateway did not start: %1").arg(error));
            return 1;
        }
        RbsSettings settings;
        settings.baseUrl = QUrl(sandbox.baseUrl());
        auto *rbs = new RbsClient(settings);
        rbs->setCredentials({options.user, options.password, {}}); // the sandbox's public demo account
        client.reset(rbs);
        // The sandbox starts afresh each time, so its cache does too: a file of its own, never the real one.
        const QString cacheDir = QStandardPaths::writableLocation(QStandardPaths::CacheLocation);
        QDir().mkpath(cacheDir);
        const QString dbPath = cacheDir + QStringLiteral("/sandbox-orders.sqlite");
        for (const QString &suffix : {QString(), QStringLiteral("-wal"), QStringLiteral("-shm")})
            QFile::remove(dbPath + suffix);
        if (!store.open(dbPath)) {
            QMessageBox::critical(nullptr, QStringLiteral("PayDesk"), store.errorString());
            return 1;
        }
        profileId = QStringLiteral("sandbox");
        profileName = QApplication::translate("main", "Sandbox");
    }
    Desk desk(client.get(), &store, profileId, profileName);
    if (!profile)
        desk.setReturnUrl(sandbox.baseUrl() + QStringLiteral("/shop/return"));
    MainWindow window(&desk, &profiles, &credentials);
    window.show();
    if (parser.isSet(screenshotOption)) {
        const QString file = parser.value(screenshotOption);
        QObject::connect(&window, &MainWindow::syncFinished, &window, [&window, file](bool ok) {
            window.showView(MainWindow::View::NeedsCapture);
            QTimer::singleShot(300, &window, [&window, file, ok] {
                window.grab().save(file);
                QApplication::exit(ok ? 0 : 1);
            });
        });
    }
    // What an earlier run left unsettled is settled before anything else happens.
    QObject::connect(&desk, &Desk::reconciled, &window, &MainWindow::sync);
    desk.reconcile();
    return app.exec();
}
