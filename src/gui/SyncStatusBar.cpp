#include "gui/SyncStatusBar.h"

#include "core/model/TimeLeft.h"
#include "core/sync/OrderSync.h"
#include "core/time/Clock.h"
#include "gui/LanguageChange.h"

#include <QLabel>
#include <QProgressBar>
#include <QStatusBar>
#include <QToolButton>

namespace PayDesk {

SyncStatusBar::SyncStatusBar(QStatusBar* bar, QAction* cancel, QString profileName, const QDateTime& lastGood)
    : QObject(bar)
    , m_profileName(std::move(profileName))
    , m_lastGood(lastGood)
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
    m_label->setObjectName(QStringLiteral("syncStatusLabel"));
    render();
    LanguageChange::follow(bar, this, [this] { render(); });
}

void SyncStatusBar::started()
{
    m_progress->setRange(0, 0);
    m_progress->show();
    m_cancel->show();
    m_running = true;
    render();
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

void SyncStatusBar::finished(const SyncReport& report, const QDateTime& lastGood)
{
    m_progress->hide();
    m_cancel->hide();
    m_running = false;
    m_lastGood = lastGood;
    m_failed = !report.succeeded();
    m_report = report;
    render();
}

void SyncStatusBar::tick()
{
    render();
}

QString SyncStatusBar::text() const
{
    return m_label->text();
}

void SyncStatusBar::render()
{
    QStringList parts{tr("Profile: %1").arg(m_profileName)};
    if (m_running)
        parts << tr("syncing…");
    const QString ago = TimeLeft::ago(m_lastGood, Clock::nowUtc());
    if (!m_lastGood.isValid())
        parts << tr("not synced yet");
    else
        parts << (m_failed ? tr("last good sync %1", "status bar").arg(ago) : tr("synced %1").arg(ago));
    if (m_report && !m_report->succeeded())
        parts << tr("the last sync %1: %2", "%1: where it stopped")
                     .arg(m_report->stoppedAt, m_report->error.userMessage());
    else if (m_report && !m_report->skipped.isEmpty()) // a team's desk: another desk listed the account
        parts << m_report->skipped;
    else if (m_report)
        parts << tr("%n order(s) changed", nullptr, m_report->changed);
    m_label->setText(parts.join(QStringLiteral(" — ")));
}

} // namespace PayDesk
