#include "gui/dialogs/ProfilesDialog.h"

#include "ui_ProfilesDialog.h"

#include "core/session/GatewayCapabilities.h"
#include "core/session/Workplace.h"
#include "gui/LanguageChange.h"
#include "gui/StartupProfile.h"
#include "gui/dialogs/TeamDatabaseBox.h"

#include <QPushButton>

#include <iterator>

namespace PayDesk {

namespace {
struct Preset
{
    const char* name;
    const char* url;
    GatewayKind gateway;
    int holdDays;
};
// Published RBS gateway addresses (../shared/spec/rbs-api.md).
const Preset Presets[] = {
    {QT_TRANSLATE_NOOP("PayDesk::ProfilesDialog", "Sberbank — test"), "https://3dsec.sberbank.ru/payment/rest/",
     GatewayKind::Rbs, 7},
    {QT_TRANSLATE_NOOP("PayDesk::ProfilesDialog", "Sberbank — production"),
     "https://securepayments.sberbank.ru/payment/rest/", GatewayKind::Rbs, 7},
    {QT_TRANSLATE_NOOP("PayDesk::ProfilesDialog", "Alfa-Bank — test"), "https://alfa.rbsuat.com/payment/rest/",
     GatewayKind::Rbs, 7},
    {QT_TRANSLATE_NOOP("PayDesk::ProfilesDialog", "Alfa-Bank — production"), "https://pay.alfabank.ru/payment/rest/",
     GatewayKind::Rbs, 7},
    {QT_TRANSLATE_NOOP("PayDesk::ProfilesDialog", "Other RBS gateway"), "", GatewayKind::Rbs, 7},
    // The same gateways' SOAP web service (rbs-soap.md §1.1), for contracts that use only that interface.
    {QT_TRANSLATE_NOOP("PayDesk::ProfilesDialog", "Sberbank — test, web service (SOAP)"),
     "https://3dsec.sberbank.ru/payment/webservices/merchant-ws", GatewayKind::RbsSoap, 7},
    {QT_TRANSLATE_NOOP("PayDesk::ProfilesDialog", "Other RBS gateway, web service (SOAP)"), "", GatewayKind::RbsSoap,
     7},
    // Assist's own hosts (assist-api.md §1.1); the confirmation deadline is 4 days there.
    {QT_TRANSLATE_NOOP("PayDesk::ProfilesDialog", "Assist — test"), "https://payments.demo.paysecure.ru/",
     GatewayKind::Assist, 4},
    {QT_TRANSLATE_NOOP("PayDesk::ProfilesDialog", "Assist — production"), "https://payments.paysecure.ru/",
     GatewayKind::Assist, 4},
};
} // namespace

ProfilesDialog::ProfilesDialog(Workplace* workplace, QWidget* parent)
    : QDialog(parent)
    , m_ui(new Ui::ProfilesDialog)
    , m_workplace(workplace)
    , m_team(new TeamDatabaseBox(workplace, this))
{
    m_ui->setupUi(this);
    m_ui->layout->insertWidget(1, m_team); // under the profile's form, for the profile selected there
    m_ui->layout->setStretch(0, 1);        // the list and form take the room to spare, not the group
    connect(m_team, &TeamDatabaseBox::moved, this, &ProfilesDialog::teamChanged);
    for (const Preset& p : Presets)
        m_ui->presetBox->addItem(tr(p.name), QString::fromLatin1(p.url));
    for (const QString& language : {QString(), QStringLiteral("ru"), QStringLiteral("en")})
        m_ui->languageBox->addItem(QString(), language);
    nameChoices();
    LanguageChange::follow(this, this, [this] {
        m_ui->retranslateUi(this);
        nameChoices();
    });
    connect(m_ui->presetBox, &QComboBox::activated, this, [this](int index) {
        const QString url = m_ui->presetBox->itemData(index).toString();
        if (!url.isEmpty())
            m_ui->urlEdit->setText(url);
        m_ui->holdSpin->setValue(Presets[index].holdDays);
        m_ui->merchantEdit->setEnabled(GatewayCapabilities::of(Presets[index].gateway).needsMerchantId);
    });
    connect(m_ui->profileList, &QListWidget::currentTextChanged, this, &ProfilesDialog::showProfile);
    connect(m_ui->newButton, &QPushButton::clicked, this, [this] {
        m_ui->profileList->clearSelection();
        showProfile({});
        m_ui->nameEdit->setFocus();
    });
    connect(m_ui->removeButton, &QPushButton::clicked, this, [this] {
        if (m_editing.isEmpty())
            return;
        m_workplace->removeProfile(m_editing, this, [this, name = m_editing](const WorkplaceError& e) {
            if (e.isError())
                return setMessage(e.userMessage(), true);
            StartupProfile::forget(name);
            reloadList();
            setMessage(tr("Removed %1 and its password.").arg(name), false);
        });
    });
    connect(m_ui->saveButton, &QPushButton::clicked, this, &ProfilesDialog::save);
    connect(m_ui->testButton, &QPushButton::clicked, this, &ProfilesDialog::testConnection);
    connect(m_ui->buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    reloadList();
    if (m_ui->profileList->count() == 0)
        showProfile({});
}

ProfilesDialog::~ProfilesDialog() = default;

// The choices' names and the password's hint in the UI language, once and after a live switch.
void ProfilesDialog::nameChoices()
{
    for (int i = 0; i < m_ui->presetBox->count(); ++i)
        m_ui->presetBox->setItemText(i, tr(Presets[i].name));
    // A language's own name is the same in every language; following the interface is the default.
    const QStringList names{tr("Follow the interface"), QStringLiteral("Русский"), QStringLiteral("English")};
    for (int i = 0; i < m_ui->languageBox->count(); ++i)
        m_ui->languageBox->setItemText(i, names.value(i));
    m_ui->passwordEdit->setPlaceholderText(!m_editing.isEmpty() ? tr("unchanged (kept in the system keychain)")
                                                                : tr("kept in the system keychain only"));
}

void ProfilesDialog::reloadList(const QString& select)
{
    m_ui->profileList->clear();
    for (const Profile& p : m_workplace->profiles())
        m_ui->profileList->addItem(p.name);
    const QList<QListWidgetItem*> found = m_ui->profileList->findItems(select, Qt::MatchExactly);
    if (!found.isEmpty())
        m_ui->profileList->setCurrentItem(found.first());
    else if (m_ui->profileList->count() > 0)
        m_ui->profileList->setCurrentRow(0);
    else
        showProfile({});
}

void ProfilesDialog::showProfile(const QString& name)
{
    const std::optional<Profile> p = name.isEmpty() ? std::nullopt : m_workplace->profile(name);
    const Profile profile = p.value_or(Profile{});
    m_editing = p ? p->name : QString();
    m_ui->nameEdit->setText(profile.name);
    m_ui->nameEdit->setReadOnly(p.has_value());
    m_ui->urlEdit->setText(profile.url.isEmpty() ? QString::fromLatin1(Presets[0].url) : profile.url);
    m_ui->userEdit->setText(profile.user);
    m_ui->passwordEdit->clear();
    nameChoices();
    m_ui->languageBox->setCurrentIndex(qMax(0, m_ui->languageBox->findData(profile.language)));
    m_ui->holdSpin->setValue(profile.holdDays);
    m_ui->caEdit->setText(profile.caFile);
    m_ui->merchantEdit->setText(profile.merchantId);
    m_ui->merchantEdit->setEnabled(GatewayCapabilities::of(profile.gateway).needsMerchantId);
    m_ui->presetBox->setCurrentIndex(0);
    for (int i = 0; p && i < int(std::size(Presets)); ++i) {
        if (Presets[i].gateway == profile.gateway
            && (profile.url == QLatin1String(Presets[i].url) || QString::fromLatin1(Presets[i].url).isEmpty())) {
            m_ui->presetBox->setCurrentIndex(i);
            break;
        }
    }
    // A new profile opens at start only when there is no choice yet; otherwise the box says what is.
    m_ui->startBox->setChecked(p ? StartupProfile::name() == p->name : StartupProfile::name().isEmpty());
    m_ui->removeButton->setEnabled(p.has_value());
    m_ui->messageLabel->clear();
    m_team->setProfile(m_editing);
}

Profile ProfilesDialog::formProfile() const
{
    Profile p = m_editing.isEmpty() ? Profile{} : m_workplace->profile(m_editing).value_or(Profile{});
    p.name = m_ui->nameEdit->text().trimmed();
    p.gateway = Presets[qMax(0, m_ui->presetBox->currentIndex())].gateway;
    p.url = Workplace::normalizedUrl(p.gateway, m_ui->urlEdit->text());
    p.merchantId = m_ui->merchantEdit->text().trimmed();
    p.user = m_ui->userEdit->text().trimmed();
    p.holdDays = m_ui->holdSpin->value();
    p.caFile = m_ui->caEdit->text().trimmed();
    p.language = m_ui->languageBox->currentData().toString(); // empty: the interface's
    return p;
}

void ProfilesDialog::setMessage(const QString& text, bool error)
{
    m_ui->messageLabel->setStyleSheet(error ? QStringLiteral("color: #c62828;") : QStringLiteral("color: #2e7d32;"));
    m_ui->messageLabel->setText(text);
}

void ProfilesDialog::save()
{
    const Profile p = formProfile();
    if (const ProfileError invalid = Workplace::validate(p); invalid.isError())
        return setMessage(invalid.userMessage(), true);
    const QString password = m_ui->passwordEdit->text();
    const bool isNew = m_editing.isEmpty();
    if (isNew && password.isEmpty())
        return setMessage(tr("Enter the password: it goes to the system keychain, never to a file."), true);
    m_ui->passwordEdit->clear();
    const QString callbackKey = m_ui->callbackKeyEdit->text().trimmed();
    m_ui->callbackKeyEdit->clear();
    const bool atStart = m_ui->startBox->isChecked();
    const auto done = [this, withPassword = !password.isEmpty(), atStart, callbackKey](const Profile& saved,
                                                                                       const WorkplaceError& e) {
        if (e.isError())
            return setMessage(e.userMessage(), true);
        if (!callbackKey.isEmpty()) // a new key replaces the old one; `paydesk-cli profile callback-key` removes it
            m_workplace->setCallbackKey(saved.name, callbackKey, this, [this](const WorkplaceError& keyError) {
                if (keyError.isError())
                    setMessage(keyError.userMessage(), true);
            });
        if (atStart) {
            StartupProfile::set(saved.name);
            m_workplace->setDefaultProfile(saved.name); // paydesk-cli's default too
        } else
            StartupProfile::forget(saved.name);
        reloadList(saved.name);
        const QString savedText = withPassword ? tr("Saved %1; the password is in the system keychain.").arg(saved.name)
                                               : tr("Saved %1.").arg(saved.name);
        setMessage(atStart ? savedText + QLatin1Char(' ') + tr("PayDesk opens it when it starts.") : savedText, false);
        emit this->saved(saved.name);
    };
    if (isNew)
        return m_workplace->addProfile(p, password, {}, this, done);
    m_workplace->updateProfile(p, password, this, [p, done](const WorkplaceError& e) { done(p, e); });
}

// The profile as typed, before or without saving; an empty password field means the saved password.
void ProfilesDialog::testConnection()
{
    const Profile p = formProfile();
    if (const ProfileError invalid = Workplace::validate(p); invalid.isError())
        return setMessage(invalid.userMessage(), true);
    const QString password = m_ui->passwordEdit->text();
    if (m_editing.isEmpty() && password.isEmpty())
        return setMessage(tr("Enter the password to test the connection."), true);
    setMessage(tr("Asking the gateway…"), false);
    m_ui->testButton->setEnabled(false);
    m_workplace->testConnection(p, password, 15000, this, [this](const ConnectionTest& test) {
        m_ui->testButton->setEnabled(true);
        setMessage(test.accepted ? tr("The gateway accepted the login and password.") : test.userMessage(),
                   !test.accepted);
        emit tested(test.accepted);
    });
}

} // namespace PayDesk
