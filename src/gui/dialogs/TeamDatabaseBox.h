#pragma once

#include "core/team/TeamSetup.h"

#include <QGroupBox>
#include <QScopedPointer>

namespace Ui {
class TeamDatabaseBox;
}

namespace PayDesk {

class Workplace;

// The profiles dialog's "Team database" group for the selected profile, the GUI's `paydesk-cli team`:
// Join team connects, creates or migrates the schema and keeps the database password in the keychain
// (Workplace::team(), as `team set`); Leave team goes back to the local cache (as `team unset`); a line
// says where the profile's orders are kept (the team database without secrets and its schema version).
class TeamDatabaseBox : public QGroupBox
{
    Q_OBJECT
public:
    explicit TeamDatabaseBox(Workplace* workplace, QWidget* parent = nullptr);
    ~TeamDatabaseBox() override;

    // The saved profile NAME the group acts on; empty: one not saved yet, and the group is disabled.
    void setProfile(const QString& name);
    void join();
    void leave();

signals:
    // The profile NAME joined or left its team: its orders and journal are kept elsewhere now.
    void moved(const QString& name);
    // A join, a leave or the check of the team database ended; OK is false when it failed (and says why).
    void done(bool ok);

private:
    void showPlace();
    void showStatus();
    void setMessage(const QString& text, bool error);
    void setBusy(bool busy);
    TeamDatabase typed(QString* error) const;
    std::optional<Profile> profile() const;

    QScopedPointer<Ui::TeamDatabaseBox> m_ui;
    Workplace* m_workplace;
    QString m_profile;
    std::optional<TeamStatus> m_status; // none: the local cache
    bool m_checking = false;
};

} // namespace PayDesk
