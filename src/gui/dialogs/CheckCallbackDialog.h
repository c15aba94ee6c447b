#pragma once

#include "core/callback/CallbackReport.h"

#include <QDialog>

#include <memory>

namespace Ui {
class CheckCallbackDialog;
}

namespace PayDesk {

class Desk;
class Workplace;

// Order > Check callback…: support staff paste a callback as the shop received it and learn, in plain
// words, whether it is genuine (the profile's callback key, or the gateway's certificate), what it says
// happened to which order, and whether the gateway agrees now.
class CheckCallbackDialog : public QDialog
{
    Q_OBJECT
public:
    // Without a workplace only a certificate can check the checksum.
    CheckCallbackDialog(Desk* desk, Workplace* workplace, QWidget* parent = nullptr);
    ~CheckCallbackDialog() override;

signals:
    void checked(const CallbackReport& report); // each time a check ends

private:
    void check();
    void inspect(const CallbackKey& key);
    void show(const CallbackReport& report);
    void showProblem(const QString& text);

    std::unique_ptr<Ui::CheckCallbackDialog> m_ui;
    Desk* m_desk;
    Workplace* m_workplace;
    QPushButton* m_checkButton;
};

} // namespace PayDesk
