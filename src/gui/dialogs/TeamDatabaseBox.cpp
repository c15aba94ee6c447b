#include "gui/dialogs/TeamDatabaseBox.h"

#include "ui_TeamDatabaseBox.h"

#include "core/session/Workplace.h"
#include "gui/LanguageChange.h"

#include <QLoggingCategory>
#include <QUrl>

namespace PayDesk {

Q_LOGGING_CATEGORY(lcTeamBox, "paydesk.gui.team")

namespace {
// Core's reasons are clauses ("a plain connection to … is refused: …"); on their own line they start a sentence.
QString sentence(QString text)
{
    if (!text.isEmpty())
        text[0] = text[0].toUpper();
    return text;
}
} // namespace

TeamDatabaseBox::TeamDatabaseBox(Workplace* workplace, QWidget* parent)
    : QGroupBox(parent)
    , m_ui(new Ui::TeamDatabaseBox)
    , m_workplace(workplace)
{
    m_ui->setupUi(this);
    LanguageChange::follow(this, this, [this] {
        m_ui->retranslateUi(this);
        showPlace();
    });
    connect(m_ui->joinButton, &QPushButton::clicked, this, &TeamDatabaseBox::join);
    connect(m_ui->leaveButton, &QPushButton::clicked, this, &TeamDatabaseBox::leave);
    setProfile({});
}

TeamDatabaseBox::~TeamDatabaseBox() = default;

std::optional<Profile> TeamDatabaseBox::profile() const
{
    return m_profile.isEmpty() ? std::nullopt : m_workplace->profile(m_profile);
}

void TeamDatabaseBox::setProfile(const QString& name)
{
    m_profile = name;
    m_ui->teamPasswordEdit->clear();
    m_ui->teamMessage->clear();
    const std::optional<Profile> p = profile();
    setEnabled(p.has_value());
    const std::optional<TeamDatabase> database = p ? m_workplace->team().databaseOf(*p) : std::nullopt;
    TeamDatabase address = database.value_or(TeamDatabase{});
    m_ui->teamCaEdit->setText(address.caFile);
    address.caFile.clear();
    m_ui->teamUrlEdit->setText(database ? address.url() : QString());
    m_status.reset();
    if (database) {
        m_status = TeamStatus{*database, 0, {}};
        showStatus();
    }
    showPlace();
}

// Connects with the stored password and reads the schema version, as `paydesk-cli team show`.
void TeamDatabaseBox::showStatus()
{
    m_checking = true;
    m_workplace->team().status(*profile(), this, [this, name = m_profile](const TeamStatus& status) {
        if (name != m_profile) // another profile was chosen meanwhile
            return;
        m_checking = false;
        m_status = status;
        showPlace();
        emit done(!status.error.isError());
    });
}

// Where the profile's orders are: the team database (never a secret) and its schema, or this computer.
void TeamDatabaseBox::showPlace()
{
    m_ui->leaveButton->setEnabled(m_status.has_value());
    if (!m_status)
        return m_ui->teamStatus->setText(tr("Local cache (this computer)"));
    const QString url = m_status->database.url();
    if (m_checking)
        m_ui->teamStatus->setText(tr("Team database %1 (checking…)").arg(url));
    else if (m_status->error.isError())
        m_ui->teamStatus->setText(tr("Team database %1, not reachable: %2").arg(url, m_status->error.userMessage()));
    else
        m_ui->teamStatus->setText(tr("Team database %1, schema %2").arg(url).arg(m_status->schema));
}

TeamDatabase TeamDatabaseBox::typed(QString* error) const
{
    QString url = m_ui->teamUrlEdit->text().trimmed();
    const QString ca = m_ui->teamCaEdit->text().trimmed();
    if (!ca.isEmpty() && !url.contains(QLatin1String("sslrootcert="))) {
        url += url.contains(QLatin1Char('?')) ? QLatin1Char('&') : QLatin1Char('?');
        url += QStringLiteral("sslrootcert=") + QString::fromLatin1(QUrl::toPercentEncoding(ca, "/"));
    }
    return TeamDatabase::parse(url, error);
}

void TeamDatabaseBox::join()
{
    const std::optional<Profile> p = profile();
    if (!p)
        return;
    QString invalid;
    const TeamDatabase database = typed(&invalid);
    const QString password = m_ui->teamPasswordEdit->text();
    if (!database.isValid() || password.isEmpty()) {
        setMessage(!database.isValid()
                       ? sentence(invalid)
                       : tr("Enter the database password: it goes to the system keychain, never to a file."),
                   true);
        return emit done(false);
    }
    m_ui->teamPasswordEdit->clear();
    setBusy(true);
    qCInfo(lcTeamBox) << "joining" << database.url() << "for" << p->name;
    m_workplace->team().join(*p, database, password, this, [this, name = p->name](const TeamStatus& status) {
        setBusy(false);
        if (status.error.isError()) {
            setMessage(status.error.userMessage(), true);
            return emit done(false);
        }
        m_status = status;
        m_checking = false;
        showPlace();
        setMessage(tr("%1 now keeps its orders and journal in the team database; the password is in the system "
                      "keychain.")
                       .arg(name),
                   false);
        emit moved(name);
        emit done(true);
    });
}

void TeamDatabaseBox::leave()
{
    const std::optional<Profile> p = profile();
    if (!p)
        return;
    setBusy(true);
    m_workplace->team().leave(*p, this, [this, name = p->name](const WorkplaceError& error) {
        setBusy(false);
        if (error.isError()) {
            setMessage(error.userMessage(), true);
            return emit done(false);
        }
        setProfile(name);
        setMessage(tr("%1 is back on the local cache; the database password left the keychain.").arg(name), false);
        emit moved(name);
        emit done(true);
    });
}

void TeamDatabaseBox::setBusy(bool busy)
{
    m_ui->joinButton->setEnabled(!busy);
    m_ui->leaveButton->setEnabled(!busy && m_status.has_value());
    if (busy)
        setMessage(tr("Connecting to the team database…"), false);
}

void TeamDatabaseBox::setMessage(const QString& text, bool error)
{
    m_ui->teamMessage->setStyleSheet(error ? QStringLiteral("color: #c62828;") : QStringLiteral("color: #2e7d32;"));
    m_ui->teamMessage->setText(text);
}

} // namespace PayDesk
