#pragma once

#include <QString>

namespace PayDesk::Sandbox {

struct TestCard
{
    const char* pan;
    const char* expiry; // MM/YY as documented
    const char* cvc;
    const char* acsCode; // empty: no 3-D Secure challenge
    int declineCode;     // 0: approved; else the actionCode of the decline
    qint64 balance;      // minor units, -1 for unlimited
    const char* system;
    const char* note;
};

// The gateway's documented test cards (rbs-api.md section 9) and the classic 3dsec card.
const TestCard* findTestCard(const QString& pan);
const TestCard* testCards(int* count);
QString paymentSystemOf(const QString& pan);
bool luhnValid(const QString& pan);
QString maskPan(const QString& pan);

} // namespace PayDesk::Sandbox
