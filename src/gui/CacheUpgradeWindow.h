#pragma once

#include <QWidget>

namespace PayDesk {

// Shown while the order cache is upgraded before the first window can open (Workplace::openDeskAfterUpgrade):
// what is happening, that it takes a while, and that PayDesk should be left running.
class CacheUpgradeWindow : public QWidget
{
    Q_OBJECT
public:
    explicit CacheUpgradeWindow(QWidget* parent = nullptr);
    // The line a window already open shows in its status bar instead.
    static QString message();
};

} // namespace PayDesk
