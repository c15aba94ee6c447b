#pragma once

#include <QObject>

class QStatusBar;

namespace PayDesk {

class Desk;

// Says in the status bar when the cache could not be read or written, or held orders it could not
// read: an empty or short view is then not "nothing to do".
class CacheNotice : public QObject
{
    Q_OBJECT
public:
    CacheNotice(Desk* desk, QStatusBar* bar, QObject* parent);
};

} // namespace PayDesk
