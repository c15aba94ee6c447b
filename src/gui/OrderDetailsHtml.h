#pragma once

#include "core/model/Order.h"
#include "core/model/RegisterRequest.h"
#include "core/store/OperationJournal.h"

#include <QLocale>
#include <QStringList>

namespace PayDesk {

// The details pane's content for one order: a status badge, the amounts, card, customer, the
// gateway's answer, the cart, merchant parameters, and the timeline from the journal.
class OrderDetailsHtml
{
    Q_DECLARE_TR_FUNCTIONS(OrderDetailsHtml)
public:
    static QString render(const Order& order, const QList<JournalEntry>& journal, const QDateTime& now,
                          const QList<Receipt>& receipts = {});
    static QString badgeColor(OrderStatus status);

private:
    OrderDetailsHtml(const Order& order, const QDateTime& now);
    void addHeader();
    void addAmounts();
    void addCard();
    void addCustomer();
    void addGateway();
    void addCart();
    void addReceipts(const QList<Receipt>& receipts);
    void addTimeline(const QList<JournalEntry>& journal);
    QString journalLine(const JournalEntry& e) const; // HTML
    static QString doneText(OperationKind kind, const QString& amount);
    void dated(const QString& key, const Money& amount, const QDateTime& at);
    Money headlineAmount() const;
    void row(const QString& key, const QString& value);
    void section(const QString& title);
    QString when(const QDateTime& t) const;
    QString money(const Money& amount) const; // empty for zero

    const Order& m_order;
    QDateTime m_now;
    QLocale m_locale;
    QString m_html;
    QStringList m_rows;
};

} // namespace PayDesk
