#pragma once

#include <QMenu>

namespace PayDesk {

// Language > System language / Русский / English; the choice is kept for the next start.
class LanguageMenu : public QMenu
{
    Q_OBJECT
public:
    explicit LanguageMenu(QWidget* parent);

signals:
    void chosen();
};

} // namespace PayDesk
