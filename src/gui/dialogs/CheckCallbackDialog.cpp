#include "gui/dialogs/CheckCallbackDialog.h"

#include "ui_CheckCallbackDialog.h"

#include "core/callback/CallbackInspector.h"
#include "core/session/Desk.h"
#include "core/session/Workplace.h"
#include "gui/Prompts.h"

#include <QFile>
#include <QPushButton>

namespace PayDesk {

CheckCallbackDialog::CheckCallbackDialog(Desk* desk, Workplace* workplace, QWidget* parent)
    : QDialog(parent)
    , m_ui(new Ui::CheckCallbackDialog)
    , m_desk(desk)
    , m_workplace(workplace)
{
    m_ui->setupUi(this);
    m_checkButton = m_ui->buttons->addButton(tr("C&heck"), QDialogButtonBox::ActionRole);
    m_checkButton->setObjectName(QStringLiteral("checkButton"));
    m_checkButton->setDefault(true);
    if (!workplace) {
        m_ui->profileKeyButton->setEnabled(false);
        m_ui->certificateButton->setChecked(true);
    }
    connect(m_checkButton, &QPushButton::clicked, this, &CheckCallbackDialog::check);
    connect(m_ui->buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    connect(m_ui->certificateEdit, &QLineEdit::textEdited, m_ui->certificateButton,
            [this] { m_ui->certificateButton->setChecked(true); });
    connect(m_ui->browseButton, &QPushButton::clicked, this, [this] {
        const QString file =
            Prompts::openFileName(this, tr("The gateway's certificate or public key"),
                                  tr("Certificates and keys (*.pem *.crt *.cer *.der *.key);;All files (*)"));
        if (!file.isEmpty()) {
            m_ui->certificateEdit->setText(file);
            m_ui->certificateButton->setChecked(true);
        }
    });
}

CheckCallbackDialog::~CheckCallbackDialog() = default;

void CheckCallbackDialog::check()
{
    if (m_ui->callbackEdit->toPlainText().trimmed().isEmpty())
        return showProblem(tr("Paste the callback first."));
    if (m_ui->certificateButton->isChecked()) {
        QFile file(m_ui->certificateEdit->text().trimmed());
        QString why = file.errorString();
        std::optional<RsaPublicKey> rsa;
        if (file.open(QIODevice::ReadOnly))
            rsa = RsaPublicKey::fromData(file.readAll(), &why);
        if (!rsa)
            return showProblem(tr("The certificate cannot be read: %1").arg(why));
        return inspect({{}, rsa});
    }
    m_checkButton->setEnabled(false);
    m_workplace->callbackKey(m_desk->profileId(), this, [this](const QString& key, const WorkplaceError& e) {
        if (e.isError()) {
            m_checkButton->setEnabled(true);
            return showProblem(tr("The callback key cannot be read from the keychain: %1").arg(e.userMessage()));
        }
        inspect({key, std::nullopt});
    });
}

void CheckCallbackDialog::inspect(const CallbackKey& key)
{
    const QString text = m_ui->callbackEdit->toPlainText();
    if (!m_ui->askGatewayBox->isChecked())
        return show(CallbackInspector::read(text, key));
    m_checkButton->setEnabled(false);
    m_ui->resultLabel->setText(tr("Asking the gateway about the order…"));
    CallbackInspector::inspect(m_desk, text, key, this, [this](const CallbackReport& report) { show(report); });
}

void CheckCallbackDialog::show(const CallbackReport& report)
{
    m_checkButton->setEnabled(true);
    const bool good = report.genuine();
    const QString colour = !report.readable() ? QStringLiteral("#6b7280")
                           : good             ? QStringLiteral("#15803d")
                                              : QStringLiteral("#b91c1c");
    QString html =
        QStringLiteral("<p style=\"color:%1\"><b>%2</b></p>").arg(colour, report.verdictText().toHtmlEscaped());
    if (!report.eventText().isEmpty())
        html += QStringLiteral("<p>%1</p>").arg(report.eventText().toHtmlEscaped());
    if (!report.agreementText().isEmpty())
        html += QStringLiteral("<p>%1</p>").arg(report.agreementText().toHtmlEscaped());
    if (report.verdict == CallbackVerdict::NoKey && m_workplace)
        html += QStringLiteral("<p>%1</p>")
                    .arg(tr("Set the callback key in File > Profiles…, or check with the gateway's certificate.")
                             .toHtmlEscaped());
    m_ui->resultLabel->setText(html);
    emit checked(report);
}

void CheckCallbackDialog::showProblem(const QString& text)
{
    m_ui->resultLabel->setText(QStringLiteral("<p style=\"color:#b91c1c\">%1</p>").arg(text.toHtmlEscaped()));
}

} // namespace PayDesk
