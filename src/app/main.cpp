#include "app/EmbeddedSandbox.h"

#include "core/io/PrivateFiles.h"
#include "core/session/Desk.h"
#include "core/session/Workplace.h"
#include "core/store/OperationJournal.h"
#include "gui/AppIcon.h"
#include "gui/MainWindow.h"
#include "gui/dialogs/ProfilesDialog.h"

#include <QApplication>
#include <QCommandLineParser>
#include <QDir>
#include <QFile>
#include <QLibraryInfo>
#include <QMessageBox>
#include <QPushButton>
#include <QSettings>
#include <QStandardPaths>
#include <QTimer>
#include <QTranslator>

using namespace PayDesk;

namespace {

// Russian or English: the user's choice (Language menu), else the system's language.
void installTranslators(QTranslator* app, QTranslator* qt)
{
    const QString chosen = QSettings().value(QStringLiteral("ui/language")).toString();
    const QString language = !chosen.isEmpty()                          ? chosen
                             : QLocale().language() == QLocale::Russian ? QStringLiteral("ru")
                                                                        : QStringLiteral("en");
    if (app->load(QStringLiteral(":/i18n/paydesk_%1.qm").arg(language)))
        QApplication::installTranslator(app);
    if (qt->load(QStringLiteral("qtbase_") + language, QLibraryInfo::path(QLibraryInfo::TranslationsPath)))
        QApplication::installTranslator(qt);
}

struct Options
{
    bool sandbox = false;
    int seedOrders = 300;
    QString screenshot;
    QString profile;
};

Options parseOptions(const QApplication& app)
{
    QCommandLineParser parser;
    parser.setApplicationDescription(
        QStringLiteral("PayDesk: the back office for card payments through RBS and Assist gateways."));
    parser.addHelpOption();
    parser.addVersionOption();
    const QCommandLineOption sandbox(QStringLiteral("sandbox"),
                                     QStringLiteral("Start on the embedded sandbox gateway with demo orders."));
    const QCommandLineOption seed(QStringLiteral("seed-orders"),
                                  QStringLiteral("Demo orders in the sandbox (default 300)."), QStringLiteral("N"),
                                  QStringLiteral("300"));
    const QCommandLineOption screenshot(QStringLiteral("screenshot"),
                                        QStringLiteral("Save a picture of the window after the first sync, then quit."),
                                        QStringLiteral("FILE"));
    const QCommandLineOption profile(QStringLiteral("profile"),
                                     QStringLiteral("Open this gateway profile (default: the last one used)."),
                                     QStringLiteral("NAME"));
    parser.addOptions({sandbox, seed, screenshot, profile});
    parser.process(app);
    return {parser.isSet(sandbox), qBound(0, parser.value(seed).toInt(), 200000), parser.value(screenshot),
            parser.value(profile)};
}

// The profile to open: the one asked for, else the last one used; on a first start the user may create one.
std::optional<Profile> chooseProfile(const Options& options, Workplace* workplace)
{
    if (options.sandbox)
        return std::nullopt;
    if (workplace->profiles().isEmpty()) {
        QMessageBox ask(QMessageBox::Question, QStringLiteral("PayDesk"),
                        QApplication::translate("main", "There is no gateway profile yet. Create one now, or try "
                                                        "PayDesk on the built-in sandbox gateway with demo orders?"));
        QPushButton* create =
            ask.addButton(QApplication::translate("main", "&Create a profile…"), QMessageBox::AcceptRole);
        ask.addButton(QApplication::translate("main", "Use the &sandbox"), QMessageBox::RejectRole);
        ask.exec();
        if (ask.clickedButton() == create) {
            ProfilesDialog dialog(workplace);
            dialog.exec();
        }
    }
    const QString wanted =
        !options.profile.isEmpty() ? options.profile : QSettings().value(QStringLiteral("ui/profile")).toString();
    std::optional<Profile> profile = workplace->profile(wanted);
    if (!profile && !workplace->profiles().isEmpty())
        profile = workplace->profiles().constFirst();
    return profile;
}

DeskOpening openProfile(Workplace* workplace, const Profile& profile)
{
    QSettings().setValue(QStringLiteral("ui/profile"), profile.name);
    return workplace->openDesk(profile, DeskOptions{});
}

// The embedded sandbox with its demo account; it starts afresh each time, so its cache does too:
// a file of its own, never the real one.
DeskOpening openSandbox(Workplace* workplace, EmbeddedSandbox* sandbox, int seedOrders, QString* error)
{
    Sandbox::SandboxOptions options;
    options.seedOrders = seedOrders;
    if (!sandbox->start(options, error)) {
        *error = QApplication::translate("main", "The sandbox gateway did not start: %1").arg(*error);
        return {};
    }
    DeskOptions deskOptions;
    deskOptions.cachePath =
        QStandardPaths::writableLocation(QStandardPaths::CacheLocation) + QStringLiteral("/sandbox-orders.sqlite");
    for (const QString& suffix : {QString(), QStringLiteral("-wal"), QStringLiteral("-shm")})
        QFile::remove(deskOptions.cachePath + suffix);
    DeskOpening opening =
        workplace->openSandboxDesk(sandbox->baseUrl(), {options.user, options.password, {}, {}}, deskOptions);
    if (opening.desk)
        opening.desk->setReturnUrl(sandbox->baseUrl() + QStringLiteral("/shop/return"));
    return opening;
}

void saveScreenshotAfterSync(MainWindow* window, const QString& file)
{
    QObject::connect(window, &MainWindow::syncFinished, window, [window, file](bool ok) {
        window->showView(MainWindow::View::NeedsCapture);
        QTimer::singleShot(300, window, [window, file, ok] {
            window->grab().save(file);
            QApplication::exit(ok ? 0 : 1);
        });
    });
}

} // namespace

int main(int argc, char* argv[])
{
    PrivateFiles::restrictUmask(); // the cache, exports and settings are the user's alone
    QApplication app(argc, argv);
    QApplication::setApplicationName(QStringLiteral("paydesk"));
    QApplication::setApplicationDisplayName(QStringLiteral("PayDesk"));
    QApplication::setOrganizationName(QStringLiteral("PayDesk"));
    PayDesk::OperationJournal::setOrigin(QLatin1String(PayDesk::OperationJournal::App));
    QApplication::setApplicationVersion(QStringLiteral(PAYDESK_VERSION));
    QApplication::setDesktopFileName(QStringLiteral(PAYDESK_APP_ID));
    QApplication::setWindowIcon(QIcon::fromTheme(QStringLiteral(PAYDESK_APP_ID), AppIcon::icon()));
    QTranslator appTranslator;
    QTranslator qtTranslator;
    installTranslators(&appTranslator, &qtTranslator);
    const Options options = parseOptions(app);

    Workplace workplace;
    const std::optional<Profile> profile = chooseProfile(options, &workplace);
    EmbeddedSandbox sandbox;
    QString error;
    const DeskOpening opening =
        profile ? openProfile(&workplace, *profile) : openSandbox(&workplace, &sandbox, options.seedOrders, &error);
    if (!opening.desk) {
        QMessageBox::critical(nullptr, QStringLiteral("PayDesk"),
                              opening.error.isError() ? opening.error.userMessage() : error);
        return 1;
    }
    Desk& desk = *opening.desk;
    MainWindow window(&desk, &workplace);
    window.show();
    if (!options.screenshot.isEmpty())
        saveScreenshotAfterSync(&window, options.screenshot);
    // What an earlier run left unsettled is settled before anything else happens.
    QObject::connect(&desk, &Desk::reconciled, &window, &MainWindow::sync);
    desk.reconcile();
    return app.exec();
}
