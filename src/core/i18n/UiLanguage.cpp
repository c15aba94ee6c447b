#include "core/i18n/UiLanguage.h"

#include <QCoreApplication>
#include <QLibraryInfo>
#include <QLocale>
#include <QPointer>
#include <QSettings>
#include <QTranslator>

namespace PayDesk {

namespace {
struct InUse
{
    QString language;
    QLocale locale;
};

InUse& inUse()
{
    static InUse state{QString(), QLocale::c()};
    return state;
}

QPointer<QTranslator> s_app; // the translators apply() installed, owned by the application
QPointer<QTranslator> s_qt;
QString s_applied = QStringLiteral("en");
} // namespace

QString UiLanguage::code()
{
    // The app's own settings, which paydesk-cli reads too (its settings are a file of their own).
    const QString chosen =
        QSettings(QStringLiteral("PayDesk"), QStringLiteral("paydesk")).value(QStringLiteral("ui/language")).toString();
    if (!chosen.isEmpty())
        return chosen;
    return systemCode();
}

QString UiLanguage::systemCode()
{
    // uiLanguages() reads LANGUAGE first, then LC_ALL, LC_MESSAGES and LANG, as gettext does.
    const QStringList languages = QLocale::system().uiLanguages();
    const QString first = languages.isEmpty() ? QString() : languages.constFirst();
    return first.startsWith(QLatin1String("ru")) ? QStringLiteral("ru") : QStringLiteral("en");
}

void UiLanguage::install(QTranslator* app, QTranslator* qt, const QString& language)
{
    if (app->load(QStringLiteral(":/i18n/paydesk_%1.qm").arg(language)))
        QCoreApplication::installTranslator(app);
    if (qt->load(QStringLiteral("qtbase_") + language, QLibraryInfo::path(QLibraryInfo::TranslationsPath)))
        QCoreApplication::installTranslator(qt);
}

void UiLanguage::use(const QString& language)
{
    inUse() = {language, localeOf(language)};
    QLocale::setDefault(inUse().locale);
}

QString UiLanguage::current()
{
    if (inUse().language.isEmpty()) {
        const QString language = code(); // read once: the table asks for every cell
        inUse() = {language, localeOf(language)};
    }
    return inUse().language;
}

QLocale UiLanguage::locale()
{
    current();
    return inUse().locale;
}

QLocale UiLanguage::localeOf(const QString& language)
{
    const QLocale system = QLocale::system();
    if (language == QLatin1String("ru"))
        return system.language() == QLocale::Russian ? system : QLocale(QLocale::Russian, QLocale::Russia);
    // English as it always was: the system's conventions, unless the system speaks Russian.
    return system.language() == QLocale::Russian ? QLocale(QLocale::English, QLocale::UnitedStates) : system;
}

void UiLanguage::apply(const QString& language)
{
    QPointer<QTranslator> oldApp = s_app;
    QPointer<QTranslator> oldQt = s_qt;
    s_app = new QTranslator(QCoreApplication::instance());
    s_qt = new QTranslator(QCoreApplication::instance());
    s_applied = language;
    install(s_app, s_qt, language); // the newest translator is asked first; the old ones then go
    for (QTranslator* old : {oldApp.data(), oldQt.data()}) {
        if (old) {
            QCoreApplication::removeTranslator(old);
            delete old;
        }
    }
}

QString UiLanguage::applied()
{
    return s_applied;
}

QString UiLanguage::gatewayLanguage(const QString& choice)
{
    return choice.isEmpty() ? s_applied : choice;
}

} // namespace PayDesk
