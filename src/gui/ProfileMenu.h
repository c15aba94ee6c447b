#pragma once

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

signals:
    void profileChosen(const QString& name);
    void sandboxChosen();

private:
    void retranslate();
    void choose(QString id, QString name);
    void markActive();

    Workplace* m_workplace;
    QString m_activeId;
    QActionGroup* m_group;
    QComboBox* m_combo;
};

} // namespace PayDesk
