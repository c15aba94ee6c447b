#pragma once

#include <QString>
#include <QStringList>

namespace PayDesk {

// Text search on PostgreSQL as SQLite's FTS5 (unicode61) does it, so that both engines find the
// same orders: words are runs of letters and digits, lower-cased, Latin letters without their
// diacritics; a search word matches when each of its words starts a word of the order.
class SearchWords
{
public:
    // The order's words (order number, card last 4, e-mail, description) as a tsvector literal, each
    // with its position so that phrases match as in FTS5.
    static QString of(const QStringList& fields);
    // TEXT as a tsquery: every word a prefix ("ivan:* & mail:*"); empty when TEXT has no word.
    static QString tsQuery(const QString& text);
    static QStringList words(const QString& text);

private:
    static constexpr int FieldSpan = 4000;    // positions per field
    static constexpr int MaxPosition = 16383; // PostgreSQL's largest
};

} // namespace PayDesk
