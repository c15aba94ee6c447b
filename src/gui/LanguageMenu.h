#pragma once

#include <QMenu>

namespace PayDesk {

// Language > System language / Русский / English: the choice applies at once to every window (a live
// switch, no restart) and is kept for the next start.
class LanguageMenu : public QMenu
{
    Q_OBJECT
public:
    explicit LanguageMenu(QWidget* parent);

signals:
    void chosen();

private:
    void retranslate();
    QAction* m_system;
};

} // namespace PayDesk
