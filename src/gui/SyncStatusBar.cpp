#include "gui/SyncStatusBar.h"

#include "core/sync/OrderSync.h"
#include "core/time/Clock.h"

#include <QLabel>
#include <QLocale>
#include <QProgressBar>
#include <QStatusBar>
#include <QToolButton>

namespace PayDesk {

SyncStatusBar::SyncStatusBar(QStatusBar* bar, QAction* cancel, QString profileName)
    : QObject(bar)
    , m_profileName(std::move(profileName))
    , m_label(new QLabel(bar))
    , m_progress(new QProgressBar(bar))
    , m_cancel(new QToolButton(bar))
{
    m_progress->setMaximumWidth(220);
    m_progress->hide();
    m_cancel->setDefaultAction(cancel);
    m_cancel->hide();
    bar->addWidget(m_label, 1);
    bar->addPermanentWidget(m_progress);
    bar->addPermanentWidget(m_cancel);
    m_label->setText(tr("Profile: %1").arg(m_profileName));
}

void SyncStatusBar::started()
{
    m_progress->setRange(0, 0);
    m_progress->show();
    m_cancel->show();
    m_label->setText(tr("Profile: %1 — syncing…").arg(m_profileName));
}

void SyncStatusBar::showProgress(const SyncProgress& p)
{
    m_progress->show();
    m_cancel->show();
    if (p.phase == SyncProgress::Phase::Listing) {
        m_progress->setRange(0, qMax(1, p.pagesTotal));
        m_progress->setValue(p.pagesDone);
        m_progress->setFormat(tr("%n order(s)", nullptr, p.ordersReceived));
    } else {
        m_progress->setRange(0, qMax(1, p.refreshTotal));
        m_progress->setValue(p.refreshDone);
        m_progress->setFormat(tr("refreshing %1/%2").arg(p.refreshDone).arg(p.refreshTotal));
    }
}

void SyncStatusBar::finished(const SyncReport& report)
{
    m_progress->hide();
    m_cancel->hide();
    const QString when = QLocale().toString(Clock::nowUtc().toLocalTime().time(), QLocale::ShortFormat);
    if (report.succeeded())
        m_label->setText(
            tr("Profile: %1 — synced at %2; %n order(s) changed", nullptr, report.changed).arg(m_profileName, when));
    else
        m_label->setText(
            tr("Profile: %1 — sync %2: %3").arg(m_profileName, report.stoppedAt, report.error.userMessage()));
}

} // namespace PayDesk
