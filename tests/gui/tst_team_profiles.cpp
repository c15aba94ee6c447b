// Team mode from the profiles dialog, as a person uses it: the main window's File > Profiles, the "Team
// database" group filled in, Join team against the throw-away PostgreSQL cluster (tests/run-headless.sh), the
// window reopening on the team's cache when the dialog closes, Leave team back to the local cache. The
// database password is checked in the real keychain (the test's private Secret Service) and in no file.
// Screenshots in English and Russian, light and dark, at 1024×700 and 1600×1000.
#include "core/session/Desk.h"
#include "core/session/Workplace.h"
#include "gui/DeskSession.h"
#include "gui/MainWindow.h"
#include "gui/dialogs/ProfilesDialog.h"
#include "gui/dialogs/TeamDatabaseBox.h"
#include "support/GuiSupport.h"
#include "support/PgFixture.h"
#include "support/SandboxFixture.h"

#include <QAction>
#include <QApplication>
#include <QComboBox>
#include <QDialogButtonBox>
#include <QDir>
#include <QDirIterator>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QProcess>
#include <QPushButton>
#include <QSignalSpy>
#include <QSqlDatabase>
#include <QSqlQuery>
#include <QStandardPaths>
#include <QTest>
#include <QTranslator>

using namespace PayDesk;

namespace {
// What `paydesk-cli team show` reads: the database (no secret) and its schema version, through core.
TeamStatus teamShow(Workplace& workplace, const Profile& profile)
{
    std::optional<TeamStatus> shown;
    workplace.team().status(profile, &workplace, [&shown](const TeamStatus& s) { shown = s; });
    (void)QTest::qWaitFor([&shown] { return shown.has_value(); }, 20000);
    return shown.value_or(TeamStatus{});
}

SecretResult keychainPassword(Workplace& workplace, const Profile& profile)
{
    std::optional<SecretResult> read;
    workplace.team().readPassword(profile, &workplace, [&read](const SecretResult& r) { read = r; });
    (void)QTest::qWaitFor([&read] { return read.has_value(); }, 20000);
    return read.value_or(SecretResult{SecretResult::Status::Unavailable, {}, QStringLiteral("no answer")});
}

// The files under DIR whose bytes hold NEEDLE.
QStringList filesHolding(const QString& dir, const QByteArray& needle)
{
    QStringList found;
    QDirIterator it(dir, QDir::Files | QDir::Hidden, QDirIterator::Subdirectories);
    while (it.hasNext()) {
        QFile file(it.next());
        if (file.open(QIODevice::ReadOnly) && file.readAll().contains(needle))
            found << file.fileName();
    }
    return found;
}
} // namespace

class TestTeamProfiles : public QObject
{
    Q_OBJECT
private slots:
    void initTestCase();
    void init();
    void cleanup();
    void joinAndLeaveFromTheDialog();
    void plainToARemoteHostIsRefused();
    void appStartsOnATeamProfile();
    void screenshots();

private:
    ProfilesDialog* openFromWindow(MainWindow* window);
    static void closeDialog(ProfilesDialog* dialog);
    Profile addProfile(Workplace& workplace, const QString& name);
    static QString shot(const QString& name) { return QStringLiteral(PAYDESK_SCREENSHOT_DIR "/") + name; }

    std::unique_ptr<SandboxFixture> m_sb;
    QString m_home;
    TeamDatabase m_db;
    QString m_password; // the test cluster's
    QTranslator m_russian;
    QPalette m_light;
    int m_case = 0;
};

void TestTeamProfiles::initTestCase()
{
    QVERIFY(m_russian.load(QStringLiteral(PAYDESK_QM_DIR "/paydesk_ru.qm")));
    QVERIFY(QFontMetrics(QApplication::font()).inFont(QChar(0x0416))); // Cyrillic renders, not boxes
    PayDesk::Sandbox::SandboxOptions options;
    options.seedOrders = 30;
    m_sb = std::make_unique<SandboxFixture>(options);
    m_light = QApplication::palette();
    m_password = PgFixture::password();
    QVERIFY2(!m_password.isEmpty(), "the test cluster has no password to look for");
}

void TestTeamProfiles::init()
{
    m_db = PgFixture::freshDatabase();
    PG_REQUIRE(m_db);
    // Under the config home, so that looking for the password in every file there covers the profiles too.
    m_home = QStandardPaths::writableLocation(QStandardPaths::GenericConfigLocation)
             + QStringLiteral("/tst_team_profiles/%1").arg(++m_case);
    QVERIFY(QDir().mkpath(m_home));
}

void TestTeamProfiles::cleanup()
{
    qputenv("PGPASSWORD", m_password.toUtf8());
    QApplication::setPalette(m_light);
    QApplication::removeTranslator(&m_russian);
    QLocale::setDefault(QLocale::c());
}

Profile TestTeamProfiles::addProfile(Workplace& workplace, const QString& name)
{
    Profile p;
    p.name = name;
    p.url = m_sb->baseUrl() + QStringLiteral("/payment/rest/");
    p.user = QStringLiteral("sandbox");
    std::optional<Profile> added;
    workplace.addProfile(p, QStringLiteral("sandbox"), {}, &workplace,
                         [&added](const Profile& saved, const WorkplaceError& e) {
                             if (!e.isError())
                                 added = saved;
                         });
    (void)QTest::qWaitFor([&added] { return added.has_value(); }, 20000);
    return added.value_or(Profile{});
}

// File > Profiles… in WINDOW, as a person opens it.
ProfilesDialog* TestTeamProfiles::openFromWindow(MainWindow* window)
{
    for (QAction* action : window->findChildren<QAction*>()) {
        if (action->shortcut() == QKeySequence(QStringLiteral("Ctrl+Shift+P")))
            action->trigger();
    }
    return window->findChild<ProfilesDialog*>();
}

void TestTeamProfiles::closeDialog(ProfilesDialog* dialog)
{
    QTest::mouseClick(dialog->findChild<QDialogButtonBox*>("buttons")->button(QDialogButtonBox::Close), Qt::LeftButton);
}

void TestTeamProfiles::joinAndLeaveFromTheDialog()
{
    Workplace workplace(m_home + QStringLiteral("/profiles.ini"));
    const Profile profile = addProfile(workplace, QStringLiteral("shop"));
    QVERIFY(!profile.id.isEmpty());
    qunsetenv("PGPASSWORD"); // libpq would fall back to it: the desk must get the password from the keychain
    DeskSession session(&workplace, {});
    QVERIFY(session.openProfile(profile.name));
    QCOMPARE(session.desk()->profileId(), profile.id); // the local cache
    MainWindow* local = session.window();

    ProfilesDialog* dialog = openFromWindow(local);
    QVERIFY(dialog);
    QVERIFY(QTest::qWaitForWindowExposed(dialog));
    auto* box = dialog->findChild<TeamDatabaseBox*>();
    QVERIFY(box && box->isEnabled());
    auto* status = dialog->findChild<QLabel*>("teamStatus");
    QCOMPARE(status->text(), QStringLiteral("Local cache (this computer)"));
    QVERIFY(!dialog->findChild<QPushButton*>("leaveButton")->isEnabled());

    QTest::keyClicks(dialog->findChild<QLineEdit*>("teamUrlEdit"), m_db.url());
    dialog->findChild<QLineEdit*>("teamPasswordEdit")->setText(m_password);
    QSignalSpy done(box, &TeamDatabaseBox::done);
    QSignalSpy moved(dialog, &ProfilesDialog::teamChanged);
    QTest::mouseClick(dialog->findChild<QPushButton*>("joinButton"), Qt::LeftButton);
    QTRY_COMPARE_WITH_TIMEOUT(done.count(), 1, 30000);
    QVERIFY2(done.first().first().toBool(), qPrintable(dialog->findChild<QLabel*>("teamMessage")->text()));
    QCOMPARE(moved.count(), 1);
    QVERIFY(dialog->findChild<QLineEdit*>("teamPasswordEdit")->text().isEmpty());

    // What `team show` says, through core, is what the dialog says.
    const TeamStatus shown = teamShow(workplace, profile);
    QVERIFY2(!shown.error.isError(), qPrintable(shown.error.userMessage()));
    QCOMPARE(shown.database.url(), m_db.url());
    QVERIFY(shown.schema > 0);
    QCOMPARE(status->text(), QStringLiteral("Team database %1, schema %2").arg(m_db.url()).arg(shown.schema));
    QVERIFY(dialog->findChild<QPushButton*>("leaveButton")->isEnabled());
    // The password in the keychain, in no file under the config home.
    const SecretResult kept = keychainPassword(workplace, profile);
    QVERIFY2(kept.ok(), qPrintable(kept.message));
    QCOMPARE(kept.secret, m_password);
    const QString configHome = QStandardPaths::writableLocation(QStandardPaths::GenericConfigLocation);
    QVERIFY(QFile::exists(m_home + QStringLiteral("/team.ini")));
    QCOMPARE(filesHolding(configHome, m_password.toUtf8()), QStringList());
    QVERIFY(!filesHolding(configHome, m_db.url().toUtf8()).isEmpty()); // the search does find what is there

    // Closing the dialog reopens the window on the team's cache, the profile still the active one.
    closeDialog(dialog);
    QTRY_COMPARE_WITH_TIMEOUT(session.desk()->profileId(), TeamSetup::accountOf(profile), 20000);
    QVERIFY(session.window() != local);
    QCOMPARE(session.window()->findChild<QComboBox*>("profileCombo")->currentText(), profile.name);

    dialog = openFromWindow(session.window());
    QVERIFY(dialog);
    box = dialog->findChild<TeamDatabaseBox*>();
    status = dialog->findChild<QLabel*>("teamStatus");
    QTRY_COMPARE_WITH_TIMEOUT(status->text(),
                              QStringLiteral("Team database %1, schema %2").arg(m_db.url()).arg(shown.schema), 20000);
    QCOMPARE(dialog->findChild<QLineEdit*>("teamUrlEdit")->text(), m_db.url());
    QSignalSpy left(box, &TeamDatabaseBox::done);
    QTest::mouseClick(dialog->findChild<QPushButton*>("leaveButton"), Qt::LeftButton);
    QTRY_COMPARE_WITH_TIMEOUT(left.count(), 1, 20000);
    QVERIFY(left.first().first().toBool());
    QCOMPARE(status->text(), QStringLiteral("Local cache (this computer)"));
    QVERIFY(!workplace.team().databaseOf(profile));
    QCOMPARE(keychainPassword(workplace, profile).status, SecretResult::Status::NotFound);
    closeDialog(dialog);
    QTRY_COMPARE_WITH_TIMEOUT(session.desk()->profileId(), profile.id, 20000);
}

// Plain only to loopback, as `team set` says it, and in the interface's language.
void TestTeamProfiles::plainToARemoteHostIsRefused()
{
    Workplace workplace(m_home + QStringLiteral("/profiles.ini"));
    const Profile profile = addProfile(workplace, QStringLiteral("remote"));
    TeamDatabase remote;
    remote.host = QStringLiteral("db.example.org");
    for (const QString language : {"en", "ru"}) {
        if (language == "ru")
            QApplication::installTranslator(&m_russian);
        ProfilesDialog dialog(&workplace);
        dialog.show();
        QVERIFY(QTest::qWaitForWindowExposed(&dialog));
        auto* box = dialog.findChild<TeamDatabaseBox*>();
        dialog.findChild<QLineEdit*>("teamUrlEdit")->setText("postgresql://paydesk_desk@db.example.org:5432/paydesk");
        dialog.findChild<QLineEdit*>("teamPasswordEdit")->setText("secret");
        QSignalSpy done(box, &TeamDatabaseBox::done);
        QTest::mouseClick(dialog.findChild<QPushButton*>("joinButton"), Qt::LeftButton);
        QCOMPARE(done.count(), 1);
        QCOMPARE(done.first().first().toBool(), false);
        QString expected = remote.policyError(); // the CLI's message, in the language of the moment
        expected[0] = expected[0].toUpper();
        QCOMPARE(dialog.findChild<QLabel*>("teamMessage")->text(), expected);
        QVERIFY(expected.startsWith(language == "ru" ? QStringLiteral("Соединение без шифрования")
                                                     : QStringLiteral("A plain connection to db.example.org")));
        QCOMPARE(dialog.findChild<QLabel*>("teamStatus")->text(), language == "ru"
                                                                      ? QStringLiteral("Локальный кэш (этот компьютер)")
                                                                      : QStringLiteral("Local cache (this computer)"));
        QVERIFY(!workplace.team().databaseOf(profile));
    }
}

// `paydesk --profile NAME` on a team profile: its database password from the keychain, its orders synced into
// the team database (the app's own --screenshot waits for that sync and exits 0 when it succeeded).
void TestTeamProfiles::appStartsOnATeamProfile()
{
    const QString home = m_home + QStringLiteral("/app");
    Workplace workplace(home + QStringLiteral("/config/paydesk/profiles.ini"));
    const Profile profile = addProfile(workplace, QStringLiteral("shop-app"));
    std::optional<TeamStatus> joined;
    workplace.team().join(profile, m_db, m_password, &workplace, [&joined](const TeamStatus& s) { joined = s; });
    QTRY_VERIFY_WITH_TIMEOUT(joined.has_value(), 20000);
    QVERIFY2(!joined->error.isError(), qPrintable(joined->error.userMessage()));

    QProcess app;
    QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
    env.insert("XDG_CONFIG_HOME", home + "/config");
    env.insert("XDG_DATA_HOME", home + "/data");
    env.insert("XDG_CACHE_HOME", home + "/cache");
    for (const char* pg : {"PGPASSWORD", "PGPASSFILE", "PGUSER", "PGDATABASE"})
        env.remove(pg); // libpq would fall back to them: the password must come from the keychain
    app.setProcessEnvironment(env);
    QSignalSpy finished(&app, &QProcess::finished);
    app.start(QStringLiteral(PAYDESK_APP_PATH), {"--profile", profile.name, "--screenshot", home + "/app.png"});
    QVERIFY(finished.wait(90000)); // the event loop keeps the in-process sandbox answering
    QVERIFY2(app.exitStatus() == QProcess::NormalExit && app.exitCode() == 0, app.readAllStandardError().constData());
    QVERIFY(QFile::exists(home + "/app.png"));
    int orders = -1;
    {
        QSqlDatabase db = QSqlDatabase::addDatabase("QPSQL", "team-orders");
        m_db.configure(db, m_password);
        QVERIFY(db.open());
        QSqlQuery q(db);
        QVERIFY(q.exec("SELECT COUNT(*) FROM orders") && q.next());
        orders = q.value(0).toInt();
    }
    QSqlDatabase::removeDatabase("team-orders");
    QCOMPARE(orders, 30);
}

// The dialog on a team profile, a refused address in the message line: the longest texts it shows.
void TestTeamProfiles::screenshots()
{
    Workplace workplace(m_home + QStringLiteral("/profiles.ini"));
    const Profile profile = addProfile(workplace, QStringLiteral("shop-team"));
    std::optional<TeamStatus> joined;
    workplace.team().join(profile, m_db, m_password, &workplace, [&joined](const TeamStatus& s) { joined = s; });
    QTRY_VERIFY_WITH_TIMEOUT(joined.has_value(), 20000);
    QVERIFY2(!joined->error.isError(), qPrintable(joined->error.userMessage()));
    for (const QString language : {"en", "ru"}) {
        if (language == "ru") {
            QApplication::installTranslator(&m_russian);
            QLocale::setDefault(QLocale(QLocale::Russian, QLocale::Russia));
        }
        for (const bool dark : {false, true}) {
            QApplication::setPalette(dark ? GuiSupport::darkPalette() : m_light);
            for (const QSize size : {QSize(1024, 700), QSize(1600, 1000)}) {
                ProfilesDialog dialog(&workplace);
                QSignalSpy checked(dialog.findChild<TeamDatabaseBox*>(), &TeamDatabaseBox::done);
                dialog.resize(size);
                dialog.show();
                QVERIFY(QTest::qWaitForWindowExposed(&dialog));
                QTRY_COMPARE_WITH_TIMEOUT(checked.count(), 1, 20000);
                QVERIFY(checked.first().first().toBool());
                QVERIFY(dialog.findChild<QLabel*>("teamStatus")->text().contains(m_db.url()));
                dialog.findChild<QLineEdit*>("teamCaEdit")->clear();
                dialog.findChild<QLineEdit*>("teamUrlEdit")
                    ->setText("postgresql://paydesk_desk@db.example.org/paydesk");
                dialog.findChild<QLineEdit*>("teamPasswordEdit")->setText("secret");
                QTest::mouseClick(dialog.findChild<QPushButton*>("joinButton"), Qt::LeftButton);
                QTest::qWait(50);                                 // the layout makes room for the message
                QVERIFY(dialog.size().height() <= size.height()); // everything fits the smaller screen
                auto* message = dialog.findChild<QLabel*>("teamMessage");
                QVERIFY(message->height() >= message->heightForWidth(message->width())); // no line cut off
                QVERIFY(dialog.grab().save(shot(QStringLiteral("team-profiles-%1-%2-%3.png")
                                                    .arg(language, dark ? "dark" : "light")
                                                    .arg(size.width()))));
            }
        }
    }
    // Removing the profile takes its team's address and database password away too.
    std::optional<WorkplaceError> removed;
    workplace.removeProfile(profile.name, &workplace, [&removed](const WorkplaceError& e) { removed = e; });
    QTRY_VERIFY_WITH_TIMEOUT(removed.has_value(), 20000);
    QVERIFY(!removed->isError());
    QVERIFY(!workplace.team().databaseOf(profile));
    CredentialStore keychain;
    std::optional<SecretResult> left;
    keychain.read(m_db.keychainKey(profile.id), &keychain, [&left](const SecretResult& r) { left = r; });
    QTRY_VERIFY_WITH_TIMEOUT(left.has_value(), 20000);
    QCOMPARE(left->status, SecretResult::Status::NotFound);
}

QTEST_MAIN(TestTeamProfiles)
#include "tst_team_profiles.moc"
