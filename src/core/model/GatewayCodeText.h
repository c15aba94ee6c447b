#pragma once

#include <QCoreApplication>
#include <QString>

namespace PayDesk {

// PayDesk's own words, in the UI language, for what a gateway's error code means: shown beside the
// gateway's message when the gateway wrote it in another language than the interface's.
class GatewayCodeText
{
    Q_DECLARE_TR_FUNCTIONS(GatewayCodeText)
public:
    // What CODE means: an RBS errorCode ("5") or an Assist firstcode/secondcode pair ("7/102"); empty
    // when PayDesk does not know it.
    static QString explain(const QString& code);
    // "ru" when TEXT is written in Cyrillic, "en" in Latin letters, empty with no letters at all.
    static QString languageOf(const QString& text);
    // PayDesk's words for an RBS actionCode when the gateway described it (GATEWAY_TEXT) in another
    // language than UI_LANGUAGE ("ru", "en"); empty when they agree or PayDesk does not know the code.
    static QString actionCodeBeside(int code, const QString& gatewayText, const QString& uiLanguage);

private:
    static QString rbs(int code);
    static QString rbsAction(int code);
    static QString assist(int firstcode);
};

} // namespace PayDesk
