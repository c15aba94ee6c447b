#include "gui/DeskSession.h"

#include "core/session/Desk.h"
#include "gui/CacheUpgradeWindow.h"
#include "gui/MainWindow.h"
#include "gui/ProfileMenu.h"

#include <QDialog>
#include <QLoggingCategory>
#include <QStatusBar>

namespace PayDesk {

Q_LOGGING_CATEGORY(lcSession, "paydesk.gui.session")

DeskSession::DeskSession(Workplace* workplace, SandboxOpener sandbox, DeskOptions options, QObject* parent)
    : QObject(parent)
    , m_workplace(workplace)
    , m_sandbox(std::move(sandbox))
    , m_options(std::move(options))
{ }

DeskSession::~DeskSession()
{
    m_window.reset(); // the window uses the desk
    m_desk.reset();
}

bool DeskSession::openProfile(const QString& name)
{
    const std::optional<Profile> profile = m_workplace->profile(name);
    if (!profile)
        return refuse(tr("There is no profile %1.").arg(name));
    if (m_workplace->cacheNeedsUpgrade(*profile, m_options)) {
        if (m_window)
            m_window->statusBar()->showMessage(CacheUpgradeWindow::message());
        m_workplace->openDeskAfterUpgrade(*profile, m_options, this,
                                          [this](DeskOpening opening) { show(std::move(opening)); });
        return true;
    }
    if (!m_workplace->team().databaseOf(*profile))
        return show(m_workplace->openDesk(*profile, m_options));
    // A team profile's database password is read from the keychain first: the desk opens when it is there.
    m_workplace->signIn(*profile, m_options, this, [this](DeskOpening opening) { show(std::move(opening)); });
    return true;
}

bool DeskSession::openSandbox()
{
    if (!m_sandbox)
        return refuse(tr("The sandbox is not available here."));
    QString error;
    DeskOpening opening = m_sandbox(&error);
    return show(std::move(opening), error);
}

bool DeskSession::show(DeskOpening opening, const QString& error)
{
    if (operationsOpen())
        return refuse(tr("Finish or close the open operation first, then switch the profile."));
    if (!opening.desk)
        return refuse(opening.error.isError() ? opening.error.userMessage() : error);
    qCInfo(lcSession) << "opening profile" << opening.desk->profileName();
    m_lastError.clear();
    auto window = std::make_unique<MainWindow>(opening.desk.get(), m_workplace);
    if (m_window) {
        window->setGeometry(m_window->geometry());
        window->setWindowState(m_window->windowState());
        window->show();
        m_window->close(); // saves its layout; the new window is already there, so the app keeps running
        if (m_desk->isSyncing())
            m_desk->cancelSync();
    }
    m_window = std::move(window); // the old window goes before its desk
    m_desk = std::move(opening.desk);
    connect(m_window->profileMenu(), &ProfileMenu::profileChosen, this, &DeskSession::openProfile,
            Qt::QueuedConnection); // the old window is deleted here: never inside its own signal
    connect(m_window->profileMenu(), &ProfileMenu::sandboxChosen, this, &DeskSession::openSandbox,
            Qt::QueuedConnection);
    // What an earlier run left unsettled is settled before anything else happens.
    connect(m_desk.get(), &Desk::reconciled, m_window.get(), &MainWindow::sync);
    m_desk->reconcile();
    emit windowChanged(m_window.get());
    return true;
}

bool DeskSession::operationsOpen() const
{
    if (!m_window)
        return false;
    for (const QDialog* dialog : m_window->findChildren<QDialog*>()) {
        if (dialog->isVisible())
            return true;
    }
    return false;
}

bool DeskSession::refuse(const QString& why)
{
    m_lastError = why;
    qCWarning(lcSession) << "profile not switched:" << why;
    if (m_window)
        m_window->statusBar()->showMessage(why, 15000);
    return false;
}

} // namespace PayDesk
