#pragma once

#include "core/session/Desk.h"

#include <QCoreApplication>
#include <QLocale>

namespace PayDesk {

// What a reminder tells of at a moment: the holds due within DeadlinePolicy::DueWithinHours that
// have not expired yet, and among them those that expire within DeadlinePolicy::UrgentWithinHours,
// each with what they still hold per currency; and the words of the notification.
struct DueHolds
{
    Q_DECLARE_TR_FUNCTIONS(DueHolds)
public:
    HeldSelection due;    // error: the cache could not be read
    HeldSelection urgent; // a part of due

    // From the desk's cache, as it is at NOW.
    static DueHolds read(Desk& desk, const QDateTime& now);
    bool isEmpty() const { return due.orderIds.isEmpty(); }

    QString title(const QString& profileName) const;
    // "3 held payments must be captured within 24 hours: 1 500,00 ₽, 42,00 USD. 1 of them expires
    // within 2 hours: 500,00 ₽." with the amounts as LOCALE writes them.
    QString body(const QLocale& locale) const;
};

} // namespace PayDesk
