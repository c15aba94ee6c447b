#pragma once

#include "cli/Output.h"
#include "core/model/OperationResult.h"
#include "core/model/Order.h"
#include "core/model/RegisterRequest.h"
#include "core/profiles/Profile.h"
#include "core/store/OperationJournal.h"

#include <QJsonObject>

namespace PayDesk::Cli {

// The --json shapes paydesk-cli promises to scripts.
QJsonObject orderJson(const Order& order);
QJsonObject operationJson(const QString& orderId, const OperationResult& result);
QJsonObject profileJson(const Profile& profile);
QJsonObject journalEntryJson(const JournalEntry& entry);

// `bindings` and `receipt`: the gateway's lists, as JSON and as lines.
extern const ListFormat<Binding> BindingList;
extern const ListFormat<Receipt> ReceiptList;

// Human-readable forms.
QString orderText(const Order& order);
// The one human form of an amount in paydesk-cli's text output, "48915.61 RUB": the --json figure
// and the currency's code (Money::toDisplayString in the C locale, which core's messages use too).
QString amountText(const Money& amount);
QString timeLeft(const QDateTime& deadline, const QDateTime& now);

} // namespace PayDesk::Cli
