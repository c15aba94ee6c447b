#include "app/EmbeddedSandbox.h"

#include "core/callback/CallbackListener.h"
#include "core/i18n/UiLanguage.h"
#include "core/io/PrivateFiles.h"
#include "core/session/Desk.h"
#include "core/session/Workplace.h"
#include "core/store/OperationJournal.h"
#include "gui/AppIcon.h"
#include "gui/CacheUpgradeWindow.h"
#include "gui/DeskSession.h"
#include "gui/MainWindow.h"
#include "gui/StartupProfile.h"
#include "gui/dialogs/ProfilesDialog.h"

#include <QApplication>
#include <QCommandLineParser>
#include <QDir>
#include <QFile>
#include <QMessageBox>
#include <QPushButton>
#include <QSettings>
#include <QStandardPaths>
#include <QTimer>

using namespace PayDesk;

namespace {

struct Options
{
    bool sandbox = false;
    int seedOrders = 300;
    QString screenshot;
    QString profile;
};

Options parseOptions(const QCoreApplication& app)
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
                                     QStringLiteral("Open this gateway profile (default: the one chosen to open at "
                                                    "start, else the first)."),
                                     QStringLiteral("NAME"));
    parser.addOptions({sandbox, seed, screenshot, profile});
    parser.process(app);
    return {parser.isSet(sandbox), qBound(0, parser.value(seed).toInt(), 200000), parser.value(screenshot),
            parser.value(profile)};
}

// The profile to open: the one asked for, else the default (the last one used); on a first start the user may create
// one.
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
    const QString wanted = !options.profile.isEmpty() ? options.profile : StartupProfile::name();
    std::optional<Profile> profile = workplace->profile(wanted);
    if (!profile && options.profile.isEmpty())
        profile = workplace->defaultProfile(); // the one paydesk-cli uses too
    if (!profile && !workplace->profiles().isEmpty())
        profile = workplace->profiles().constFirst();
    return profile;
}

// The embedded sandbox with its demo account, started when first opened; it starts afresh with each
// run, so its cache does too: a file of its own, never the real one.
DeskOpening openSandbox(Workplace* workplace, EmbeddedSandbox* sandbox, int seedOrders, QString* error)
{
    Sandbox::SandboxOptions options;
    options.seedOrders = seedOrders;
    if (sandbox->baseUrl().isEmpty() && !sandbox->start(options, error)) {
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
    if (opening.desk) {
        opening.desk->setReturnUrl(sandbox->baseUrl() + QStringLiteral("/shop/return"));
        // The sandbox's callbacks refresh their order at once (the desk owns the listener).
        auto* callbacks = new CallbackListener(opening.desk.get());
        if (callbacks->listen())
            sandbox->setCallbackUrl(options.user, callbacks->url());
    }
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

// Shows the first window, or says why there is none and then ends PayDesk with 1.
void showFirstWindow(DeskSession& session, bool opened, const QString& screenshot)
{
    if (!opened) {
        auto* box = new QMessageBox(QMessageBox::Critical, QStringLiteral("PayDesk"), session.lastError());
        box->setAttribute(Qt::WA_DeleteOnClose);
        QObject::connect(box, &QDialog::finished, [] { QApplication::exit(1); });
        return box->open();
    }
    session.window()->show();
    if (!screenshot.isEmpty())
        saveScreenshotAfterSync(session.window(), screenshot);
}

// The cache is upgraded first, with a window saying so: a million orders take about a minute.
void showAfterUpgrade(Workplace& workplace, DeskSession& session, const Profile& profile, const QString& screenshot)
{
    auto* upgrading = new CacheUpgradeWindow;
    upgrading->setAttribute(Qt::WA_DeleteOnClose);
    upgrading->show();
    workplace.openDeskAfterUpgrade(profile, DeskOptions{}, &session,
                                   [&session, upgrading, screenshot](DeskOpening opening) {
                                       showFirstWindow(session, session.show(std::move(opening)), screenshot);
                                       upgrading->close();
                                   });
}

// --help and --version only print: they need no display, so no QApplication either.
bool onlyPrints(int argc, char* argv[])
{
    for (int i = 1; i < argc; ++i) {
        const QByteArray arg(argv[i]);
        if (arg == "-h" || arg == "-?" || arg == "--help" || arg == "--help-all" || arg == "-v" || arg == "--version")
            return true;
    }
    return false;
}

} // namespace

int main(int argc, char* argv[])
{
    PrivateFiles::restrictUmask(); // the cache, exports and settings are the user's alone
    QCoreApplication::setApplicationName(QStringLiteral("paydesk"));
    QCoreApplication::setOrganizationName(QStringLiteral("PayDesk"));
    QCoreApplication::setApplicationVersion(QStringLiteral(PAYDESK_VERSION));
    if (onlyPrints(argc, argv)) {
        QCoreApplication text(argc, argv);
        parseOptions(text); // prints and exits
        return 0;
    }
    QApplication app(argc, argv);
    PayDesk::OperationJournal::setOrigin(QLatin1String(PayDesk::OperationJournal::App));
    QApplication::setDesktopFileName(QStringLiteral(PAYDESK_APP_ID));
    QApplication::setWindowIcon(QIcon::fromTheme(QStringLiteral(PAYDESK_APP_ID), AppIcon::icon()));
    UiLanguage::apply(UiLanguage::code()); // Russian or English: the user's choice, else the system's
    UiLanguage::use(UiLanguage::code());   // its numbers, amounts and dates too, not the system's
    const Options options = parseOptions(app);

    Workplace workplace;
    const std::optional<Profile> profile = chooseProfile(options, &workplace);
    EmbeddedSandbox sandbox;
    DeskSession session(&workplace, [&workplace, &sandbox, &options](QString* error) {
        return openSandbox(&workplace, &sandbox, options.seedOrders, error);
    });
    if (profile && workplace.team().databaseOf(*profile)) // its database password comes from the keychain first
        workplace.signIn(*profile, DeskOptions{}, &session, [&session, &options](DeskOpening opening) {
            showFirstWindow(session, session.show(std::move(opening)), options.screenshot);
        });
    else if (profile && workplace.cacheNeedsUpgrade(*profile, DeskOptions{}))
        showAfterUpgrade(workplace, session, *profile, options.screenshot);
    else
        showFirstWindow(session,
                        profile ? session.show(workplace.openDesk(*profile, DeskOptions{})) : session.openSandbox(),
                        options.screenshot);
    return app.exec();
}
