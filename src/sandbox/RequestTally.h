#pragma once

#include <QHash>
#include <QJsonObject>
#include <QString>

namespace PayDesk::Sandbox {

class FormData;

// The sandbox's own count of the API calls it was sent (REST and SOAP alike), per endpoint, and of
// listings: a listing is the first page of getLastOrdersForMerchants (its further pages are the same
// listing). GET /sandbox/requests shows it, DELETE starts again from zero.
class RequestTally
{
public:
    void count(const QString& endpoint, const FormData& form);
    void clear() { *this = {}; }
    int listings() const { return m_listings; }
    QJsonObject toJson() const;

private:
    QHash<QString, int> m_byEndpoint;
    int m_listings = 0;
};

} // namespace PayDesk::Sandbox
