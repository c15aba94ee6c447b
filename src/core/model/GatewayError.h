#pragma once

#include <QCoreApplication>
#include <QString>

namespace PayDesk {

// Why a gateway call did not give an answer we can use. A value, never an exception.
struct GatewayError
{
    Q_DECLARE_TR_FUNCTIONS(GatewayError)
public:
    enum class Kind {
        None,
        Network,    // no connection, refused, reset before sending
        Tls,        // certificate or handshake problem
        Timeout,    // no answer in time
        Http,       // HTTP status other than 200
        Malformed,  // the answer is not what the protocol says
        Gateway,    // the gateway refused: code and message are its own
        Auth,       // wrong login, password or token
        Config,     // the profile cannot be used as it is (e.g. plain HTTP to a remote host)
        Cancelled,  // the user cancelled
        Validation, // refused before sending: the request would not be valid
        Storage,    // the local order cache or journal could not be read or written
    };

    Kind kind = Kind::None;
    QString gatewayCode;    // the gateway's own code, raw ("5", "AS100", "10/100")
    QString gatewayMessage; // the gateway's own text
    int httpStatus = 0;
    QString detail; // technical detail (TLS error text, Qt error string)
    // True when the request may have been carried out although we have no answer:
    // a money operation in this state must be resolved by reading the order's status.
    bool outcomeUnknown = false;
    // The gateway answered that it has no such order: proof, for a lost registration, that it never happened.
    bool noSuchOrder = false;
    // The gateway refused the login, password or token (whatever its code for it).
    bool accessDenied = false;
    // The gateway refused a capture because the order cannot be captured (its state, or more than is held).
    bool notCapturable = false;
    // Why the gateway could not be reached (Network), from the transport's error.
    enum class Unreachable { No, NameNotFound, Refused };
    Unreachable unreachable = Unreachable::No;
    QString host; // the gateway's host, when the transport failed (Network, Tls, Timeout)
    int port = 0;
    QString profileName; // whose login an accessDenied answer refused, when the caller knows it
    // Nothing was done and the same request may well succeed if sent again: the gateway's own passing
    // failure (RBS "system error"), or no connection before the request left. Decided by the client.
    bool temporary = false;

    bool isError() const { return kind != Kind::None; }
    QString userMessage() const;
    // PayDesk's own words for the gateway's code, in the UI language, when the gateway wrote its message in
    // another language (a profile that asks for it in Russian, an English interface); else empty.
    QString explanation() const;

    static GatewayError gateway(const QString& code, const QString& message);
    static GatewayError of(Kind kind, const QString& detail = {});

private:
    QString kindText() const;
    QString unreachableText() const;
};

} // namespace PayDesk
