// Money::parse on arbitrary text in every currency exponent (0, 2, 3): whatever it accepts must
// print (toDecimalString) to a text that parses back to the same Money; a refusal has a reason
// and a message. Aborts on any disagreement.
#include "core/money/Money.h"

#include <cstdint>
#include <cstdio>
#include <cstdlib>

using namespace PayDesk;

namespace {
[[noreturn]] void disagree(const QString& input, const QString& printed, const char* why)
{
    fprintf(stderr, "Money round trip: %s\n  input:   \"%s\"\n  printed: \"%s\"\n", why, qUtf8Printable(input),
            qUtf8Printable(printed));
    abort();
}
} // namespace

extern "C" int LLVMFuzzerTestOneInput(const uint8_t* data, size_t size)
{
    if (size == 0)
        return 0;
    static const char* const Codes[] = {"RUB", "JPY", "KWD", "USD"};
    const Currency currency = Currency::fromCode(QLatin1String(Codes[data[0] % 4]));
    const QString input = QString::fromUtf8(reinterpret_cast<const char*>(data + 1), qsizetype(size - 1));
    Money::ParseError error = Money::ParseError::None;
    const std::optional<Money> money = Money::parse(input, currency, &error);
    if (!money) {
        if (error == Money::ParseError::None || Money::errorMessage(error, currency, input).isEmpty())
            disagree(input, {}, "refused without a reason");
        return 0;
    }
    if (error != Money::ParseError::None || money->minor() < 0 || money->currency() != currency)
        disagree(input, {}, "accepted with an error, a negative amount or another currency");
    const QString printed = money->toDecimalString();
    const std::optional<Money> machine = Money::fromDecimalString(printed, currency);
    if (!machine || *machine != *money)
        disagree(input, printed, "the machine form does not read back");
    Money::ParseError again = Money::ParseError::None;
    const std::optional<Money> reparsed = Money::parse(printed, currency, &again);
    // With three decimals, "1.234" is the grammar's own ambiguity: refused, never misread.
    const bool inherent = !reparsed && again == Money::ParseError::Ambiguous && currency.exponent() == 3;
    if (!reparsed && !inherent)
        disagree(input, printed, "the printed form does not parse");
    if (reparsed && *reparsed != *money)
        disagree(input, printed, "the printed form parses to another amount");
    if (reparsed && reparsed->toDecimalString() != printed)
        disagree(input, printed, "printing is not stable");
    // What a person sees in an English window reads back to the same amount.
    const QString shown =
        money->toDisplayString(QLocale(QLocale::English, QLocale::UnitedStates)).section(QChar(0x00a0), 0, 0);
    const std::optional<Money> fromShown = Money::parse(shown, currency, &again);
    if (fromShown ? *fromShown != *money : again != Money::ParseError::Ambiguous)
        disagree(input, shown, "the displayed form does not read back");
    (void)money->toDisplayString(QLocale::c());
    return 0;
}
