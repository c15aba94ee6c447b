#include "core/callback/CallbackInspector.h"

#include "core/session/Desk.h"

namespace PayDesk {

CallbackReport CallbackInspector::read(const QString& text, const CallbackKey& key)
{
    CallbackReport report;
    report.message = CallbackMessage::parse(text, &report.unreadable);
    if (report.message)
        report.verdict = CallbackVerifier::verify(*report.message, key);
    return report;
}

void CallbackInspector::inspect(Desk* desk, const QString& text, const CallbackKey& key, QObject* context,
                                std::function<void(const CallbackReport&)> done)
{
    CallbackReport report = read(text, key);
    if (!report.impliedStatus() || report.message->orderId().isEmpty())
        return done(report);
    OrderJob* job = desk->status(report.message->orderId());
    QObject::connect(job, &GatewayJob::finished, context, [job, report, done]() mutable {
        if (job->succeeded()) {
            report.compareWith(job->order());
        } else {
            report.agreement = CallbackAgreement::Failed;
            report.gatewayError = job->error();
        }
        done(report);
    });
}

} // namespace PayDesk
