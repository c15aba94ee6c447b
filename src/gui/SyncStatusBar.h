#pragma once

#include <QObject>
#include <QString>

class QAction;
class QLabel;
class QProgressBar;
class QStatusBar;
class QToolButton;

namespace PayDesk {

struct SyncProgress;
struct SyncReport;

// The status bar's account of the sync: the profile, a progress bar with Cancel while it runs, and
// how the last one ended.
class SyncStatusBar : public QObject
{
    Q_OBJECT
public:
    SyncStatusBar(QStatusBar* bar, QAction* cancel, QString profileName);

    void started();
    void showProgress(const SyncProgress& progress);
    void finished(const SyncReport& report);

private:
    QString m_profileName;
    QLabel* m_label;
    QProgressBar* m_progress;
    QToolButton* m_cancel;
};

} // namespace PayDesk
