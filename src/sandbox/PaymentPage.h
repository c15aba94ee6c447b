#pragma once

#include <QString>

namespace PayDesk::Sandbox {

struct SandboxOrder;

// HTML of the sandbox's hosted payment page, its fake ACS (3-D Secure) page and the
// little merchant "return" page. Plain server-rendered forms: they work in any browser.
class PaymentPage
{
public:
    static QString cardForm(const SandboxOrder& order, bool english, const QString& error);
    static QString acsForm(const SandboxOrder& order, bool english, const QString& error);
    static QString notPayable(const SandboxOrder* order, bool english, const QString& reason);
    static QString returnPage(const SandboxOrder* order, bool english);
    static QString index(const QString& baseUrl);
    static QString formatAmount(qint64 minor, int currency, bool english);
    // A whole page in the payment page's style, and its order header (for the Mir Pay steps, MirPayPages).
    static QString document(const QString& title, const QString& body, bool english);
    static QString orderHeader(const SandboxOrder& order, bool english);
};

} // namespace PayDesk::Sandbox
