#include "gui/LanguageMenu.h"

#include <QActionGroup>
#include <QSettings>

namespace PayDesk {

LanguageMenu::LanguageMenu(QWidget* parent)
    : QMenu(tr("&Language"), parent)
{
    auto* languages = new QActionGroup(this);
    const QString current = QSettings().value(QStringLiteral("ui/language")).toString();
    for (const auto& choice :
         {qMakePair(QString(), tr("System language")), qMakePair(QStringLiteral("ru"), QStringLiteral("Русский")),
          qMakePair(QStringLiteral("en"), QStringLiteral("English"))}) {
        QAction* action = addAction(choice.second);
        action->setCheckable(true);
        action->setChecked(current == choice.first);
        languages->addAction(action);
        connect(action, &QAction::triggered, this, [this, code = choice.first] {
            QSettings().setValue(QStringLiteral("ui/language"), code);
            emit chosen();
        });
    }
}

} // namespace PayDesk
