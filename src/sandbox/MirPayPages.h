#pragma once

#include "sandbox/FormData.h"
#include "sandbox/HttpMessage.h"

#include <optional>

namespace PayDesk::Sandbox {

class RbsGateway;

// Paying with Mir Pay on the payment page, the steps of seed 003:
//   4. the customer chooses Mir Pay: GET /payment/sandbox/mirpay?mdOrder=ID
//   5. the page launches the universal link into the Mir Pay app: a redirect to /mirpay/app, the sandbox's
//      stand-in for the app
//   6. the customer chooses a card there: POST /mirpay/app/pay
//   7. Mir Pay sends the browser back to the payment page: /payment/sandbox/mirpay/return?mdOrder=ID&token=T
//   8. the gateway exchanges the payment data with Mir Pay and sends the customer to the result page
//      (returnUrl, or failUrl on a decline). The order's paymentWay is MIR_PAY.
class MirPayPages
{
public:
    // The answer to one of these steps, or nullopt when REQUEST is none of them.
    static std::optional<HttpResponse> handle(RbsGateway& gateway, const HttpRequest& request, const FormData& form);

private:
    static HttpResponse appPage(RbsGateway& gateway, const QString& orderId, bool english);
    static HttpResponse choose(RbsGateway& gateway, const FormData& form, bool english);
    static HttpResponse handBack(RbsGateway& gateway, const FormData& form, bool english);
};

} // namespace PayDesk::Sandbox
