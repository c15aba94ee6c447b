#pragma once

#include "core/profiles/Profile.h"

#include <QMenu>

class QActionGroup;
class QComboBox;

namespace PayDesk {

class Workplace;

// The gateway profiles to switch to while PayDesk runs: a menu and a toolbar combo box listing the
// workplace's profiles and the sandbox, the active one checked. Choosing another asks for it;
// whoever owns the desk (DeskSession) opens it.
class ProfileMenu : public QMenu
{
    Q_OBJECT
public:
    // ACTIVEID: the active desk's profile id ("sandbox" for the sandbox).
    ProfileMenu(Workplace* workplace, QString activeId, QWidget* parent);

    QComboBox* comboBox() const { return m_combo; }
    // Lists the profiles again (one was added or removed) and marks the active one.
    void refresh();
    // The profile NAME keeps its orders elsewhere now (it joined or left a team): when it is the active
    // one, reopenMoved() asks for it again, so that its window shows the new cache.
    void noteMoved(const QString& name);
    void reopenMoved();

signals:
    void profileChosen(const QString& name);
    void sandboxChosen();

private:
    void retranslate();
    void choose(QString id, QString name);
    void markActive();
    bool isActive(const Profile& profile) const;

    Workplace* m_workplace;
    QString m_activeId;
    QString m_moved; // the active profile's name once it moved, until reopenMoved()
    QActionGroup* m_group;
    QComboBox* m_combo;
};

} // namespace PayDesk
