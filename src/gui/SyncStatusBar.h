#pragma once

#include "core/sync/OrderSync.h"

#include <QDateTime>
#include <QObject>
#include <QString>

class QAction;
class QLabel;
class QProgressBar;
class QStatusBar;
class QToolButton;

namespace PayDesk {

// The status bar's account of the sync: the profile, a progress bar with Cancel while it runs, how
// the last one ended, and how long ago the last good one was ("synced 2 min ago", moving on with tick()).
class SyncStatusBar : public QObject
{
    Q_OBJECT
public:
    SyncStatusBar(QStatusBar* bar, QAction* cancel, QString profileName, const QDateTime& lastGood = {});

    void started();
    void showProgress(const SyncProgress& progress);
    void finished(const SyncReport& report, const QDateTime& lastGood);
    void tick();
    QString text() const;

private:
    void render();

    QString m_profileName;
    QDateTime m_lastGood;
    std::optional<SyncReport> m_report; // how the last sync ended, after the "synced … ago"
    bool m_running = false;
    bool m_failed = false; // the last sync failed: "last good sync …", not "synced …"
    QLabel* m_label;
    QProgressBar* m_progress;
    QToolButton* m_cancel;
};

} // namespace PayDesk
