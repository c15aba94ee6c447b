#pragma once

#include <QFrame>

class QLabel;

namespace PayDesk {

class AutoSync;
class Desk;

// The banner over the views when the desk's picture is in doubt: a failed sync, or none for two
// intervals. It names the profile, the reason and the last good sync, and offers Retry; it hides
// itself when a sync succeeds.
class SyncBanner : public QFrame
{
    Q_OBJECT
public:
    SyncBanner(Desk* desk, AutoSync* autoSync, QWidget* parent = nullptr);

    // Shows or hides the banner as the desk's sync state now says.
    void refresh();
    QString text() const;
    // As tall as the wrapped text needs at the banner's own width (a label's hint is for a narrow one).
    QSize sizeHint() const override;

protected:
    void resizeEvent(QResizeEvent* event) override;

signals:
    void retryRequested();

private:
    QString describe() const;

    Desk* m_desk;
    AutoSync* m_autoSync;
    QLabel* m_label;
};

} // namespace PayDesk
