#include "core/profiles/ProfileStore.h"

#include "core/net/TransportPolicy.h"

#include "core/io/PrivateFiles.h"
#include <QDir>
#include <QFileInfo>

#include <QSettings>
#include <QStandardPaths>
#include <QUrl>
#include <QUuid>

namespace PayDesk {

namespace {
// The gateway's language: "gatewayLanguage" (empty: follow the interface). Profiles saved before it have
// "language", where "ru" was the default nobody chose (it now follows the interface) and "en" a choice.
QString storedLanguage(const QSettings& s)
{
    if (s.contains(QStringLiteral("gatewayLanguage")))
        return s.value(QStringLiteral("gatewayLanguage")).toString();
    const QString old = s.value(QStringLiteral("language")).toString();
    return old == QLatin1String("en") ? old : QString();
}
} // namespace

ProfileStore::ProfileStore(QString path)
    : m_path(std::move(path))
{ }

QString ProfileStore::defaultPath()
{
    return QStandardPaths::writableLocation(QStandardPaths::GenericConfigLocation)
           + QStringLiteral("/paydesk/profiles.ini");
}

QList<Profile> ProfileStore::profiles() const
{
    QSettings s(m_path, QSettings::IniFormat);
    QList<Profile> list;
    for (const QString& group : s.childGroups()) {
        s.beginGroup(group);
        Profile p;
        p.id = group;
        p.name = s.value(QStringLiteral("name")).toString();
        const std::optional<GatewayKind> kind =
            GatewayKinds::fromKey(s.value(QStringLiteral("gateway"), QStringLiteral("rbs")).toString());
        if (!kind)
            continue; // written by a newer PayDesk for a gateway this one does not speak
        p.gateway = *kind;
        p.url = s.value(QStringLiteral("url")).toString();
        p.user = s.value(QStringLiteral("user")).toString();
        p.tokenMode = s.value(QStringLiteral("tokenMode"), false).toBool();
        p.merchantLogin = s.value(QStringLiteral("merchantLogin")).toString();
        p.merchantId = s.value(QStringLiteral("merchantId")).toString();
        p.checkWord = s.value(QStringLiteral("checkWord"), false).toBool();
        p.holdDays = s.value(QStringLiteral("holdDays"), 7).toInt();
        p.caFile = s.value(QStringLiteral("caFile")).toString();
        p.currency = s.value(QStringLiteral("currency"), QStringLiteral("RUB")).toString();
        p.language = storedLanguage(s);
        s.endGroup();
        list.append(p);
    }
    std::sort(list.begin(), list.end(), [](const Profile& a, const Profile& b) { return a.name < b.name; });
    return list;
}

std::optional<Profile> ProfileStore::find(const QString& name) const
{
    for (const Profile& p : profiles()) {
        if (p.name == name)
            return p;
    }
    return std::nullopt;
}

ProfileError ProfileStore::validate(const Profile& p)
{
    const auto invalid = [&p](const QString& why) {
        return ProfileError::of(ProfileError::Kind::Invalid, p.name, why);
    };
    if (p.name.trimmed().isEmpty()) {
        return invalid(tr("A profile needs a name."));
    }
    const QUrl url(p.url, QUrl::StrictMode);
    if (!url.isValid() || url.host().isEmpty()
        || (url.scheme() != QLatin1String("https") && url.scheme() != QLatin1String("http"))) {
        return invalid(
            tr("\"%1\" is not a gateway address; expected e.g. https://3dsec.sberbank.ru/payment/rest/").arg(p.url));
    }
    if (url.scheme() == QLatin1String("http") && !TransportPolicy::isLoopback(url)) {
        return invalid(tr("Plain HTTP is allowed only to this computer (the sandbox). Use https://%1").arg(url.host()));
    }
    if (p.gateway == GatewayKind::Assist && (p.merchantId.trimmed().isEmpty() || p.tokenMode)) {
        return invalid(tr("An Assist profile needs the Merchant_ID and a web-service login and password."));
    }
    if (p.gateway == GatewayKind::RbsSoap && p.tokenMode) {
        return invalid(tr("The RBS web service (SOAP) signs in with a login and password only, not a token."));
    }
    if (p.user.isEmpty() && !p.tokenMode) {
        return invalid(tr("A profile needs the merchant's API login."));
    }
    if (p.holdDays < 1 || p.holdDays > 60) {
        return invalid(tr("The hold lifetime must be between 1 and 60 days."));
    }
    if (!p.caFile.isEmpty() && !QFileInfo(p.caFile).isReadable()) {
        return invalid(tr("Cannot read the CA certificate file %1.").arg(p.caFile));
    }
    return {};
}

ProfileError ProfileStore::add(Profile& profile)
{
    if (const ProfileError invalid = validate(profile); invalid.isError())
        return invalid;
    if (find(profile.name))
        return ProfileError::of(ProfileError::Kind::Duplicate, profile.name);
    profile.id = QUuid::createUuid().toString(QUuid::WithoutBraces);
    if (!profile.caFile.isEmpty())
        profile.caFile = QFileInfo(profile.caFile).absoluteFilePath();
    return update(profile);
}

ProfileError ProfileStore::update(const Profile& p)
{
    PrivateFiles::makeDir(QFileInfo(m_path).absolutePath());
    PrivateFiles::create(m_path);
    QSettings s(m_path, QSettings::IniFormat);
    s.beginGroup(p.id);
    s.setValue(QStringLiteral("name"), p.name);
    s.setValue(QStringLiteral("gateway"), GatewayKinds::key(p.gateway));
    s.setValue(QStringLiteral("url"), p.url);
    s.setValue(QStringLiteral("user"), p.user);
    s.setValue(QStringLiteral("tokenMode"), p.tokenMode);
    s.setValue(QStringLiteral("merchantLogin"), p.merchantLogin);
    s.setValue(QStringLiteral("merchantId"), p.merchantId);
    s.setValue(QStringLiteral("checkWord"), p.checkWord);
    s.setValue(QStringLiteral("holdDays"), p.holdDays);
    s.setValue(QStringLiteral("caFile"), p.caFile);
    s.setValue(QStringLiteral("currency"), p.currency);
    s.setValue(QStringLiteral("gatewayLanguage"), p.language);
    s.remove(QStringLiteral("language")); // the old key, read by storedLanguage()
    s.endGroup();
    s.sync();
    if (s.status() != QSettings::NoError || !PrivateFiles::tighten(m_path))
        return ProfileError::of(ProfileError::Kind::CannotSave, p.name, m_path);
    return {};
}

namespace {
const QString DefaultKey = QStringLiteral("default");
} // namespace

QString ProfileStore::defaultName() const
{
    const QString name = QSettings(m_path, QSettings::IniFormat).value(DefaultKey).toString();
    return find(name) ? name : QString();
}

ProfileError ProfileStore::setDefaultName(const QString& name)
{
    if (!find(name))
        return ProfileError::of(ProfileError::Kind::NotFound, name);
    QSettings s(m_path, QSettings::IniFormat);
    s.setValue(DefaultKey, name);
    s.sync();
    if (s.status() != QSettings::NoError || !PrivateFiles::tighten(m_path))
        return ProfileError::of(ProfileError::Kind::CannotSave, name, m_path);
    return {};
}

ProfileError ProfileStore::remove(const QString& name)
{
    const std::optional<Profile> p = find(name);
    if (!p)
        return ProfileError::of(ProfileError::Kind::NotFound, name);
    QSettings s(m_path, QSettings::IniFormat);
    s.remove(p->id);
    if (s.value(DefaultKey).toString() == name)
        s.remove(DefaultKey);
    s.sync();
    if (s.status() != QSettings::NoError || !PrivateFiles::tighten(m_path))
        return ProfileError::of(ProfileError::Kind::CannotSave, name, m_path);
    return {};
}

} // namespace PayDesk
