#include "core/i18n/UiLanguage.h"

#include <QCoreApplication>
#include <QLibraryInfo>
#include <QLocale>
#include <QSettings>
#include <QTranslator>

namespace PayDesk {

QString UiLanguage::code()
{
    // The app's own settings, which paydesk-cli reads too (its settings are a file of their own).
    const QString chosen =
        QSettings(QStringLiteral("PayDesk"), QStringLiteral("paydesk")).value(QStringLiteral("ui/language")).toString();
    if (!chosen.isEmpty())
        return chosen;
    return QLocale::system().language() == QLocale::Russian ? QStringLiteral("ru") : QStringLiteral("en");
}

void UiLanguage::install(QTranslator* app, QTranslator* qt, const QString& language)
{
    if (app->load(QStringLiteral(":/i18n/paydesk_%1.qm").arg(language)))
        QCoreApplication::installTranslator(app);
    if (qt->load(QStringLiteral("qtbase_") + language, QLibraryInfo::path(QLibraryInfo::TranslationsPath)))
        QCoreApplication::installTranslator(qt);
}

} // namespace PayDesk
