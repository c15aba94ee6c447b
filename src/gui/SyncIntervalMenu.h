#pragma once

#include <QCoreApplication>

class QAction;
class QMenu;
class QWidget;

namespace PayDesk {

class AutoSync;

// The automatic sync's interval per profile: kept in the settings under sync/<profile>/intervalMinutes
// (5 minutes unless set), set from Gateway > Sync Every….
class SyncIntervalMenu
{
    Q_DECLARE_TR_FUNCTIONS(SyncIntervalMenu)
public:
    static int minutes(const QString& profileId);
    static void setMinutes(const QString& profileId, int minutes);
    // Applies the profile's interval to AUTOSYNC and puts the action that changes it in MENU before BEFORE.
    static void install(QMenu* menu, QAction* before, AutoSync* autoSync, const QString& profileId);

private:
    static void ask(QWidget* parent, AutoSync* autoSync, const QString& profileId);
};

} // namespace PayDesk
