#pragma once

#include "core/profiles/Profile.h"

#include <QDialog>
#include <QScopedPointer>

namespace Ui {
class ProfilesDialog;
}

namespace PayDesk {

class TeamDatabaseBox;
class Workplace;

// Adds, edits, removes and tests gateway profiles. Passwords go to the system keychain only.
class ProfilesDialog : public QDialog
{
    Q_OBJECT
public:
    explicit ProfilesDialog(Workplace* workplace, QWidget* parent = nullptr);
    ~ProfilesDialog() override;

    void save();
    void testConnection();

signals:
    void saved(const QString& name);
    void tested(bool ok);
    // The profile NAME joined or left a team (TeamDatabaseBox): its orders are kept elsewhere now.
    void teamChanged(const QString& name);

private:
    void nameChoices();
    void reloadList(const QString& select = {});
    void showProfile(const QString& name);
    void setMessage(const QString& text, bool error);
    Profile formProfile() const;

    QScopedPointer<Ui::ProfilesDialog> m_ui;
    Workplace* m_workplace;
    TeamDatabaseBox* m_team;
    QString m_editing; // the name of the profile in the form; empty for a new one
};

} // namespace PayDesk
