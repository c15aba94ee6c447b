#include "gui/LanguageMenu.h"

#include "core/i18n/UiLanguage.h"
#include "gui/LanguageChange.h"

#include <QActionGroup>
#include <QSettings>

namespace PayDesk {

LanguageMenu::LanguageMenu(QWidget* parent)
    : QMenu(parent)
{
    setObjectName(QStringLiteral("languageMenu"));
    auto* languages = new QActionGroup(this);
    const QString current = QSettings().value(QStringLiteral("ui/language")).toString();
    // The languages' own names, the same in every language.
    for (const auto& choice :
         {qMakePair(QString(), QString()), qMakePair(QStringLiteral("ru"), QStringLiteral("Русский")),
          qMakePair(QStringLiteral("en"), QStringLiteral("English"))}) {
        QAction* action = addAction(choice.second);
        action->setObjectName(QStringLiteral("language_")
                              + (choice.first.isEmpty() ? QStringLiteral("system") : choice.first));
        action->setCheckable(true);
        action->setChecked(current == choice.first);
        languages->addAction(action);
        connect(action, &QAction::triggered, this, [this, code = choice.first] {
            QSettings().setValue(QStringLiteral("ui/language"), code);
            UiLanguage::use(UiLanguage::code()); // formats first: retranslation reads them
            UiLanguage::apply(UiLanguage::code());
            emit chosen();
        });
    }
    m_system = actions().constFirst();
    retranslate();
    LanguageChange::follow(this, this, [this] { retranslate(); });
}

void LanguageMenu::retranslate()
{
    setTitle(tr("&Language"));
    m_system->setText(tr("System language"));
}

} // namespace PayDesk
